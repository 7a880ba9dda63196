/**
 * The forty-eighth blind corpus (test/corpus/blind48/*.yaml): one fictional rural county's round written plainly — short
 * whole reports of towns and 乡 (some 民族乡), small county bodies (局, 站, 所, 中心, 馆, 供销社, 科协, 残联), the county
 * government and its 司法局, and four documents that are not annual reports. Written blind like the sets before it (see
 * test/corpus/README.md). Same format and scorer as unseen.test.ts. The floors sit below the set's measured figures.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.1 / 89.0 before its failures were read (at 7c16e9f; 98.1 / 89.0 at the session-start build 181322f); mends drawn from it after

describeBlindSet('forty-eighth blind corpus', 'test/corpus/blind48', {
  minCases: 42,
  minPrecision: 0.97,
  minRecall: 0.87,
});
