import { z } from 'zod';

import { DESIGNS } from '../domain/designs.js';
import { DOI_PATTERN, ID_PATTERN } from '../domain/patterns.js';

/** Study designs as the reference records spell them. */
export const STUDY_DESIGNS = DESIGNS;
export const CLAIM_DIRECTIONS = ['IMPROVES', 'WORSENS', 'NO_EFFECT', 'ASSOCIATED'] as const;
export const FINDING_DIRECTIONS = ['supports', 'contradicts', 'no effect', 'mixed'] as const;
export const TECHNIQUE_CATEGORIES = ['massage_style', 'sub_technique', 'comparator', 'co_treatment'] as const;
export const CONDITION_CATEGORIES = ['back_pain', 'cause', 'contraindication', 'caution', 'other'] as const;
export const CONTRAINDICATION_LEVELS = ['avoid', 'caution'] as const;

const slug = z.string().regex(ID_PATTERN, 'must be a lowercase slug (a-z, 0-9, -)');
const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z.string().nullable();
const quote = z.string().trim().min(1, 'every edge needs its verbatim quote').max(600, 'quotes stay short (600 characters at most)');
const ref = z.string().min(1, 'must name the record it refers to');
export { DOI_PATTERN } from '../domain/patterns.js';
const doi = z.union([z.literal(''), z.null(), z.string().regex(DOI_PATTERN, 'is not a DOI (expected 10.<registrant>/<suffix>)')]);
const year = z.number().int('must be a whole year').min(1800, 'is not a plausible year').max(new Date().getFullYear() + 1, 'is in the future');
const provenance = z.array(ref).min(1, 'must name at least one source or study');

export const FindingSchema = z.object({
  outcome: z.string(),
  direction: z.enum(FINDING_DIRECTIONS),
  timepoint: z.string(),
  effect: z.string(),
  quote,
  source: z.string().url('every finding needs the URL of its source'),
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
});

export const SourceSchema = z.object({
  id: slug,
  title: text,
  author: z.string(),
  publisher: z.string(),
  published: z.union([z.literal(''), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')]),
  url: z.string(),
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
  about: z.array(ref),
  in: z.array(ref),
  on: z.array(ref),
  via: z.array(ref),
});

export const AssertionSchema = z.object({ source: ref, claim: ref, quote });

export const DiscrepancySchema = z.object({ field: text, printed: z.string(), verified: z.string(), note: z.string() });

export const CitationSchema = z.object({ source: ref, study: ref, printed: quote, discrepancies: z.array(DiscrepancySchema) });

export const EvidenceSchema = z.object({ study: ref, finding: z.number().int().min(0), claims: z.array(ref).min(1, 'must name at least one claim') });

export const ContraindicationSchema = z.object({
  technique: ref,
  condition: ref,
  quote,
  source: ref,
  level: z.enum(CONTRAINDICATION_LEVELS),
});

/** Each data file and the schema of one of its records, in load order. */
export const SEED_FILES = {
  'reference-studies.json': StudySchema,
  'sources.json': SourceSchema,
  'techniques.json': TechniqueSchema,
  'mechanisms.json': MechanismSchema,
  'conditions.json': ConditionSchema,
  'outcomes.json': OutcomeSchema,
  'claims.json': ClaimSchema,
  'assertions.json': AssertionSchema,
  'citations.json': CitationSchema,
  'evidence.json': EvidenceSchema,
  'contraindications.json': ContraindicationSchema,
} as const;

export type SeedFileName = keyof typeof SEED_FILES;
export type Study = z.infer<typeof StudySchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Technique = z.infer<typeof TechniqueSchema>;
export type Mechanism = z.infer<typeof MechanismSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Assertion = z.infer<typeof AssertionSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Contraindication = z.infer<typeof ContraindicationSchema>;

export interface SeedData {
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
}
