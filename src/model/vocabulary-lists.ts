import { z } from 'zod';
import { Words } from './vocabulary-words.js';

/**
 * vocabulary.yaml's words for what lists and labels say beyond their items: a plan's content after its name, one
 * body's levels listed, a data line's label head, examples (spread into VocabularyFile, vocabulary.ts).
 */
export const listWords = {
  exampleLists: z
    .object({
      openers: Words.optional().describe('words opening a span of examples: 如, 例如, 比如 …'),
      closers: Words.optional().describe('words closing one: 等 …'),
    })
    .optional()
    .describe(
      'a span opening with an opener and closed by a closer gives examples (如菡渚镇培养107名、荪桥乡培养118名等): its ' +
        'figures name some of the subjects or kinds, not all — no count of a fact, no parts to add',
    ),
  planContent: Words.optional().describe(
    "words setting out a plan's content right after its name (年度培训计划安排6场次; 制定学法计划，安排…10次): the figure " +
      'they lead to is a target: 安排, 确定 …',
  ),
  topTiers: Words.optional().describe(
    "words opening the region's own level in a list of one body's tiers (县、乡、村三级调解组织分别受理…): the sum of their " +
      "figures is the region's: 县, 区, 县级 …",
  ),
  labelHeads: Words.optional().describe(
    "a head noun closing a data line's label after the cue, before its unit in brackets (重大行政决策事项（件）：2): " +
      '事项, 次数 …',
  ),
  answerLabels: Words.optional().describe(
    "the label of a record's answer field after the field naming an activity (事项：行政执法案卷评查；情况：本年度未开展): " +
      'a denial as its value denies the activity: 情况, 开展情况 …',
  ),
  subjectlessLeads: Words.optional().describe(
    'words of a lead naming no subject before a cue opening a statement after a semicolon (…审结149件；经审理作出撤销' +
      '决定8件): made only of these, the lead leaves the statement the subject of the one before it: 经审理, 依法, 作出 …',
  ),
  tierCounts: Words.optional().describe(
    'how many levels a list of bare level words shares one body over (县、乡镇、村三级调委会): 两级, 三级 …',
  ),
};
