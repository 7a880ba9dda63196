/**
 * The held-out corpus (test/corpus/holdout/*.yaml): cases written independently of the
 * development corpus and of the extractor, to measure how extraction generalises to unseen
 * wording. Same format and scoring as corpus.test.ts (see test/corpus/README.md), plus one
 * phenomenon of its own: `distractor`, passages that state no fact although they use cue-like words.
 * Held-out thresholds are a little below the development corpus's 98 % / 90 %.
 */
import { describe, expect, it } from 'vitest';
import { PHENOMENA, expectAtLeast, measureCorpus } from './corpus-score.js';

const HOLDOUT_DIR = 'test/corpus/holdout';
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.85;
const HOLDOUT_PHENOMENA = [...PHENOMENA, 'distractor'] as const;

describe('the held-out corpus', () => {
  const measured = measureCorpus(HOLDOUT_DIR, 'held-out corpus', HOLDOUT_PHENOMENA);

  it('is well formed', () => {
    expect(measured.errors).toEqual([]);
  });

  it('has at least 70 cases and at least three per phenomenon', () => {
    expect(measured.cases.length).toBeGreaterThanOrEqual(70);
    for (const p of HOLDOUT_PHENOMENA)
      expect(measured.cases.filter((c) => c.phenomenon === p).length, p).toBeGreaterThanOrEqual(3);
  });

  it(`extraction reaches precision ${MIN_PRECISION * 100}% and recall ${MIN_RECALL * 100}% on unseen cases`, () => {
    expectAtLeast(measured, MIN_PRECISION, MIN_RECALL);
  });
});
