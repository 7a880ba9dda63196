import { availableParallelism } from 'node:os';
import type { PreviousBatch } from '../batch/previous-batch.js';
import { discoverInputs, type Discovery, type SkippedEntry } from '../batch/discover.js';
import { OutputFolder } from '../batch/output-folder.js';
import { createProgress } from '../batch/progress.js';
import { threadCount } from '../batch/pool.js';
import { runBatch } from '../batch/run-batch.js';
import { rankNumbers } from '../score/rank.js';
import { writeBatchOutputs } from '../batch/write-outputs.js';
import type { BatchResult } from '../model/batch.js';
import type { Severity } from '../model/common.js';
import { SUPPORTED_EXTENSIONS } from '../pipeline/load-report.js';
import { openPack } from '../pipeline/open-pack.js';
import type { Pack } from '../pack/compiled-pack.js';
import { today } from '../pipeline/assess-file.js';
import { problem, ProblemError } from '../problems/problem.js';
import type { Lang } from '../problems/messages.js';
import type { BatchFormat } from '../render/formats.js';
import { missedThresholds } from '../score/thresholds.js';
import { EXIT, type CliIO } from './io.js';
import { inputLimits } from './options.js';
import { outputProblem } from '../source/write-file.js';
import type { LoadedRoster } from '../roster/types.js';
import { rosterStderrLines } from '../render/roster-view.js';
import { rankingLine, rosterRankingText } from './roster-ranking.js';
import type { LoadedReview } from '../batch/apply-review.js';
import { machineMark, reviewStderrLines } from '../render/review-view.js';

/**
 * Exit codes of `fazhi batch` (README): 0 every file scored and thresholds met; 1 a report
 * missed --fail-under/--fail-on; 2 some files could not be scored (their error rows are in
 * the outputs) or bad usage; 130 interrupted by Ctrl-C (outputs hold what finished).
 */
export const BATCH_EXIT = { ...EXIT, filesFailed: EXIT.badInput, interrupted: 130 } as const;

export interface BatchOptions {
  rules?: string;
  format: BatchFormat[];
  out?: string;
  include: string[];
  exclude: string[];
  jobs: number;
  compare?: string;
  failUnder?: number;
  failOn?: Severity;
  lang: Lang;
  waivers?: string;
  events?: string;
  /** the office's roster of units (名单.xlsx | .csv | .yaml) */
  roster?: string;
  /** the assessors' review sheet (复核表.xlsx, filled in) */
  review?: string;
  /** 复核表.xlsx lists passes too */
  reviewAll?: boolean;
  asOf?: string;
  quiet?: boolean;
  explain?: boolean;
  maxSize?: number;
}

/** `fazhi batch`: its options and arguments are in commands.ts; this module is loaded only when it runs. */
export async function runBatchCommand(
  paths: string[],
  options: BatchOptions & { jobsGiven: boolean },
  io: CliIO,
): Promise<number> {
  const pack = await openPack(options.rules);
  // Each optional input's reader is imported only when it is given: they bring the YAML parser and the schema
  // checkers, which a batch of documents scored with the bundled pack does not otherwise load.
  // Checked here once, so a bad waiver file or --compare file is one clear error, not one per report.
  if (options.waivers) (await import('../score/waivers.js')).loadWaivers(options.waivers, pack);
  if (options.events) (await import('../score/events.js')).loadEvents(options.events, pack);
  const eventRules = new Set(pack.rules.filter((r) => r.rule.onEvent).map((r) => r.rule.id));
  const roster = options.roster
    ? await (await import('../roster/load-roster.js')).loadRoster(options.roster, { eventRules, lang: options.lang })
    : undefined;
  // Read and checked whole before scoring: a bad cell is said now, not after the run.
  const review = options.review
    ? {
        file: options.review,
        rows: await (await import('../roster/read-review.js')).loadReviewSheet(options.review, options.lang),
      }
    : undefined;
  const previous = options.compare
    ? (await import('../batch/previous-batch.js')).loadPreviousBatch(options.compare)
    : undefined;
  const discovery = discoverInputs(paths, { include: options.include, exclude: options.exclude });
  const { files } = discovery;
  if (files.length === 0 && discovery.unreadable.length === 0) {
    throw new ProblemError([
      problem('batch.no-inputs', paths.join(' '), { supported: SUPPORTED_EXTENSIONS.join(' ') }),
    ]);
  }

  // Claimed before scoring: an unwritable or busy --out is said in the first second, not after the run.
  const out = options.out ? OutputFolder.claim(options.out) : undefined;
  try {
    return await scoreAndWrite(
      files,
      discovery,
      pack,
      previous,
      out,
      { ...options, ...(roster ? { loadedRoster: roster } : {}), ...(review ? { loadedReview: review } : {}) },
      io,
    );
  } finally {
    out?.release();
  }
}

