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

describe('a document with neither title nor announcement: a part headed as the annual report’s statutory contents', () => {
  it('quotes the heading and says the type was inferred from it', () => {
    const text =
      '2024年，荭川县水利局扎实推进依法行政。\n一、2024年推进法治政府建设的主要举措和成效\n局党组专题研究法治工作。\n';
    const r = extractReport(text, pack);
    expect(r.report.documentType).toBe('annual_report');
    expect(r.reportEvidence?.documentType).toMatchObject({
      quote: '一、2024年推进法治政府建设的主要举措和成效',
      line: 2,
      note: '未见标题，由年度报告法定内容的部分标题推断',
    });
  });

  it.each([
    // the statutory words without the topic, and the topic without the statutory words
    '2024年，荭川县水利局扎实推进依法行政。\n一、主要举措和成效\n局党组专题研究法治工作。\n',
    '2024年，荭川县水利局扎实推进依法行政。\n一、法治政府建设工作开展情况\n局党组专题研究法治工作。\n',
    // the words in a sentence of the opening, not a part's heading
    '2024年，荭川县水利局推进法治政府建设的主要举措和成效如下。\n一、工作开展情况\n局党组专题研究法治工作。\n',
  ])('%s → no type', (text) => {
    expect(extractReport(text, pack).report.documentType).toBeUndefined();
  });
});
