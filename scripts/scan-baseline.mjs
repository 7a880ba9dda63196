// The floor a batch of text reports is measured against (npm run bench, issue 10): read each
// file, decode it, and run the pack's cue scan — the work no extraction can avoid — and
// nothing else. Run from the built dist/ in its own process, like `fazhi batch`.
// The pack comes from its YAML files (loaded, validated, compiled: the floor as first defined) or, with
// `--snapshot`, from the build's snapshot of it, as `fazhi` itself opens a bundled pack (pipeline/open-pack.ts).
// Usage: node scripts/scan-baseline.mjs <dir> [--snapshot]   → prints {"files":n,"cueHits":n}
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../dist/ingest/decode.js';
import { compileExtraction } from '../dist/extract/compile.js';

const dir = process.argv[2];
const pack = process.argv.includes('--snapshot')
  ? await (await import('../dist/pipeline/open-pack.js')).openPack('national')
  : (await import('../dist/pack/load-pack.js')).loadPack('national');
const { scanner } = compileExtraction(pack);
let hits = 0;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
for (const f of files) {
  const { text } = decodeText(readFileSync(join(dir, f)));
  for (const list of scanner.scan(text).values()) hits += list.length;
}
process.stdout.write(`${JSON.stringify({ files: files.length, cueHits: hits })}\n`);
