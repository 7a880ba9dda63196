// Generates N reports from the samples with varied facts, for batch benchmarks and load tests.
//   npx tsx scripts/gen-batch-reports.ts <out-dir> [count=2000] [seed=1] [kind=yaml|txt]
// Deterministic for a given seed.
//   yaml: structured reports; numbers varied ±40% (percentages capped at 100), some facts dropped.
//   txt:  documents made from samples/synthetic/*.txt; every figure in the text varied ±40% (years and
//         dates kept), so extraction finds different values in each.
// Each report gets its own authority so the ranking has distinct names.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';

export type ReportKind = 'yaml' | 'txt';
const PERCENT = /Rate$|Ratio$|Percent/;

/** A distinct authority prefix without digits (the extractor reads digits as figures): 甲乙丙… per decimal digit. */
const cjkNumber = (i: number) =>
  String(i)
    .padStart(5, '0')
    .replace(/\d/g, (d) => '甲乙丙丁戊己庚辛壬癸'[Number(d)]!);

export function generateReports(out: string, count: number, seedArg = 1, kind: ReportKind = 'yaml'): void {
  let seed = seedArg >>> 0 || 1;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  mkdirSync(out, { recursive: true });
  if (kind === 'txt') generateTexts(out, count, random);
  else generateStructured(out, count, random);
}

/** Documents from samples/synthetic/*.txt, each figure varied (not years, dates or document numbers). */
function generateTexts(out: string, count: number, random: () => number): void {
  const texts = readdirSync('samples/synthetic')
    .filter((f) => f.endsWith('.txt') && !f.includes('gb18030'))
    .sort()
    .map((f) => readFileSync(join('samples/synthetic', f), 'utf8'));
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(5, '0');
    const text = texts[i % texts.length]!.replace(
      /(\d+(?:\.\d+)?)(%|％)?/g,
      (m, num: string, pct: string | undefined, offset: number, all: string) => {
        const v = Number(num);
        // years, dates (2024年3月, 2025-03-10) and document numbers stay as they are
        const before = all[offset - 1] ?? '';
        const after = all[offset + m.length] ?? '';
        if (/^(19|20)\d\d$/.test(num) || /[-－/〔]/.test(before) || /[年月日号\-－/〕]/.test(after)) return m;
        const varied = v * (0.6 + random() * 0.8);
        const value = pct
          ? Math.min(100, Math.round(varied * 10) / 10)
          : num.includes('.')
            ? Math.round(varied * 10) / 10
            : Math.max(0, Math.round(varied));
        return `${value}${pct ?? ''}`;
      },
    );
    const [title, ...rest] = text.split('\n');
    writeFileSync(join(out, `${n}.txt`), [`${cjkNumber(i)}${title}`, ...rest].join('\n'));
  }
}

/** Structured reports from the samples' YAML, numbers varied and some facts dropped. */
function generateStructured(out: string, count: number, random: () => number): void {
  const sources = ['samples/real', 'samples/synthetic'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map(
        (f) =>
          parse(readFileSync(join(dir, f), 'utf8')) as {
            report: Record<string, unknown>;
            facts?: Record<string, unknown>;
          },
      ),
  );
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
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [out = 'bench-reports', countArg = '2000', seedArg = '1', kind = 'yaml'] = process.argv.slice(2);
  if (kind !== 'yaml' && kind !== 'txt') throw new Error(`kind must be yaml or txt, not ${kind}`);
  generateReports(out, Number(countArg), Number(seedArg), kind);
  console.log(`${countArg} ${kind} reports in ${out}`);
}
