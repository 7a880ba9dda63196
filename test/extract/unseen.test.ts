/**
 * The unseen corpus (test/corpus/unseen/*.yaml): a third labelled set, written without reading
 * the development corpus, the held-out set, the extractor or its cue vocabulary, to give an honest
 * generalisation figure. Same format and scorer as holdout.test.ts (see test/corpus/README.md),
 * including the `distractor` phenomenon. The thresholds are only a floor for unseen text; the
 * printed figures are what matter.
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

const UNSEEN_DIR = 'test/corpus/unseen';
const MIN_CASES = 60;
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.8;
const UNSEEN_PHENOMENA = [...PHENOMENA, 'distractor'] as const;

describe('the unseen corpus', () => {
  const corpus = () => {
    const { pack, vocab } = national();
    return { pack, vocab, ...loadCorpus(UNSEEN_DIR, vocab, UNSEEN_PHENOMENA) };
  };

  it(`is well formed and has at least ${MIN_CASES} cases`, () => {
    const { cases, errors } = corpus();
    expect(errors).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
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
    const perPhenomenon = UNSEEN_PHENOMENA.map((p) => {
      const pt = tally(judgements.filter((j) => j.phenomenon === p)).overall;
      const n = cases.filter((c) => c.phenomenon === p).length;
      return `${pad(p, 16)} cases ${pad(String(n), 4)} labelled ${pad(String(pt.labelled), 5)} extracted ${pad(String(pt.extracted), 5)} precision ${pad(pct(precision(pt)), 7)} recall ${pct(recall(pt))}`;
    });
    const report = [
      `unseen corpus: ${cases.length} cases`,
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
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
    expect(crashed, 'extractReport threw').toEqual([]);
    expect(precision(t.overall), summary).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall(t.overall), summary).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
