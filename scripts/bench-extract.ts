// Extraction speed: the five seed reports repeated to ~20 MB (npx tsx scripts/bench-extract.ts).
// Measures extractReport (sections, facts, evidence, metadata) on text already decoded; the pack is compiled once.
import { readFileSync, readdirSync } from 'node:fs';
import { extractReport } from '../src/extract/extract.js';
import { loadPack } from '../src/pack/load-pack.js';

const dir = process.argv[2] ?? '../shared/seeds';
const targetBytes = Number(process.argv[3] ?? 20e6);
const texts = readdirSync(dir)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort()
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const pack = loadPack('national');
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

// warm up (JIT, pack compilation)
for (const t of texts) extractReport(t, pack);

let total = 0;
let reports = 0;
let facts = 0;
const start = process.hrtime.bigint();
while (total < targetBytes) {
  for (const t of texts) {
    facts += Object.keys(extractReport(t, pack).facts).length;
    total += bytes(t);
    reports++;
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const rates = `${(total / 1e6 / seconds).toFixed(1)} MB/s, ${(reports / seconds).toFixed(0)} reports/s`;
console.log(
  `${reports} reports, ${(total / 1e6).toFixed(1)} MB (UTF-8) in ${seconds.toFixed(2)} s: ${rates} (${facts} facts)`,
);

// one 20 MB document: checks extraction stays linear in document size
const big = texts.join('\n').repeat(Math.ceil(targetBytes / bytes(texts.join('\n'))));
const t0 = process.hrtime.bigint();
extractReport(big, pack);
const s1 = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
  `one ${(bytes(big) / 1e6).toFixed(1)} MB document in ${s1.toFixed(2)} s: ${(bytes(big) / 1e6 / s1).toFixed(1)} MB/s`,
);
