import { describe, expect, it } from 'vitest';
import { findSections, headingKinds, sectionAt, sectionList } from '../../src/extract/sections.js';
import { asciiDigits } from '../../src/extract/copied-text.js';
import { TextIndex } from '../../src/extract/text-index.js';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { tempPack } from '../helpers/temp-pack.js';

const pack = loadPack('national');

/** The parts a text has, their evidence, and the top-level headings' words. */
function parts(text: string) {
  const index = new TextIndex(asciiDigits(text), text);
  const headings = findSections(index, pack.sections);
  const { sections, sectionEvidence } = sectionList(headings);
  return { sections, sectionEvidence, headings, top: headings.filter((h) => !h.nested).map((h) => h.text) };
}
const kinds = (words: string) => headingKinds(words, pack.sections);

describe('part level by numbering convention', () => {
  it.each([
    // 一、 parts with （一） sub-parts, full-width
    [
      '一、2024年主要举措和成效\n（一）健全制度体系\n正文。\n（二）规范执法行为\n正文。\n二、存在的问题\n正文。\n',
      ['一、2024年主要举措和成效', '二、存在的问题'],
    ],
    // half-width (一) and 一. numbering
    [
      '一.主要工作成效\n(一)统筹协调有力\n正文。\n(二)依法决策规范\n正文。\n二.下一步工作打算\n正文。\n',
      ['一.主要工作成效', '二.下一步工作打算'],
    ],
    // 第一部分 over 1. items
    [
      '第一部分 主要举措和成效\n1.领导责任压实。\n2.决策更加规范。\n第二部分 存在的不足和原因\n1.基层力量薄弱。\n',
      ['第一部分 主要举措和成效', '第二部分 存在的不足和原因'],
    ],
    // lines indented with full-width spaces, as Word exports them
    [
      '\u3000\u3000一、主要举措和成效\n\u3000\u3000（一）健全机制。正文。\n\u3000\u3000二、存在的不足和原因\n\u3000\u3000正文。\n',
      ['一、主要举措和成效', '二、存在的不足和原因'],
    ],
    // inline headings on one long line, after sentence ends
    [
      '某县司法局报告如下。 一、主要举措和成效 （一）完善机制。正文。 （二）加强监督。正文。 二、存在的不足和原因 正文。',
      ['一、主要举措和成效', '二、存在的不足和原因'],
    ],
  ])('the highest numbered level is the parts (%#)', (text, top) => {
    expect(parts(text).top).toEqual(top);
  });

  it.each([
    '一、2024年度推进法治政府建设的主要举措和成效\n（一）加强组织领导\n正文。\n（二）严格规范执法\n正文。\n（三）深化普法宣传\n正文。\n',
    '一、主要工作成效\n(一)决策审查。正文。\n(二)执法监督。正文。\n',
    '一．今年以来工作开展情况\n（一）法治督察\n正文内容较长。\n（二）复议应诉\n正文。\n（三）公共法律服务\n正文。\n',
  ])('a single 一、 with its sub-parts is one part, not as many parts as sub-parts (%#)', (text) => {
    const r = parts(text);
    expect(r.top).toHaveLength(1);
    expect(r.sections).toEqual(['measures_and_results']);
  });

  it.each([
    [
      '（一）主要工作成效\n正文。\n（二）存在的问题\n正文。\n（三）下一步工作安排\n正文。\n',
      ['measures_and_results', 'shortcomings', 'next_year_plan'],
    ],
    ['(一)主要举措和成效\n正文。\n(二)存在不足\n正文。\n', ['measures_and_results', 'shortcomings']],
    [
      '1、主要做法\n正文。\n2、存在问题\n正文。\n3、明年工作计划\n正文。\n',
      ['measures_and_results', 'shortcomings', 'next_year_plan'],
    ],
  ])('without 一、 the next level down is the parts (%#)', (text, want) => {
    expect(parts(text).sections).toEqual(want);
  });

  it.each([
    '一、主要举措和成效\n（一）加强领导。全县出庭率为1.5%。\n二、存在的问题\n',
    '一、主要举措和成效\n正文：一、是指…；二、是指…。\n二、存在的问题\n',
  ])('numbers inside sentences are no headings (%#)', (text) => {
    expect(parts(text).top).toEqual(['一、主要举措和成效', '二、存在的问题']);
  });
});

