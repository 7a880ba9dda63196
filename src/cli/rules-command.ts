import { writeFileSync } from 'node:fs';
import { checklistMarkdown } from '../docs/checklist-doc.js';
import { markdownToHtml } from '../docs/simple-markdown.js';
import { ruleRows, ruleTable } from '../docs/rule-table.js';
import { loadPack, validatePack } from '../pack/load-pack.js';
import { displayPath } from '../util/display-path.js';
import type { Lang } from '../problems/messages.js';
import { formatRuleTestResults } from '../ruletest/format-results.js';
import { runRuleTests } from '../ruletest/run-rule-tests.js';
import { untestedRules } from '../ruletest/test-coverage.js';
import { ruleExamples } from '../ruletest/rule-examples.js';
import { EXIT, printProblems, type CliIO } from './io.js';
import type { RulesValidation } from '../model/problem-row.js';
import type { Problem } from '../problems/problem.js';
import { problemRowWithFile } from '../problems/problem-row.js';

export type Out = { out?: string; lang: Lang };
const write = (io: CliIO, text: string, out?: string) => (out ? writeFileSync(out, text) : io.stdout(text));

/**
 * `fazhi rules validate|test|doc|list [pack]`: the auditor's tools. Options are in commands.ts; this module is loaded
 * only when one runs.
 */
export function rulesValidate(dir: string, o: Out & { format?: 'text' | 'json' }, io: CliIO): number {
  const found = validatePack(dir);
  // Test coverage is judged only of a pack that loads: it reads the compiled rules.
  const problems = found.length > 0 ? found : untestedRules(loadPack(dir));
  const name = displayPath(dir);
  if (o.format === 'json') return validationJson(dir, name, problems, o.lang, io);
  printProblems(io, problems, o.lang);
  if (problems.some((p) => p.severity !== 'warning')) {
    io.stderr(o.lang === 'zh' ? `${name}：共 ${problems.length} 个问题\n` : `${name}: ${problems.length} problem(s)\n`);
    return EXIT.badInput;
  }
  const count = loadPack(dir).rules.length;
  io.stdout(o.lang === 'zh' ? `${name}：未发现问题（${count} 项规则）\n` : `${name}: no problems (${count} rules)\n`);
  return EXIT.ok;
}

/**
 * `rules validate --format json`: the problems as data on stdout (schemas/rules-validate.schema.json), the same exit
 * code.
 */
function validationJson(dir: string, name: string, problems: Problem[], lang: Lang, io: CliIO): number {
  const valid = !problems.some((p) => p.severity === 'error');
  const result: RulesValidation = {
    pack: name,
    valid,
    ...(valid ? { rules: loadPack(dir).rules.length } : {}),
    problems: problems.map((p) => problemRowWithFile(p, lang)),
  };
  io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  return valid ? EXIT.ok : EXIT.badInput;
}

export async function rulesTest(dir: string, o: Out, io: CliIO): Promise<number> {
  const results = await runRuleTests(loadPack(dir));
  io.stdout(formatRuleTestResults(results, o.lang));
  return results.some((r) => r.mismatches.length > 0) ? EXIT.threshold : EXIT.ok;
}

export function rulesDoc(dir: string, o: Out & { format: 'md' | 'html' }, io: CliIO): number {
  const p = loadPack(dir);
  const md = checklistMarkdown(p, ruleExamples(p));
  write(io, o.format === 'html' ? markdownToHtml(md, p.manifest.title) : md, o.out);
  return EXIT.ok;
}

export function rulesList(dir: string, o: Out & { format: 'text' | 'json' }, io: CliIO): number {
  const p = loadPack(dir);
  io.stdout(o.format === 'json' ? `${JSON.stringify(ruleRows(p), null, 2)}\n` : ruleTable(p, o.lang));
  return EXIT.ok;
}
