/**
 * The hundred-and-thirteenth blind corpus (test/corpus/blind113/*.yaml): 30 whole reports whose facts sit in dense
 * statistical paragraphs — sentences carrying five or more figures each, with 同比 changes in percent and in cases,
 * nested 其中 breakdowns, 分别为 lists (撤销、变更、确认违法分别为3件、1件、2件), totals beside their parts, amounts in
 * 万元 beside 件 and 人次, several bodies' figures in one sentence, and rates of change (增长12.5%) that are no rate
 * facts — written without reading the extractor, its vocabulary or any other labelled case. The fact is the one figure
 * the contract names (the report year's, the reporter's scope, the total or the summed kinds); the parts, the changes,
 * last year's figures and the other fields' counts are traps. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('hundred-and-thirteenth blind corpus', 'test/corpus/blind113', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
