import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RuleTestFile, type RuleTestCase } from '../model/rule-test.js';
import type { Assessment } from '../model/assessment.js';
import type { Pack } from '../pack/compiled-pack.js';
import { displayPath } from '../util/display-path.js';
import { checkReportSource } from '../ingest/structured-report.js';
import { createAssessor, type Assessor } from '../pipeline/assess-file.js';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { checkAgainstSchema } from '../source/schema-check.js';
import { loadYamlFile, pointerAt, type YamlSource } from '../source/yaml-source.js';

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

/** What a run of a pack's tests has so far: the pack's assessor and rule ids, results and problems. */
interface TestRun {
  pack: Pack;
  assessor: Assessor;
  ruleIds: Set<string>;
  results: RuleTestResult[];
  problems: Problem[];
}

/**
 * Runs every case in <pack>/tests/*.yaml: given a report, the pack must give the expected
 * statuses, points and grade.
 */
export async function runRuleTests(pack: Pack, testsDir = join(pack.dir, 'tests')): Promise<RuleTestResult[]> {
  const files = readdirSync(testsDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const run: TestRun = {
    pack,
    assessor: createAssessor(pack, { asOf: TEST_DAY }),
    ruleIds: new Set(pack.rules.map((r) => r.rule.id)),
    results: [],
    problems: [],
  };
  for (const name of files) {
    const source = loadYamlFile(displayPath(join(testsDir, name)));
    const schemaProblems = checkAgainstSchema(source, 'rule-test.schema.json');
    if (schemaProblems.length > 0) {
      run.problems.push(...schemaProblems);
      continue;
    }
    const { cases } = RuleTestFile.parse(source.data);
    for (const [i, testCase] of cases.entries()) await runCase(run, source, testCase, `/cases/${i}`);
  }
  if (run.problems.length > 0) throw new ProblemError(run.problems);
  return run.results;
}

/** One case (at JSON pointer `at` of its file): its rule ids checked, its report assessed and compared. */
async function runCase(run: TestRun, source: YamlSource, testCase: RuleTestCase, at: string): Promise<void> {
  for (const id of Object.keys(testCase.expect.rules ?? {})) {
    if (run.ruleIds.has(id)) continue;
    const pointer = `${at}/expect/rules/${id}`;
    run.problems.push(problem('test.unknown-rule', source.file, { rule: id }, pointerAt(source, pointer, 'key')));
  }
  try {
    const file = `${source.file}#${testCase.name}`;
    const assessor = testCase.events ? caseAssessor(run.pack, source.file, testCase, file) : run.assessor;
    const assessment = testCase.document
      ? await assessor.assessFile(join(dirname(source.file), testCase.document))
      : await assessor.assessReport(checkReportSource(caseSource(source, testCase, at), run.pack), file);
    run.results.push({
      file: source.file,
      line: source.locate(at)?.line ?? 0,
      name: testCase.name,
      mismatches: compare(testCase, assessment),
      assessment,
    });
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    run.problems.push(...e.problems);
  }
}

/** A case with events gets an assessor of its own: events belong to the case, not the pack. */
function caseAssessor(pack: Pack, testFile: string, testCase: RuleTestCase, file: string): Assessor {
  return createAssessor(pack, {
    asOf: TEST_DAY,
    events: (testCase.events ?? []).map((e, k) => ({
      ...e,
      id: e.id ?? `${testCase.name}#${k + 1}`,
      unit: e.unit ?? (testCase.document ? join(dirname(testFile), testCase.document) : file),
    })),
  });
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
