import { describe, expect, it } from 'vitest';
import { parseBodyName } from '../../src/extract/authority.js';
import { documentTypeOf, issuesPlan } from '../../src/extract/document-type.js';
import { extractReport } from '../../src/extract/extract.js';
import { extractMetadata } from '../../src/extract/metadata.js';
import { findSections } from '../../src/extract/sections.js';
import { asciiDigits } from '../../src/extract/copied-text.js';
import { TextIndex } from '../../src/extract/text-index.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');
const vocabulary = pack.vocabulary;

/** Metadata as extractReport reads it: the header ends at the first part heading. */
function meta(text: string) {
  const index = new TextIndex(asciiDigits(text), text);
  const headings = findSections(index, pack.sections);
  return extractMetadata(index, headings, {}, vocabulary);
}

describe('authority: from the title, the 落款, the header table or the opening subject', () => {
  it.each([
    ['关于柳溪县司法局2023年法治政府建设情况的报告\n一、主要举措和成效\n正文。\n', '柳溪县司法局', '柳溪县', 1, 3],
    ['青山区司法局关于2024年度法治政府建设工作情况的报告\n一、主要工作\n正文。\n', '青山区司法局', '青山区', 1, 1],
    ['白水镇人民政府 2024年法治政府建设年度报告\n一、主要工作成效\n正文。\n', '白水镇人民政府', '白水镇', 1, 1],
    // a first line that is the name alone, above a title that names none
    ['柳溪县交通运输局\n2024年度法治政府建设工作报告\n一、主要工作\n正文。\n', '柳溪县交通运输局', '柳溪县', 1, 1],
    // the 落款 before the date, the title naming no body
    [
      '2024年度法治政府建设情况报告\n一、主要举措和成效\n正文。\n东湖街道办事处\n2025年1月8日\n',
      '东湖街道办事处',
      '东湖街道',
      4,
      1,
    ],
    // the 版记 under the 落款 (抄送, the printing office's 印发 line, a rule) is not the reporter
    [
      '2024年度法治政府建设情况报告\n一、主要工作\n正文。\n石桥乡人民政府\n2025年1月16日\n————————\n抄送：县司法局。\n石桥乡党政综合办公室　　2025年1月16日印发\n',
      '石桥乡人民政府',
      '石桥乡',
      4,
      1,
    ],
    // a title sending or forwarding a report (关于报送…, 关于转报…): the body it names after the verb
    ['关于转报柳溪县卫生健康局2024年法治政府建设情况的函\n正文。\n', '柳溪县卫生健康局', '柳溪县', 1, 5],
    // one-line text: the 落款 is inline before the date
    [
      '2024年，全镇法治建设稳步推进。 一、主要工作 正文。 二、存在的问题 正文。 红石乡人民政府 2025年2月3日',
      '红石乡人民政府',
      '红石乡',
      1,
      42,
    ],
    // the opening sentence's subject
    [
      '2023年，在县委、县政府的领导下，云梦县人力资源和社会保障局扎实推进依法行政。现将有关情况报告如下。\n一、主要举措和成效\n',
      '云梦县人力资源和社会保障局',
      '云梦县',
      1,
      19,
    ],
    // a header table's issuer
    [
      '索引号：| 001 | 发布机构：| 石门县市场监督管理局 |\n2024年度法治政府建设工作总结\n一、主要工作\n',
      '石门县市场监督管理局',
      '石门县',
      1,
      20,
    ],
  ])('%#: %s → %s', (text, authority, region, line, column) => {
    const r = meta(text);
    expect(r.meta.authority).toBe(authority);
    expect(r.meta.region).toBe(region);
    expect(r.evidence.authority).toMatchObject({ quote: authority, line, column });
  });

  it.each([
    ['县自然资源局2024年度法治政府建设情况报告\n正文。\n', '县自然资源局', 'department'],
    ['区司法局关于2024年法治政府建设情况的报告\n正文。\n', '区司法局', 'judicial_bureau'],
  ])('a title naming its body by level and role alone: %s → %s, no region', (text, authority, role) => {
    const r = meta(text);
    expect(r.meta.authority).toBe(authority);
    expect(r.meta.role).toBe(role);
    expect(r.meta.level).toBe('county');
    expect(r.meta.region).toBeUndefined();
  });

  it.each([
    [
      '2024年，县司法局认真履行职责。现将有关情况报告如下。\n一、主要工作\n正文。\n',
      '县司法局',
      'judicial_bureau',
      'county',
    ],
    ['区司法局统筹全区各街道、各部门开展述法，并由区委依法治区办逐一点评。\n', '区司法局', 'judicial_bureau', 'county'],
    ['按照上级部署，县政府计划实现法律顾问全覆盖。\n', '县政府', 'government', 'county'],
    ['镇人民政府全年专题研究部署法治建设工作2次，听取汇报4次。\n', '镇人民政府', 'township', 'township'],
    ['县林业和草原局\n2024年法治政府建设工作情况报告\n正文。\n', '县林业和草原局', 'department', 'county'],
  ])('a body named by its level alone opening the text: %s → %s, %s, %s, no region', (text, authority, role, level) => {
    const r = meta(text);
    expect(r.meta).toMatchObject({ authority, role, level });
    expect(r.meta.region).toBeUndefined();
  });

  it.each([
    // the county's party committee and government together, and one of a group of bodies, are no reporter
    ['县委县政府高度重视法治建设，全年专题研究法治政府建设4次。\n'],
    ['县人民调解委员会等各级调解组织共排查化解矛盾纠纷1436件。\n'],
    // a later clause of the opening sentence names others; a date or a prepositional phrase is passed over
    ['全年审核县政府及县政府办公室拟制发的行政规范性文件31件，提出修改意见58条。\n'],
    ['针对上年度市委依法治市办督察反馈的7个问题，逐项制定整改措施。\n'],
    ['2024年，全县法治建设稳步推进，述法报告经县委依法治县办审阅后进行书面点评。\n'],
  ])('no body where the opening sentence’s subject names none: %s', (text) => {
    const r = meta(text);
    expect(r.meta.authority).toBeUndefined();
    expect(r.meta.role).toBeUndefined();
  });

  it.each([
    ['某地区行政公署司法局', '某地区', 'judicial_bureau', 'city'],
    ['柳溪县人民政府办公室', '柳溪县', 'department', 'county'],
    ['柳溪县住房和城乡建设局', '柳溪县', 'department', 'county'],
    ['柳溪县市场监督管理局', '柳溪县', 'department', 'county'],
    ['柳溪县城市管理局', '柳溪县', 'department', 'county'],
    ['南江市青山区司法局', '青山区', 'judicial_bureau', 'county'],
    ['澄江省云岫市白沙区交通运输局', '白沙区', 'department', 'county'],
    ['泉州湾县司法局', '泉州湾县', 'judicial_bureau', 'county'],
    ['白水镇人民政府', '白水镇', 'township', 'township'],
    ['东湖街道办事处', '东湖街道', 'township', 'township'],
    ['红石乡人民政府', '红石乡', 'township', 'township'],
    ['柳溪县人民政府', '柳溪县', 'government', 'county'],
    ['柳溪县委依法治县办', '柳溪县', 'government', 'county'],
    ['中共柳溪县委全面依法治县委员会办公室', '柳溪县', 'government', 'county'],
    ['某某自治区司法厅', '某某自治区', 'judicial_bureau', 'province'],
    ['某省司法厅', '某省', 'judicial_bureau', 'province'],
    ['乌兰旗卫生健康委员会', '乌兰旗', 'department', 'county'],
  ])('whole names: %s → %s, %s, %s', (name, region, role, level) => {
    expect(parseBodyName(name, vocabulary)).toMatchObject({ authority: name, region, role, level });
  });

  it.each([
    // a scope word where a place would stand, a preposition in the place or opening the body: no name
    '全县法律援助中心',
    '龙潭乡在县委依法治县办',
    '白沙镇的镇人民政府',
  ])('no body name: %s', (name) => {
    expect(parseBodyName(name, vocabulary)).toBeUndefined();
  });

  it.each(['云岭市司法局', '兴安市人民政府', '南江市教育局'])(
    'a 市 may be 地级 or 县级: no level from the name alone (%s)',
    (name) => {
      const b = parseBodyName(name, vocabulary);
      expect(b?.authority).toBe(name);
      expect(b?.level).toBeUndefined();
    },
  );

  it.each([
    ['兴安市司法局2024年法治政府建设年度报告\n兴安市是县级市，辖12个镇。\n一、主要工作\n', 'county'],
    ['兴安市司法局2024年法治政府建设年度报告\n作为地级市兴安市的司法行政机关……\n一、主要工作\n', 'city'],
    ['兴安市司法局2024年法治政府建设年度报告\n兴安市（县级市）位于省境东部。\n一、主要工作\n', 'county'],
  ])('the text may say which kind of 市 (%#)', (text, level) => {
    expect(meta(text).meta.level).toBe(level);
  });

  it.each([
    // another body, not the subject
    '根据南江市司法局的通知要求，现将我局2024年工作情况报告如下。\n一、主要工作\n正文。\n',
    // the site's name (来源) is not the author
    '时间：2025-02-01 来源：柳溪县人民政府\n县委、县政府：\n我局今年以来扎实推进各项工作，取得了较好成效。\n一、主要工作\n',
  ])('no authority when the text names none (%#)', (text) => {
    const r = meta(text);
    expect(r.meta.authority).toBeUndefined();
    expect(r.meta.role).toBeUndefined();
    expect(r.evidence.authority).toBeUndefined();
  });

  it('a web page title stands in for a missing title line, quoted without a position', () => {
    const index = new TextIndex('2024年，全县法治建设稳步推进。\n一、主要工作\n正文。\n');
    const r = extractMetadata(
      index,
      findSections(index, pack.sections),
      { title: '关于柳溪县住房和城乡建设局2024年度法治政府建设情况的报告' },
      vocabulary,
    );
    expect(r.meta).toMatchObject({
      authority: '柳溪县住房和城乡建设局',
      role: 'department',
      level: 'county',
      year: 2024,
      documentType: 'annual_report',
    });
    expect(r.evidence.authority).toEqual({ quote: '柳溪县住房和城乡建设局', note: '网页标题' });
    expect(r.evidence.role).toEqual({ quote: '柳溪县住房和城乡建设局', note: '网页标题；由单位名称推断' });
    expect(r.evidence.year).toEqual({ quote: '2024年度', note: '网页标题' });
  });

  it('a title opening with its year names its body after the year; 法治政府 there is the topic, no body', () => {
    expect(meta('二〇二四年度红石乡人民政府法治政府建设情况报告\n乡党委中心组学法4次。').meta.authority).toBe(
      '红石乡人民政府',
    );
    expect(meta('2025年度青山县林业局法治政府建设年度报告\n一、主要工作\n').meta.authority).toBe('青山县林业局');
    expect(meta('2025年金川区法治政府建设工作要点\n一、总体要求\n').meta.authority).toBeUndefined();
  });

  it('the title drops the authority and 关于', () => {
    expect(meta('关于柳溪县司法局2023年法治政府建设情况的报告\n一、主要工作\n').meta.title).toBe(
      '2023年法治政府建设情况的报告',
    );
    expect(meta('青山区司法局关于2024年度法治政府建设工作情况的报告\n一、主要工作\n').meta.title).toBe(
      '2024年度法治政府建设工作情况的报告',
    );
    // and the verb of sending after 关于
    expect(meta('关于报送2024年度法治政府建设情况的报告\n一、主要工作\n').meta.title).toBe(
      '2024年度法治政府建设情况的报告',
    );
  });
});

