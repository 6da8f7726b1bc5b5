import type { QuestionSeed, SeedData, SharedSeed } from './seed-schemas.js';

/** Shared records, then each question's, in one list per kind; the parts are kept beside them. */
export function mergeSeed(shared: SharedSeed, questions: QuestionSeed[]): SeedData {
  const all = <K extends keyof QuestionSeed>(key: K) => questions.flatMap((q) => q[key] as unknown[]);
  const withShared = <K extends keyof SharedSeed>(key: K) => [...shared[key], ...all(key)] as SharedSeed[K];
  return {
    shared,
    questions,
    studies: withShared('studies'),
    techniques: withShared('techniques'),
    mechanisms: withShared('mechanisms'),
    conditions: withShared('conditions'),
    outcomes: withShared('outcomes'),
    relations: withShared('relations'),
    sources: all('sources') as SeedData['sources'],
    claims: all('claims') as SeedData['claims'],
    assertions: all('assertions') as SeedData['assertions'],
    citations: all('citations') as SeedData['citations'],
    evidence: all('evidence') as SeedData['evidence'],
    contraindications: all('contraindications') as SeedData['contraindications'],
  };
}
