import { z } from 'zod';
import { ID_PATTERN } from '../domain/patterns.js';

/** A question row (question.json's shape): id, wording and PICO words; comparison, outcome and summary may be "". */
export const QuestionSchema = z.object({
  id: z.string().regex(ID_PATTERN, 'must be a lowercase slug (a-z, 0-9, -)'),
  wording: z.string().trim().min(1, 'must not be empty'),
  population: z.string().trim().min(1, 'must not be empty'),
  intervention: z.string().trim().min(1, 'must not be empty'),
  comparison: z.string(),
  outcome: z.string(),
  summary: z.string(),
});
