import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/extract/text-index.js';
import { itemList } from '../../src/extract/item-lists.js';

const clauseOf = (text: string, word: string) => {
  const index = TextIndex.of(text);
  const [s, e] = index.clause(text.indexOf(word));
  return text.slice(s, e);
};
const listOf = (text: string, word: string) => {
  const index = TextIndex.of(text);
  const [s, e] = itemList(index, text.indexOf(word));
  return text.slice(s, e);
};

describe('table cells copied as text', () => {
  it('ends a claim at a cell separator after a figure', () => {
    expect(clauseOf('新收案件 102件 | 上年结转 7件 | 审结 98件', '上年')).toBe(' 上年结转 7件 ');
    expect(clauseOf('新收\t102件\t上年结转\t7件', '新收')).toBe('新收\t102件');
  });
  it('reads a label cell on into its figure cell', () => {
    expect(clauseOf('行政诉讼案件 | 19件 | 上年 24件', '行政诉讼')).toBe('行政诉讼案件 | 19件 ');
    expect(clauseOf('普法宣传活动｜236场次｜去年 201场次', '去年')).toBe('去年 201场次');
  });
});

describe('a list of short items joined by semicolons', () => {
  const list = '行政复议：收案58件；审结55件；撤销9件；变更1件。另查明：全县各部门聘请法律顾问覆盖率为100%';
  it('spans its items and its lead', () => {
    expect(listOf(list, '撤销')).toBe('行政复议：收案58件；审结55件；撤销9件；变更1件');
  });
  it('takes items set one a line, led by the heading above them', () => {
    const lines = '一、概况\n（三）行政复议\n审结案件62件；\n撤销5件；\n确认违法1件。\n';
    expect(listOf(lines, '撤销')).toBe('（三）行政复议\n审结案件62件；\n撤销5件；\n确认违法1件');
  });
  it('is no list where the sentences are long or hold commas', () => {
    const long = '县行政复议局全年审结行政复议案件52件，其中撤销3件；县法院审结行政诉讼案件30件，判决撤销2件。';
    expect(listOf(long, '判决')).toBe('县法院审结行政诉讼案件30件，判决撤销2件');
    const one = '本年度共举办执法人员专题培训班六期；撤销3件';
    expect(listOf(one, '撤销')).toBe('撤销3件');
  });
});

const sentenceOf = (text: string, word: string) => {
  const index = TextIndex.of(text);
  const [s, e] = index.sentence(text.indexOf(word));
  return index.text.slice(s, e);
};

describe('lines broken where a converted page ran out', () => {
  it('reads a sentence on over its wrapped line, past a page footer made blank', () => {
    const text = '县行政复议中心依法受理88件，审结\n　　— 3 —\n84件，其中撤销5件。\n';
    // the footer line 　　— 3 — is seven characters, made seven spaces
    expect(sentenceOf(text, '审结')).toBe(`县行政复议中心依法受理88件，审结\n${' '.repeat(7)}\n84件，其中撤销5件`);
    const paged = '全年组织培训班5期，培训执法人员\n第 2 页 共 6 页\n612人次。';
    expect(sentenceOf(paged, '612')).toContain('培训执法人员');
  });
  it('keeps the break after a sentence end, a title, a short line or before a numbered item', () => {
    expect(sentenceOf('审结案件46件。\n撤销3件。', '撤销')).toBe('撤销3件');
    expect(sentenceOf('柏林县司法局2025年法治政府建设年度报告\n一、行政复议', '一、')).toBe('一、行政复议');
    expect(sentenceOf('全县受理调解案件1,356件，调解成功率达到\n（二）法律援助', '（二）')).toBe('（二）法律援助');
    expect(sentenceOf('全县受理调解案件1,356件，调解成功率\n98.9%。', '98.9')).toContain('调解成功率');
  });
  it('blanks every footer of a long text at its own place', () => {
    const text = '审结案件\n— 1 —\n84件。\n纠错\n第 2 页 共 3 页\n9件。';
    const index = TextIndex.of(text);
    expect(index.text.length).toBe(text.length);
    expect(index.text).toBe('审结案件\n     \n84件。\n纠错\n           \n9件。');
  });

  it('keeps quotes and lines those of the text as written', () => {
    const text = '受理88件，审结案件共计\n— 3 —\n84件。';
    const index = TextIndex.of(text);
    expect(index.position(text.indexOf('84'))).toEqual({ line: 3, column: 1 });
    expect(index.evidence(0, text.length - 1).quote).toBe('受理88件，审结案件共计 — 3 — 84件');
  });
});

describe('where the line holding an offset starts', () => {
  const text = '\n一、工作情况\n全年开展普法活动32场\n\n二、存在的不足';
  const index = TextIndex.of(text);
  it('is one past the line break before it, as lastIndexOf finds it', () => {
    expect(index.lineStartOf(text.indexOf('普法'))).toBe(8);
    expect(index.lineStartOf(8)).toBe(8);
    expect(index.lineStartOf(7)).toBe(1);
    expect(index.lineStartOf(text.indexOf('存在'))).toBe(21);
    expect(index.lineStartOf(text.length)).toBe(21);
    for (let at = -2; at <= text.length; at++) expect(index.lineStartOf(at)).toBe(text.lastIndexOf('\n', at - 1) + 1);
  });
  it('reads a line break opening the text as lastIndexOf does, at the first character too', () => {
    expect(index.lineStartOf(0)).toBe(1);
    expect(index.lineStartOf(1)).toBe(1);
  });
});
