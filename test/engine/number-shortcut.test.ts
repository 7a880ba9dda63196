import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { withNumberShortcut } from '../../src/engine/operators.js';

type Op = { evaluate(a: unknown, b: unknown): boolean; factValueValidator?: unknown };

// The library's operators, as the Evaluator reads them (OperatorMap.get).
const library = (new Engine() as unknown as { operators: { get(name: string): Op } }).operators;
const numeric = library.get('lessThan').factValueValidator;

describe('the numeric operators without the string round trip', () => {
  const facts = [
    0,
    -0,
    5,
    7.25,
    -3,
    1e21,
    5e-7,
    Number.NaN,
    Infinity,
    -Infinity,
    '12件',
    '百分之百',
    '',
    null,
    true,
    [3],
  ];
  const against = [0, 5, 7.25, Number.NaN, Infinity, '6'];
  it.each(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'])(
    '%s answers as json-rules-engine does, for numbers and for anything else',
    (name) => {
      const op = library.get(name);
      const fast = withNumberShortcut(op, numeric);
      expect(fast).not.toBe(op);
      for (const a of facts)
        for (const b of against) expect(fast.evaluate(a, b), `${String(a)} ${name} ${b}`).toBe(op.evaluate(a, b));
    },
  );

  it('leaves every other operator as the library has it', () => {
    for (const name of ['equal', 'notEqual', 'in', 'contains', 'not:greaterThan', 'swap:lessThan']) {
      const op = library.get(name);
      expect(withNumberShortcut(op, numeric), name).toBe(op);
    }
  });

  it('a NaN fact is never less or greater than anything', () => {
    const fast = withNumberShortcut(library.get('greaterThanInclusive'), numeric);
    expect(fast.evaluate(Number.NaN, 0)).toBe(false);
    expect(fast.evaluate(3, 3)).toBe(true);
  });
});
