import { z } from 'zod';

// facts.yaml: the words that find a fact's statements in a report (spread into FactDefinition; see src/extract/).

export const factCueFields = {
  cues: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words that introduce the fact in a report; the figure follows them. A…B: the two words in order in one ' +
        'clause, at most 20 characters apart, the figure after B (执法人员…培训 in 执法人员开展业务培训6期)',
    ),
  cuesAfterValue: z
    .array(z.string().min(1))
    .optional()
    .describe('words that follow the value, as in “培育1895名法律明白人” (the value precedes the cue)'),
  actsBeforeCue: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words of an act (召开) that let a cue after the value, opening its clause, take the figure of the clause ' +
        'right before it, in one sentence: 召开专题会议4次，研究…法治建设 — the cue’s clause tells what the act was for',
    ),
  notPrecededBy: z
    .array(z.string().min(1))
    .optional()
    .describe('a cue immediately preceded by one of these words does not count (e.g. 排查 before 矛盾纠纷)'),
  notFollowedBy: z
    .array(z.string().min(1))
    .optional()
    .describe('a cue immediately followed by one of these words does not count (e.g. 率 after 调解成功)'),
  notBetween: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words that, standing between a cue and its figure, make the figure another one’s (行政复议案件审结38件: ' +
        'concluded, not received; 行政复议案件被撤销1件)',
    ),
  weakCues: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'cues (listed in cues too) that state the fact only where none of its other cues does: 亲自出庭 stands in ' +
        'for 负责人出庭 when that is not stated',
    ),
  weakUnless: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words that keep a clause holding a weak cue a strong statement: 受理 in 受理行政复议申请51件, where 申请 alone ' +
        '(新收行政复议申请236件，受理219件) counts applications, weaker than the cases accepted',
    ),
  weakKinds: z
    .boolean()
    .optional()
    .describe(
      'the weak cues name kinds of the thing, not stages of it: a list holding an item a weak cue names beside one a ' +
        'weakUnless word names (开展“法律进企业”宣讲26场次、宣传月集中宣传活动12场次) is a list of kinds, added',
    ),
  maxGap: z
    .number()
    .int()
    .min(0)
    .max(60)
    .optional()
    .describe('at most this many characters between a cue and its value, within one clause (default 12)'),
  spanClauses: z
    .number()
    .int()
    .min(1)
    .max(3)
    .optional()
    .describe(
      'the value may sit this many clauses on from its cue (“开展普法宣传活动，一年来共开展120场次” needs 2; default 1)',
    ),
  units: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'count units accepted after the number (default: the fact’s unit and the usual 件 宗 份 起 次 人次 场次 …); ' +
        'listed first is the fact’s own: a figure restated after 共 in an earlier-listed unit is taken (9期、共12场次)',
    ),
  valueCues: z
    .record(z.string(), z.array(z.string().min(1)).min(1))
    .optional()
    .describe(
      'enum and boolean facts: for each value (true/false for booleans), words that state it; the first value ' +
        'listed wins. A…B: the two words in order in one clause, at most 20 characters apart (执法骨干…培训)',
    ),
  pattern: z
    .string()
    .min(1)
    .optional()
    .describe(
      'an extra regular expression (RE2 syntax: no lookaround or backreferences) with a named group (?<value>…); ' +
        'matched in linear time',
    ),
  zeroCues: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'count and percent facts: the thing whose stated absence is a stated zero (未发生 + 行政诉讼 → 0, 零 + 败诉 → 0, ' +
        '纠错率 + 为零 → 0%)',
    ),
  zeroPhrases: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'count facts: phrases that state the count is zero outright (全部胜诉, 未败诉 → 0 losses), quoted and judged ' +
        'like a stated zero (not a target, not another year’s)',
    ),
  contextCues: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'cues too common to stand alone (受理, 成功): they count only in a sentence that has one of the context words',
    ),
  contextCuesAfterValue: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words after the value too common to stand alone (反馈的5个问题): they count only in a sentence that has one of ' +
        'the context words (整改)',
    ),
  context: z
    .array(z.string().min(1))
    .optional()
    .describe('the words a sentence needs for contextCues and contextCuesAfterValue to count (调解)'),
  contextAlso: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words of which one must stand in that sentence too, beside a context word: who did it and what it was about ' +
        '(将习近平法治思想纳入中心组学习内容，组织专题学习4次: 中心组 the context, 法治 the topic)',
    ),
  topicCues: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'cues too common to stand even beside a context word (活动, 宣传): they count only in an item whose lead names ' +
        'one of the topics — a short numbered sentence opening the line (（三）普法宣传。开展“交通法规进企业”活动9场次) or a ' +
        'short numbered heading line right above it',
    ),
  topics: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'the words an item’s lead needs for topicCues to count (普法, 法治宣传); one labelling its line, opening its clause ' +
        'and ending at a colon (2. 普法：开展53场), makes the value’s figure the fact’s as a cue would',
    ),
};