describe('heading synonyms and merged headings', () => {
  it.each([
    ['二、存在的问题和改进措施', ['shortcomings']],
    ['二、存在的不足及下一步改进方向', ['shortcomings']],
    ['三、存在问题与整改措施', ['shortcomings']],
    ['二、存在的主要问题', ['shortcomings']],
    ['一、主要举措、成效及存在的问题与原因分析', ['measures_and_results', 'shortcomings']],
    ['一、2024年工作总结和2025年工作打算', ['measures_and_results', 'next_year_plan']],
    ['一、2023年推进依法行政的主要措施和成效', ['measures_and_results']],
    ['（一）主要措施及成效', ['measures_and_results']],
    ['四、2023年度存在问题的整改情况', ['rectification']],
    ['三、上年度法治督察问题整改落实', ['rectification']],
    ['四、上一年度问题的改进情况', ['rectification']],
    ['五、下一步工作计划', ['next_year_plan']],
    ['五、2025年度主要安排', ['next_year_plan']],
    ['六、其他需要报告的情况', ['other']],
  ])('%s → %j', (words, want) => {
    expect(kinds(words)).toEqual(want);
  });

  it.each(['一、深入学习贯彻习近平法治思想', '一、坚持党的全面领导', '（二）强化政治引领，筑牢思想根基'])(
    'a heading that names no part names none, and is not “other” (%s)',
    (words) => {
      expect(kinds(words)).toEqual([]);
    },
  );

  it('a merged heading gives both parts, the later one noted as merged', () => {
    const r = parts('一、主要举措、成效及存在的问题与原因分析\n正文。\n二、2025年工作安排\n正文。\n');
    expect(r.sections).toEqual(['measures_and_results', 'shortcomings', 'next_year_plan']);
    expect(r.sectionEvidence.shortcomings).toMatchObject({
      line: 1,
      column: 1,
      note: '合并标题：一个标题同时列明几个部分',
    });
    expect(r.sectionEvidence.measures_and_results!.note).toBeUndefined();
  });

  it('an unnamed part is left out of the sections and ends the part before it', () => {
    const text =
      '一、深入学习贯彻习近平法治思想\n正文一。\n二、主要举措和成效\n正文二。\n三、2025年工作计划\n正文三。\n四、坚持党建引领\n正文四。\n';
    const r = parts(text);
    expect(r.sections).toEqual(['measures_and_results', 'next_year_plan']);
    expect(r.sections).not.toContain('other');
    expect(sectionAt(r.headings, text.indexOf('正文一'))).toBeUndefined();
    expect(sectionAt(r.headings, text.indexOf('正文三'))).toBe('next_year_plan');
    // 四、 ends the plan: what follows is not planned work
    expect(sectionAt(r.headings, text.indexOf('正文四'))).toBeUndefined();
  });
});

