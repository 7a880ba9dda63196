/**
 * The unseen corpus (test/corpus/unseen/*.yaml): a third labelled set, written without reading
 * the development corpus, the held-out set, the extractor or its cue vocabulary, to give an honest
 * generalisation figure. Same format and scorer as holdout.test.ts (see test/corpus/README.md),
 * including the `distractor` phenomenon. The thresholds are only a floor for unseen text; the
 * printed figures are what matter.
 */
import { describe, expect, it } from 'vitest';
import { PHENOMENA, expectAtLeast, measureCorpus } from './corpus-score.js';

const UNSEEN_DIR = 'test/corpus/unseen';
const MIN_CASES = 60;
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.8;
const UNSEEN_PHENOMENA = [...PHENOMENA, 'distractor'] as const;

describe('the unseen corpus', () => {
  const measured = measureCorpus(UNSEEN_DIR, 'unseen corpus', UNSEEN_PHENOMENA);

  it(`is well formed and has at least ${MIN_CASES} cases`, () => {
    expect(measured.errors).toEqual([]);
    expect(measured.cases.length).toBeGreaterThanOrEqual(MIN_CASES);
  });

  it(`extraction reaches precision ${MIN_PRECISION * 100}% and recall ${MIN_RECALL * 100}% on unseen cases`, () => {
    expectAtLeast(measured, MIN_PRECISION, MIN_RECALL);
  });
});
