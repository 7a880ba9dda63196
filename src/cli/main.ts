import { EXIT, langFromArgv, processIO, reportError, type CliIO } from './io.js';
import { VERSION } from '../util/package-root.js';

/** Builds the CLI and runs it; resolves to the exit code. Wiring only: the work is in src/<stage>/. */
export async function main(argv: string[], given?: CliIO): Promise<number> {
  const lang = langFromArgv(argv);
  const io = given ?? processIO(lang);
  // `fazhi --version` alone answers before commander and the command list load: the same line, exit 0.
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const [{ Command, CommanderError }, { registerCommands }] = await Promise.all([
    import('commander'),
    import('./commands.js'),
  ]);
  let exitCode: number = EXIT.ok;
  const program = new Command('fazhi')
    .description('Scores 法治政府建设年度报告 against an evaluation checklist written as YAML rules')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true);
  registerCommands(program, io, (code) => (exitCode = code));
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
