import type { WorkbookData } from './workbook-data.js';

/**
 * One question out of the whole graph's data: its claims and articles with their quotes, the findings and
 * links on its claims, and the shared records these use (studies, vocabulary, relations among its studies).
 * A vocabulary entry's `mentionedIn` keeps the articles and studies in the slice; the studies it names come along.
 */
export function questionSlice(all: WorkbookData, questionId: string): WorkbookData {
  const claims = all.claims.filter((c) => all.claimQuestion[c.id] === questionId);
  const claimIds = new Set(claims.map((c) => c.id));
  const sources = all.sources.filter((s) => all.sourceQuestion[s.id] === questionId);
  const sourceIds = new Set(sources.map((s) => s.id));
  const evidence = all.evidence
    .filter((e) => !e.findingSet || e.question === questionId)
    .map((e) => ({ ...e, links: e.links.filter((l) => claimIds.has(l.claim)) }))
    .filter((e) => e.links.length);
  const questionFindings = all.questionFindings.filter((q) => q.question === questionId);
  const citations = all.citations.filter((c) => sourceIds.has(c.source));

  const wanted = (ids: Iterable<string>) => new Set(ids);
  const techniqueIds = wanted(claims.flatMap((c) => [...c.about, ...c.comparedWith]));
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of all.techniques) if (techniqueIds.has(t.id) && t.partOf && !techniqueIds.has(t.partOf)) techniqueIds.add(t.partOf), (grew = true);
  }
  const conditionIds = wanted(claims.flatMap((c) => c.in));
  const outcomeIds = wanted(claims.flatMap((c) => c.on));
  const mechanismIds = wanted(claims.flatMap((c) => c.via));
  const contraindications = all.contraindications.filter((c) => techniqueIds.has(c.technique) && conditionIds.has(c.condition));
  const vocabulary = [
    ...all.techniques.filter((t) => techniqueIds.has(t.id)),
    ...all.conditions.filter((c) => conditionIds.has(c.id)),
    ...all.outcomes.filter((o) => outcomeIds.has(o.id)),
    ...all.mechanisms.filter((m) => mechanismIds.has(m.id)),
  ];

  const allStudyIds = new Set(all.studies.map((s) => s.id));
  const studyIds = wanted([
    ...evidence.map((e) => e.study),
    ...questionFindings.map((q) => q.studyId),
    ...citations.map((c) => c.study),
    ...vocabulary.flatMap((v) => v.mentionedIn).filter((id) => allStudyIds.has(id)),
    ...contraindications.map((c) => c.source).filter((id) => allStudyIds.has(id)),
  ]);
  const provenance = new Set([...sourceIds, ...studyIds]);
  const mentioned = <T extends { mentionedIn: string[] }>(v: T): T => ({ ...v, mentionedIn: v.mentionedIn.filter((id) => provenance.has(id)) });

  return {
    questions: all.questions.filter((q) => q.id === questionId),
    questionFindings,
    studies: all.studies.filter((s) => studyIds.has(s.id)),
    sources,
    techniques: all.techniques.filter((t) => techniqueIds.has(t.id)).map(mentioned),
    conditions: all.conditions.filter((c) => conditionIds.has(c.id)).map(mentioned),
    outcomes: all.outcomes.filter((o) => outcomeIds.has(o.id)).map(mentioned),
    mechanisms: all.mechanisms.filter((m) => mechanismIds.has(m.id)).map(mentioned),
    claims,
    assertions: all.assertions.filter((a) => sourceIds.has(a.source) && claimIds.has(a.claim)),
    citations,
    evidence,
    contraindications: contraindications.filter((c) => provenance.has(c.source)),
    relations: all.relations.filter((r) => studyIds.has(r.from) && studyIds.has(r.to)),
    claimQuestion: Object.fromEntries(claims.map((c) => [c.id, questionId])),
    sourceQuestion: Object.fromEntries(sources.map((s) => [s.id, questionId])),
  };
}
