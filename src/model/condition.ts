import { z } from 'zod';

/**
 * json-rules-engine conditions exactly as that library documents them:
 * all / any / not / condition references at any level, leaf conditions with
 * fact, operator, value, optional path and params, and fact-to-fact values.
 */
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const FactRef = z
  .object({
    fact: z.string().min(1),
    path: z.string().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const LeafCondition = z
  .object({
    fact: z.string().min(1),
    operator: z.string().min(1),
    value: z.union([Scalar, z.array(Scalar), FactRef]),
    path: z.string().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    name: z.string().optional(),
    priority: z.number().int().min(1).optional(),
  })
  .strict();
export type LeafCondition = z.infer<typeof LeafCondition>;

export type Condition = LeafCondition | AllCondition | AnyCondition | NotCondition | ConditionReference;
export interface AllCondition {
  all: Condition[];
  name?: string;
  priority?: number;
}
export interface AnyCondition {
  any: Condition[];
  name?: string;
  priority?: number;
}
export interface NotCondition {
  not: Condition;
  name?: string;
  priority?: number;
}
export interface ConditionReference {
  condition: string;
  name?: string;
  priority?: number;
}
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition | ConditionReference;

const meta = { name: z.string().optional(), priority: z.number().int().min(1).optional() };

export const ConditionReference = z.object({ condition: z.string().min(1), ...meta }).strict();
export const AllCondition: z.ZodType<AllCondition> = z.lazy(() =>
  z.object({ all: z.array(Condition), ...meta }).strict(),
);
export const AnyCondition: z.ZodType<AnyCondition> = z.lazy(() =>
  z.object({ any: z.array(Condition), ...meta }).strict(),
);
export const NotCondition: z.ZodType<NotCondition> = z.lazy(() => z.object({ not: Condition, ...meta }).strict());
export const TopLevelCondition: z.ZodType<TopLevelCondition> = z.lazy(() =>
  z.union([AllCondition, AnyCondition, NotCondition, ConditionReference]),
);
export const Condition: z.ZodType<Condition> = z.lazy(() => z.union([LeafCondition, TopLevelCondition]));
