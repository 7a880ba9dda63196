/**
 * The eighty-first blind corpus (test/corpus/blind81/*.yaml): 32 whole reports of enforcement bureaus (market
 * regulation, emergency management, transport, urban management, environment, natural resources, agriculture, health,
 * culture, tax, fire and others) telling their own enforcement beside their sector's, written without reading the
 * extractor, its cue vocabulary, the other labelled sets or any extraction output (see test/corpus/README.md). The
 * floors are placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('eighty-first blind corpus', 'test/corpus/blind81', {
  minCases: 29,
  minPrecision: 0.8,
  minRecall: 0.7,
});
