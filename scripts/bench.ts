// npm run bench [-- --n 2000 --big 10000 --json bench.json]
//
// One run, one machine, every stage of issue 6:
//   (a) rules evaluated per second: the compiled evaluator and json-rules-engine (reference mode:
//       one Engine reused, engine.run per report) on the same fact sets, with their agreement;
//   (b) extraction MB/s over the five real reports in ../shared/seeds repeated to ~20 MB, and a
//       pack with a `(a+)+$`-style pattern: refused when the pack loads, or matched without hanging;
//   (c) `fazhi batch` end to end, each run in its own process (wall time, peak RSS from the kernel's
//       high-water mark): 2,000 text and 2,000 structured reports at --jobs 1 and at all cores,
//       every format once, and 10,000 structured reports (--big 0 skips those);
//   (d) `fazhi check` cold, one report: the median of 5 spawns;
//   (e) `fazhi batch --jobs 1` over the text reports against a process that only reads, decodes and
//       runs the pack's cue scan over the same files (scripts/scan-baseline.mjs): the ratio of their
//       wall times is what extraction's judgement costs on top of the floor (issue 10: ≤ 3×);
//   (f) the same text batch with 5% broken files of every class added (bombs, deep HTML, bad
//       encodings, special files, broken YAML, impossible values): every good file scored, every
//       broken one listed, peak RSS (issue 13: < 500 MB) and time against the clean batch (≤ 1.2×);
//   (g) start-up: `fazhi --version` and `fazhi check` of one seed .txt against `node -e 0`, run in
//       rounds of three back to back; the ratios of their medians (issue 14: ≤ 1.5× and ≤ 2.5×).
//   (h) the office's round (scripts/bench-review.ts): N reports with a roster, the machine run, then the
//       run with --review deciding every row of its 复核表.xlsx and writing each unit's feedback .docx.
//   (i) `fazhi check` of one synthetic report as .pdf and .doc against the same report as .txt
//       (scripts/bench-formats.ts): the ratios of their medians (issue 12).
//   (j) the self-check page (issue 12, scripts/bench-web.ts): its size, time to interactive from file://
//       in headless Chromium, and drop to score for a seed-sized .docx.
// Prints a readable table on stderr and ONE JSON object as the last line of stdout (or into --json FILE).
// Needs the built CLI (`npm run bench` builds first). Reports are generated into a temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Evaluator, type RuleOutcome } from '../src/engine/evaluator.js';
import { extractReport } from '../src/extract/extract.js';
import { loadReport } from '../src/pipeline/load-report.js';
import type { ReportData } from '../src/model/report.js';
import { loadPack } from '../src/pack/load-pack.js';
import { formatsBench } from './bench-formats.js';
import { generateReports, type ReportKind } from './gen-batch-reports.js';
import { bodyXml, makeDocx, understate } from '../test/helpers/docx.js';
import { reviewPass } from './bench-review.js';
import { webBench, webTableRows } from './bench-web.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const N = Number(opt('n', '2000'));
const BIG = Number(opt('big', '10000'));
const JSON_FILE = opt('json', '');
const SEEDS = opt('seeds', '../shared/seeds');
const STARTUP_ROUNDS = Number(opt('startup-rounds', '21'));
const CORES = availableParallelism();
const log = (s: string) => process.stderr.write(`${s}\n`);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const work = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
const dirs = new Map<string, string>();
function reports(kind: ReportKind, n: number): string {
  const key = `${kind}-${n}`;
  if (!dirs.has(key)) {
    const dir = join(work, key);
    generateReports(dir, n, 1, kind);
    dirs.set(key, dir);
  }
  return dirs.get(key)!;
}

