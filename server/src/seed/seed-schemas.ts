import { z } from 'zod';

import { DESIGNS } from '../domain/designs.js';
import { CLAIM_KINDS, REVIEW_METHODS } from '../domain/claim-kinds.js';
import { STANCES } from '../domain/stances.js';
import { STUDY_RELATIONS } from '../domain/study-relations.js';
import { DOI_PATTERN, ID_PATTERN } from '../domain/patterns.js';
import { ArmDataSchema } from '../meta-analysis/arm-data-schema.js';

/** Study designs as the reference records spell them. */
export const STUDY_DESIGNS = DESIGNS;
export const CLAIM_DIRECTIONS = ['IMPROVES', 'WORSENS', 'NO_EFFECT', 'ASSOCIATED'] as const;
export const FINDING_DIRECTIONS = ['supports', 'contradicts', 'no effect', 'mixed'] as const;
export const TECHNIQUE_CATEGORIES = ['intervention', 'sub_technique', 'comparator', 'co_treatment'] as const;
export const CONDITION_CATEGORIES = ['target_condition', 'cause', 'contraindication', 'caution', 'other'] as const;
export const CONTRAINDICATION_LEVELS = ['avoid', 'caution'] as const;
export const SOURCE_KINDS = ['primary', 'secondary'] as const;

const slug = z.string().regex(ID_PATTERN, 'must be a lowercase slug (a-z, 0-9, -)');
const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z.string().nullable();
const quote = z.string().trim().min(1, 'every edge needs its verbatim quote').max(600, 'quotes stay short (600 characters at most)');
const ref = z.string().min(1, 'must name the record it refers to');
export { DOI_PATTERN } from '../domain/patterns.js';
const doi = z.union([z.literal(''), z.null(), z.string().regex(DOI_PATTERN, 'is not a DOI (expected 10.<registrant>/<suffix>)')]);
const year = z
  .number()
  .int('must be a whole year')
  .min(1800, 'is not a plausible year')
  .max(new Date().getFullYear() + 1, 'is in the future');
const provenance = z.array(ref).min(1, 'must name at least one source or study');

const statedNumber = z.number().nullable().optional();

/** An effect size only as the source states it; `grade`, `followUp`, `secondArm` appear on some. */
export const EffectSizeSchema = z.object({
  measure: z.string().nullable(),
  value: statedNumber,
  ciLow: statedNumber,
  ciHigh: statedNumber,
  participants: z.number().int().positive().nullable().optional(),
  studies: z.number().int().positive().nullable().optional(),
  grade: z.string().optional(),
  followUp: z.string().optional(),
  secondArm: z.string().optional(),
});

export const FindingSchema = z.object({
  outcome: z.string(),
  direction: z.enum(FINDING_DIRECTIONS),
  timepoint: z.string(),
  effect: z.string(),
  quote,
  source: z.string().url('every finding needs the URL of its source'),
  sourceKind: z.enum(SOURCE_KINDS),
  comparator: optionalText,
  outcomeMeasure: optionalText,
  timepointWeeks: z.number().int('must be whole weeks').nonnegative().nullable(),
  effectSize: EffectSizeSchema.optional(),
  /** The extracted numbers (events/totals, means/SDs/sizes per arm, or a reported effect with its interval). */
  armData: ArmDataSchema.optional(),
  /** How a value was read (a copy, a translation, a page cut short): for curators, never loaded for readers. */
  extractionNote: z.string().optional(),
});

/** Trials state their conduct; reviews and guidelines state the certainty of their evidence. Null = not stated. */
export const RiskOfBiasSchema = z.object({
  randomised: z.boolean().nullable().optional(),
  allocationConcealment: z.enum(['adequate', 'unclear', 'inadequate']).nullable().optional(),
  participantsBlinded: z.boolean().nullable().optional(),
  assessorsBlinded: z.boolean().nullable().optional(),
  attritionNote: optionalText.optional(),
  registration: optionalText.optional(),
  gradeCertainty: z
    .union([z.string(), z.record(z.string(), z.string())])
    .nullable()
    .optional(),
  qualityNote: optionalText.optional(),
  note: z.string().optional(),
  source: z.string().min(1, 'must name where the risk of bias was read'),
});

/** A certainty a review or guideline states for part of its evidence, as its pages word it (reference review-certainty.json). */
export const StatedRatingSchema = z.object({
  comparison: text,
  outcome: z.string().nullable(),
  population: z.string().nullable(),
  timepoint: z.string().nullable(),
  certainty: text,
  quote: z.string().nullable(),
  source: z.string().url('every stated certainty needs the URL it was read from'),
});

