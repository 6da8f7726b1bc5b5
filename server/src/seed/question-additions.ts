import type { QuestionSeed, SharedMention, SharedSeed, Study } from './seed-schemas.js';
import type { SeedProblem } from './seed-problem.js';
import { QUESTIONS_DIR } from './seed-root.js';

type EntityKind = 'techniques' | 'mechanisms' | 'conditions' | 'outcomes';
const KIND_OF_FILE: Record<SharedMention['file'], EntityKind> = {
  'techniques.json': 'techniques',
  'mechanisms.json': 'mechanisms',
  'conditions.json': 'conditions',
  'outcomes.json': 'outcomes',
};

const union = (a: readonly string[], b: readonly string[] = []) => [...a, ...b.filter((x) => !a.includes(x))];

/**
 * What a question adds to records it does not own: a review's method and stated certainty (review-certainty.json,
 * on its own studies or shared ones) and provenance and aliases on shared entities (shared-mentions.json). The
 * question's files stay as read; the records they name are copied with the additions, so every reader (the rule,
 * the loader, the workbook) sees one record per id. A named record that does not exist is a problem.
 */
export function applyQuestionAdditions(
  shared: SharedSeed,
  questions: QuestionSeed[],
  problems: SeedProblem[],
): { shared: SharedSeed; questions: QuestionSeed[] } {
  const studies = new Map<string, { owner: SharedSeed | QuestionSeed; study: Study }>();
  const out = { shared: { ...shared, studies: [...shared.studies] }, questions: questions.map((q) => ({ ...q, studies: [...q.studies] })) };
  for (const owner of [out.shared, ...out.questions]) for (const study of owner.studies) studies.set(study.id, { owner, study });

  const replaceStudy = (id: string, next: Study) => {
    const held = studies.get(id)!;
    held.owner.studies = held.owner.studies.map((s) => (s.id === id ? next : s));
    studies.set(id, { owner: held.owner, study: next });
  };

  for (const q of out.questions) {
    const file = `${QUESTIONS_DIR}/${q.question.id}`;
    (q.reviewCertainty ?? []).forEach((r, i) => {
      const held = studies.get(r.study);
      if (!held)
        return problems.push({
          file: `${file}/review-certainty.json`,
          record: `#${i}`,
          field: 'study',
          message: `names study "${r.study}", which no seed file holds`,
        });
      const statedCertainty = [...(held.study.statedCertainty ?? []), ...r.statedCertainty];
      const reviewMethod = held.study.reviewMethod ?? r.reviewMethod;
      replaceStudy(r.study, { ...held.study, ...(reviewMethod && { reviewMethod }), ...(statedCertainty.length && { statedCertainty }) });
    });
    (q.sharedMentions ?? []).forEach((m, i) => {
      const kind = KIND_OF_FILE[m.file];
      const list = out.shared[kind] as Array<{ id: string; mentionedIn: string[]; aliases: string[] }>;
      if (!list.some((e) => e.id === m.id))
        return problems.push({
          file: `${file}/shared-mentions.json`,
          record: `#${i}`,
          field: 'id',
          message: `names ${m.file.replace('.json', '')} "${m.id}", which shared/ does not hold`,
        });
      (out.shared as unknown as Record<EntityKind, unknown[]>)[kind] = list.map((e) =>
        e.id === m.id ? { ...e, mentionedIn: union(e.mentionedIn, m.mentionedIn), aliases: union(e.aliases, m.aliases) } : e,
      );
    });
  }
  return out;
}
