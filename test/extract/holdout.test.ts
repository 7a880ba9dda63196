/**
 * The held-out corpus (test/corpus/holdout/*.yaml): cases written independently of the
 * development corpus and of the extractor, to measure how extraction generalises to unseen
 * wording. Same format and scoring as corpus.test.ts (see test/corpus/README.md), plus one
 * phenomenon of its own: `distractor`, passages that state no fact although they use cue-like words.
 * Held-out thresholds are a little below the development corpus's 98 % / 90 %.
 */
import { describe, expect, it } from 'vitest';
import {
  PHENOMENA,
  failures,
  judgeCase,
  loadCorpus,
  national,
  pad,
  pct,
  precision,
  recall,
  run,
  table,
  tally,
  type Judgement,
} from './corpus-score.js';

const HOLDOUT_DIR = 'test/corpus/holdout';
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.85;
const HOLDOUT_PHENOMENA = [...PHENOMENA, 'distractor'] as const;

describe('the held-out corpus', () => {
  const corpus = () => {
    const { pack, vocab } = national();
    return { pack, vocab, ...loadCorpus(HOLDOUT_DIR, vocab, HOLDOUT_PHENOMENA) };
  };

  it('is well formed', () => {
    expect(corpus().errors).toEqual([]);
  });

  it('has at least 70 cases and at least three per phenomenon', () => {
    const { cases } = corpus();
    expect(cases.length).toBeGreaterThanOrEqual(70);
    for (const p of HOLDOUT_PHENOMENA) expect(cases.filter((c) => c.phenomenon === p).length, p).toBeGreaterThanOrEqual(3);
  });

  it(`extraction reaches precision ${MIN_PRECISION * 100}% and recall ${MIN_RECALL * 100}% on unseen cases`, () => {
    const { pack, vocab, cases } = corpus();
    const judgements: Judgement[] = [];
    const crashed: string[] = [];
    for (const c of cases) {
      const x = run(c, pack);
      if (x.error) crashed.push(`${c.file} ${c.id}: extractReport threw: ${x.error}`);
      judgements.push(...judgeCase(c, x, vocab));
    }
    const t = tally(judgements);
    const perPhenomenon = HOLDOUT_PHENOMENA.map((p) => {
      const pt = tally(judgements.filter((j) => j.phenomenon === p)).overall;
      const n = cases.filter((c) => c.phenomenon === p).length;
      return `${pad(p, 16)} cases ${pad(String(n), 4)} labelled ${pad(String(pt.labelled), 5)} extracted ${pad(String(pt.extracted), 5)} precision ${pad(pct(precision(pt)), 7)} recall ${pct(recall(pt))}`;
    });
    const report = [
      `held-out corpus: ${cases.length} cases`,
      table(t),
      '',
      'by phenomenon:',
      ...perPhenomenon,
      '',
      'wrong, missed and unwanted values:',
      failures(judgements) || '  (none)',
      ...(crashed.length ? ['', 'crashes:', ...crashed] : []),
    ].join('\n');
    console.log(report);
    const summary = `precision ${pct(precision(t.overall))}, recall ${pct(recall(t.overall))}`;
    expect(crashed, 'extractReport threw').toEqual([]);
    expect(precision(t.overall), summary).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall(t.overall), summary).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
