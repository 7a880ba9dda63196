import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { extractDocument } from '../extract/extract.js';
import { reportToJson, reportToYaml } from '../extract/serialize.js';
import { readDocument } from '../ingest/document.js';
import { warningProblems } from '../ingest/decode.js';
import { loadPack } from '../pack/load-pack.js';
import type { Lang } from '../problems/messages.js';
import { SCHEMAS_DIR } from '../util/package-root.js';
import { EXIT, printProblems, type CliIO } from './io.js';
import { inputLimits, oneOf, parseLang, parseMaxSize } from './options.js';
import { writeOutputFile } from './output-file.js';

interface ExtractOptions {
  rules?: string;
  format: 'yaml' | 'json';
  out?: string;
  lang: Lang;
  maxSize?: number;
}

export function registerExtract(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('read a document into a structured report with evidence / 从文档提取结构化报告（附出处）')
    .argument('<file>', 'a report document (.txt .md .html .htm .docx; UTF-8, GB18030 or UTF-16)')
    .option('-r, --rules <pack>', 'rule pack whose facts and sections to extract', 'national')
    .option('-f, --format <format>', 'output format: yaml, json', oneOf(['yaml', 'json'] as const), 'yaml')
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--lang <lang>', 'language of messages: zh, en', parseLang, 'zh')
    .option('--max-size <MB>', 'refuse documents larger than this (default 50 MB)', parseMaxSize)
    .action(async (file: string, options: ExtractOptions) => setExit(await runExtract(file, options, io)));
}

async function runExtract(file: string, options: ExtractOptions, io: CliIO): Promise<number> {
  const pack = loadPack(options.rules);
  const doc = await readDocument(file, inputLimits(options.maxSize));
  const report = extractDocument(doc, pack);
  printProblems(io, warningProblems(file, doc.warnings), options.lang);
  const output =
    options.format === 'json'
      ? reportToJson(report)
      : reportToYaml(report, { schema: schemaPath(options.out), source: file.split(sep).join('/') });
  if (options.out) writeOutputFile(options.out, output);
  else io.stdout(output);
  return EXIT.ok;
}

/** The report schema as editors should find it: relative to the output file (or the working directory). */
function schemaPath(out: string | undefined): string {
  const schema = join(SCHEMAS_DIR, 'report.schema.json');
  const from = out ? dirname(resolve(out)) : process.cwd();
  return relative(from, schema).split(sep).join('/');
}