// ---------- (a) rule evaluation ----------
async function evaluation() {
  const pack = loadPack('national');
  const dir = reports('yaml', N);
  const facts: ReportData[] = [];
  for (const f of readdirSync(dir).sort()) facts.push(await loadReport(join(dir, f), pack));
  const compiled = new Evaluator(pack, 'compiled');
  const reference = new Evaluator(pack, 'reference');
  const rules = pack.rules.length;
  // Same fact sets, same statuses: the bench refuses to report a speed for a wrong answer.
  let disagreements = 0;
  for (const r of facts) {
    const a = compiled.evaluateSync(r, { explain: false });
    const b = await reference.evaluate(r);
    const key = (o: RuleOutcome[]) => o.map((x) => `${x.status}:${x.tier ?? ''}`).join();
    if (key(a) !== key(b)) disagreements++;
  }
  const time = async (run: () => Promise<void> | void, minMs = 1500) => {
    let reportsDone = 0;
    const start = performance.now();
    while (performance.now() - start < minMs) {
      await run();
      reportsDone += facts.length;
    }
    return (reportsDone / (performance.now() - start)) * 1000;
  };
  const compiledReportsPerSec = await time(() => {
    for (const r of facts) compiled.evaluateSync(r, { explain: false });
  });
  const referenceReportsPerSec = await time(async () => {
    for (const r of facts) await reference.evaluate(r);
  });
  return {
    rulesPerReport: rules,
    factSets: facts.length,
    disagreements,
    compiledRulesPerSec: Math.round(compiledReportsPerSec * rules),
    referenceRulesPerSec: Math.round(referenceReportsPerSec * rules),
    compiledReportsPerSec: Math.round(compiledReportsPerSec),
    referenceReportsPerSec: Math.round(referenceReportsPerSec),
    ratio: round(compiledReportsPerSec / referenceReportsPerSec),
  };
}

// ---------- (b) extraction ----------
function extraction() {
  const pack = loadPack('national');
  const texts = readdirSync(SEEDS)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  for (const t of texts) extractReport(t, pack); // warm up
  let total = 0;
  const start = performance.now();
  while (total < 20e6) {
    for (const t of texts) {
      extractReport(t, pack);
      total += bytes(t);
    }
  }
  const mbPerSec = total / 1e6 / ((performance.now() - start) / 1000);
  return { mb: round(total / 1e6), mbPerSec: round(mbPerSec), evilPattern: evilPattern() };
}

/** An auditor's catastrophic pattern: the loader refuses it, or it is matched in linear time. */
function evilPattern() {
  const evilPack = join(work, 'evil-pack');
  cpSync('rules/national', evilPack, { recursive: true });
  const factsFile = join(evilPack, 'facts.yaml');
  const factsYaml = readFileSync(factsFile, 'utf8');
  const patched = factsYaml.replace(
    /(- \{ id: leadershipLawStudySessions,[^\n]*cues: \[[^\]]*\],)/,
    `$1 pattern: "(?<value>(a+)+)$",`,
  );
  if (patched === factsYaml) throw new Error('bench: could not add the evil pattern to facts.yaml');
  writeFileSync(factsFile, patched);
  const evilText = `中心组学法${'a'.repeat(50_000)}!`;
  // In a child with a time limit, so a hang shows as a failed row instead of a stuck bench.
  const srcModule = (path: string) => JSON.stringify(new URL(`../src/${path}`, import.meta.url).href);
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `
      const { loadPack } = await import(${srcModule('pack/load-pack.ts')});
      const { extractReport } = await import(${srcModule('extract/extract.ts')});
      let pack;
      try { pack = loadPack(${JSON.stringify(evilPack)}); }
      catch (e) {
        const detail = String(e.problems?.[0]?.code ?? e.message);
        console.log(JSON.stringify({ outcome: 'rejected at load', detail }));
        process.exit(0);
      }
      const t = performance.now();
      extractReport(${JSON.stringify(evilText)}, pack);
      const detail = (performance.now() - t).toFixed(0) + ' ms on 50,000 a';
      console.log(JSON.stringify({ outcome: 'accepted; matched in linear time', detail }));
    `,
    ],
    { encoding: 'utf8', timeout: 20_000 },
  );
  const evil =
    child.status === 0
      ? (JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { outcome: string; detail: string })
      : {
          outcome: child.signal ? 'HUNG (killed after 20 s)' : 'failed',
          detail: child.stderr.trim().split('\n').slice(-2).join(' '),
        };
  return { pattern: '(?<value>(a+)+)$', ...evil };
}

// ---------- (c) batch end to end ----------
const RSS_HOOK = join(work, 'rss-hook.cjs');
writeFileSync(
  RSS_HOOK,
  `process.on('exit', () => process.stderr.write('\\nBENCH_MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\n`,
);

