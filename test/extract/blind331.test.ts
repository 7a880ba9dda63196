/**
 * The three-hundred-and-thirty-first blind corpus (test/corpus/blind331/*.yaml): 30 whole reports — 司法局s,
 * county and district governments, towns, a 乡 and streets, and departments (自然资源, 人社, 公安, 民政, 教育, 卫健,
 * 交通运输, 市场监管) — full of public legal service figures that are no fact of the checklist or only look like one:
 * 公证 办证, 司法鉴定, 商事 and 劳动人事 and 土地承包 仲裁 with their 调解结案, 律师 诉讼 / 非诉 and 律师调解工作室, 社区矫正 and
 * 安置帮教 (在册, 衔接率, 训诫, 警告), 12348 by quarter, at a street's extension, merged with windows or taken over by a city
 * platform, 法律援助 applications beside cases taken on, 值班律师 人次, and mediation by other bodies (劳动仲裁, 医调委, 交调,
 * 治安调解, 诉前调解) — beside the facts that are. Written without reading the extractor, its vocabulary or any other
 * labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 96.9 (precision / recall %) at 5bf62cd3, before its failures were read; 99.5 / 96.9 after
// the stop's mends (stop 40)
describeBlindSet('three-hundred-and-thirty-first blind corpus', 'test/corpus/blind331', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
