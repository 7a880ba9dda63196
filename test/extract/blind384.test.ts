/**
 * The three hundred and eighty-fourth blind corpus (test/corpus/blind384/*.yaml): 30 whole reports about major
 * administrative decisions and normative documents — decisions listed in a 目录 beside those actually made, hearings,
 * expert reviews and risk assessments counted beside the decisions, legality review rates and 均 / 全部 statements,
 * documents issued, reviewed and filed (备案率), and stock documents cleaned up (清理, 废止, 修订, 宣布失效), for
 * governments, 司法局s, departments, towns and streets, with counts that are not decisions or documents (听证会, 公平竞争审查,
 * contracts, 党内规范性文件, 村规民约, 三重一大, 会议纪要) — written without reading the extractor, its vocabulary or any other
 * labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders
 * until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and eighty-fourth blind corpus', 'test/corpus/blind384', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
