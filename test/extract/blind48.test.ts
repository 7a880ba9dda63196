/**
 * The forty-eighth blind corpus (test/corpus/blind48/*.yaml): one fictional rural county's round written plainly — short
 * whole reports of towns and 乡 (some 民族乡), small county bodies (局, 站, 所, 中心, 馆, 供销社, 科协, 残联), the county
 * government and its 司法局, and four documents that are not annual reports. Written blind like the sets before it (see
 * test/corpus/README.md). Same format and scorer as unseen.test.ts. The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('forty-eighth blind corpus', 'test/corpus/blind48', {
  minCases: 42,
  minPrecision: 0.8,
  minRecall: 0.7,
});
