import fs from 'node:fs';
import { z } from 'zod';

/** A regular expression's source as the vocabulary holds it; refused when it does not compile. */
const pattern = z.string().min(1).refine((s) => {
  try {
    new RegExp(s, 'i');
    return true;
  } catch {
    return false;
  }
}, 'is not a regular expression');

/**
 * What the evidence rule needs to know about the topic of the shared records, as data
 * (graph-seed/shared/vocabulary.json): the condition the questions are about and the words that name it,
 * the outcome instruments, the minimal important differences of their scales, the treatments that make a
 * comparator active, abbreviations, and names that keep their capitals in titles.
 */
export const VocabularySchema = z.object({
  /** Expanded before texts are compared ("lbp" → "low back pain"). */
  abbreviations: z.array(z.object({ short: z.string().regex(/^[a-z0-9]+$/, 'must be lowercase letters and digits'), long: z.string().min(1) })),
  /** The condition a population must name to be the claims' population; `name` labels population categories. */
  targetCondition: z.object({ name: z.string().min(1), pattern }),
  /** Comparator words that mean an active treatment (besides "active control" and "another"). */
  activeComparatorPattern: pattern,
  /** The word a timepoint uses for one session of the intervention ("after 3 massages", "single massage session"). */
  interventionSessionWord: z.string().regex(/^[a-z]+$/, 'must be one lowercase word'),
  /** Instruments that measure function or disability. */
  functionInstrumentPattern: pattern,
  /** Instruments participants fill in themselves (their outcome is self-reported). */
  selfReportedInstrumentPattern: pattern,
  /** Scale-specific minimal important differences, first match wins; the SMD convention stays in code. */
  minimalImportantDifferences: z.array(z.object({ pattern, scale: z.string().min(1), value: z.number().positive(), source: z.string().min(1) })),
  /** Names that keep their capitals when a title is put in sentence case. */
  properNames: z.array(z.string().min(1)),
});

export type Vocabulary = z.infer<typeof VocabularySchema>;

export const VOCABULARY_FILE = new URL('../../../graph-seed/shared/vocabulary.json', import.meta.url).pathname;

/** Reads and validates a vocabulary file; throws naming the field that is wrong. */
export function readVocabulary(file: string = VOCABULARY_FILE): Vocabulary {
  const result = VocabularySchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `field "${i.path.join('.')}": ${i.message}`).join('; ')}`);
  }
  return result.data;
}

/** The regular expressions the evidence rule reads, built from a vocabulary. */
export function compileVocabulary(v: Vocabulary) {
  const w = v.interventionSessionWord;
  return {
    abbreviations: v.abbreviations.map((a) => ({ re: new RegExp(`\\b${a.short}\\b`, 'g'), long: a.long })),
    conditionName: v.targetCondition.name,
    conditionWords: new RegExp(v.targetCondition.pattern),
    activeComparator: new RegExp(`\\bactive control|\\band active\\b|${v.activeComparatorPattern}|another`),
    functionOutcome: new RegExp(`function|disab|${v.functionInstrumentPattern}|activit`, 'i'),
    selfReported: new RegExp(
      `pain|disab|function|${v.selfReportedInstrumentPattern}|bother|sleep|mood|anxi|depress|satisf|quality of life|expectation|well-?being|stiff|symptom`,
      'i',
    ),
    endOfTreatment: new RegExp(
      `end of (?:the )?(?:\\d+-week )?treatment|post-treatment|during treatment|after (?:\\d+|a single) (?:sessions?|treatments?|${w}s?)|single (?:${w} )?session`,
    ),
    minimalImportantDifferences: v.minimalImportantDifferences.map((m) => ({ re: new RegExp(m.pattern, 'i'), mid: { scale: m.scale, value: m.value, source: m.source } })),
    properNames: v.properNames,
  };
}

export type CompiledVocabulary = ReturnType<typeof compileVocabulary>;

/** The shared vocabulary, read and checked once when the server starts. */
export const VOCABULARY: Vocabulary = readVocabulary();

/** The shared vocabulary's patterns, compiled once. */
export const TOPIC: CompiledVocabulary = compileVocabulary(VOCABULARY);