describe('role and level from the authority', () => {
  it.each([
    ['柳溪县司法局2024年法治政府建设年度报告\n一、主要工作\n', 'judicial_bureau', 'county'],
    ['青山区人民政府关于2024年法治政府建设情况的报告\n一、主要工作\n', 'government', 'county'],
    ['柳溪县人民政府办公室2024年法治政府建设年度报告\n一、主要工作\n', 'department', 'county'],
    ['白水镇人民政府2024年法治政府建设年度报告\n一、主要工作\n', 'township', 'township'],
    ['东湖街道办事处关于2024年法治政府建设情况的报告\n一、主要工作\n', 'township', 'township'],
    ['某地区行政公署司法局2024年法治政府建设年度报告\n一、主要工作\n', 'judicial_bureau', 'city'],
    ['某省司法厅2024年法治政府建设年度报告\n一、主要工作\n', 'judicial_bureau', 'province'],
  ])('%#: role %s, level %s, with the name quoted', (text, role, level) => {
    const r = meta(text);
    expect(r.meta.role).toBe(role);
    expect(r.meta.level).toBe(level);
    expect(r.evidence.role).toMatchObject({ quote: r.meta.authority, line: 1, column: 1, note: '由单位名称推断' });
    expect(r.evidence.level).toMatchObject({ quote: r.meta.region, note: '由行政区划名称推断' });
  });

  it('a bureau named only 我局 takes the tier of the leaders it works under, quoted, and no role', () => {
    const r = meta('2024年，我局在区委、区政府的正确领导下，扎实推进依法行政。\n一、主要工作\n');
    expect(r.meta.level).toBe('county');
    expect(r.meta.role).toBeUndefined();
    expect(r.evidence.level).toMatchObject({
      quote: '在区委、区政府的正确领导下',
      line: 1,
      column: 9,
      note: '未载明单位名称，由开头所述领导机关的层级推断',
    });
  });
});

