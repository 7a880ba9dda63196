import { dirname, join, relative, resolve, sep } from 'node:path';
import { extractDocument } from '../extract/extract.js';
import { reportToJson, reportToYaml } from '../extract/serialize.js';
import { readDocument } from '../ingest/document.js';
import { warningProblems } from '../ingest/decode.js';
import { openPack } from '../pipeline/open-pack.js';
import type { Lang } from '../problems/messages.js';
import { SCHEMAS_DIR } from '../util/package-root.js';
import { EXIT, printProblems, type CliIO } from './io.js';
import { inputLimits } from './options.js';
import { writeOutputFile } from '../source/write-file.js';

export interface ExtractOptions {
  rules?: string;
  format: 'yaml' | 'json';
  out?: string;
  lang: Lang;
  maxSize?: number;
}

/** `fazhi extract`: its options and arguments are in commands.ts; this module is loaded only when it runs. */
export async function runExtract(file: string, options: ExtractOptions, io: CliIO): Promise<number> {
  const pack = await openPack(options.rules);
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
