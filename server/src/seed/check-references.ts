import type { QuestionSeed, SeedData, SharedSeed } from './seed-schemas.js';
import { describeRecord, type SeedProblem } from './seed-problem.js';
import { QUESTIONS_DIR, SHARED_DIR } from './seed-root.js';

type Ids = Set<string>;

/** Where a record list was read from, for naming problems. */
interface Part {
  prefix: string;
  records: SharedSeed | QuestionSeed;
}

/** Ids of one kind across every part; a second record with an id already seen is a problem (ids are graph-wide). */
function collectIds<K extends keyof SharedSeed | 'sources' | 'claims'>(parts: Part[], key: K, file: string, problems: SeedProblem[]): Ids {
  const seen: Ids = new Set();
  for (const part of parts) {
    const list = (part.records as unknown as Record<string, Array<{ id: string }> | undefined>)[key] ?? [];
    list.forEach((r, i) => {
      if (seen.has(r.id)) problems.push({ file: `${part.prefix}/${file}`, record: describeRecord(i, r), field: 'id', message: `duplicate id "${r.id}"` });
      seen.add(r.id);
    });
  }
  return seen;
}

function checker(problems: SeedProblem[]) {
  const expect = (file: string, i: number, record: unknown, field: string, value: string, pool: Ids, kind: string) => {
    if (!pool.has(value)) problems.push({ file, record: describeRecord(i, record), field, message: `refers to ${kind} "${value}", which does not exist` });
  };
  const expectAll = (file: string, i: number, record: unknown, field: string, values: string[], pool: Ids, kind: string) =>
    values.forEach((v, j) => expect(file, i, record, `${field}.${j}`, v, pool, kind));
  return { expect, expectAll };
}

/**
 * Finds duplicate ids, references to records that do not exist and evidence pointing at missing findings,
 * across shared/ and every question folder.
 */
export function findReferenceProblems(data: SeedData): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const { expect, expectAll } = checker(problems);
  const parts: Part[] = [
    { prefix: SHARED_DIR, records: data.shared },
    ...data.questions.map((q) => ({ prefix: `${QUESTIONS_DIR}/${q.question.id}`, records: q })),
  ];
  const studyFile = (p: Part) => (p.prefix === SHARED_DIR ? 'reference-studies.json' : 'studies.json');
  const ids = {
    study: new Set<string>(),
    technique: collectIds(parts, 'techniques', 'techniques.json', problems),
    mechanism: collectIds(parts, 'mechanisms', 'mechanisms.json', problems),
    condition: collectIds(parts, 'conditions', 'conditions.json', problems),
    outcome: collectIds(parts, 'outcomes', 'outcomes.json', problems),
    source: collectIds(parts, 'sources', 'sources.json', problems),
    claim: collectIds(parts, 'claims', 'claims.json', problems),
  };
  for (const part of parts) {
    part.records.studies.forEach((s, i) => {
      if (ids.study.has(s.id))
        problems.push({ file: `${part.prefix}/${studyFile(part)}`, record: describeRecord(i, s), field: 'id', message: `duplicate id "${s.id}"` });
      ids.study.add(s.id);
    });
  }
  const provenance: Ids = new Set([...ids.source, ...ids.study]);
  for (const part of parts) checkEntities(part, ids, provenance, expect, expectAll, problems);
  checkRelations(parts, ids.study, expect, problems);
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  for (const q of data.questions) checkQuestion(q, ids, studies, { expect, expectAll }, problems);
  return problems;
}

type Expect = ReturnType<typeof checker>;

function checkEntities(
  part: Part,
  ids: Record<string, Ids>,
  provenance: Ids,
  expect: Expect['expect'],
  expectAll: Expect['expectAll'],
  problems: SeedProblem[],
): void {
  const r = part.records;
  for (const [file, list] of [
    ['techniques.json', r.techniques],
    ['mechanisms.json', r.mechanisms],
    ['conditions.json', r.conditions],
    ['outcomes.json', r.outcomes],
  ] as const) {
    list.forEach((x, i) => expectAll(`${part.prefix}/${file}`, i, x, 'mentionedIn', x.mentionedIn, provenance, 'source or study'));
  }
  r.techniques.forEach((t, i) => {
    const file = `${part.prefix}/techniques.json`;
    if (t.partOf) expect(file, i, t, 'partOf', t.partOf, ids.technique!, 'technique');
    if (t.partOf === t.id) problems.push({ file, record: describeRecord(i, t), field: 'partOf', message: 'a technique cannot be part of itself' });
  });
}

