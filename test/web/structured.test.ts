import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { loadReport } from '../../src/pipeline/load-report.js';
import { ProblemError } from '../../src/problems/problem.js';
import type { StructuredReader } from '../../src/web/reader-types.js';
import '../../src/web/structured.js';

/** The page's reader of structured reports (structured.js sets it on the page's global), run in node. */
const read = (globalThis as { FAZHI_STRUCTURED?: StructuredReader }).FAZHI_STRUCTURED!;
const pack = loadPack('national');
const bytes = (text: string) => new TextEncoder().encode(text);
const codes = (e: unknown) => (e as ProblemError).problems.map((p) => p.code);

describe("the page's structured-report reader", () => {
  it('reads a sample as fazhi check reads it', async () => {
    const file = 'samples/synthetic/excellent.yaml';
    expect(await read(readFileSync(file), 'excellent.yaml', pack)).toEqual(await loadReport(file, pack));
  });

  it('refuses what the CLI refuses: a day no calendar has, an unknown fact, a value of the wrong type', async () => {
    const base = 'report: { authority: 柳河县司法局, year: 2024 }\nsections: []\n';
    const refused = async (yaml: string) =>
      read(bytes(base + yaml), 'r.yaml', pack).then(
        () => [],
        (e) => {
          expect(e).toBeInstanceOf(ProblemError);
          return codes(e);
        },
      );
    expect(await refused('facts: { legalAidCases: 3 }\nevidence: { legalAidCases: { quote: 2025-02-30 } }\n')).toEqual([
      'value.not-a-date',
    ]);
    expect(await refused('facts: { legalAidCase: 3 }\n')).toEqual(['report.unknown-fact']);
    expect(await refused('facts: { legalAidCases: many }\n')).toEqual(['report.fact-type']);
    expect(await refused('facts: { legalAidCases: 3 }\n')).toEqual([]);
  });
});
