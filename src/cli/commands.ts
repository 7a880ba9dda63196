import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { BATCH_FORMATS, FORMATS, type BatchFormat, type Format } from '../render/formats.js';
import type { BatchOptions } from './batch-command.js';
import type { CheckOptions } from './check-command.js';
import type { ExtractOptions } from './extract-command.js';
import type { CliIO } from './io.js';
import type { Out } from './rules-command.js';
import type { ServeOptions, WebOptions } from './web-command.js';
import { registerRoster, ROSTER_OPTION } from './roster-register.js';
import { addScoringOptions, oneOf, parseLang, parseMaxSize } from './options.js';

/**
 * Every command, its arguments and options: the CLI's whole surface, and all that `--help`,
 * `--version` or a usage mistake loads. A command's work (`./<name>-command.ts`: the pack, the
 * extractor, the renderers …) is imported only when that command runs.
 */
export function registerCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  registerCheck(program, io, setExit);
  registerExtract(program, io, setExit);
  registerBatch(program, io, setExit);
  registerRules(program, io, setExit);
  registerRoster(program, io, setExit);
  registerWeb(program, io, setExit);
}

/**
 * check's --format. A format only `batch` writes — the feedback documents (a folder, one per unit), the
 * workbook, the CSV files — is refused in one line that names the command writing it.
 */
const parseCheckFormat = (v: string): Format => {
  if ((BATCH_FORMATS as readonly string[]).includes(v) && !(FORMATS as readonly string[]).includes(v))
    throw new InvalidArgumentError(
      `${v} is written by fazhi batch into a folder${v === 'feedback' ? ' (one document per unit)' : ''}: ` +
        `fazhi batch <reports> --format ${v} --out <folder>`,
    );
  return oneOf(FORMATS)(v);
};

function registerCheck(program: Command, io: CliIO, setExit: (code: number) => void): void {
  addScoringOptions(program.command('check'))
    .description('score reports against a rule pack / 按评查细则为报告打分')
    .argument(
      '<file...>',
      'reports: documents (.txt .md .html .htm .docx .doc .wps .pdf) or structured reports (.yaml .yml .json)',
    )
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, parseCheckFormat, 'text')
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--no-color', 'no ANSI colours in text output')
    .action(async (files: string[], options: CheckOptions) =>
      setExit(await (await import('./check-command.js')).runCheck(files, options, io)),
    );
}

function registerExtract(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('read a document into a structured report with evidence / 从文档提取结构化报告（附出处）')
    .argument(
      '<file>',
      'a report document (.txt .md .html .htm .docx .doc .wps .pdf; text in UTF-8, GB18030 or UTF-16)',
    )
    .option('-r, --rules <pack>', 'rule pack whose facts and sections to extract', 'national')
    .option('-f, --format <format>', 'output format: yaml, json', oneOf(['yaml', 'json'] as const), 'yaml')
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--lang <lang>', 'language of messages: zh, en', parseLang, 'zh')
    .option('--max-size <MB>', 'refuse documents larger than this (default 50 MB)', parseMaxSize)
    .action(async (file: string, options: ExtractOptions) =>
      setExit(await (await import('./extract-command.js')).runExtract(file, options, io)),
    );
}

const parseFormats = (v: string): BatchFormat[] => {
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.filter((f) => !(BATCH_FORMATS as readonly string[]).includes(f));
  if (bad.length > 0 || list.length === 0)
    throw new InvalidArgumentError(`a comma-separated list of: ${BATCH_FORMATS.join(', ')}`);
  return [...new Set(list)] as BatchFormat[];
};
const parseJobs = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('a whole number from 1 to 256');
  return n;
};
const collect = (v: string, previous: string[]) => [...previous, v];

