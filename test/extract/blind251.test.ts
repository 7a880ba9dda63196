/**
 * The two hundred and fifty-first blind corpus (test/corpus/blind251/*.yaml): 30 whole reports of education, health,
 * civil-affairs and medical-insurance bureaus (教育局, 卫生健康局 / 卫生健康委员会, 民政局, 医疗保障局) with the schools,
 * hospitals, 卫生院, 福利院 and service centres under them, and of the 司法局s, governments, towns and streets whose reports
 * count those systems — the bureau's own figures beside its schools' or hospitals' figures and the whole system's (全县教育系统
 * …其中局机关, 含委机关, a 全县教育系统｜局机关 table), the units' heads' 述法, the bureau with its units as one subject or apart
 * for legal advisers, a bureau's own brigade, a 医调委 and a 婚姻家庭 committee, hospitals' civil suits and 医务人员 training —
 * written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other
 * blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two hundred and fifty-first blind corpus', 'test/corpus/blind251', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
