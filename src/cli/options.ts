import { InvalidArgumentError, type Command } from 'commander';
import type { Lang } from '../problems/messages.js';
import { isCalendarDate } from '../util/dates.js';
import { DEFAULT_LIMITS, limitsForMaxSize, type InputLimits } from '../source/limits.js';

/** Commander argument parsers: a bad value is a usage error with one clear line. */
export const parseLang = (v: string): Lang => {
  if (v !== 'zh' && v !== 'en') throw new InvalidArgumentError('use zh or en');
  return v;
};

export const parsePercent = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('a number from 0 to 100');
  return n;
};

export const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: string): T => {
    if (!(allowed as readonly string[]).includes(v)) throw new InvalidArgumentError(`one of: ${allowed.join(', ')}`);
    return v as T;
  };

export const parseDate = (v: string): string => {
  // Date.parse accepts 2025-02-30 (it rolls over to March): check the calendar itself.
  if (!isCalendarDate(v)) throw new InvalidArgumentError('a date written YYYY-MM-DD that exists on the calendar');
  return v;
};

/** `--max-size <MB>`: a positive number of megabytes, at most 4,096 (beyond that no process could hold the text). */
export const parseMaxSize = (v: string): number => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 4096)
    throw new InvalidArgumentError('a number of megabytes above 0, at most 4096');
  return n;
};

/** The input limits a command runs with: the defaults, or those `--max-size` sets. */
export const inputLimits = (maxSize: number | undefined): InputLimits =>
  maxSize === undefined ? DEFAULT_LIMITS : limitsForMaxSize(maxSize);

/** The options every scoring command shares (check, batch): pack, thresholds, waivers, language. */
export function addScoringOptions(command: Command): Command {
  return command
    .option('-r, --rules <pack>', 'rule pack directory or bundled pack name', 'national')
    .option('--fail-under <percent>', 'exit 1 when a report scores below this percentage', parsePercent)
    .option(
      '--fail-on <severity>',
      'exit 1 when a shortfall of this severity or worse is found: error, warning, info',
      oneOf(['error', 'warning', 'info'] as const),
    )
    .option('--waivers <file>', 'a YAML file of approved waivers')
    .option(
      '--events <file>',
      'a YAML file of assessor-recorded events (通报、问责…) that veto or deduct: the only source of vetoes',
    )
    .option('--as-of <date>', 'judge waiver expiry on this date (YYYY-MM-DD; default today)', parseDate)
    .option('--lang <lang>', 'language of labels and messages: zh, en', parseLang, 'zh')
    .option(
      '--max-size <MB>',
      `refuse input files larger than this (default ${DEFAULT_LIMITS.maxDocumentBytes / 1048576} MB for documents, ` +
        `${DEFAULT_LIMITS.maxStructuredBytes / 1048576} MB for .yaml/.json)`,
      parseMaxSize,
    );
}
