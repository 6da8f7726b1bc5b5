import type { SeedData } from './seed-schemas.js';
import { describeRecord, type SeedProblem } from './seed-problem.js';

type Ids = Set<string>;

function duplicateIds(file: string, records: Array<{ id: string }>, problems: SeedProblem[]): Ids {
  const seen: Ids = new Set();
  records.forEach((r, i) => {
    if (seen.has(r.id)) problems.push({ file, record: describeRecord(i, r), field: 'id', message: `duplicate id "${r.id}"` });
    seen.add(r.id);
  });
  return seen;
}

/** Finds duplicate ids, references to records that do not exist and evidence pointing at missing findings. */
export function findReferenceProblems(data: SeedData): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const ids = {
    study: duplicateIds('reference-studies.json', data.studies, problems),
    source: duplicateIds('sources.json', data.sources, problems),
    technique: duplicateIds('techniques.json', data.techniques, problems),
    mechanism: duplicateIds('mechanisms.json', data.mechanisms, problems),
    condition: duplicateIds('conditions.json', data.conditions, problems),
    outcome: duplicateIds('outcomes.json', data.outcomes, problems),
    claim: duplicateIds('claims.json', data.claims, problems),
  };
  const provenance: Ids = new Set([...ids.source, ...ids.study]);

  const expect = (file: string, i: number, record: unknown, field: string, value: string, pool: Ids, kind: string) => {
    if (!pool.has(value)) problems.push({ file, record: describeRecord(i, record), field, message: `refers to ${kind} "${value}", which does not exist` });
  };
  const expectAll = (file: string, i: number, record: unknown, field: string, values: string[], pool: Ids, kind: string) =>
    values.forEach((v, j) => expect(file, i, record, `${field}.${j}`, v, pool, kind));

  for (const [file, list] of [
    ['techniques.json', data.techniques],
    ['mechanisms.json', data.mechanisms],
    ['conditions.json', data.conditions],
    ['outcomes.json', data.outcomes],
  ] as const) {
    list.forEach((r, i) => expectAll(file, i, r, 'mentionedIn', r.mentionedIn, provenance, 'source or study'));
  }
  data.techniques.forEach((t, i) => {
    if (t.partOf) expect('techniques.json', i, t, 'partOf', t.partOf, ids.technique, 'technique');
    if (t.partOf === t.id) problems.push({ file: 'techniques.json', record: describeRecord(i, t), field: 'partOf', message: 'a technique cannot be part of itself' });
  });
  data.claims.forEach((c, i) => {
    expectAll('claims.json', i, c, 'about', c.about, ids.technique, 'technique');
    expectAll('claims.json', i, c, 'comparedWith', c.comparedWith, ids.technique, 'technique');
    c.comparedWith.forEach((t, j) => {
      if (c.about.includes(t)) problems.push({ file: 'claims.json', record: describeRecord(i, c), field: `comparedWith.${j}`, message: `"${t}" is both under test (about) and a comparator` });
    });
    expectAll('claims.json', i, c, 'in', c.in, ids.condition, 'condition');
    expectAll('claims.json', i, c, 'on', c.on, ids.outcome, 'outcome');
    expectAll('claims.json', i, c, 'via', c.via, ids.mechanism, 'mechanism');
  });
  data.assertions.forEach((a, i) => {
    expect('assertions.json', i, a, 'source', a.source, ids.source, 'source');
    expect('assertions.json', i, a, 'claim', a.claim, ids.claim, 'claim');
  });
  data.citations.forEach((c, i) => {
    expect('citations.json', i, c, 'source', c.source, ids.source, 'source');
    expect('citations.json', i, c, 'study', c.study, ids.study, 'study');
  });
  data.contraindications.forEach((c, i) => {
    expect('contraindications.json', i, c, 'technique', c.technique, ids.technique, 'technique');
    expect('contraindications.json', i, c, 'condition', c.condition, ids.condition, 'condition');
    expect('contraindications.json', i, c, 'source', c.source, provenance, 'source or study');
  });
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  const linked = new Set<string>();
  data.evidence.forEach((e, i) => {
    const record = describeRecord(i, e);
    expect('evidence.json', i, e, 'study', e.study, ids.study, 'study');
    const study = studies.get(e.study);
    if (study && !study.findings[e.finding]) {
      problems.push({ file: 'evidence.json', record, field: 'finding', message: `study "${e.study}" has no finding ${e.finding} (it has ${study.findings.length})` });
    }
    e.links.forEach((link, j) => {
      expect('evidence.json', i, e, `links.${j}.claim`, link.claim, ids.claim, 'claim');
      const key = `${e.study}|${e.finding}|${link.claim}`;
      if (linked.has(key)) problems.push({ file: 'evidence.json', record, field: `links.${j}.claim`, message: `finding ${e.finding} of "${e.study}" is already linked to claim "${link.claim}"` });
      linked.add(key);
      const via = claims.get(link.claim)?.via ?? [];
      (link.measuredMechanisms ?? []).forEach((m, k) => {
        if (!via.includes(m)) problems.push({ file: 'evidence.json', record, field: `links.${j}.measuredMechanisms.${k}`, message: `claim "${link.claim}" does not work via mechanism "${m}"` });
      });
    });
  });
  data.relations.forEach((r, i) => {
    expect('relations.json', i, r, 'from', r.from, ids.study, 'study');
    expect('relations.json', i, r, 'to', r.to, ids.study, 'study');
    if (r.from === r.to) problems.push({ file: 'relations.json', record: describeRecord(i, r), field: 'to', message: 'a study cannot relate to itself' });
  });
  return problems;
}