type ScoringOptions = BatchOptions & { jobsGiven: boolean; loadedRoster?: LoadedRoster; loadedReview?: LoadedReview };

async function scoreAndWrite(
  files: string[],
  discovery: Discovery,
  pack: Pack,
  previous: PreviousBatch | undefined,
  out: OutputFolder | undefined,
  options: ScoringOptions,
  io: CliIO,
): Promise<number> {
  const { lang } = options;
  const { skipped } = discovery;
  const say = (zh: string, en: string) => options.quiet || io.stderr(`${lang === 'zh' ? zh : en}\n`);
  // More threads than cores only adds contention: capped by cores. --jobs given is honoured up to that;
  // by default a worker is started only where it pays for its start-up (see batch/pool.ts).
  const minFilesPerWorker = options.jobsGiven ? 0 : undefined;
  const cap = Math.max(1, Math.min(options.jobs, availableParallelism()));
  const jobs = threadCount(files.length, {
    jobs: cap,
    ...(minFilesPerWorker !== undefined ? { minFilesPerWorker } : {}),
  });
  const skips = (l: Lang) => (skipped.length ? skippedSummary(skipped, l) : '');
  say(
    `共 ${files.length} 个文件，${jobs} 个并行任务${skips('zh') && `（跳过 ${skips('zh')}）`}`,
    `${files.length} files, ${jobs} parallel jobs${skips('en') && ` (skipped: ${skips('en')})`}`,
  );
  const started = performance.now();
  const batch = await scoreWithProgress(files, discovery, pack, previous, { jobs, minFilesPerWorker }, options, io);
  const seconds = (performance.now() - started) / 1000;

  if (out) {
    let staged: string[];
    try {
      staged = await writeBatchOutputs(batch, options.format, out.staging, lang, {
        pack,
        ...(options.reviewAll ? { all: true } : {}),
      });
    } catch (e) {
      throw new ProblemError([outputProblem(out.dir, e)]);
    }
    for (const path of out.commit(staged)) io.stdout(`${path}\n`);
  } else {
    io.stdout(rankingText(batch, lang));
  }
  return finish(batch, seconds, options, io, say);
}

