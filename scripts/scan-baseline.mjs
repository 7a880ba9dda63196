// The floor a batch of text reports is measured against (npm run bench, issue 10): read each
// file, decode it, and run the pack's cue scan — the work no extraction can avoid — and
// nothing else. Run from the built dist/ in its own process, like `fazhi batch`.
// Usage: node scripts/scan-baseline.mjs <dir>   → prints {"files":n,"cueHits":n}
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../dist/ingest/decode.js';
import { compileExtraction } from '../dist/extract/compile.js';
import { loadPack } from '../dist/pack/load-pack.js';

const dir = process.argv[2];
const { scanner } = compileExtraction(loadPack('national'));
let hits = 0;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
for (const f of files) {
  const { text } = decodeText(readFileSync(join(dir, f)));
  for (const list of scanner.scan(text).values()) hits += list.length;
}
process.stdout.write(`${JSON.stringify({ files: files.length, cueHits: hits })}\n`);