/** Relations may come from shared/ and any question, each listed once across the tree. */
function checkRelations(parts: Part[], studyIds: Ids, expect: Expect['expect'], problems: SeedProblem[]): void {
  const seen = new Set<string>();
  for (const part of parts) {
    const file = `${part.prefix}/relations.json`;
    part.records.relations.forEach((r, i) => {
      expect(file, i, r, 'from', r.from, studyIds, 'study');
      expect(file, i, r, 'to', r.to, studyIds, 'study');
      if (r.from === r.to) problems.push({ file, record: describeRecord(i, r), field: 'to', message: 'a study cannot relate to itself' });
      const key = `${r.from}|${r.type}|${r.to}`;
      if (seen.has(key)) problems.push({ file, record: describeRecord(i, r), field: 'to', message: `"${r.from}" ${r.type} "${r.to}" is already listed` });
      seen.add(key);
    });
  }
}

function checkQuestion(
  q: QuestionSeed,
  ids: Record<string, Ids>,
  studies: Map<string, SeedData['studies'][number]>,
  { expect, expectAll }: Expect,
  problems: SeedProblem[],
): void {
  const at = (file: string) => `${QUESTIONS_DIR}/${q.question.id}/${file}`;
  const ownClaims: Ids = new Set(q.claims.map((c) => c.id));
  const ownSources: Ids = new Set(q.sources.map((s) => s.id));
  const ownProvenance: Ids = new Set([...ownSources, ...ids.study!]);
  q.claims.forEach((c, i) => {
    const file = at('claims.json');
    expectAll(file, i, c, 'about', c.about, ids.technique!, 'technique');
    expectAll(file, i, c, 'comparedWith', c.comparedWith, ids.technique!, 'technique');
    c.comparedWith.forEach((t, j) => {
      if (c.about.includes(t))
        problems.push({ file, record: describeRecord(i, c), field: `comparedWith.${j}`, message: `"${t}" is both under test (about) and a comparator` });
    });
    expectAll(file, i, c, 'in', c.in, ids.condition!, 'condition');
    expectAll(file, i, c, 'on', c.on, ids.outcome!, 'outcome');
    expectAll(file, i, c, 'via', c.via, ids.mechanism!, 'mechanism');
  });
  q.assertions.forEach((a, i) => {
    expect(at('assertions.json'), i, a, 'source', a.source, ownSources, 'source');
    expect(at('assertions.json'), i, a, 'claim', a.claim, ownClaims, 'claim');
  });
  q.citations.forEach((c, i) => {
    expect(at('citations.json'), i, c, 'source', c.source, ownSources, 'source');
    expect(at('citations.json'), i, c, 'study', c.study, ids.study!, 'study');
  });
  q.contraindications.forEach((c, i) => {
    const file = at('contraindications.json');
    expect(file, i, c, 'technique', c.technique, ids.technique!, 'technique');
    expect(file, i, c, 'condition', c.condition, ids.condition!, 'condition');
    expect(file, i, c, 'source', c.source, ownProvenance, 'source or study');
  });
  const added = new Map<string, number>();
  q.findings.forEach((f, i) => {
    expect(at('findings.json'), i, f, 'studyId', f.studyId, ids.study!, 'study');
    if (added.has(f.studyId))
      problems.push({ file: at('findings.json'), record: describeRecord(i, f), field: 'studyId', message: `"${f.studyId}" already has an entry` });
    added.set(f.studyId, f.findings.length);
  });
  const claims = new Map(q.claims.map((c) => [c.id, c]));
  const linked = new Set<string>();
  q.evidence.forEach((e, i) => {
    const file = at('evidence.json');
    const record = describeRecord(i, e);
    expect(file, i, e, 'study', e.study, ids.study!, 'study');
    const ofQuestion = e.findingSet === 'question';
    const count = ofQuestion ? added.get(e.study) : studies.get(e.study)?.findings.length;
    if (ofQuestion && count === undefined) {
      problems.push({ file, record, field: 'findingSet', message: `this question's findings.json adds no findings to study "${e.study}"` });
    } else if (count !== undefined && e.finding >= count) {
      problems.push({
        file,
        record,
        field: 'finding',
        message: `study "${e.study}" has no ${ofQuestion ? 'question ' : ''}finding ${e.finding} (it has ${count})`,
      });
    }
    e.links.forEach((link, j) => {
      expect(file, i, e, `links.${j}.claim`, link.claim, ownClaims, 'claim');
      const key = `${e.study}|${e.findingSet ?? 'record'}|${e.finding}|${link.claim}`;
      if (linked.has(key))
        problems.push({ file, record, field: `links.${j}.claim`, message: `finding ${e.finding} of "${e.study}" is already linked to claim "${link.claim}"` });
      linked.add(key);
      const via = claims.get(link.claim)?.via ?? [];
      (link.measuredMechanisms ?? []).forEach((m, k) => {
        if (!via.includes(m))
          problems.push({ file, record, field: `links.${j}.measuredMechanisms.${k}`, message: `claim "${link.claim}" does not work via mechanism "${m}"` });
      });
    });
  });
}
