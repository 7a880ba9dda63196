/**
 * The three hundred and thirty-fourth blind corpus (test/corpus/blind334/*.yaml): 30 whole reports whose figures come
 * in lists with 分别 and 各 — bodies, villages, years, kinds of case and kinds of activity named before or after their
 * figures (…、…分别…场、…场; …件、…件，分别为…和…; …、…各2次; 12个村各…; 参训、参考各…), with a total beside them or
 * none, and 各 as a per-unit floor or a mere scope word — in towns', 乡s', streets', 司法局s', governments' and
 * departments' reports, written without reading the extractor, its vocabulary or any other labelled case. Same format
 * and scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and thirty-fourth blind corpus', 'test/corpus/blind334', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
