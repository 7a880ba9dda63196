import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Evaluator } from '../../src/engine/evaluator.js';
import { loadPack } from '../../src/pack/load-pack.js';
import type { ReportData } from '../../src/model/report.js';
import { tempPack } from '../helpers/temp-pack.js';

/** A small seeded PRNG (mulberry32): the same cases on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

const NUMERIC = [
  'headAppearanceRate',
  'mediationAccepted',
  'mediationSucceeded',
  'legalAidCases',
  'mediationSuccessRateComputed',
] as const;
const SECTIONS = ['measures_and_results', 'shortcomings', 'leadership_duty', 'next_year_plan'] as const;
const NUMBER_OPS = [
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'equal',
  'notEqual',
  'not:greaterThan',
  'swap:lessThan',
];

function randomLeaf(r: ReturnType<typeof prng>): unknown {
  const kind = r.int(9);
  const priority = r.chance(0.3) ? { priority: 1 + r.int(3) } : {};
  switch (kind) {
    case 0:
    case 1:
    case 2: {
      const value = r.chance(0.2) ? { fact: r.pick(NUMERIC) } : r.int(120);
      return { fact: r.pick(NUMERIC), operator: r.pick(NUMBER_OPS), value, ...priority };
    }
    case 3: {
      // A number reaching `in` (here through a fact-to-fact value, which a pack cannot check when it
      // loads: a literal scalar for `in` is refused there) makes json-rules-engine's operator throw:
      // the rule must be an error both ways.
      const operator = r.pick(['equal', 'notEqual', 'in', 'notIn', 'not:in']);
      const value =
        operator.endsWith('in') || operator.endsWith('In')
          ? r.pick([['full', 'held'], ['none'], [7], { fact: 'legalAidCases' }])
          : r.pick(['full', 'held', 7]);
      return { fact: 'statementOfLaw', operator, value, ...priority };
    }
    case 4:
      return {
        fact: 'enforcementThreeSystems',
        operator: r.pick(['equal', 'notEqual']),
        value: r.chance(0.5),
        ...priority,
      };
    case 5:
      return {
        fact: 'sections',
        operator: r.pick(['contains', 'doesNotContain', 'someFact:equal', 'everyFact:notEqual']),
        value: r.pick(SECTIONS),
        ...priority,
      };
    case 6:
      return { fact: 'report', path: '$.year', operator: r.pick(NUMBER_OPS), value: 2020 + r.int(8), ...priority };
    case 7:
      return {
        fact: 'report',
        path: '$.publishedOn',
        operator: r.pick(['dateBefore', 'dateOnOrBefore', 'dateAfter', 'dateOnOrAfter']),
        value: r.chance(0.3) ? { fact: 'publicationDeadline' } : `202${r.int(8)}-0${1 + r.int(9)}-1${r.int(9)}`,
        ...priority,
      };
    default:
      return { condition: r.pick(['shared', 'other']), ...priority };
  }
}

function randomCondition(r: ReturnType<typeof prng>, depth: number): unknown {
  if (depth === 0 || r.chance(0.35)) return randomLeaf(r);
  const kind = r.pick(['all', 'any', 'any', 'all', 'not']);
  if (kind === 'not') return { not: randomCondition(r, depth - 1) };
  const n = 1 + r.int(3); // 1..3 children (an empty all/any is refused when the pack loads)
  return {
    [kind]: Array.from({ length: n }, () => randomCondition(r, depth - 1)),
    ...(r.chance(0.2) ? { name: `n${r.int(9)}` } : {}),
    ...(r.chance(0.2) ? { priority: 1 + r.int(3) } : {}),
  };
}

function randomPack(seed: number, rules: number) {
  const r = prng(seed);
  const checklist = {
    conditions: {
      shared: {
        all: [
          { fact: 'legalAidCases', operator: 'greaterThan', value: 10 },
          { fact: 'headAppearanceRate', operator: 'lessThanInclusive', value: 99, priority: 2 },
        ],
      },
      other: {
        any: [
          { fact: 'statementOfLaw', operator: 'equal', value: 'full' },
          { not: { fact: 'mediationAccepted', operator: 'lessThan', value: 50 } },
        ],
      },
    },
    rules: Array.from({ length: rules }, (_, i) => {
      const top = () => ({ [r.pick(['all', 'any'])]: [randomCondition(r, 3), randomCondition(r, 2)] });
      const base = {
        id: `structure.r${i}`,
        category: 'structure',
        title: 't',
        points: 3,
        message: 'm',
        ...(r.chance(0.3) ? { priority: 1 + r.int(4) } : {}),
      };
      return r.chance(0.3)
        ? {
            ...base,
            tiers: [
              { points: 3, when: top() },
              { points: 1, when: top() },
            ],
          }
        : {
            ...base,
            when: r.chance(0.1) ? { not: randomCondition(r, 2) } : r.chance(0.05) ? { condition: 'shared' } : top(),
          };
    }),
  };
  const dir = tempPack();
  writeFileSync(join(dir, 'checklist.yaml'), JSON.stringify(checklist));
  return loadPack(dir);
}

function randomReport(r: ReturnType<typeof prng>): ReportData {
  const facts: Record<string, number | string | boolean> = {};
  const maybe = (id: string, value: () => number | string | boolean) => {
    if (r.chance(0.7)) facts[id] = value();
  };
  // Wrong types now and then: the evaluator must agree with json-rules-engine on those too.
  maybe('headAppearanceRate', () => (r.chance(0.1) ? '百分之百' : r.int(101)));
  maybe('mediationAccepted', () => r.int(200));
  maybe('mediationSucceeded', () => (r.chance(0.05) ? '12件' : r.int(200)));
  maybe('legalAidCases', () => r.int(40));
  maybe('statementOfLaw', () => r.pick(['full', 'held', 'none']));
  maybe('enforcementThreeSystems', () => (r.chance(0.1) ? 'yes' : r.chance(0.5)));
  return {
    report: {
      ...(r.chance(0.7) ? { year: 2020 + r.int(6) } : {}),
      ...(r.chance(0.6) ? { publishedOn: `202${r.int(7)}-0${1 + r.int(9)}-1${r.int(9)}` } : {}),
    },
    sections: SECTIONS.filter(() => r.chance(0.6)),
    facts,
  };
}

describe('the compiled evaluator agrees with json-rules-engine', () => {
  it.each([
    {
      name: 'the national pack',
      pack: () => loadPack('national'),
      reports: 1500,
      seed: 7,
      statuses: ['met', 'missing', 'unmet'],
    },
    {
      name: 'random condition trees (nested all/any/not, references, priorities, decorators, fact-to-fact, dates)',
      pack: () => randomPack(11, 60),
      reports: 1500,
      seed: 13,
      statuses: ['error', 'met', 'missing', 'unmet'],
    },
    {
      name: 'more random condition trees',
      pack: () => randomPack(23, 60),
      reports: 1000,
      seed: 29,
      statuses: ['error', 'met', 'missing', 'unmet'],
    },
  ])(
    'on $name',
    async ({ pack, reports, seed, statuses }) => {
      const p = pack();
      const compiled = new Evaluator(p, 'compiled');
      const reference = new Evaluator(p, 'reference');
      const r = prng(seed);
      const seen = new Set<string>();
      for (let i = 0; i < reports; i++) {
        const report = randomReport(r);
        const expected = await reference.evaluate(report);
        const actual = compiled.evaluateSync(report);
        for (const [k, o] of expected.entries())
          expect(actual[k], `report ${i} rule ${o.ruleId}: ${JSON.stringify(report)}`).toEqual(o);
        // The batch hot path builds no trees, and must reach the same outcomes.
        const fast = compiled.evaluateSync(report, { explain: false });
        expect(fast).toEqual(expected.map(({ explain: _explain, ...o }) => o));
        for (const o of expected) seen.add(o.status);
      }
      // The cases must exercise every outcome, or agreement proves little.
      expect([...seen].sort()).toEqual(statuses);
      // 4,000 reports through json-rules-engine: ~10 s alone, past 30 s on a loaded 2-core machine. Correctness, not speed, is tested here.
    },
    180_000,
  );
});
