import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadPack } from '../pack/load-pack.js';
import type { Lang } from '../problems/messages.js';
import { problem, ProblemError } from '../problems/problem.js';
import { rosterTemplate, type TemplateFormat } from '../roster/template.js';
import { SCHEMAS_DIR } from '../util/package-root.js';
import { EXIT, type CliIO } from './io.js';
import { writeOutputFile } from '../source/write-file.js';

export interface RosterInitOptions {
  format: TemplateFormat;
  out?: string;
  rules?: string;
  force?: boolean;
  lang: Lang;
}

/**
 * `fazhi roster init`: writes an empty roster to fill in — the header row (and, in .xlsx, an
 * events sheet and a sheet of notes naming the pack's rules an event may name). It never
 * overwrites a roster already filled in, unless --force.
 */
export async function runRosterInit(options: RosterInitOptions, io: CliIO): Promise<number> {
  const { format, lang } = options;
  const out = options.out ?? `${lang === 'zh' ? '名单' : 'roster'}.${format}`;
  if (out === '-' && format === 'xlsx') {
    throw new ProblemError([
      problem('option.invalid', '--out', {
        option: '--out',
        value: '-',
        expected:
          lang === 'zh'
            ? '.xlsx 不能写到标准输出，请给出文件名'
            : 'an .xlsx cannot go to standard output: give a file name',
      }),
    ]);
  }
  if (out !== '-' && existsSync(out) && !options.force) throw new ProblemError([problem('output.exists', out)]);
  const pack = loadPack(options.rules);
  const rules = pack.rules
    .filter((r) => r.rule.onEvent)
    .map((r) => ({ id: r.rule.id, title: r.rule.title, veto: Boolean(r.rule.veto) }));
  const data = await rosterTemplate(format, lang, rules, schemaPath(out));
  if (out === '-') {
    io.stdout(String(data));
    return EXIT.ok;
  }
  writeOutputFile(out, data);
  io.stdout(`${out}\n`);
  io.stderr(
    lang === 'zh'
      ? `已写出名单模板；每行填写一个单位，然后运行：fazhi batch <报告文件夹> --roster ${out} --out <结果文件夹>\n`
      : 'roster template written; fill in one unit per row, then run: ' +
          `fazhi batch <reports> --roster ${out} --out <results>\n`,
  );
  return EXIT.ok;
}

/**
 * The roster schema as an editor finds it from the YAML written: relative to it (or to the working directory for
 * stdout).
 */
function schemaPath(out: string): string {
  const from = out === '-' ? process.cwd() : dirname(resolve(out));
  return relative(from, join(SCHEMAS_DIR, 'roster.schema.json')).split(sep).join('/');
}
