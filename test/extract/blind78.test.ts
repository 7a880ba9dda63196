/**
 * The seventy-eighth blind set (test/corpus/blind78/*.yaml): 30 whole reports of one fictional southwestern county
 * (箐河县) — its bureaus, three towns and its 司法局 — for 2025 (a few for 2024), whose writers compare with last year
 * and with plans at every turn. Written without reading the extractor, its cue vocabulary or any other labelled case
 * (see test/corpus/README.md). The floors are placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('seventy-eighth blind corpus', 'test/corpus/blind78', {
  minCases: 27,
  minPrecision: 0.8,
  minRecall: 0.7,
});
