/**
 * The six-hundred-and-eighty-ninth blind corpus (test/corpus/blind689/*.yaml): 30 whole reports on administrative
 * enforcement — the three systems (执法公示, 执法全过程记录, 重大执法决定法制审核) named as one (“三项制度”), told one by
 * one, in place, partly (尚未全面覆盖, 试行, 仅部分配备) or not (尚未建立, 未落实, 拟于明年推行); enforcement supervision,
 * case-file review (counts, two rounds summed, 刑事案卷 and 仲裁案卷 and 病历 apart, the county's review of a body's
 * files, 推迟, 未开展) and training of enforcement officers beside auxiliary staff (协管员, 执法辅助人员), medical staff and
 * arbitrators — beside enforcement volumes (检查 n 次, 处罚 n 件, 罚款 n 万元, 立案, 结案) that are no facts of the
 * checklist. Bodies: 司法局s, county and district governments, departments of every kind, towns, a 乡 and streets;
 * 2024 and 2025 reports, two of them 工作总结 (one part-year). Written without reading the extractor, its vocabulary or
 * any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.1 / 97.8 (precision / recall %) at d93b9aa, before its failures were read; 99.3 / 97.9 after
// the stop's mends (stop 47)
describeBlindSet('six hundred and eighty-ninth blind corpus', 'test/corpus/blind689', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
