/**
 * The thirty-eighth blind corpus (test/corpus/blind38/*.yaml): one fictional autonomous county's round (雾溪瑶族自治县),
 * 45 whole documents for 2025 — county departments, the 县人民政府 and 司法局, towns, townships and streets, and four
 * documents that are not annual reports — written without reading the extractor, its cue vocabulary or any other
 * labelled case (see test/corpus/README.md). The floors are placeholders until the set is measured; the printed
 * figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('thirty-eighth blind corpus', 'test/corpus/blind38', {
  minCases: 42,
  minPrecision: 0.8,
  minRecall: 0.7,
});
