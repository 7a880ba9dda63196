import type { Assessment } from '../model/assessment.js';
import type { Severity } from '../model/common.js';
import { createAssessor, today } from '../pipeline/assess-file.js';
import { openPack } from '../pipeline/open-pack.js';
import { ProblemError, type Problem } from '../problems/problem.js';
import { formatWarning } from '../problems/format.js';
import type { Lang } from '../problems/messages.js';
import { FORMATTERS, isInputError, type Entry, type Format } from '../render/index.js';
import { toBatchError } from '../batch/errors.js';
import { missedThresholds } from '../score/thresholds.js';
import { EXIT, printProblems, type CliIO } from './io.js';
import { inputLimits } from './options.js';
import { writeOutputFile } from '../source/write-file.js';
import { packName } from '../util/lang.js';

export interface CheckOptions {
  rules?: string;
  format: Format;
  out?: string;
  failUnder?: number;
  failOn?: Severity;
  lang: Lang;
  waivers?: string;
  events?: string;
  asOf?: string;
  color: boolean;
  maxSize?: number;
}

/** `fazhi check`: its options and arguments are in commands.ts; this module is loaded only when it runs. */
export async function runCheck(files: string[], options: CheckOptions, io: CliIO): Promise<number> {
  const pack = await openPack(options.rules);
  // the assessor's files, read only when given (their models load with them)
  const waivers = options.waivers
    ? (await import('../score/waivers.js')).loadWaivers(options.waivers, pack)
    : undefined;
  const events = options.events ? (await import('../score/events.js')).loadEvents(options.events, pack) : undefined;
  const assessor = createAssessor(pack, {
    ...(waivers ? { waivers } : {}),
    ...(events ? { events } : {}),
    asOf: options.asOf ?? today(),
    lang: options.lang,
    limits: inputLimits(options.maxSize),
  });
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  // One bad file is reported and the others are still scored; the output keeps its place, with its error.
  for (const file of files) {
    try {
      entries.push(await assessor.assessFile(file));
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      problems.push(...e.problems);
      entries.push(toBatchError(file, e.problems, options.lang));
    }
  }
  const assessments = entries.filter((e): e is Assessment => !isInputError(e));
  // Every output names every input. Only a text card for the terminal is left out when nothing was
  // scored: it would repeat, word for word, the lines stderr prints.
  if (assessments.length > 0 || options.format !== 'text' || options.out) {
    const color =
      options.format === 'text' &&
      !options.out &&
      options.color &&
      io.isTTY &&
      !io.env.NO_COLOR &&
      io.env.TERM !== 'dumb';
    // grade names as the assessments carry them (English bands with --lang en)
    const grades = pack.manifest.grades.map((g) => ({ name: packName(options.lang, g.name, g.en), min: g.min }));
    const output = FORMATTERS[options.format].check(entries, { lang: options.lang, color, grades });
    if (options.out) writeOutputFile(options.out, output);
    else io.stdout(output);
  }
  // what reading a file tolerated (a few undecodable characters, a wrong BOM): a line each; the exit code stays
  for (const a of assessments)
    for (const w of a.report.warnings ?? []) io.stderr(`${formatWarning(a.report.file, w, options.lang)}\n`);
  printProblems(io, problems, options.lang);
  if (problems.length > 0) return EXIT.badInput;
  const missed = assessments.some((a) => missedThresholds(a, options).length > 0);
  return missed ? EXIT.threshold : EXIT.ok;
}
