import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { HardWraps } from '../../src/extract/hard-wraps.js';
import { TextIndex } from '../../src/extract/text-index.js';
import { loadPack } from '../../src/pack/load-pack.js';

// A report as a text tool leaves a PDF: every line of a paragraph broken at 22 characters, whatever it breaks.
const WRAPPED = [
  '某县交通运输局2025年法治政府建设年度报告',
  '2025年，县交通运输局坚持以习近平法治思想',
  '为指导，全面推进依法行政，现将有关情况报告如',
  '下。',
  '一、主要举措和成效',
  '（一）加强执法队伍建设。组织全系统行政执法人',
  '员培训12场次、参训486人次，开展执法案卷',
  '评查1次，评查案卷63卷。',
  '— 2 —',
  '（二）推进依法决策。局党组会议专题研究法治建',
  '设工作3次，全年制定行政规范性文件2件，均经',
  '合法性审查。',
].join('\n');

// A report written a paragraph a line, its sub-headings holding commas: no line is broken by a page.
const PARAGRAPHS = [
  '某县人民政府2025年度法治政府建设情况报告',
  '（一）抓统筹，责任体系更加健全',
  '县委理论学习中心组学法4次，县政府常务会议专题研究法治政府建设工作4次，全年组织全县部门、乡镇主要负责人述法。',
  '（二）抓决策，依法决策更加规范',
  '“十四五”期间，县政府累计作出重大行政决策41件。2025年作出重大行政决策9件，合法性审查率100%。',
  '（三）抓复议，主渠道作用更加凸显',
  '县政府行政复议机构受理复议案件88件，审结84件，纠错9件，直接纠错率10.71%。',
  '（四）抓应诉，应诉水平持续提升',
  '全县行政诉讼案件47件，行政机关负责人出庭应诉率为100%，败诉3件。',
  '（五）抓执法，执法质效稳步提高',
  '全县组织执法人员培训2,180人次，评查执法案卷640卷。',
].join('\n');

describe('a document hard-wrapped at the page width', () => {
  it('is read with its wrapping breaks, the footer between them and nothing else taken out', () => {
    const index = TextIndex.of(WRAPPED);
    expect(index.text).toContain(
      '组织全系统行政执法人员培训12场次、参训486人次，开展执法案卷评查1次，评查案卷63卷。\n',
    );
    expect(index.text).toContain('局党组会议专题研究法治建设工作3次，全年制定行政规范性文件2件，均经合法性审查。');
    // the title, the heading and the sentence ends keep their breaks
    expect(index.text.startsWith('某县交通运输局2025年法治政府建设年度报告\n2025年，')).toBe(true);
    expect(index.text).toContain('报告如下。\n一、主要举措和成效\n（一）');
  });

  it('maps each read position back to the one written', () => {
    const wraps = HardWraps.of(WRAPPED)!;
    const read = TextIndex.of(WRAPPED).text;
    for (const word of ['某县', '员培训', '12场次', '评查案卷63卷', '设工作3次', '合法性审查。']) {
      expect(wraps.written(read.indexOf(word))).toBe(WRAPPED.indexOf(word));
    }
  });

  it('reads the figures whose cue words the page broke, with evidence at the lines as written', () => {
    const r = extractReport(WRAPPED, loadPack('national'));
    expect(r.facts.enforcementTrainingSessions).toBe(12);
    expect(r.facts.enforcementTrainees).toBe(486);
    expect(r.facts.ruleOfLawMeetings).toBe(3);
    const e = r.evidence!.enforcementTrainingSessions as {
      quote: string;
      line: number;
      column: number;
      offset: number;
    };
    // 组织全系统行政执法人 opens at line 6, column 13 (after the twelve characters of （一）加强执法队伍建设。)
    expect([e.line, e.column, e.offset]).toEqual([6, 13, WRAPPED.indexOf('组织全系统')]);
    expect(e.quote.startsWith('组织全系统行政执法人员培训12场次')).toBe(true);
    const meetings = r.evidence!.ruleOfLawMeetings as { line: number; offset: number };
    expect(meetings.line).toBe(10);
    expect(WRAPPED.slice(meetings.offset).startsWith('局党组会议')).toBe(true);
  });
});

describe('a document written a paragraph a line', () => {
  it('is read as written, its headings with commas no wrapped lines of a page', () => {
    expect(HardWraps.of(PARAGRAPHS)).toBeUndefined();
    expect(TextIndex.of(PARAGRAPHS).text).toBe(PARAGRAPHS);
    expect(extractReport(PARAGRAPHS, loadPack('national')).facts.majorDecisions).toBe(9);
  });
});
