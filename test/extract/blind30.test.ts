/**
 * The thirtieth blind set (test/corpus/blind30/*.yaml): one county-level city's 2025 round — the reports the
 * 依法治市办 of the fictional 槐川市 (a 县级市 under 湘临市) receives, written blind (see test/corpus/README.md). Same format
 * and scorer as the other blind sets. The floors are placeholders until the set is measured; the printed figures
 * are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('thirtieth blind corpus', 'test/corpus/blind30', { minCases: 56, minPrecision: 0.8, minRecall: 0.7 });
