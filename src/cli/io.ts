import { formatProblem } from '../problems/format.js';
import { ProblemError, type Problem } from '../problems/problem.js';
import type { Lang } from '../problems/messages.js';
import { outputProblem } from '../source/write-file.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export { langFromArgv } from '../util/lang.js';

export function processIO(lang: Lang = 'zh'): CliIO {
  endQuietlyOnClosedStdout(lang);
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

/**
 * `fazhi check … | head` closes the pipe early (EPIPE): the reader has what it wanted, so fazhi
 * ends quietly. `fazhi check … > /dev/full` (ENOSPC) is the user's disk: one clear line, exit 2 —
 * never Node's unhandled-error trace.
 */
function endQuietlyOnClosedStdout(lang: Lang): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
    process.stderr.write(`${formatProblem(outputProblem(lang === 'zh' ? '标准输出' : 'standard output', e), lang)}\n`);
    process.exit(EXIT.badInput);
  });
}

import { EXIT } from '../util/exit-codes.js';
export { EXIT };

export function printProblems(io: CliIO, problems: Problem[], lang: Lang): void {
  for (const p of problems) io.stderr(`${formatProblem(p, lang)}\n`);
}

/**
 * User mistakes print their problems; anything else is a bug in fazhi, said plainly, with the stack only on request.
 */
export function reportError(io: CliIO, e: unknown, lang: Lang): number {
  if (e instanceof ProblemError) {
    printProblems(io, e.problems, lang);
    return EXIT.badInput;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(
    lang === 'zh'
      ? `fazhi 内部错误：${message}（这是 fazhi 的缺陷，不是您的输入问题；设置 FAZHI_DEBUG=1 可查看详细信息）\n`
      : `fazhi internal error: ${message} (a bug in fazhi, not in your input; set FAZHI_DEBUG=1 for details)\n`,
  );
  if (io.env.FAZHI_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return EXIT.internal;
}
