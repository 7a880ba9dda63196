/**
 * The labelled development corpus (test/corpus/*.yaml) as a precision/recall yardstick for
 * `extractReport`. Labels follow the contract in rules/national/facts.yaml and
 * test/corpus/README.md, not today's output. See the README for the format and the scoring.
 */
import { describe, expect, it } from 'vitest';
import {
  PHENOMENA,
  judgeCase,
  measureCorpus,
  expectAtLeast,
  precision,
  recall,
  tally,
  validateCase,
  type CorpusCase,
  type Extracted,
  type Outcome,
  type Vocabulary,
} from './corpus-score.js';

const CORPUS_DIR = 'test/corpus';
const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.9;

// ---------------------------------------------------------------- the tests

/** A fixed vocabulary for the scorer's self-test: independent of the pack being edited. */
const TEST_VOCAB: Vocabulary = {
  facts: new Map([
    ['headAppearanceCases', { type: 'count' }],
    ['headAppearanceRequired', { type: 'count' }],
    ['litigationCases', { type: 'count' }],
    ['headAppearanceRate', { type: 'percent' }],
    ['statementOfLaw', { type: 'enum', values: ['full', 'partial', 'held', 'none'] }],
    ['enforcementTrainingHeld', { type: 'boolean' }],
  ]),
  derived: new Set([
    'headAppearanceRateEffective',
    'headAppearanceRateComputed',
    'litigationLossRateComputed',
    'mediationCountsGap',
  ]),
  sections: new Set([
    'measures_and_results',
    'shortcomings',
    'leadership_duty',
    'next_year_plan',
    'rectification',
    'other',
  ]),
};

describe('the scorer', () => {
  const vocab = TEST_VOCAB;
  const c: CorpusCase = {
    file: 'self-test',
    id: 'self',
    phenomenon: 'counts',
    text: '',
    report: { year: 2024, role: 'department', authority: null },
    sections: ['measures_and_results', 'shortcomings'],
    facts: { headAppearanceCases: 29, headAppearanceRequired: 30, statementOfLaw: 'partial', litigationCases: 0 },
    derived: { headAppearanceRateEffective: 96.67 },
    absent: ['headAppearanceRate', 'litigationLossRateComputed'],
    ignore: ['enforcementTrainingHeld'],
  };
  const x: Extracted = {
    report: { year: 2024, role: 'government', authority: '某县', title: 'not judged' },
    sections: ['measures_and_results', 'next_year_plan'],
    // right 29 (within tolerance), wrong enum, missing 30, missing 0; unwanted rate; ignored boolean
    facts: {
      headAppearanceCases: 29.004,
      statementOfLaw: 'full',
      headAppearanceRate: 100,
      enforcementTrainingHeld: true,
    },
    derived: { headAppearanceRateEffective: 100, litigationLossRateComputed: 0, mediationCountsGap: 3 },
  };
  const js = judgeCase(c, x, vocab);
  const t = tally(js);

  it('counts each judged value once, by outcome', () => {
    const by = (o: Outcome) =>
      js
        .filter((j) => j.outcome === o)
        .map((j) => `${j.kind}:${j.field}`)
        .sort();
    expect(by('right')).toEqual(['count:headAppearanceCases', 'report.year:year', 'sections:measures_and_results']);
    expect(by('wrong')).toEqual(['derived:headAppearanceRateEffective', 'enum:statementOfLaw', 'report.role:role']);
    expect(by('missed')).toEqual(['count:headAppearanceRequired', 'count:litigationCases', 'sections:shortcomings']);
    expect(by('unwanted')).toEqual([
      'derived:litigationLossRateComputed',
      'percent:headAppearanceRate',
      'report.authority:authority',
      'sections:next_year_plan',
    ]);
  });

  it('gives the expected precision and recall', () => {
    // labelled = 3 right + 3 wrong + 3 missed = 9; extracted = 3 right + 3 wrong + 4 unwanted = 10
    expect(t.overall).toEqual({ labelled: 9, extracted: 10, right: 3 });
    expect(precision(t.overall)).toBeCloseTo(0.3, 10);
    expect(recall(t.overall)).toBeCloseTo(1 / 3, 10);
    expect(t.byKind.get('count')).toEqual({ labelled: 3, extracted: 1, right: 1 });
    expect(t.byKind.get('sections')).toEqual({ labelled: 2, extracted: 2, right: 1 });
    expect(t.byKind.get('percent')).toEqual({ labelled: 0, extracted: 1, right: 0 });
    expect(precision({ labelled: 0, extracted: 0, right: 0 })).toBe(1);
  });

  it('a perfect extraction scores 100%', () => {
    const perfect: Extracted = {
      report: { year: 2024, role: 'department' },
      sections: ['shortcomings', 'measures_and_results'],
      facts: { headAppearanceCases: 29, headAppearanceRequired: 30, statementOfLaw: 'partial', litigationCases: 0 },
      derived: { headAppearanceRateEffective: 96.666, headAppearanceRateComputed: 96.67 },
    };
    const p = tally(judgeCase(c, perfect, vocab)).overall;
    expect(p).toEqual({ labelled: 9, extracted: 9, right: 9 });
  });

  it('rejects a malformed case naming its file and id', () => {
    const bad = validateCase(
      {
        id: 'bad-1',
        phenomenon: 'nonsense',
        text: 'x',
        facts: { statementOfLaw: 'complete', litigationCases: -1, nope: 1 },
        absent: ['litigationCases'],
      },
      'test/corpus/x.yaml',
      0,
      vocab,
    );
    expect(bad.c).toBeUndefined();
    expect(bad.errors.every((e) => e.startsWith('test/corpus/x.yaml bad-1: '))).toBe(true);
    expect(bad.errors.length).toBe(5);
  });
});

describe('the labelled corpus', () => {
  const measured = measureCorpus(CORPUS_DIR, 'corpus', [...PHENOMENA, 'distractor']);

  it('is well formed', () => {
    expect(measured.errors).toEqual([]);
  });

  it('has at least 110 cases and at least three per phenomenon', () => {
    const { cases } = measured;
    expect(cases.length).toBeGreaterThanOrEqual(110);
    for (const p of PHENOMENA) expect(cases.filter((c) => c.phenomenon === p).length, p).toBeGreaterThanOrEqual(3);
  });

  it(`extraction reaches precision ${MIN_PRECISION * 100}% and recall ${MIN_RECALL * 100}%`, () => {
    expectAtLeast(measured, MIN_PRECISION, MIN_RECALL);
  });
});
