// The self-check page (issue 12), measured in headless Chromium from file://: `npm run bench` runs
// it as stage (h); `npx tsx scripts/bench-web.ts` alone after `npm run build`.
//   - site size: app.js, engine.js, packs.js and pdf.js, raw and gzip;
//   - time to interactive: navigation start to the page taking a file (body[data-ready-ms]), and to its
//     engine loaded with the pack compiled (body[data-engine]), median of 5 fresh tabs;
//   - drop to score: a seed-sized .docx (the longest seed report, made into Word paragraphs) dropped on a fresh
//     tab, once its engine is loaded, until its score is shown (body[data-score-ms]: read, extract, score,
//     render), median of 5; and the same for the Chromium-printed fixture PDF, pdf.js's loading included.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { chromium, type Browser } from 'playwright-core';
import { decodeText } from '../src/ingest/decode.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
const ROUNDS = 5;
/** The synthetic report as Chromium prints it (scripts/make-format-fixtures.mjs): the PDF a bureau publishes. */
const PDF_FIXTURE = 'test/fixtures/formats/report.pdf';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => Math.round(n / 102.4) / 10;

/** The longest seed report as a .docx, one paragraph per line: a real report's size and wording. */
async function seedDocx(seeds: string): Promise<{ bytes: Buffer; chars: number } | undefined> {
  if (!existsSync(seeds)) return undefined;
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  if (files.length === 0) return undefined;
  const longest = files.map((f) => join(seeds, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  const text = decodeText(readFileSync(longest)).text;
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  return { bytes: await Packer.toBuffer(doc), chars: text.length };
}

async function timeToInteractive(browser: Browser, url: string): Promise<{ ready: number; engine: number }> {
  const tab = await browser.newPage();
  await tab.goto(url);
  await tab.waitForSelector('body[data-engine]');
  const ready = Number(await tab.getAttribute('body', 'data-ready-ms'));
  const engine = await tab.evaluate(() => Math.round(performance.now()));
  await tab.close();
  return { ready, engine };
}

async function dropToScore(browser: Browser, url: string, bytes: Buffer, name: string): Promise<number> {
  const tab = await browser.newPage();
  await tab.goto(url);
  await tab.waitForSelector('body[data-engine]');
  await tab.evaluate(
    ({ b64, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
      document.getElementById('intake')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
    },
    { b64: bytes.toString('base64'), name },
  );
  await tab.waitForSelector('body[data-score-ms]', { timeout: 60_000 });
  const ms = Number(await tab.getAttribute('body', 'data-score-ms'));
  await tab.close();
  return ms;
}

export async function webBench(seeds = '../shared/seeds') {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-bench-web-'));
  const made = spawnSync(process.execPath, ['bin/fazhi.js', 'web', '--out', dir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`bench: fazhi web failed: ${made.stderr}`);
  const size = (f: string) => {
    const bytes = readFileSync(join(dir, f));
    return { kb: kb(bytes.length), gzipKb: kb(gzipSync(bytes).length) };
  };
  const result = {
    appJs: size('app.js'),
    engineJs: size('engine.js'),
    packsJs: size('packs.js'),
    pdfJs: size('pdf.js'),
    interactiveMs: 0,
    engineMs: 0,
    scoreMs: 0,
    pdfScoreMs: 0,
    seedChars: 0,
    note: '',
  };
  if (!existsSync(CHROMIUM)) {
    rmSync(dir, { recursive: true, force: true });
    return { ...result, note: `${CHROMIUM} not found: timings not measured` };
  }
  const docx = await seedDocx(seeds);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    const url = pathToFileURL(join(dir, 'index.html')).href;
    await timeToInteractive(browser, url); // the first tab warms the browser's own caches
    const ready: Array<{ ready: number; engine: number }> = [];
    for (let i = 0; i < ROUNDS; i++) ready.push(await timeToInteractive(browser, url));
    result.interactiveMs = median(ready.map((r) => r.ready));
    result.engineMs = median(ready.map((r) => r.engine));
    if (docx) {
      const scored: number[] = [];
      for (let i = 0; i < ROUNDS; i++) scored.push(await dropToScore(browser, url, docx.bytes, 'seed.docx'));
      result.scoreMs = median(scored);
      result.seedChars = docx.chars;
    } else result.note = `${seeds} not found: drop to score not measured`;
    // a fresh tab each time: the first PDF dropped also loads pdf.js (the page's first PDF, as a user meets it)
    const pdf = readFileSync(PDF_FIXTURE);
    const pdfScored: number[] = [];
    for (let i = 0; i < ROUNDS; i++) pdfScored.push(await dropToScore(browser, url, pdf, 'report.pdf'));
    result.pdfScoreMs = median(pdfScored);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

export const webTableRows = (w: Awaited<ReturnType<typeof webBench>>): string[] => [
  `| web page: app.js / engine.js / packs.js, raw (gzip) | ${w.appJs.kb} KB (${w.appJs.gzipKb} KB) / ` +
    `${w.engineJs.kb} KB (${w.engineJs.gzipKb} KB) / ${w.packsJs.kb} KB (${w.packsJs.gzipKb} KB) |`,
  `| web page from file://, headless Chromium, median of ${ROUNDS}: interactive / engine ready / ` +
    `drop to score (seed .docx, ${w.seedChars} chars) ` +
    `| ${w.interactiveMs} ms / ${w.engineMs} ms / ${w.scoreMs} ms${w.note ? ` (${w.note})` : ''} |`,
  `| web page: pdf.js raw (gzip), loaded on the first PDF; drop to score of the 3-page Chromium-printed ` +
    `fixture PDF, pdf.js loading included | ${w.pdfJs.kb} KB (${w.pdfJs.gzipKb} KB); ${w.pdfScoreMs} ms |`,
];

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const w = await webBench();
  process.stderr.write(`${webTableRows(w).join('\n')}\n`);
  process.stdout.write(`${JSON.stringify(w)}\n`);
}
