import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/util/regexp.js';

describe('escapeRegExp', () => {
  it('makes every special character literal', () => {
    const word = '1.2万(约)*+?^$|[]{}\\';
    const re = new RegExp(`^${escapeRegExp(word)}$`, 'u');
    expect(re.test(word)).toBe(true);
    // an unescaped . would match any character, an unescaped ( group
    expect(re.test('1x2万(约)*+?^$|[]{}\\')).toBe(false);
    expect(new RegExp(escapeRegExp('县(区)')).test('县区')).toBe(false);
  });
});