describe('year: the title, else the body', () => {
  it.each([
    ['柳溪县司法局2024年法治政府建设年度报告\n一、主要工作\n', 2024, '2024年'],
    ['红石乡人民政府关于二〇二三年度法治政府建设工作的报告\n一、主要工作\n', 2023, '二〇二三年度'],
    [
      '县委、县政府：\n现将2022年法治政府建设工作情况报告如下。\n一、主要工作\n',
      2022,
      '现将2022年法治政府建设工作情况报告如下',
    ],
    // the body naming itself before the year
    [
      '县委依法治县办：\n现将我局2024年度法治政府建设情况报告如下：\n一、主要工作\n',
      2024,
      '现将我局2024年度法治政府建设情况报告如下',
    ],
    ['2022年，县司法局在县委领导下扎实工作。\n一、主要工作\n', 2022, '2022年，'],
    ['2022年度，我局认真贯彻落实上级部署。\n一、主要工作\n', 2022, '2022年度，'],
    ['２０２１年，我局扎实推进各项工作。\n一、主要工作\n', 2021, '２０２１年，'],
    // a title under the name, in a report with no numbered parts (the sections read the title as a part)
    ['县林业和草原局\n2024年法治政府建设工作情况报告\n局党组全年专题研究法治工作2次。\n', 2024, '2024年'],
  ])('%#: → %d', (text, year, quote) => {
    const r = meta(text);
    expect(r.meta.year).toBe(year);
    expect(r.evidence.year!.quote).toBe(quote);
  });

  it.each([
    // a list of years names no one year
    '2022年、2023年、2024年，全县调解成功率稳步提高。\n一、主要工作\n',
    '今年以来，我局扎实推进各项工作。\n一、主要工作\n',
    '一年来，全县法治建设稳步推进，明年将继续努力。\n一、主要工作\n',
    '县委、县政府：\n我局在2023年的基础上继续推进。\n一、主要工作\n',
  ])('no year when the text states none as its own (%#)', (text) => {
    expect(meta(text).meta.year).toBeUndefined();
    expect(meta(text).evidence.year).toBeUndefined();
  });
});

