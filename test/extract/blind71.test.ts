/**
 * The seventy-first blind corpus (test/corpus/blind71/*.yaml): 132 excerpts on 普法, 法律援助, 人民调解,
 * the 12348 hotline and 法律明白人 as bureaus, towns, streets and governments write them, written without
 * reading the extractor, the pack's files, any other labelled case or any extraction output. Same format
 * and scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders until the
 * set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('seventy-first blind corpus', 'test/corpus/blind71', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
