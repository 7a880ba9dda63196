import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');
const reportOf = (opening: string) =>
  extractReport(`${opening}\n一、主要举措和成效\n（一）全年组织执法人员培训2场次。\n`, pack).report;

describe('a report with no title: who its opening names', () => {
  it.each([
    // another body acting on the reporter, a joining word before a suffix, a time, a scope word: no reporter
    '2024年，市司法局对我局开展行政执法监督检查，我局已逐项整改。',
    '2024年，市生态环境局对全市执法案卷开展集中评查，抽取案卷40卷。',
    '根据上级部署，以及市、区对法治建设工作的具体要求，全面推进依法行政。',
    '全年审核县政府及县政府办公室拟制发的行政规范性文件27件，提出修改意见64条。',
    '2024年，全区司法行政系统坚持以习近平法治思想为指导，全面推进法治建设。',
    '2024年全市各县（市、区）司法局共受理人民调解案件3.1万件。',
  ])('%s → no role', (opening) => {
    expect(reportOf(opening).role).toBeUndefined();
  });

  it.each([
    ['2024年，荻溪县认真贯彻落实习近平法治思想，全面推进法治政府建设。', 'government', 'county'],
    ['2023年，芦波街道以深入学习贯彻习近平法治思想为核心，全面开展法治政府建设。', 'township', 'township'],
    ['2025 年，大桥溪乡在县委、县政府的坚强领导下，扎实推进依法行政。', 'township', 'township'],
    ['2024年，在区委、区政府的正确领导下，荇中区坚持以习近平法治思想为指导。', 'government', 'county'],
  ])('%s → %s, %s', (opening, role, level) => {
    const report = reportOf(opening);
    expect([report.role, report.level]).toEqual([role, level]);
    // a place names no body: the authority is left unstated
    expect(report.authority).toBeUndefined();
  });
});