/** jobs 'all': no --jobs, the default — all cores, a worker started only where it pays (batch/pool.ts). */
function batchRun(
  label: string,
  dir: string,
  n: number,
  jobs: number | 'all',
  formats = 'json',
  inspect?: (out: string) => void,
) {
  const out = join(work, `out-${label}-${jobs}-${formats.replace(/,/g, '')}`);
  const start = performance.now();
  const jobArgs = jobs === 'all' ? [] : ['--jobs', String(jobs)];
  const run = spawnSync(
    process.execPath,
    ['--require', RSS_HOOK, 'bin/fazhi.js', 'batch', dir, ...jobArgs, '-q', '--format', formats, '--out', out],
    {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  const seconds = (performance.now() - start) / 1000;
  const rss = Number(/BENCH_MAXRSS_KB (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  if (run.status !== 0 && !inspect) log(`  ${label}: exit ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
  inspect?.(out);
  rmSync(out, { recursive: true, force: true });
  return {
    label,
    reports: n,
    jobs,
    formats,
    seconds: round(seconds, 2),
    reportsPerSec: Math.round(n / seconds),
    peakRssMB: Math.round(rss),
    exit: run.status,
  };
}

function batches() {
  const rows = [];
  const text = reports('txt', N);
  const yaml = reports('yaml', N);
  const settings = [1, 'all', CORES] as const;
  for (const jobs of settings) rows.push(batchRun(`${N} text`, text, N, jobs));
  for (const jobs of settings) rows.push(batchRun(`${N} structured`, yaml, N, jobs));
  rows.push(batchRun(`${N} structured`, yaml, N, 'all', 'xlsx,csv,html,json'));
  if (BIG > 0) {
    const big = reports('yaml', BIG);
    for (const jobs of settings) rows.push(batchRun(`${BIG} structured`, big, BIG, jobs));
    rows.push(batchRun(`${BIG} structured`, big, BIG, 'all', 'xlsx,csv,html,json'));
  }
  return rows;
}

// ---------- (e) batch against the read + decode + cue-scan floor ----------
function scanFloor() {
  const dir = reports('txt', N);
  const start = performance.now();
  const run = spawnSync(process.execPath, ['scripts/scan-baseline.mjs', dir], { encoding: 'utf8' });
  const floorSeconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`scan-baseline exited ${run.status}: ${run.stderr}`);
  const batch = batchRun(`${N} text`, dir, N, 1);
  return {
    reports: N,
    floorSeconds: round(floorSeconds, 2),
    batchSeconds: batch.seconds,
    ratio: round(batch.seconds / floorSeconds, 2),
  };
}

// ---------- (f) a batch with 5% broken files of every class ----------
async function brokenFiles(dir: string, count: number): Promise<number> {
  const docxLiar = understate(await makeDocx(bodyXml(['出庭应诉率为100%。'.repeat(3000)])), 'word/document.xml', 500);
  const docxRatio = await makeDocx(bodyXml(['a'.repeat(4 << 20)]));
  const utf8 = Buffer.from('某县司法局2024年度法治政府建设工作报告\n出庭应诉率为100%。\n'.repeat(20));
  const makers: ((name: string) => void)[] = [
    (n) => writeFileSync(join(dir, `${n}.docx`), docxLiar),
    (n) => writeFileSync(join(dir, `${n}.docx`), docxRatio),
    (n) => writeFileSync(join(dir, `${n}.html`), `<html><body>${'<div><span>'.repeat(30_000)}出庭应诉率为100%。`),
    (n) =>
      writeFileSync(
        join(dir, `${n}.txt`),
        Buffer.concat([
          utf8.subarray(0, 100),
          Buffer.from(Array.from({ length: 800 }, (_, i) => 0x80 + ((i * 37) % 127))),
        ]),
      ),
    (n) => writeFileSync(join(dir, `${n}.txt`), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256))),
    (n) => spawnSync('mkfifo', [join(dir, `${n}.txt`)]),
    (n) => symlinkSync('/dev/zero', join(dir, `${n}.txt`)),
    (n) => symlinkSync(`${n}.txt`, join(dir, `${n}.txt`)),
    (n) => writeFileSync(join(dir, `${n}.yaml`), 'report: {authority: [unclosed\n'),
    (n) =>
      writeFileSync(
        join(dir, `${n}.yaml`),
        'report:\n  authority: 某县司法局\n  year: 2024\nsections: []\nfacts:\n  headAppearanceRate: .nan\n',
      ),
    (n) => writeFileSync(join(dir, `${n}.txt`), ''),
  ];
  for (let i = 0; i < count; i++) makers[i % makers.length]!(`zz-broken-${String(i).padStart(4, '0')}`);
  return count;
}

async function withBroken() {
  const clean = reports('txt', N);
  const dir = join(work, `txt-${N}-broken`);
  cpSync(clean, dir, { recursive: true });
  const broken = await brokenFiles(dir, Math.round(N * 0.05));
  let scored = 0;
  let listed = 0;
  const cleanRun = batchRun(`${N} text`, clean, N, 'all');
  const brokenRun = batchRun(`${N} text + ${broken} broken`, dir, N + broken, 'all', 'json', (out) => {
    const batch = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as {
      assessments: unknown[];
      errors: { file: string }[];
    };
    scored = batch.assessments.length;
    listed = batch.errors.filter((e) => e.file.includes('zz-broken-')).length;
  });
  return {
    reports: N,
    broken,
    scored,
    listed,
    cleanSeconds: cleanRun.seconds,
    brokenSeconds: brokenRun.seconds,
    ratio: round(brokenRun.seconds / cleanRun.seconds, 2),
    peakRssMB: brokenRun.peakRssMB,
    exit: brokenRun.exit,
  };
}

// ---------- (d) check cold ----------
function checkCold(file: string) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['bin/fazhi.js', 'check', file], { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (run.status !== 0 && run.status !== 1) throw new Error(`check ${file} exited ${run.status}: ${run.stderr}`);
  }
  return { file, medianMs: Math.round(median(times)), runsMs: times.map((t) => Math.round(t)) };
}

// ---------- (g) start-up against `node -e 0` ----------
/**
 * What starting fazhi costs beyond starting Node. Each round spawns `node -e 0`, `fazhi --version`
 * and `fazhi check <seed>.txt` back to back, first one first then the next, so the three see the
 * same machine; only the ratios of their medians compare across runs (a busy machine slows all).
 */
function startup(rounds: number) {
  const seed = readdirSync(SEEDS)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()[0];
  if (!seed) throw new Error(`bench: no seed .txt in ${SEEDS}`);
  const file = join(SEEDS, seed);
  const commands = [
    ['-e', '0'],
    ['bin/fazhi.js', '--version'],
    ['bin/fazhi.js', 'check', file],
  ];
  const times: number[][] = commands.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (r + k) % commands.length;
      const start = performance.now();
      const run = spawnSync(process.execPath, commands[i]!, { encoding: 'utf8' });
      times[i]!.push(performance.now() - start);
      if (run.status !== 0 && run.status !== 1)
        throw new Error(`${commands[i]!.join(' ')} exited ${run.status}: ${run.stderr}`);
    }
  }
  const [nodeMs, versionMs, checkMs] = times.map((t) => Math.round(median(t))) as [number, number, number];
  return {
    file,
    rounds,
    nodeMs,
    versionMs,
    checkMs,
    version: round(versionMs / nodeMs, 2),
    check: round(checkMs / nodeMs, 2),
  };
}

try {
  readFileSync('dist/bundle/main.js');
} catch {
  throw new Error('bench: build the CLI first (npm run build)');
}
log(`fazhi bench: ${N} reports${BIG ? `, ${BIG} for the large batch` : ''}; ${CORES} cores; node ${process.version}`);
log('(a) rule evaluation …');
const evaluationResult = await evaluation();
log('(b) extraction …');
const extractionResult = extraction();
log('(c) batch …');
const batchResult = batches();
log('(d) check, cold …');
const checkResult = [checkCold('samples/real/003-xiaxian.yaml'), checkCold('samples/synthetic/excellent.txt')];
log('(e) batch against the scan-only floor …');
const floorResult = scanFloor();
log('(f) batch with 5% broken files …');
const brokenResult = await withBroken();
log('(g) start-up against node -e 0 …');
const startupResult = startup(STARTUP_ROUNDS);
log('(h) review pass …');
const reviewResult = await reviewPass(reports('yaml', N), N, work);
log('(i) check .pdf and .doc against .txt …');
const formatsResult = formatsBench(5);
log('(j) the self-check page in Chromium …');
const webResult = await webBench(SEEDS);
rmSync(work, { recursive: true, force: true });

const result = {
  machine: { cores: CORES, node: process.version },
  evaluation: evaluationResult,
  extraction: extractionResult,
  batch: batchResult,
  check: checkResult,
  scanFloor: floorResult,
  broken: brokenResult,
  startup: startupResult,
  review: reviewResult,
  formats: formatsResult,
  web: webResult,
};

const e = evaluationResult;
const en = (n: number) => n.toLocaleString('en');
const evil = extractionResult.evilPattern;
const batchRow = (b: (typeof batchResult)[number]) => {
  const jobs = b.jobs === 'all' ? `default (all ${CORES} cores)` : `--jobs ${b.jobs}`;
  const exit = b.exit === 0 ? '' : `, exit ${b.exit}`;
  const value = `${b.reportsPerSec} reports/s (${b.seconds} s), peak RSS ${b.peakRssMB} MB${exit}`;
  return `| batch ${b.label}, ${jobs}, ${b.formats} | ${value} |`;
};
const [floor, broken, up] = [floorResult, brokenResult, startupResult];
const table = [
  '',
  '| measure | value |',
  '|---|---|',
  `| rules/s, compiled evaluator (${e.rulesPerReport} rules × ${e.factSets} fact sets) ` +
    `| ${en(e.compiledRulesPerSec)} (${en(e.compiledReportsPerSec)} reports/s) |`,
  `| rules/s, json-rules-engine (one Engine, engine.run per report) ` +
    `| ${en(e.referenceRulesPerSec)} (${en(e.referenceReportsPerSec)} reports/s) |`,
  `| ratio compiled / json-rules-engine | ${e.ratio}× (status disagreements: ${e.disagreements}) |`,
  `| extraction, 5 real reports repeated to ${extractionResult.mb} MB, one core | ${extractionResult.mbPerSec} MB/s |`,
  `| pack with pattern \`${evil.pattern}\` | ${evil.outcome} (${evil.detail}) |`,
  ...batchResult.map(batchRow),
  ...checkResult.map((c) => `| check ${c.file}, cold (median of 5) | ${c.medianMs} ms |`),
  `| batch ${floor.reports} text --jobs 1 vs read + decode + cue scan only ` +
    `| ${floor.batchSeconds} s vs ${floor.floorSeconds} s: ${floor.ratio}× |`,
  `| batch ${broken.reports} text + ${broken.broken} broken (every class) vs the clean batch ` +
    `| ${broken.scored} scored, ${broken.listed}/${broken.broken} broken listed; ` +
    `${broken.brokenSeconds} s vs ${broken.cleanSeconds} s: ${broken.ratio}×; peak RSS ${broken.peakRssMB} MB |`,
  `| start-up, median of ${up.rounds} rounds: \`node -e 0\` / \`fazhi --version\` / \`fazhi check\` ${up.file} ` +
    `| ${up.nodeMs} / ${up.versionMs} / ${up.checkMs} ms: ` +
    `--version ${up.version}×, check ${up.check}× |`,
  `| the round: ${reviewResult.reports} structured reports, roster of ${reviewResult.units} units, --jobs 1: ` +
    `machine run (json, xlsx) + review run (--review, json, xlsx, ${reviewResult.feedback} feedback .docx; ` +
    `${reviewResult.applied} of ${reviewResult.rows} rows applied, ${reviewResult.stale} stale) ` +
    `| ${reviewResult.machineSeconds} s + ${reviewResult.reviewSeconds} s = ${reviewResult.roundSeconds} s; ` +
    `review run ${reviewResult.ratio}× the machine run |`,
  `| check of one report as .txt / .pdf (3 pages) / .doc, median of ${formatsResult.rounds} rounds ` +
    `| ${formatsResult.txtMs} / ${formatsResult.pdfMs} / ${formatsResult.docMs} ms: ` +
    `.pdf ${formatsResult.pdf}×, .doc ${formatsResult.doc}× |`,
  ...webTableRows(webResult),
  '',
].join('\n');
log(table);
const json = JSON.stringify(result);
if (JSON_FILE) writeFileSync(JSON_FILE, `${json}\n`);
process.stdout.write(`${json}\n`);
