import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/util/bounded-map.js';

describe('BoundedMap', () => {
  it('keeps what it is given and returns it from set', () => {
    const m = new BoundedMap<string, number>(3);
    expect(m.set('a', 1)).toBe(1);
    expect(m.get('a')).toBe(1);
    expect(m.get('b')).toBeUndefined();
  });

  it('is emptied whole when it is full and a new key comes: it never holds more than its limit', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.set('c', 3); // full at 2: a and b go, c stays
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([undefined, undefined, 3]);
  });
});