describe('document type from the title', () => {
  it.each([
    ['柳溪县司法局2024年法治政府建设年度报告', 'annual_report'],
    ['关于2024年度法治政府建设情况的报告', 'annual_report'],
    ['青山区人民政府2024年法治政府建设工作情况报告', 'annual_report'],
    ['某县司法局2024年度法治政府建设报告（全文）', 'annual_report'],
    ['硚溪区2023年司法行政工作总结', 'work_summary'],
    ['青山区城市管理局2024年法治政府建设工作总结', 'work_summary'],
    ['某局2024年度工作小结', 'work_summary'],
    ['柳溪县2025年法治政府建设工作要点', 'work_plan'],
    ['某县人民政府2025年依法行政工作计划', 'work_plan'],
    ['局长2024年度述职述廉述法报告', 'duty_report'],
    ['2024年度个人述职报告', 'duty_report'],
    ['关于县教育局局长2025年度述职述法情况的报告', 'duty_report'],
    // a head's own report on the first-responsible-person duty (stop 35)
    ['芩川区交通运输局局长2025年度履行推进法治建设第一责任人职责情况报告', 'duty_report'],
    ['关于本人2024年度履行推进法治建设第一责任人职责情况的报告', 'duty_report'],
    ['栝岗镇党委副书记、镇长2025年度履行法治建设第一责任人职责情况报告', 'duty_report'],
    ['关于印发2025年法治政府建设工作要点的通知', 'other'],
    ['2024年度政府信息公开工作年度报告', 'other'],
    ['关于2024年度法治政府建设情况报告的公示', 'other'],
  ])('%s → %s', (title, type) => {
    expect(documentTypeOf(title, vocabulary)).toBe(type);
  });

  it('a notice issuing a plan is other, says why, and gives no fact', () => {
    const text = '关于印发《柳溪县2026年法治政府建设工作计划》的通知\n各乡镇：\n计划全年培训执法人员800人次。\n';
    const r = extractReport(text, pack);
    expect(r.report.documentType).toBe('other');
    expect(r.reportEvidence?.documentType).toMatchObject({
      note: '标题表明是印发或转发工作计划（要点）的文件，其中数字是目标，未从中读取事实',
    });
    expect(r.facts).toEqual({});
    // a notice forwarding an annual report is read
    expect(issuesPlan('关于转报《柳溪县司法局2024年法治政府建设年度报告》的函', vocabulary)).toBe(false);
  });

  it('the title line is quoted; no title, no document type', () => {
    const r = meta('柳溪县司法局2024年法治政府建设工作总结\n一、主要工作\n');
    expect(r.meta.documentType).toBe('work_summary');
    expect(r.evidence.documentType).toMatchObject({
      quote: '柳溪县司法局2024年法治政府建设工作总结',
      line: 1,
      column: 1,
    });
    const none = meta('2024年，我局扎实推进各项工作，取得明显成效。\n一、主要工作\n');
    expect(none.meta.documentType).toBeUndefined();
    expect(none.evidence.documentType).toBeUndefined();
  });
});

