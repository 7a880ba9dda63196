import { z } from 'zod';
import { FactId } from './common.js';
import { DocumentType } from './report.js';
import { factCueFields } from './fact-cues.js';
import { factJudgingFields } from './fact-judging.js';

// facts.yaml's model: the fact vocabulary that rules and extraction share (re-exported by pack.ts).

export const FactType = z.enum(['percent', 'count', 'number', 'enum', 'boolean', 'date', 'text']);
export type FactType = z.infer<typeof FactType>;

export const FactDefinition = z
  .object({
    id: FactId,
    label: z.string().min(1).describe('中文 name shown in messages and docs'),
    en: z.string().min(1).optional(),
    type: FactType,
    unit: z.string().optional(),
    values: z.array(z.string().min(1)).min(1).optional().describe('the allowed values of an enum fact'),
    valueLabels: z
      .record(z.string(), z.string().min(1))
      .optional()
      .describe('how an enum value reads in messages, e.g. full: 全覆盖'),
    description: z.string().optional(),
    // Extraction (fazhi extract): how to find the fact in a document and judge its statements. See src/extract/.
    ...factCueFields,
    ...factJudgingFields,
    // how its taken statements make its value
    aggregate: z
      .enum(['first', 'sum'])
      .optional()
      .describe(
        'first (default): the first stated value; sum: add every value the cues find in the same sentence ' +
          '(撤销16件、确认违法7件)',
      ),
    unitTiers: z
      .object({
        units: z.array(z.string().min(1)).min(1).describe('words naming the units under a township (村, 社区)'),
        body: z.array(z.string().min(1)).min(1).describe('words naming the township itself (镇, 乡, 街道)'),
        across: z
          .array(z.string().min(1))
          .optional()
          .describe(
            'words right before a unit word that make it say what the thing spans, not whose it is (跨村土地纠纷, ' +
              "跨社区纠纷: the township committee's disputes): 跨 …",
          ),
        under: z
          .array(z.string().min(1))
          .optional()
          .describe(
            "words between a township word and a unit word that make the units the township's (街道所辖8个社区, 镇辖6个村): " +
              'one tier, not both (镇村两级): 辖 …',
          ),
      })
      .strict()
      .optional()
      .describe(
        "count facts: in a township's report, its own figure and its units' figure stated apart in one statement " +
          '(镇调委会受理42件；各村调委会受理103件, in either order) add up, unless a total is written after them; a figure ' +
          'whose words name both (镇村两级, 全镇12个村) is left whole',
      ),
    regionTiers: z
      .object({
        bodies: z.array(z.string().min(1)).min(1).describe("words naming one tier's body (调委会, 调解委员会)"),
        whole: z
          .array(z.string().min(1))
          .min(1)
          .describe('words naming the whole region right before a body word, or a sum (全区, 各级, 合计)'),
        levels: z
          .array(z.string().min(1))
          .optional()
          .describe(
            'words naming one level or kind of the bodies (乡镇, 社区, 行业性): between a whole word and its body word ' +
              '(全区8个街道人民调解委员会, 全县镇村两级调委会) they name that tier across the region, not the whole',
          ),
      })
      .strict()
      .optional()
      .describe(
        "count facts: in a government's or 司法局's report, a statement whose semicolon-joined parts each name one " +
          "tier's body before one figure (区调委会受理62件；各街道调委会受理488件；各社区调委会受理1,305件), none " +
          'naming the whole and no statement of the whole elsewhere, gives the sum of the parts, with a next ' +
          'sentence opening with an addition word (另有…317件)',
      ),
    governmentTiers: z
      .boolean()
      .optional()
      .describe(
        "count facts whose region figure is every organ's (负责人出庭应诉): in a government's report, its own figure and " +
          "all its departments' stated apart in one sentence (区长出庭2件，各部门负责人出庭131件) add up to the region's when " +
          "no statement gives the region's; a fact a government counts for itself (its own 规范性文件) leaves this unset",
      ),
    governmentOrgan: z
      .boolean()
      .optional()
      .describe(
        'facts whose region organ is the government (行政复议: the government decides, its office sits in the 司法局): a ' +
          "司法局's report takes the government's figure (县政府收到行政复议申请…) after the region's and unscoped ones",
      ),
    regionLeadership: z
      .boolean()
      .optional()
      .describe(
        "facts whose region figure is its leadership's (meetings on rule of law: the 县委 and 县政府 lead the region): a " +
          "司法局's report takes the government's figure (县政府常务会议专题研究法治建设3次) as the region's, before its own; " +
          "a government, its own bodies' before the region's (依法治县委员会全体会议)",
      ),
    extract: z.boolean().optional().describe('false: never extracted from documents (state it by hand)'),
    impliedBy: z
      .array(FactId)
      .min(1)
      .optional()
      .describe(
        'boolean: counts of the same activity (普法宣传活动场次): a count above 0 states the activity held, so the ' +
          'fact is true when no statement of its own gives a value',
      ),
    impliedByDocument: z
      .object({
        documentType: DocumentType.describe('the kind of document that is itself the act (duty_report)'),
        titleWords: z
          .array(z.string().min(1))
          .min(1)
          .describe('words its title must hold for it to be the act (述法 in 述职述法报告)'),
      })
      .strict()
      .optional()
      .describe(
        'boolean: a document that is itself the act — a head\u2019s 述职述法报告 is his 述法 — makes the fact true when no ' +
          'statement of its own gives a value',
      ),
    coverage: z
      .object({
        rate: FactId.optional().describe('the percent fact giving the coverage rate'),
        words: z
          .array(z.string().min(1))
          .min(1)
          .optional()
          .describe(
            'words naming full coverage: a negation right before one in the sentence (没有实现全覆盖) makes a claim partial',
          ),
        full: z.string().min(1),
        partial: z.string().min(1),
        counts: z
          .object({
            due: z.array(z.string().min(1)).min(1).describe('words before the count due (应述法的…47名, 应述38人)'),
            done: z.array(z.string().min(1)).min(1).describe('words before the count done (已述法47名, 实述38人)'),
          })
          .strict()
          .optional()
          .describe(
            'a sentence counting the due and the done: all done → full, fewer → partial, where no stated value says more',
          ),
      })
      .strict()
      .optional()
      .describe(
        'an enum coverage fact: a stated rate decides (100 → full, below → partial); a negated or partly achieved ' +
          'full claim reads as partial',
      ),
  })
  .strict();
