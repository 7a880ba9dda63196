import { describe, expect, it } from 'vitest';
import { abbreviatesOwn, shortensBody } from '../../src/extract/self-name.js';

describe('the reporter’s own name shortened (县人社局 in 某县人力资源和社会保障局’s report)', () => {
  it.each([
    ['县人社局', '青崖县人力资源和社会保障局'],
    ['县市场监管局', '柳溪县市场监督管理局'],
    // a commission's 委 stands for its 委员会
    ['区卫健委', '莨川区卫生健康委员会'],
    ['区发改委', '鹁山区发展和改革委员会'],
  ])('%s is %s', (bare, authority) => {
    expect(abbreviatesOwn(bare, authority)).toBe(true);
  });

  it.each([
    // another bureau of the same place; the district's bureau in a street office's report; the name itself, not shortened
    ['县司法局', '青崖县人力资源和社会保障局'],
    ['区人社局', '青崖县东湖街道办事处'],
    ['县人社局', undefined],
    // a level the reporter's name does not hold
    ['市人社局', '青崖县人力资源和社会保障局'],
  ])('%s is not %s', (bare, authority) => {
    expect(abbreviatesOwn(bare, authority)).toBe(false);
  });

  it('needs the short body’s characters in order, ending alike', () => {
    expect(shortensBody('人社局', '人力资源和社会保障局')).toBe(true);
    expect(shortensBody('社人局', '人力资源和社会保障局')).toBe(false);
    expect(shortensBody('卫健委', '卫生健康局')).toBe(false);
    expect(shortensBody('卫生健康局', '卫生健康局')).toBe(false);
  });
});