describe('period', () => {
  const report = (body: string, signature = '') =>
    `柳溪县司法局2024年法治政府建设年度报告\n一、主要工作\n${body}\n${signature}`;
  it.each([
    // two part-year phrases
    [report('截至9月底，受理复议案件30件。1—9月，调解纠纷500件。'), '截至9月底'],
    [report('截至2024年10月末，审查文件8件；1至10月办理法律援助案件60件。'), '截至2024年10月末'],
    // one, and no full-year phrase
    [report('前三季度共办理法律援助案件80件。'), '前三季度'],
    // the report's own year before it
    [report('2024年前三季度共办理法律援助案件80件。'), '前三季度'],
    [report('1-11月，共受理矛盾纠纷300件。'), '1-11月'],
    // 今年以来 in a report dated inside the year, before December
    [
      report('今年以来，我局扎实推进各项工作。截至目前，办结复议案件12件。', '柳溪县司法局\n2024年10月20日'),
      '今年以来',
    ],
  ])('part_year (%#)', (text, quote) => {
    const r = meta(text);
    expect(r.meta.period).toBe('part_year');
    expect(r.evidence.period!.quote).toBe(quote);
  });

  it.each([
    // one part-year phrase in an otherwise annual report
    [report('全年受理复议案件40件，其中截至9月底受理30件。'), '仅一处部分年度表述，且有全年表述，按全年度'],
    // 截至目前 written after the year ends
    [
      report('截至目前，办结复议案件40件。今年以来共培训120人次。', '柳溪县司法局\n2025年1月6日'),
      '未发现只报告部分年度的表述',
    ],
    // December is the whole year
    [report('截至12月31日，共办理法律援助案件90件。1—12月调解纠纷500件。'), '未发现只报告部分年度的表述'],
    // 3-5月 is an activity's window, not the period reported
    [report('3-5月开展专项执法检查。'), '未发现只报告部分年度的表述'],
    // another year's date is a past figure, not the period reported
    [report('截至2023年9月底，累计建成站点20个。'), '未发现只报告部分年度的表述'],
    // a part of another year named before it: next year's plan, last year's half
    [report('剩余1项决策拟于2025年上半年作出。'), '未发现只报告部分年度的表述'],
    [report('与2023年度上半年相比，案件数有所下降。'), '未发现只报告部分年度的表述'],
  ])('full_year (%#)', (text, note) => {
    const r = meta(text);
    expect(r.meta.period).toBe('full_year');
    expect(r.evidence.period!.note).toBe(note);
  });

  it('no year and no part-year phrase: no period', () => {
    const r = meta('我局扎实推进各项工作。\n一、主要工作\n正文。\n');
    expect(r.meta.period).toBeUndefined();
    expect(r.evidence.period).toBeUndefined();
  });
});

describe('a subject joined to a partner body (vocabulary partners)', () => {
  it.each([
    // a 协会 names no role; the opening 县科协配合县司法局 is no 司法局's name
    ['某县科学技术协会2025年法治建设工作报告\n县科协配合县司法局开展法治宣传活动5场。', undefined],
    ['2025年度法治建设工作情况\n县残联联合县司法局开展“助残普法”宣传活动8场次。', undefined],
    // a name holding 联合 as its own word (妇女联合会) is read whole
    ['某县妇女联合会2025年法治建设工作报告\n开展普法宣传12场。', '某县妇女联合会'],
  ])('%s → authority %s, never the partner 司法局', (text, authority) => {
    const r = extractReport(text, pack);
    expect(r.report.authority).toBe(authority);
    expect(r.report.role).not.toBe('judicial_bureau');
  });
});
