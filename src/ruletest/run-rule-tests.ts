import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RuleTestFile, type RuleTestCase } from '../model/rule-test.js';
import type { Assessment } from '../model/assessment.js';
import type { Pack } from '../pack/compiled-pack.js';
import { displayPath } from '../util/display-path.js';
import { checkReportSource } from '../ingest/structured-report.js';
import { createAssessor } from '../pipeline/assess-file.js';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { checkAgainstSchema } from '../source/schema-check.js';
import { loadYamlFile, type YamlSource } from '../source/yaml-source.js';

export interface Mismatch {
  /** what was compared: `score`, `grade`, or `<ruleId>.status` / `.points` / `.maxPoints` */
  path: string;
  expected: unknown;
  actual: unknown;
}

export interface RuleTestResult {
  file: string;
  line: number;
  name: string;
  mismatches: Mismatch[];
  assessment: Assessment;
}

/** The day rule tests judge waivers against: fixed, so results never depend on the clock. */
const TEST_DAY = '2000-01-01';

/** Runs every case in <pack>/tests/*.yaml: given a report, the pack must give the expected statuses, points and grade. */
export async function runRuleTests(pack: Pack, testsDir = join(pack.dir, 'tests')): Promise<RuleTestResult[]> {
  const files = readdirSync(testsDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const assessor = createAssessor(pack, { asOf: TEST_DAY });
  const ruleIds = new Set(pack.rules.map((r) => r.rule.id));
  const results: RuleTestResult[] = [];
  const problems: Problem[] = [];
  for (const name of files) {
    const source = loadYamlFile(displayPath(join(testsDir, name)));
    const schemaProblems = checkAgainstSchema(source, 'rule-test.schema.json');
    if (schemaProblems.length > 0) {
      problems.push(...schemaProblems);
      continue;
    }
    const { cases } = RuleTestFile.parse(source.data);
    for (const [i, testCase] of cases.entries()) {
      const at = `/cases/${i}`;
      for (const id of Object.keys(testCase.expect.rules ?? {})) {
        if (!ruleIds.has(id))
          problems.push(
            problem(
              'test.unknown-rule',
              source.file,
              { rule: id },
              { pointer: `${at}/expect/rules/${id}`, ...source.locate(`${at}/expect/rules/${id}`, 'key') },
            ),
          );
      }
      try {
        const file = `${source.file}#${testCase.name}`;
        // A case with events gets an assessor of its own: events belong to the case, not the pack.
        const caseAssessor = testCase.events
          ? createAssessor(pack, {
              asOf: TEST_DAY,
              events: testCase.events.map((e, k) => ({
                ...e,
                id: e.id ?? `${testCase.name}#${k + 1}`,
                unit: e.unit ?? (testCase.document ? join(dirname(source.file), testCase.document) : file),
              })),
            })
          : assessor;
        const assessment = testCase.document
          ? await caseAssessor.assessFile(join(dirname(source.file), testCase.document))
          : await caseAssessor.assessReport(checkReportSource(caseSource(source, testCase, at), pack), file);
        results.push({
          file: source.file,
          line: source.locate(at)?.line ?? 0,
          name: testCase.name,
          mismatches: compare(testCase, assessment),
          assessment,
        });
      } catch (e) {
        if (!(e instanceof ProblemError)) throw e;
        problems.push(...e.problems);
      }
    }
  }
  if (problems.length > 0) throw new ProblemError(problems);
  return results;
}

/** A case's report as a source of its own, whose positions point into the test file. */
function caseSource(source: YamlSource, testCase: RuleTestCase, at: string): YamlSource {
  const report = testCase.report ?? {};
  return {
    file: source.file,
    data: { report: {}, sections: [], facts: {}, ...report },
    locate: (pointer, where) => source.locate(`${at}/report${pointer}`, where),
  };
}

function compare(testCase: RuleTestCase, a: Assessment): Mismatch[] {
  const out: Mismatch[] = [];
  const check = (path: string, expected: unknown, actual: unknown) => {
    if (expected !== undefined && expected !== actual) out.push({ path, expected, actual });
  };
  const { expect } = testCase;
  check('score', expect.score, a.score);
  check('maxScore', expect.maxScore, a.maxScore);
  check('percent', expect.percent, a.percent);
  check('grade', expect.grade, a.grade);
  check('vetoed', expect.vetoed, a.vetoed);
  check('returned', expect.returned, a.returned);
  for (const [id, e] of Object.entries(expect.rules ?? {})) {
    const f = a.findings.find((x) => x.ruleId === id);
    check(`${id}.status`, e.status, f?.status);
    check(`${id}.points`, e.points, f?.points);
    check(`${id}.maxPoints`, e.maxPoints, f?.maxPoints);
  }
  return out;
}
