import { describe, expect, it } from 'vitest';
import { simplifiedText } from '../../src/extract/simplified-text.js';

describe('simplifiedText', () => {
  it('reads a traditional-character copy in simplified characters, one for one', () => {
    const traditional = '2024年，縣司法局堅持以習近平法治思想為指導，開展普法宣傳活動36場次。';
    expect(simplifiedText(traditional)).toBe('2024年，县司法局坚持以习近平法治思想为指导，开展普法宣传活动36场次。');
  });

  it('leaves a simplified text quoting a few traditional words as it is', () => {
    const simplified = '2024年，县司法局开展“法治書院”读书活动，全年开展普法宣传活动12场次。';
    expect(simplifiedText(simplified)).toBe(simplified);
  });
});