function registerBatch(program: Command, io: CliIO, setExit: (code: number) => void): void {
  addScoringOptions(program.command('batch'))
    .description('score every report under folders: ranking, findings, Excel, HTML / 批量评查并排名')
    .argument('<path...>', 'folders (searched recursively) and files')
    .option('-o, --out <dir>', 'write the outputs into this folder (created if needed)')
    .option('-f, --format <list>', `with --out: ${BATCH_FORMATS.join(', ')}`, parseFormats, [
      'xlsx',
      'csv',
      'html',
      'json',
      'review',
    ] as BatchFormat[])
    .option('--include <glob>', 'only files matching (below each folder given; repeatable)', collect, [] as string[])
    .option('--exclude <glob>', 'skip files matching (repeatable)', collect, [] as string[])
    .option(
      '-j, --jobs <n>',
      'parallel threads, at most the CPU cores (default: all cores, a worker per 3,000 files)',
      parseJobs,
      availableParallelism(),
    )
    .option(
      '--compare <batch.json>',
      "last year's batch.json: adds score change and newly failing / fixed rules per authority",
    )
    .option(...ROSTER_OPTION)
    .option(
      '--review <复核表.xlsx>',
      "the assessors' decisions (the 复核表.xlsx a batch wrote, filled in): final scores beside the machine's / 人工复核",
    )
    .option('--review-all', '复核表.xlsx lists every finding, passes too (default: what the machine did not pass)')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--explain', "keep each finding's condition tree (explain) in batch.json: larger and slower")
    .action(async (paths: string[], options: BatchOptions, command: Command) => {
      const { runBatchCommand } = await import('./batch-command.js');
      setExit(
        await runBatchCommand(paths, { ...options, jobsGiven: command.getOptionValueSource('jobs') !== 'default' }, io),
      );
    });
}

/** `fazhi rules validate|test|doc|list [pack]`: the auditor's tools. */
function registerRules(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const rules = program.command('rules').description('validate, test, document and list a rule pack / 细则维护');
  const pack = '[pack]';
  const packHelp = 'rule pack directory or bundled pack name (default: national)';
  const run = () => import('./rules-command.js');

  rules
    .command('validate')
    .description('report every problem in the pack and the packs it extends')
    .argument(pack, packHelp, 'national')
    .option(
      '-f, --format <format>',
      'text or json (the problems as data: schemas/rules-validate.schema.json)',
      oneOf(['text', 'json'] as const),
      'text',
    )
    .option('--lang <lang>', 'zh or en', parseLang, 'zh')
    .action(async (dir: string, o: Out & { format: 'text' | 'json' }) =>
      setExit((await run()).rulesValidate(dir, o, io)),
    );

  rules
    .command('test')
    .description("run the pack's YAML rule tests (tests/*.yaml)")
    .argument(pack, packHelp, 'national')
    .option('--lang <lang>', 'zh or en', parseLang, 'zh')
    .action(async (dir: string, o: Out) => setExit(await (await run()).rulesTest(dir, o, io)));

  rules
    .command('doc')
    .description('generate the human checklist (评查细则) from the pack')
    .argument(pack, packHelp, 'national')
    .option('-f, --format <format>', 'md or html', oneOf(['md', 'html'] as const), 'md')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (dir: string, o: Out & { format: 'md' | 'html' }) => setExit((await run()).rulesDoc(dir, o, io)));

  rules
    .command('list')
    .description('a table of the rules: id, category, points, severity, title')
    .argument(pack, packHelp, 'national')
    .option('-f, --format <format>', 'text or json', oneOf(['text', 'json'] as const), 'text')
    .option('--lang <lang>', 'zh or en', parseLang, 'zh')
    .action(async (dir: string, o: Out & { format: 'text' | 'json' }) => setExit((await run()).rulesList(dir, o, io)));
}

const parsePort = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port number from 0 to 65535');
  return n;
};

/** `fazhi web` and `fazhi serve`: the self-check page (src/web), as a static folder or from this machine. */
function registerWeb(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const run = () => import('./web-command.js');
  program
    .command('web')
    .description('write the self-check web page as a static folder / 生成自查网页（静态文件）')
    .requiredOption('-o, --out <dir>', 'the folder to write index.html, app.js, app.css and packs.js into')
    .option('-r, --rules <pack>', 'a rule pack to offer first, besides the bundled ones')
    .option('--lang <lang>', 'language of messages: zh, en', parseLang, 'zh')
    .action(async (options: WebOptions) => setExit(await (await run()).runWeb(options, io)));
  program
    .command('serve')
    .description('serve the self-check web page on this machine / 在本机提供自查网页')
    .option('-r, --rules <pack>', 'a rule pack to offer first, besides the bundled ones')
    .option('-p, --port <port>', 'the port to listen on', parsePort, 8000)
    .option('--host <host>', 'the address to listen on', '127.0.0.1')
    .option('--open', 'open the page in the default browser')
    .option('--lang <lang>', 'language of messages: zh, en', parseLang, 'zh')
    .action(async (options: ServeOptions) => setExit(await (await run()).runServe(options, io)));
}
