import { describe, expect, it } from 'vitest';
import { otherFieldOf } from '../../src/extract/document-field.js';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');
const vocabulary = pack.vocabulary;

describe('a document about another field or body, by its title', () => {
  it.each([
    ['河源县应急管理局2024年安全生产工作总结', '河源县应急管理局', '安全生产'],
    ['关于松江县卫生健康委员会2025年度医疗质量管理工作情况的报告', '松江县卫生健康委员会', '医疗质量管理'],
    ['西岭县医疗保障局2024年上半年医保基金监管工作总结', undefined, '医保基金监管'],
    ['县人力资源和社会保障局2024年专业技术人才工作总结（节选）', '县人力资源和社会保障局', '专业技术人才'],
    ['石门县人民法院2024年行政审判工作总结', undefined, '人民法院'],
    ['青川交通建设集团有限公司2024年度依法治企工作报告', undefined, '有限公司'],
  ])('%s → %s', (title, authority, other) => {
    expect(otherFieldOf(title, authority, vocabulary)).toBe(other);
  });

  it.each([
    // the checklist's own fields, and titles that name no subject
    ['关于柳溪县司法局2024年法治政府建设情况的报告', '柳溪县司法局'],
    ['硚口区2023年司法行政工作总结', undefined],
    ['云台县司法局2024年人民调解工作总结', '云台县司法局'],
    ['县政府办公室2024年度行政复议工作情况报告', '县政府办公室'],
    ['2024年度依法行政工作报告', undefined],
    ['柳溪县交通运输局2024年工作总结', '柳溪县交通运输局'],
    ['2024年1-9月工作情况', undefined],
    ['白水镇2024年度工作总结和2025年工作计划', undefined],
  ])('%s is not judged another field', (title, authority) => {
    expect(otherFieldOf(title, authority, vocabulary)).toBeUndefined();
  });

  it('reads no fact from such a document, and says why beside its type', () => {
    const text =
      '河源县应急管理局2024年安全生产工作总结\n一、隐患排查\n全年排查隐患412处，已全部整改到位；组织培训5场。\n';
    const r = extractReport(text, pack);
    expect(r.facts).toEqual({});
    expect(r.report.documentType).toBe('work_summary');
    expect(r.reportEvidence?.documentType?.note).toBe(
      '标题表明是“安全生产”方面的文件，不是法治建设报告，未从中读取事实',
    );
  });
});
