import { describe, expect, it } from 'vitest';
import { announcedType } from '../../src/extract/document-type.js';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');
const vocabulary = pack.vocabulary;

describe('a document with no title: the type its opening announces', () => {
  it.each([
    ['2024年，我局扎实推进依法行政。现将县司法局2024年法治政府建设情况报告如下：', 'annual_report'],
    ['现将2025年全面依法治镇和推进法治建设情况的报告如下。', 'annual_report'],
    ['根据通知要求，现将我局2024年度法治政府建设工作情况汇报如下：', 'annual_report'],
    ['现将本单位2024年度述职述法情况报告如下：', 'duty_report'],
    // words naming no type, in a paragraph naming the annual report's subject
    ['2024年，蘅溪县水利局扎实推进依法行政。现将有关情况报告如下：', 'annual_report'],
    ['圆满完成了法治政府建设各项工作任务。现将工作开展情况汇报如下：', 'annual_report'],
  ])('%s → %s', (opening, type) => {
    expect(announcedType(opening, vocabulary)?.type).toBe(type);
  });

  it.each([
    // words naming no type, the paragraph naming no subject; a person's own report; no announcement at all
    '2024年，蘅溪县水利局扎实推进各项工作。现将有关情况报告如下：',
    '现将本年度工作情况、存在不足及下一步安排报告如下：',
    '有效推动岩山镇法治政府建设迈上新台阶。现将个人履行推进法治政府建设工作情况汇报如下：',
    '对我乡2024年度法治政府建设情况进行了督察，反馈问题5个。现将整改情况报告如下：',
    '2024年，蘅溪县水利局扎实推进依法行政，法治政府建设取得新进展。',
  ])('%s → none', (opening) => {
    expect(announcedType(opening, vocabulary)).toBeUndefined();
  });

  it('is read only when the document has no title, and says it was inferred', () => {
    const untitled = extractReport(
      '2024年，荭川县司法局认真履行法治建设职责。现将县司法局2024年法治政府建设情况报告如下：\n一、主要举措和成效\n',
      pack,
    );
    expect(untitled.report.documentType).toBe('annual_report');
    expect(untitled.reportEvidence?.documentType?.note).toBe('未见标题，由开头“现将……报告如下”推断');
    // a title naming a summary decides, whatever the opening announces
    const titled = extractReport(
      '荭川县司法局2024年工作总结\n现将县司法局2024年法治政府建设情况报告如下：\n一、主要工作\n',
      pack,
    );
    expect(titled.report.documentType).toBe('work_summary');
  });
});
