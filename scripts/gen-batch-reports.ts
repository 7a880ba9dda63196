// Generates N structured reports from the samples with varied facts, for batch benchmarks and load tests.
//   npx tsx scripts/gen-batch-reports.ts <out-dir> [count=2000] [seed=1]
// Deterministic for a given seed. Numbers are varied ±40% (percentages capped at 100), some facts
// are dropped, and each report gets its own authority so the ranking has distinct names.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const [out = 'bench-reports', countArg = '2000', seedArg = '1'] = process.argv.slice(2);
const count = Number(countArg);
let seed = Number(seedArg) >>> 0 || 1;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);

const sources = ['samples/real', 'samples/synthetic'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as { report: Record<string, unknown>; facts?: Record<string, unknown> }),
);
const PERCENT = /Rate$|Ratio$|Percent/;

mkdirSync(out, { recursive: true });
for (let i = 0; i < count; i++) {
  const base = structuredClone(sources[i % sources.length]!);
  const n = String(i).padStart(5, '0');
  base.report.authority = `测试${n}号${String(base.report.authority ?? '司法局')}`;
  for (const [k, v] of Object.entries(base.facts ?? {})) {
    if (random() < 0.08) {
      delete base.facts![k];
      continue;
    }
    if (typeof v === 'number') {
      const varied = v * (0.6 + random() * 0.8);
      base.facts![k] = PERCENT.test(k) ? Math.min(100, Math.round(varied * 10) / 10) : Math.round(varied);
    }
  }
  writeFileSync(join(out, `${n}.yaml`), stringify(base));
}
console.log(`${count} reports in ${out}`);
