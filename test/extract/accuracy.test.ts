import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { compareWithTruth, readTruth } from './ground-truth.js';
import { NOT_IN_TEXT, REAL_CASES, SEEDS, SYNTHETIC_CASES } from './cases.js';
import { itNeeding } from '../helpers/requirements.js';
import { seeds } from '../helpers/seeds.js';

const pack = loadPack('national');
const realCases = REAL_CASES.map((c) => ({ name: c.seed, file: `${SEEDS}/${c.seed}`, truth: c.truth }));
const syntheticCases = SYNTHETIC_CASES.map((n) => ({
  name: `${n}.txt`,
  file: `samples/synthetic/${n}.txt`,
  truth: `samples/synthetic/${n}.yaml`,
}));

describe('extraction matches the hand-made ground truth, field by field', () => {
  itNeeding(seeds).each(realCases)('$name', matchesTruth);
  it.each(syntheticCases)('$name', matchesTruth);
});

function matchesTruth({ file, truth }: { file: string; truth: string }) {
  const text = readFileSync(file, 'utf8');
  const checks = compareWithTruth(readTruth(truth), extractReport(text, pack), text);
  const wrong = checks.filter((c) => !c.ok).sort((a, b) => a.field.localeCompare(b.field));
  // every field matches except those the text does not state (see cases.ts)
  expect(wrong.map((c) => `${c.field}: want ${JSON.stringify(c.expected)} got ${JSON.stringify(c.actual)}`)).toEqual(
    [...(NOT_IN_TEXT[truth] ?? [])].sort().map((f) => {
      const c = checks.find((x) => x.field === f)!;
      return `${f}: want ${JSON.stringify(c.expected)} got ${JSON.stringify(c.actual)}`;
    }),
  );
  expect(checks.length).toBeGreaterThan(15);
}
