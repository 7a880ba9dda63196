/**
 * The eighty-ninth blind corpus (test/corpus/blind89/*.yaml): excerpts of three to six lines aimed at dense sentences
 * that state several facts at once — training sessions, trainees, pass rates and files reviewed in one run; 复议
 * received / concluded / corrected / rate; suits, losses, hearings due and heads in court; mediation accepted, settled
 * and the money agreed — with figures joined by 、，；和 及 分别, 其中 parts, brackets, per-unit averages, ranges, running
 * totals since an earlier year, figures of different facts run together, Chinese numerals, full-width digits and a few
 * tables. Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as
 * the other blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('eighty-ninth blind corpus', 'test/corpus/blind89', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