export const StudySchema = z.object({
  id: slug,
  title: text,
  authors: z.array(z.string()),
  year,
  journal: optionalText,
  volume: optionalText,
  issue: optionalText,
  pages: optionalText,
  doi,
  pmid: z.string().regex(/^\d*$/, 'must be digits').nullable(),
  pmcid: optionalText,
  url: optionalText,
  design: z.enum(STUDY_DESIGNS),
  sampleSize: z.number().int().positive().nullable(),
  population: optionalText,
  conditions: z.array(z.string()),
  techniques: z.array(z.string()),
  comparators: z.array(z.string()),
  outcomes: z.array(z.string()),
  findings: z.array(FindingSchema),
  confirmedFrom: z.array(z.string()),
  uncertain: z.array(z.string()),
  journalFull: optionalText,
  riskOfBias: RiskOfBiasSchema.nullable(),
  corrections: z.array(z.unknown()),
  /** Reviews: systematic, an overview of reviews, or narrative (the last two start low for certainty). */
  reviewMethod: z.enum(REVIEW_METHODS).optional(),
  statedCertainty: z.array(StatedRatingSchema).optional(),
});

const isoDateOrEmpty = z.union([z.literal(''), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')]);

export const SourceSchema = z.object({
  id: slug,
  /** "" when the reference never read the page's title: the page then heads the article by its publisher or host. */
  title: z.string(),
  author: z.string(),
  publisher: z.string(),
  published: isoDateOrEmpty,
  lastUpdated: isoDateOrEmpty,
  url: z.string(),
  urlSource: z.string(),
  kind: z.enum(['web_article']),
  seedFile: z.string(),
});

export const TechniqueSchema = z.object({
  id: slug,
  name: text,
  description: z.string(),
  aliases: z.array(z.string()),
  category: z.enum(TECHNIQUE_CATEGORIES),
  partOf: z.string(),
  mentionedIn: provenance,
});

export const MechanismSchema = z.object({ id: slug, name: text, description: z.string(), aliases: z.array(z.string()), mentionedIn: provenance });

export const ConditionSchema = MechanismSchema.extend({ category: z.enum(CONDITION_CATEGORIES) });

export const OutcomeSchema = MechanismSchema.extend({ instrument: z.string() });

export const ClaimSchema = z.object({
  id: slug,
  statement: text,
  direction: z.enum(CLAIM_DIRECTIONS),
  claimKind: z.enum(CLAIM_KINDS),
  /** The technique(s) under test. */
  about: z.array(ref),
  /** What they were compared with; comparators never take the claim's stance. */
  comparedWith: z.array(ref),
  in: z.array(ref),
  on: z.array(ref),
  via: z.array(ref),
});

export const AssertionSchema = z.object({ source: ref, claim: ref, quote });

export const DiscrepancySchema = z.object({ field: text, printed: z.string(), verified: z.string(), note: z.string() });

export const CitationSchema = z.object({ source: ref, study: ref, printed: quote, discrepancies: z.array(DiscrepancySchema) });

/** One judged link: what this finding says about one claim, and why in one sentence. */
export const EvidenceLinkSchema = z.object({
  claim: ref,
  stance: z.enum(STANCES, { error: 'every evidence link states its stance: SUPPORTS, CONTRADICTS or QUALIFIES' }),
  why: z.string({ error: 'every evidence link states why, in one sentence' }).trim().min(1, 'every evidence link states why, in one sentence'),
  /** Mechanisms (of the claim's `via`) this finding measured; only these count as mechanism evidence. */
  measuredMechanisms: z.array(ref).optional(),
});

/** `finding` indexes the study record's own findings, or with `findingSet: "question"` the question's findings.json entry. */
export const FINDING_SETS = ['record', 'question'] as const;

export const EvidenceSchema = z.object({
  study: ref,
  finding: z.number().int().min(0),
  findingSet: z.enum(FINDING_SETS).optional(),
  links: z.array(EvidenceLinkSchema).min(1, 'must link the finding to at least one claim'),
});

export const RelationSchema = z.object({
  from: ref,
  type: z.enum(STUDY_RELATIONS.map((r) => r.seedType)),
  to: ref,
  source: z.string().url('every relation needs the URL it was read from'),
  note: z.string(),
});

export const ContraindicationSchema = z.object({
  technique: ref,
  condition: ref,
  quote,
  source: ref,
  level: z.enum(CONTRAINDICATION_LEVELS),
});

/** One question: its wording, its PICO parts ("" when none) and the landing words shown for it. */
export const QuestionSchema = z.object({
  id: slug,
  wording: text,
  population: text,
  intervention: text,
  comparison: z.string(),
  outcome: z.string(),
  summary: z.string(),
});

/** Findings a question adds to a study held elsewhere (its record stays verbatim). */
export const QuestionFindingsSchema = z.object({ studyId: ref, findings: z.array(FindingSchema).min(1, 'must add at least one finding') });

/** A review's method and stated certainty that a question adds to a study record (its own or a shared one). */
export const ReviewCertaintySchema = z.object({
  study: ref,
  reviewMethod: z.enum(REVIEW_METHODS).optional(),
  statedCertainty: z.array(StatedRatingSchema),
});

/** Provenance (and aliases) a question adds to a shared technique, mechanism, condition or outcome. */
export const SharedMentionSchema = z.object({
  file: z.enum(['techniques.json', 'mechanisms.json', 'conditions.json', 'outcomes.json']),
  id: ref,
  mentionedIn: z.array(ref).min(1, 'must name at least one source or study'),
  aliases: z.array(z.string()).optional(),
  note: z.string().optional(),
});

/** shared/vocabulary.json: the topic's words the evidence rule reads (checked with the seed, loaded once by the server). */
export { VocabularySchema, type Vocabulary } from '../evidence/vocabulary.js';

/** Files in graph-seed/shared/ and the schema of one of their records; `required` files must exist. */
export const SHARED_FILES = {
  'reference-studies.json': { schema: StudySchema, required: true },
  'techniques.json': { schema: TechniqueSchema, required: true },
  'mechanisms.json': { schema: MechanismSchema, required: true },
  'conditions.json': { schema: ConditionSchema, required: true },
  'outcomes.json': { schema: OutcomeSchema, required: true },
  'relations.json': { schema: RelationSchema, required: true },
} as const;

/** Files in one graph-seed/questions/<id>/ folder (question.json holds one object, the others arrays). */
export const QUESTION_FILES = {
  'sources.json': { schema: SourceSchema, required: true },
  'claims.json': { schema: ClaimSchema, required: true },
  'assertions.json': { schema: AssertionSchema, required: true },
  'citations.json': { schema: CitationSchema, required: true },
  'evidence.json': { schema: EvidenceSchema, required: true },
  'contraindications.json': { schema: ContraindicationSchema, required: true },
  'studies.json': { schema: StudySchema, required: false },
  'findings.json': { schema: QuestionFindingsSchema, required: false },
  'relations.json': { schema: RelationSchema, required: false },
  'techniques.json': { schema: TechniqueSchema, required: false },
  'mechanisms.json': { schema: MechanismSchema, required: false },
  'conditions.json': { schema: ConditionSchema, required: false },
  'outcomes.json': { schema: OutcomeSchema, required: false },
  'review-certainty.json': { schema: ReviewCertaintySchema, required: false },
  'shared-mentions.json': { schema: SharedMentionSchema, required: false },
} as const;

export type SharedFileName = keyof typeof SHARED_FILES;
export type QuestionFileName = keyof typeof QUESTION_FILES;
export type Study = z.infer<typeof StudySchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type StatedRating = z.infer<typeof StatedRatingSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type Mechanism = z.infer<typeof MechanismSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Assertion = z.infer<typeof AssertionSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Contraindication = z.infer<typeof ContraindicationSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionFindings = z.infer<typeof QuestionFindingsSchema>;
export type ReviewCertainty = z.infer<typeof ReviewCertaintySchema>;
export type SharedMention = z.infer<typeof SharedMentionSchema>;

/** Records shared by every question. */
export interface SharedSeed {
  studies: Study[];
  techniques: Technique[];
  mechanisms: Mechanism[];
  conditions: Condition[];
  outcomes: Outcome[];
  relations: Relation[];
}

/** One question folder: its own records, and the shared records it brings. */
export interface QuestionSeed extends SharedSeed {
  question: Question;
  findings: QuestionFindings[];
  /** Additions to records the question does not own; a workbook carries them on the records themselves. */
  reviewCertainty?: ReviewCertainty[];
  sharedMentions?: SharedMention[];
  sources: Source[];
  claims: Claim[];
  assertions: Assertion[];
  citations: Citation[];
  evidence: Evidence[];
  contraindications: Contraindication[];
}

/**
 * The checked seed: every record of shared/ and of every question folder in one list per kind (so a
 * reader sees the whole graph), plus the parts as read, which the loader loads one question at a time.
 */
export interface SeedData {
  shared: SharedSeed;
  questions: QuestionSeed[];
  studies: Study[];
  sources: Source[];
  techniques: Technique[];
  mechanisms: Mechanism[];
  conditions: Condition[];
  outcomes: Outcome[];
  claims: Claim[];
  assertions: Assertion[];
  citations: Citation[];
  evidence: Evidence[];
  contraindications: Contraindication[];
  relations: Relation[];
}
