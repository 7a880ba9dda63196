import type { Assessment } from '../model/assessment.js';
import type { BatchError, BatchResult } from '../model/batch.js';
import type { Pack } from '../pack/compiled-pack.js';
import { compareWithPrevious } from './compare.js';
import type { PreviousBatch } from './previous-batch.js';
import { scoreFiles } from './pool.js';
import { FindingSpool } from './spool.js';
import { rankAssessments } from '../score/rank.js';
import type { ScoreResult, ScorerConfig } from './scorer.js';
import type { Discovery } from './discover.js';
import { toBatchError } from './errors.js';
import { problem } from '../problems/problem.js';
import { assembleRound } from './roster-round.js';
import { applyReview, type LoadedReview } from './apply-review.js';
import type { RosterMatch } from '../pipeline/assess-for-roster.js';
import { packName, type Lang } from '../util/lang.js';

export interface BatchRunOptions extends Omit<ScorerConfig, 'packDir'> {
  pack: Pack;
  jobs: number;
  signal?: AbortSignal;
  /** last year's batch result, for score change and newly failing / fixed rules */
  previous?: PreviousBatch;
  /** start a worker only per this many files (see pool.ts); 0 starts jobs − 1 workers whatever the count */
  minFilesPerWorker?: number;
  /** each file as it finishes, in completion order: for progress and streaming */
  onResult?: (file: string, result: ScoreResult) => void;
  /** keep findings on disk (FindingSpool) when the batch has more files than this; default 5,000 */
  spoolAbove?: number;
  /** what discovery did not take: folders it could not list become error rows; skipped entries are reported */
  discovery?: Pick<Discovery, 'skipped' | 'unreadable'>;
  /** the assessors' review sheet (--review), read and checked: applied once every report is scored */
  review?: LoadedReview;
}

/**
 * Below this many files every assessment stays in memory (fastest); above it findings are
 * spooled to disk so a national batch (100,000+ reports) holds only summaries. Each output
 * then reads a report's findings back once per use: ~30 µs each.
 */
const SPOOL_ABOVE = 5000;

/**
 * Scores every file with one pack (compiled once per worker) and returns the batch in a
 * deterministic order whatever order the files finished in: assessments ranked, errors by file.
 */
export async function runBatch(files: string[], options: BatchRunOptions): Promise<BatchResult> {
  const {
    pack,
    jobs,
    signal,
    previous,
    onResult,
    minFilesPerWorker,
    spoolAbove = SPOOL_ABOVE,
    discovery,
    review,
    ...config
  } = options;
  const results: (ScoreResult | undefined)[] = new Array(files.length);
  const spool = files.length > spoolAbove ? new FindingSpool() : undefined;
  const { interrupted } = await scoreFiles(files, {
    jobs,
    pack,
    ...(minFilesPerWorker !== undefined ? { minFilesPerWorker } : {}),
    // --review compares each row's hash with the file's: the assessments need theirs
    config: { ...config, ...(review ? { contentHash: true } : {}), packDir: pack.dir },
    ...(signal ? { signal } : {}),
    onResult: (index, file, result) => {
      results[index] = result;
      onResult?.(file, result);
      if (spool && result.ok) spool.spill(result.assessment);
    },
  });
  const { assessments, matched, errors, notScored } = sortResults(files, results, discovery, config.lang);
  const lang = config.lang;
  // The review before the ranking and the round: both rank by the final scores.
  const reviewed = review ? applyReview(assessments, review, pack, lang) : undefined;
  // With a roster the units are ranked: each unit's counted report, then the reports counted for no unit
  // (batch/roster-round.ts).
  const round = config.roster
    ? assembleRound(config.roster, matched, errors, {
        interrupted,
        notSubmittedGrade: notSubmittedGrade(pack, lang),
        lang,
      })
    : undefined;
  const ranked = round ? round.assessments : rankAssessments(assessments);
  return {
    pack: packSummary(pack, lang),
    total: files.length + (discovery?.unreadable.length ?? 0),
    interrupted,
    ...(interrupted ? { notScored } : {}),
    assessments: ranked,
    errors: errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    ...(discovery && discovery.skipped.length > 0 ? { skipped: discovery.skipped } : {}),
    ...(previous ? { comparisons: compareWithPrevious(ranked, previous) } : {}),
    ...(round ? { roster: round.summary } : {}),
    ...(reviewed ? { review: reviewed } : {}),
  };
}

/** The pack as a batch names it: id, title, version and its grades best first, in the output language. */
function packSummary(pack: Pack, lang: Lang): BatchResult['pack'] {
  return {
    id: pack.manifest.id,
    title: pack.manifest.title,
    version: pack.manifest.version,
    grades: [...(pack.manifest.grades ?? [])]
      .sort((a, b) => b.min - a.min)
      .map((g) => ({ name: packName(lang, g.name, g.en), min: g.min })),
  };
}

/** Each file's result put where it belongs: an assessment (and its roster match), an error row, or not scored. */
function sortResults(
  files: string[],
  results: (ScoreResult | undefined)[],
  discovery: BatchRunOptions['discovery'],
  lang: Lang,
): {
  assessments: Assessment[];
  matched: { assessment: Assessment; match: RosterMatch }[];
  errors: BatchError[];
  notScored: string[];
} {
  const assessments: Assessment[] = [];
  const matched: { assessment: Assessment; match: RosterMatch }[] = [];
  const errors: BatchError[] = (discovery?.unreadable ?? []).map(({ path, reason }) =>
    toBatchError(path, [problem('folder.unreadable', path, { reason })], lang),
  );
  const notScored: string[] = [];
  // An index loop, not forEach: the array is sparse where files were not scored, and forEach skips holes.
  for (let i = 0; i < files.length; i++) {
    const r = results[i];
    if (!r) notScored.push(files[i]!);
    else if (r.ok) {
      assessments.push(r.assessment);
      if (r.match) matched.push({ assessment: r.assessment, match: r.match });
    } else errors.push(r.error);
  }
  // An interrupted batch must not look complete in any output: each file not scored is a row saying so
  // (CSV, Excel, HTML, Markdown, JUnit and SARIF all list error rows), besides `notScored` in the JSON.
  for (const file of notScored) errors.push(toBatchError(file, [problem('batch.interrupted', file)], lang));
  return { assessments, matched, errors, notScored };
}

/** The grade of a roster unit that did not submit: the pack's notSubmittedGrade, or its lowest grade. */
function notSubmittedGrade(pack: Pack, lang: Lang): string {
  const grades = pack.manifest.grades;
  const grade = grades.find((g) => g.name === pack.manifest.notSubmittedGrade) ?? grades[grades.length - 1]!;
  return packName(lang, grade.name, grade.en);
}