export type FactDefinition = z.infer<typeof FactDefinition>;

export const DerivedOp = z.enum([
  'ratio',
  'share',
  'difference',
  'absDifference',
  'sum',
  'abs',
  'coalesce',
  'zeroBase',
  'yearDate',
]);
export type DerivedOp = z.infer<typeof DerivedOp>;

/** A fact computed from others, so consistency checks need no code. */
export const DerivedFact = z
  .object({
    id: FactId,
    label: z.string().min(1),
    en: z.string().min(1).optional(),
    op: DerivedOp.describe(
      'ratio: of[0]/of[1]×100 (percent), absent when of[1] is 0; share: of[0] as a percentage of its whole of[1], ' +
        'absent when of[1] is 0 or of[0] exceeds it (a part larger than its whole comes from another scope); difference: of[0]−of[1]; absDifference: ' +
        '|of[0]−of[1]|; sum; abs; coalesce: first stated; zeroBase: of[0] only when of[1] is stated as 0 (a rate ' +
        'given over zero cases), absent otherwise; yearDate: a date in the report year + yearOffset',
    ),
    of: z.array(FactId).min(1).optional(),
    decimals: z.number().int().min(0).max(6).optional().describe('round the result to this many decimals'),
    unit: z.string().optional().describe('how the value reads in docs and messages, e.g. % or 个百分点'),
    yearOffset: z.number().int().optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    description: z.string().optional(),
  })
  .strict();
export type DerivedFact = z.infer<typeof DerivedFact>;

/** facts.yaml: the fact vocabulary rules and extraction share. */
export const FactsFile = z
  .object({ facts: z.array(FactDefinition).min(1), derived: z.array(DerivedFact).optional() })
  .strict();
export type FactsFile = z.infer<typeof FactsFile>;