describe('a clearly titled sub-part counts as its part', () => {
  it.each([
    [
      '一、主要举措和成效\n（一）依法决策\n正文。\n（二）严格执法\n正文。\n（三）主要负责人履行第一责任人职责情况\n正文。\n二、存在的不足\n正文。\n',
      'leadership_duty',
      6,
      '（三）主要负责人履行第一责任人职责情况',
    ],
    [
      '一、主要工作成效\n(一)完善制度\n正文。\n(二)上年度问题整改落实情况\n正文。\n二、下一步打算\n正文。\n',
      'rectification',
      4,
      '(二)上年度问题整改落实情况',
    ],
    [
      // its first sentence says whose problems: a review's
      '一、主要举措和成效\n（一）统筹推进\n1.强化组织领导，压实责任\n正文。\n2.推进问题整改，补齐短板\n针对市委依法治市办反馈的5个问题，制定整改方案。\n二、存在的问题\n正文。\n',
      'rectification',
      5,
      '2.推进问题整改，补齐短板',
    ],
  ])('%#: the sub-part gives %s with a note', (text, kind, line, quote) => {
    const r = parts(text);
    expect(r.sections).toContain(kind);
    expect(r.sectionEvidence[kind]).toMatchObject({ quote, line, column: 1 });
    expect(r.sectionEvidence[kind]!.note).toMatch(/之下的子标题，计为该部分$/u);
    // the sub-part is no top-level part
    expect(r.top).not.toContain(quote);
  });

  it.each([
    // under the plan: rectification next year is an intention
    '一、主要举措和成效\n正文。\n二、2025年工作安排\n（一）完善制度\n正文。\n（二）抓好问题整改落实\n正文。\n',
    // a sub-part of another kind (measures) does not nest
    '一、存在的问题\n（一）工作成效不够明显\n正文。\n（二）基层力量薄弱\n正文。\n',
    // a measure that names 整改 but not whose problems (last year's, a review's): no 整改 part
    '一、主要举措和成效\n（一）统筹推进\n1.强化组织领导，压实责任\n正文。\n2.推进问题整改，补齐短板\n正文。\n二、存在的问题\n正文。\n',
    '一、主要举措和成效\n（一）强化组织领导\n（二）聚焦短板弱项，推动存在问题整改\n（三）下一步持续深化改革\n二、存在的不足\n正文。\n',
    // a paragraph, not a title, that mentions 第一责任人
    '一、主要举措和成效\n（一）压实责任。党政主要负责人认真履行推进法治建设第一责任人职责，全年专题研究法治工作四次，带头学法述法，层层压实责任，推动各项任务落地见效。\n二、存在的问题\n',
  ])('no sub-part is counted (%#)', (text) => {
    const r = parts(text);
    expect(r.sections).not.toContain('rectification');
    expect(r.sections).not.toContain('leadership_duty');
    expect(r.headings.some((h) => h.nested)).toBe(false);
  });

  it('a top-level part of the same kind wins over the sub-part, without a note', () => {
    const r = parts('一、主要举措和成效\n（一）问题整改情况\n正文。\n二、上年度问题整改情况\n正文。\n');
    expect(r.sections).toEqual(['measures_and_results', 'rectification']);
    expect(r.sectionEvidence.rectification).toMatchObject({ quote: '二、上年度问题整改情况', line: 4 });
    expect(r.sectionEvidence.rectification!.note).toBeUndefined();
  });
});

describe('reports without numbered headings', () => {
  it.each([
    [
      '某县司法局2024年法治政府建设年度报告\n主要工作成效\n正文内容。\n存在的问题\n正文内容。\n下一步工作打算\n正文内容。\n',
      ['measures_and_results', 'shortcomings', 'next_year_plan'],
    ],
    ['存在的问题：一是力量薄弱，二是宣传不足。\n下一步工作计划：加强培训。\n', ['shortcomings', 'next_year_plan']],
    [
      '某区2023年工作总结\n今年以来，各项工作有序推进，成效明显。\n存在不足。基层法治力量仍然薄弱。\n',
      ['shortcomings'],
    ],
  ])('short lines and paragraph lead phrases name parts (%#)', (text, want) => {
    expect(parts(text).sections).toEqual(want);
  });

  it('the document title is not a part', () => {
    expect(parts('青山区司法局2024年工作总结\n全年各项工作平稳推进，群众满意度提升。\n').sections).toEqual([]);
  });
});

describe('an account of the year with no heading over it (sections.yaml unheaded)', () => {
  const report = [
    '某县林业局2025年法治政府建设情况报告',
    '今年以来，我局主要做了以下工作：',
    '1.局党组理论学习中心组学法3次。',
    '2.开展林业执法培训2场次。',
    '存在问题：执法人员偏少。',
    '下步打算：开展执法案卷评查。',
  ].join('\n');

  it('is the measures part, quoted from its first statement with a note saying where it was found', () => {
    const r = extractReport(report, pack);
    expect(r.sections).toEqual(['measures_and_results', 'shortcomings', 'next_year_plan']);
    expect(r.sectionEvidence?.measures_and_results).toMatchObject({
      quote: '1.局党组理论学习中心组学法3次。',
      line: 3,
      note: '未设标题：“存在问题”之前的正文记述本年度工作，计为该部分',
    });
  });

  it('is no part when the body only addresses and announces the report', () => {
    const announced =
      '某县林业局2025年法治政府建设情况报告\n县委依法治县办：\n现将我局2025年法治政府建设情况报告如下：\n存在问题：执法人员偏少。\n下步打算：开展执法培训。';
    expect(extractReport(announced, pack).sections).toEqual(['shortcomings', 'next_year_plan']);
  });

  it('is the pack’s: without `unheaded` the same report has no measures part', () => {
    const dir = tempPack({ 'sections.yaml': (t) => t.replace(/^ {4}unheaded: .*\n/mu, '') });
    expect(extractReport(report, loadPack(dir)).sections).toEqual(['shortcomings', 'next_year_plan']);
  });
});
