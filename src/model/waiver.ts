import { z } from 'zod';
import { IsoDate, RuleId } from './common.js';

export const Waiver = z
  .object({
    rule: RuleId,
    report: z.string().min(1).describe('the authority named in the report, or the report file name'),
    year: z.number().int().optional(),
    reason: z.string().min(1),
    approver: z.string().min(1),
    expires: IsoDate,
  })
  .strict();
export type Waiver = z.infer<typeof Waiver>;

export const WaiversFile = z.object({ waivers: z.array(Waiver) }).strict();
export type WaiversFile = z.infer<typeof WaiversFile>;
