/**
 * The eighty-ninth blind corpus (test/corpus/blind89/*.yaml): excerpts of three to six lines aimed at dense sentences
 * that state several facts at once — training sessions, trainees, pass rates and files reviewed in one run; 复议
 * received / concluded / corrected / rate; suits, losses, hearings due and heads in court; mediation accepted, settled
 * and the money agreed — with figures joined by 、，；和 及 分别, 其中 parts, brackets, per-unit averages, ranges, running
 * totals since an earlier year, figures of different facts run together, Chinese numerals, full-width digits and a few
 * tables. Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as
 * the other blind sets (see test/corpus/README.md). The floors sit below the set's measured figures.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.4 / 92.1 (precision / recall %) at 6a53092, before its failures were read; 99.0 / 92.8 after the
// stop's mends (stop 32)

describeBlindSet('eighty-ninth blind corpus', 'test/corpus/blind89', {
  minCases: 128,
  minPrecision: 0.97,
  minRecall: 0.9,
});
