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
//       wall times is what extraction's judgement costs on top of the floor (issue 10: ≤ 3×). Medians of
//       three interleaved rounds; the floor with its pack loaded from YAML (as first defined) and from the
//       build's snapshot (as fazhi opens a bundled pack: 0.35 s less start-up);
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
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineTableRows, evaluation, extraction } from './bench-engine.js';
import { formatsBench, formatsTableRow } from './bench-formats.js';
import { generateReports, type ReportKind } from './gen-batch-reports.js';
import { brokenFiles } from './bench-broken.js';
import { reviewPass, reviewTableRow } from './bench-review.js';
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

// ---------- (c) batch end to end ----------
const RSS_HOOK = join(work, 'rss-hook.cjs');
writeFileSync(
  RSS_HOOK,
  // peak RSS, and the CPU the whole process used (every thread: V8's compiler and GC helpers too), in ms
  `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nBENCH_MAXRSS_KB ' + ` +
    `u.maxRSS + '\\nBENCH_CPU_MS ' + Math.round((u.userCPUTime + u.systemCPUTime) / 1000) + '\\n'); });\n`,
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
  const cpuSeconds = Number(/BENCH_CPU_MS (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000;
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
    cpuSeconds,
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
/**
 * Three interleaved rounds of: the floor with the pack from YAML (as first defined), the floor with the pack
 * from the build's snapshot (as `fazhi` opens it), and the batch; the medians compared.
 */
function scanFloor() {
  const dir = reports('txt', N);
  const timed = (args: string[]) => {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--require', RSS_HOOK, 'scripts/scan-baseline.mjs', dir, ...args], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`scan-baseline exited ${run.status}: ${run.stderr}`);
    const cpuSeconds = Number(/BENCH_CPU_MS (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000;
    return { seconds: (performance.now() - start) / 1000, cpuSeconds };
  };
  const runs: Record<'yaml' | 'snapshot' | 'batch', { seconds: number; cpuSeconds: number }[]> = {
    yaml: [],
    snapshot: [],
    batch: [],
  };
  for (let round = 0; round < 3; round++) {
    runs.yaml.push(timed([]));
    runs.snapshot.push(timed(['--snapshot']));
    runs.batch.push(batchRun(`${N} text`, dir, N, 1));
  }
  // CPU time as well as wall time: on a shared machine it moves less with the neighbours' load
  const wall = (k: keyof typeof runs) => median(runs[k].map((r) => r.seconds));
  const cpu = (k: keyof typeof runs) => median(runs[k].map((r) => r.cpuSeconds));
  return {
    reports: N,
    floorSeconds: round(wall('yaml'), 2),
    snapshotFloorSeconds: round(wall('snapshot'), 2),
    batchSeconds: round(wall('batch'), 2),
    ratio: round(wall('batch') / wall('yaml'), 2),
    snapshotRatio: round(wall('batch') / wall('snapshot'), 2),
    cpu: { floor: cpu('yaml'), snapshotFloor: cpu('snapshot'), batch: cpu('batch') },
    cpuRatio: round(cpu('batch') / cpu('yaml'), 2),
    snapshotCpuRatio: round(cpu('batch') / cpu('snapshot'), 2),
  };
}

// ---------- (f) a batch with 5% broken files of every class ----------
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
  readFileSync('dist/bundle/cli.cjs');
} catch {
  throw new Error('bench: build the CLI first (npm run build)');
}
log(`fazhi bench: ${N} reports${BIG ? `, ${BIG} for the large batch` : ''}; ${CORES} cores; node ${process.version}`);
log('(a) rule evaluation …');
const evaluationResult = await evaluation(reports('yaml', N));
log('(b) extraction …');
const extractionResult = await extraction(SEEDS, work);
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
  ...engineTableRows(evaluationResult, extractionResult),
  ...batchResult.map(batchRow),
  ...checkResult.map((c) => `| check ${c.file}, cold (median of 5) | ${c.medianMs} ms |`),
  `| batch ${floor.reports} text --jobs 1 vs read + decode + cue scan only, pack from YAML (medians of 3) ` +
    `| ${floor.batchSeconds} s vs ${floor.floorSeconds} s: ${floor.ratio}× |`,
  `| the same, the floor's pack from the build's snapshot as fazhi opens it ` +
    `| ${floor.batchSeconds} s vs ${floor.snapshotFloorSeconds} s: ${floor.snapshotRatio}× |`,
  `| the same in CPU time (all threads), floor's pack from YAML / from the snapshot ` +
    `| ${floor.cpu.batch} s vs ${floor.cpu.floor} / ${floor.cpu.snapshotFloor} s: ` +
    `${floor.cpuRatio}× / ${floor.snapshotCpuRatio}× |`,
  `| batch ${broken.reports} text + ${broken.broken} broken (every class) vs the clean batch ` +
    `| ${broken.scored} scored, ${broken.listed}/${broken.broken} broken listed; ` +
    `${broken.brokenSeconds} s vs ${broken.cleanSeconds} s: ${broken.ratio}×; peak RSS ${broken.peakRssMB} MB |`,
  `| start-up, median of ${up.rounds} rounds: \`node -e 0\` / \`fazhi --version\` / \`fazhi check\` ${up.file} ` +
    `| ${up.nodeMs} / ${up.versionMs} / ${up.checkMs} ms: ` +
    `--version ${up.version}×, check ${up.check}× |`,
  reviewTableRow(reviewResult),
  formatsTableRow(formatsResult),
  ...webTableRows(webResult),
  '',
].join('\n');
log(table);
const json = JSON.stringify(result);
if (JSON_FILE) writeFileSync(JSON_FILE, `${json}\n`);
process.stdout.write(`${json}\n`);
