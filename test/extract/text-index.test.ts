import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/extract/text-index.js';

const clauseOf = (text: string, word: string) => {
  const index = TextIndex.of(text);
  const [s, e] = index.clause(text.indexOf(word));
  return text.slice(s, e);
};
const listOf = (text: string, word: string) => {
  const index = TextIndex.of(text);
  const [s, e] = index.itemList(text.indexOf(word));
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
