import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
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
import { oneOf, parseLang } from './options.js';

type Out = { out?: string; lang: Lang };
const write = (io: CliIO, text: string, out?: string) => (out ? writeFileSync(out, text) : io.stdout(text));

/** `fazhi rules validate|test|doc|list [pack]`: the auditor's tools. */
export function registerRules(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const rules = program.command('rules').description('validate, test, document and list a rule pack / 细则维护');
  const pack = '[pack]';
  const packHelp = 'rule pack directory or bundled pack name (default: national)';

  rules
    .command('validate')
    .description('report every problem in the pack and the packs it extends')
    .argument(pack, packHelp, 'national')
    .option('-f, --format <format>', 'text or json (the problems as data: schemas/rules-validate.schema.json)', oneOf(['text', 'json'] as const), 'text')
    .option('--lang <lang>', 'zh or en', parseLang, 'zh')
    .action((dir: string, o: Out & { format: 'text' | 'json' }) => {
      const found = validatePack(dir);
      // Test coverage is judged only of a pack that loads: it reads the compiled rules.
      const problems = found.length > 0 ? found : untestedRules(loadPack(dir));
      const name = displayPath(dir);
      if (o.format === 'json') return setExit(validationJson(dir, name, problems, o.lang, io));
      printProblems(io, problems, o.lang);
      if (problems.some((p) => p.severity !== 'warning')) {
        io.stderr(o.lang === 'zh' ? `${name}：共 ${problems.length} 个问题\n` : `${name}: ${problems.length} problem(s)\n`);
        return setExit(EXIT.badInput);
      }
      const count = loadPack(dir).rules.length;
      io.stdout(o.lang === 'zh' ? `${name}：未发现问题（${count} 项规则）\n` : `${name}: no problems (${count} rules)\n`);
      setExit(EXIT.ok);
    });

  rules
    .command('test')
    .description("run the pack's YAML rule tests (tests/*.yaml)")
    .argument(pack, packHelp, 'national')
    .option('--lang <lang>', 'zh or en', parseLang, 'zh')
    .action(async (dir: string, o: Out) => {
      const results = await runRuleTests(loadPack(dir));
      io.stdout(formatRuleTestResults(results, o.lang));
      setExit(results.some((r) => r.mismatches.length > 0) ? EXIT.threshold : EXIT.ok);
    });

  rules
    .command('doc')
    .description('generate the human checklist (评查细则) from the pack')
    .argument(pack, packHelp, 'national')
    .option('-f, --format <format>', 'md or html', oneOf(['md', 'html'] as const), 'md')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action((dir: string, o: Out & { format: 'md' | 'html' }) => {
      const p = loadPack(dir);
      const md = checklistMarkdown(p, ruleExamples(p));
      write(io, o.format === 'html' ? markdownToHtml(md, p.manifest.title) : md, o.out);
      setExit(EXIT.ok);
    });

  rules
    .command('list')
    .description('a table of the rules: id, category, points, severity, title')
    .argument(pack, packHelp, 'national')
    .option('-f, --format <format>', 'text or json', oneOf(['text', 'json'] as const), 'text')
    .option('--lang <lang>', 'zh or en', parseLang, 'zh')
    .action((dir: string, o: Out & { format: 'text' | 'json' }) => {
      const p = loadPack(dir);
      io.stdout(o.format === 'json' ? JSON.stringify(ruleRows(p), null, 2) + '\n' : ruleTable(p, o.lang));
      setExit(EXIT.ok);
    });
}

/** `rules validate --format json`: the problems as data on stdout (schemas/rules-validate.schema.json), the same exit code. */
function validationJson(dir: string, name: string, problems: Problem[], lang: Lang, io: CliIO): number {
  const valid = !problems.some((p) => p.severity === 'error');
  const result: RulesValidation = {
    pack: name,
    valid,
    ...(valid ? { rules: loadPack(dir).rules.length } : {}),
    problems: problems.map((p) => problemRowWithFile(p, lang)),
  };
  io.stdout(JSON.stringify(result, null, 2) + '\n');
  return valid ? EXIT.ok : EXIT.badInput;
}
