/**
 * The three hundred and ninety-sixth blind corpus (test/corpus/blind396/*.yaml): 30 whole reports of water, forestry,
 * housing and transport departments (with towns, streets, 司法局s and governments telling of them) — their enforcement
 * case files, training, legal review and publicity told with 其中 parts, 另 / 此外 additions and bracketed asides, beside
 * the figures of their own stations, brigades and squads (水政监察大队, 林业站, 城建监察大队, 交通运输综合行政执法大队) — written
 * without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind
 * sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and ninety-sixth blind corpus', 'test/corpus/blind396', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
