import type { ArmDataInput } from '../generated/graphql.js';
import { badInput } from '../errors/codes.js';
import { ArmDataSchema } from '../meta-analysis/arm-data-schema.js';
import { effectOfPoint } from '../evidence/point-effect.js';

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v != null));

/**
 * Checked arm data as the JSON text stored on the evidence edge (Neo4j stores no maps), or BAD_USER_INPUT naming
 * what is wrong: the same schema as the seed's, and the effect must be computable (no arm with more events than people).
 */
export function toStoredArmData(input: ArmDataInput): string {
  const candidate = defined({
    kind: input.kind.toLowerCase(),
    measure: input.measure,
    treatment: input.treatment ? defined(input.treatment) : undefined,
    control: input.control ? defined(input.control) : undefined,
    lowerIsBetter: input.lowerIsBetter,
    estimate: input.estimate,
    lower: input.lower,
    upper: input.upper,
    level: input.level,
  });
  const parsed = ArmDataSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badInput(`armData${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`, 'armData');
  }
  if (!effectOfPoint({ armData: parsed.data, effect: null })) throw badInput('armData: no effect size can be computed from these numbers', 'armData');
  return JSON.stringify(parsed.data);
}

