import { describe, expect, it } from 'vitest';
import { unreachableTiers } from '../../src/pack/tier-reach.js';
import type { Tier } from '../../src/model/pack.js';

const tier = (operator: string, value: unknown, fact = 'rate'): Tier => ({
  points: 1,
  when: { all: [{ fact, operator, value: value as number }] },
});

describe('tiers that can never match', () => {
  it.each([
    {
      name: '≥20 then ≥15: fine',
      tiers: [tier('greaterThanInclusive', 20), tier('greaterThanInclusive', 15)],
      expected: [],
    },
    {
      name: '≥15 then ≥20: the second is shadowed',
      tiers: [tier('greaterThanInclusive', 15), tier('greaterThanInclusive', 20)],
      expected: [[0, 1]],
    },
    {
      name: '≥15 then >15: shadowed',
      tiers: [tier('greaterThanInclusive', 15), tier('greaterThan', 15)],
      expected: [[0, 1]],
    },
    {
      name: '>15 then ≥15: fine (15 itself)',
      tiers: [tier('greaterThan', 15), tier('greaterThanInclusive', 15)],
      expected: [],
    },
    {
      name: '≤5 then ≤3: shadowed',
      tiers: [tier('lessThanInclusive', 5), tier('lessThanInclusive', 3)],
      expected: [[0, 1]],
    },
    {
      name: 'the same enum value twice',
      tiers: [tier('equal', 'full', 'law'), tier('equal', 'full', 'law')],
      expected: [[0, 1]],
    },
    {
      name: 'different enum values: fine',
      tiers: [tier('equal', 'full', 'law'), tier('equal', 'held', 'law')],
      expected: [],
    },
    {
      name: 'different facts: fine',
      tiers: [tier('greaterThanInclusive', 15), tier('greaterThanInclusive', 20, 'other')],
      expected: [],
    },
    {
      name: '≥15 then =100: shadowed',
      tiers: [tier('greaterThanInclusive', 15), tier('equal', 100)],
      expected: [[0, 1]],
    },
  ])('$name', ({ tiers, expected }) => {
    expect(unreachableTiers(tiers)).toEqual(expected);
  });
});
