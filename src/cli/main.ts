import { Command, CommanderError } from 'commander';
import { registerCheck } from './check-command.js';
import { registerExtract } from './extract-command.js';
import { registerBatch } from './batch-command.js';
import { registerRules } from './rules-command.js';
import { registerRoster } from './roster-register.js';
import { EXIT, processIO, reportError, type CliIO } from './io.js';
import { langFromArgv } from './options.js';
import { VERSION } from '../util/package-root.js';

/** Builds the CLI and runs it; resolves to the exit code. Wiring only: the work is in src/<stage>/. */
export async function main(argv: string[], given?: CliIO): Promise<number> {
  const lang = langFromArgv(argv);
  const io = given ?? processIO(lang);
  let exitCode: number = EXIT.ok;
  const program = new Command('fazhi')
    .description('Scores 法治政府建设年度报告 against an evaluation checklist written as YAML rules')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true);
  registerCheck(program, io, (code) => (exitCode = code));
  registerExtract(program, io, (code) => (exitCode = code));
  registerBatch(program, io, (code) => (exitCode = code));
  registerRules(program, io, (code) => (exitCode = code));
  registerRoster(program, io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with code 0; usage mistakes exit 2 as documented.
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    return reportError(io, e, lang);
  }
}

