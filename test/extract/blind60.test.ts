/**
 * The sixtieth blind corpus (test/corpus/blind60/*.yaml): one county-level city's (枫渡市) 2024 round — departments,
 * the 市人民政府 and 市司法局, streets and towns, with data tables and attachments — written blind (see
 * test/corpus/README.md). The floors are placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('sixtieth blind corpus', 'test/corpus/blind60', { minCases: 32, minPrecision: 0.8, minRecall: 0.7 });