/** The batch scored with the progress shown on stderr; Ctrl-C stops it, keeping what finished. */
async function scoreWithProgress(
  files: string[],
  discovery: Discovery,
  pack: Pack,
  previous: PreviousBatch | undefined,
  threads: { jobs: number; minFilesPerWorker: number | undefined },
  options: ScoringOptions,
  io: CliIO,
): Promise<BatchResult> {
  const { lang } = options;
  const { jobs, minFilesPerWorker } = threads;
  const writesReviewSheet = options.out !== undefined && options.format.includes('review');
  const stderrTTY = io.isTTY && Boolean(process.stderr.isTTY);
  const progress = createProgress({
    total: files.length,
    lang,
    tty: stderrTTY,
    quiet: Boolean(options.quiet),
    write: io.stderr,
    stream: process.stderr,
  });
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once('SIGINT', onSigint);
  try {
    return await runBatch(files, {
      pack,
      jobs,
      ...(minFilesPerWorker !== undefined ? { minFilesPerWorker } : {}),
      lang,
      asOf: options.asOf ?? today(),
      ...(options.waivers ? { waiversFile: options.waivers } : {}),
      ...(options.events ? { eventsFile: options.events } : {}),
      ...(options.loadedRoster ? { roster: options.loadedRoster } : {}),
      ...(options.loadedReview ? { review: options.loadedReview } : {}),
      ...(previous ? { previous } : {}),
      signal: abort.signal,
      ...(options.explain ? { explain: true } : {}),
      ...(writesReviewSheet ? { contentHash: true } : {}),
      ...(options.maxSize !== undefined ? { limits: inputLimits(options.maxSize) } : {}),
      discovery,
      onResult: (_file, result) => progress.tick(result.ok),
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
    progress.stop();
  }
}

/**
 * What the run ends with on stderr — the files that failed, the roster's open questions, the totals — and its exit
 * code.
 */
function finish(
  batch: BatchResult,
  seconds: number,
  options: ScoringOptions,
  io: CliIO,
  say: (zh: string, en: string) => unknown,
): number {
  const { lang } = options;
  // Files an interruption left unscored are rows in every output, but one summary line here, not thousands.
  const failed = batch.errors.filter((e) => e.problems[0]?.code !== 'batch.interrupted');
  for (const e of failed) io.stderr(`${e.message}\n`);
  // The roster's decisions that need the office's eye: reports matching no unit or several, units with several
  // reports or none.
  for (const l of rosterStderrLines(batch, lang)) say(l, l);
  // The review's count, and every row not applied: a stale decision is never dropped in silence (shown even with
  // --quiet).
  for (const l of reviewStderrLines(lang, batch)) io.stderr(`${l}\n`);
  const scored = batch.assessments.length;
  const rate = (scored / Math.max(seconds, 0.001)).toFixed(1);
  say(
    `完成：评查 ${scored} 份，失败 ${failed.length} 份，用时 ${seconds.toFixed(1)} 秒（${rate} 份/秒）`,
    `done: ${scored} scored, ${failed.length} failed in ${seconds.toFixed(1)} s (${rate} reports/s)`,
  );
  if (batch.interrupted) {
    const left = batch.notScored?.length ?? 0;
    say(
      `已中断：${left} 个文件未评查（已在各输出中列出）；已写出完成部分`,
      `interrupted: ${left} files not assessed (listed in every output); the finished part was written`,
    );
    return BATCH_EXIT.interrupted;
  }
  if (failed.length > 0) return BATCH_EXIT.filesFailed;
  return batch.assessments.some((a) => missedThresholds(a, options).length > 0) ? BATCH_EXIT.threshold : BATCH_EXIT.ok;
}

const SKIP_WORDS: Record<SkippedEntry['reason'], [string, string]> = {
  hidden: ['隐藏', 'hidden'],
  'other-type': ['非报告类型', 'not a report type'],
  excluded: ['被排除', 'excluded'],
  duplicate: ['重复链接', 'duplicate link'],
  'link-loop': ['循环链接', 'link loop'],
  'tool-folder': ['工具文件夹', 'tool folder'],
};

/** "2 个隐藏、1 个非报告类型": counts by reason, in a fixed order. */
function skippedSummary(skipped: SkippedEntry[], lang: Lang): string {
  const counts = new Map<SkippedEntry['reason'], number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const parts = (Object.keys(SKIP_WORDS) as SkippedEntry['reason'][])
    .filter((r) => counts.has(r))
    .map((r) => (lang === 'zh' ? `${counts.get(r)} 个${SKIP_WORDS[r][0]}` : `${counts.get(r)} ${SKIP_WORDS[r][1]}`));
  return parts.join(lang === 'zh' ? '、' : ', ');
}

/** Without --out: the ranking on stdout, one line per report. */
function rankingText(batch: BatchResult, lang: Lang): string {
  if (batch.roster) return rosterRankingText(batch, lang);
  const ranks = rankNumbers(batch.assessments);
  const lines = batch.assessments.map((a, i) => {
    const rank = ranks[i]!;
    // a returned report's grade is provisional: say so where the grade is
    const mark = a.returned
      ? lang === 'zh'
        ? ' 退回重报'
        : ' returned'
      : a.vetoed
        ? lang === 'zh'
          ? ' 一票否决'
          : ' vetoed'
        : '';
    return rankingLine(
      rank,
      `${a.percent}%`,
      a.grade,
      a.report.authority ?? '',
      `${a.report.file}${mark}${machineMark(lang, a)}`,
    );
  });
  const errors = batch.errors.map((e) => `   -  ${lang === 'zh' ? '  错误' : ' error'}  ${e.file}`);
  return [...lines, ...errors].join('\n') + (lines.length + errors.length ? '\n' : '');
}
