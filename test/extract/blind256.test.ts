/**
 * The two hundred and fifty-sixth blind corpus (test/corpus/blind256/*.yaml): 30 whole reports in which the government's
 * review body — a 司法局 that runs the county's 行政复议 or a county or district government itself — tells its year of
 * administrative reconsideration: applications received (收到 / 接收), accepted (受理), not accepted (不予受理, 告知, 移送),
 * concluded (审结 / 办结, with or without the cases carried over), and decided kind by kind (维持, 驳回, 变更, 撤销, 确认违法,
 * 确认无效, 责令履行, 调解, 撤回, 终止), with the cases carried over from last year and those still pending or suspended at
 * year end; beside them departments, towns and streets as respondents with the county's figures in their text —
 * written without reading the extractor, its vocabulary or any other labelled case. Labels follow the contract: 受理 over
 * 收到, 新收 over 上年结转, 审结 as written, corrections summed by kind and nothing else counted as one, the direct rate over
 * the 综合 one. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders
 * until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two hundred and fifty-sixth blind corpus', 'test/corpus/blind256', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
