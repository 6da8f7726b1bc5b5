import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_QUESTION, seedWithFixtureDir } from './fixture-topic.js';

/** The study both questions have evidence on in `twoQuestionSeedDir`, and the fixture claim its made-up finding is linked to. */
export const SHARED_STUDY = 'cherkin2001';
export const FIXTURE_CLAIM_ON_SHARED_STUDY = 'fixture-immersion-speeds-recovery';

/**
 * The seed with the fixture question beside massage, where the fixture question also adds one made-up finding
 * (findings.json) to a massage study and links it to one of its claims (`findingSet: "question"`), so one
 * study serves two questions.
 */
export function twoQuestionSeedDir(): string {
  const dir = seedWithFixtureDir();
  const folder = path.join(dir, 'questions', FIXTURE_QUESTION);
  const finding = {
    outcome: 'strength recovery',
    direction: 'supports',
    timepoint: '10 weeks',
    effect: 'Made-up fixture finding added by the fixture question.',
    quote: 'Strength recovered sooner (fictional fixture finding added to a shared study).',
    source: 'https://example.org/fixture/shared-study-finding',
    sourceKind: 'primary',
    comparator: 'passive rest',
    outcomeMeasure: null,
    timepointWeeks: 10,
  };
  fs.writeFileSync(path.join(folder, 'findings.json'), JSON.stringify([{ studyId: SHARED_STUDY, findings: [finding] }]));
  const evidence = JSON.parse(fs.readFileSync(path.join(folder, 'evidence.json'), 'utf8'));
  evidence.push({
    study: SHARED_STUDY,
    finding: 0,
    findingSet: 'question',
    links: [{ claim: FIXTURE_CLAIM_ON_SHARED_STUDY, stance: 'SUPPORTS', why: 'The made-up finding says strength recovered sooner.' }],
  });
  fs.writeFileSync(path.join(folder, 'evidence.json'), JSON.stringify(evidence));
  return dir;
}
