import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src/model/batch.js';
import { buildHostileInputs, type HostileInput } from './generate.js';

/**
 * The hostile-input corpus (issue 13): each class of bad input, built at test time, run through
 * the built CLI (npm test builds dist/ first) in its own process under a timeout. For each input:
 * exit 0 with a result, or exit 2 with one clear line per problem — never 3, never a trace, never
 * a hang; and a batch over all of them loses none.
 */
const TIMEOUT_MS = 60_000;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function fazhi(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/fazhi.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, timedOut });
    });
  });
}

/** Two at a time: the machines that run this have two cores. */
async function runAll<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

const TRACE = /^\s+at .+:\d+:\d+\)?$|node:internal|Unhandled|FATAL ERROR|\bTypeError\b|\bRangeError\b/m;

let dir: string;
let inputs: HostileInput[];
let runs: Run[];

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'fazhi-hostile-')), 'inputs');
  inputs = await buildHostileInputs(dir);
  runs = await runAll(inputs, (input) =>
    fazhi(['check', input.file, '--format', 'json', ...(input.rules ? ['--rules', input.rules] : [])]),
  );
}, 10 * 60_000);

describe('fazhi check on each hostile input', () => {
  it('covers every class of the red-team report', () => {
    expect(new Set(inputs.map((i) => i.class))).toEqual(
      new Set(['bomb', 'deep-html', 'encoding', 'special-file', 'broken-pack', 'impossible-value', 'injection']),
    );
  });

  it('never hangs, never crashes, never exits 3, never prints a trace', () => {
    const bad = inputs
      .map((input, i) => ({ input: input.name, ...runs[i]! }))
      .filter((r) => r.timedOut || r.signal !== null || (r.status !== 0 && r.status !== 2) || TRACE.test(r.stderr));
    expect(
      bad.map(
        (r) =>
          `${r.input}: exit ${r.status} ${r.signal ?? ''} ${r.timedOut ? 'timed out' : ''} ${r.stderr.slice(0, 200)}`,
      ),
    ).toEqual([]);
  });

  it('a refusal is exit 2 with lines that each name the file (and line:column) and say what is wrong', () => {
    for (const [i, input] of inputs.entries()) {
      const run = runs[i]!;
      if (input.verdict === 'refused') expect(run.status, input.name).toBe(2);
      if (input.verdict === 'scored') expect(run.status, `${input.name}: ${run.stderr}`).toBe(0);
      if (run.status !== 2) continue;
      const lines = run.stderr.trimEnd().split('\n');
      const where = input.rules ?? input.file;
      for (const line of lines) expect(line.startsWith(where), `${input.name}: ${line}`).toBe(true);
      // one line per input file, unless it is a pack: there, one per problem found
      if (!input.rules) expect(lines, input.name).toHaveLength(1);
    }
  });

  it('what is scored is read correctly: the stated rate survives deep nesting, and escapes never reach the output', () => {
    const result = (name: string) => JSON.parse(runs[inputs.findIndex((i) => i.name === name)]!.stdout);
    const deep = result('deep.html');
    const finding = (deep.findings as { ruleId: string; facts?: Record<string, unknown> }[]).find(
      (f) => f.facts && 'headAppearanceRate' in f.facts,
    );
    expect(finding?.facts?.headAppearanceRate).toBe(100);
    for (const name of ['inject-ansi.yaml', 'inject-html.yaml'])
      expect(runs[inputs.findIndex((i) => i.name === name)]!.status).toBe(0);
  });
});

describe('fazhi batch over the hostile inputs and good reports together', () => {
  it(
    'scores every good file, lists every broken one, loses none, and exits 2',
    async () => {
      const out = join(dir, '..', 'out');
      const run = await fazhi(['batch', dir, '--out', out, '--format', 'json,csv,xlsx,md,junit,sarif,html', '-q']);
      expect(run.timedOut).toBe(false);
      expect(run.status).toBe(2);
      expect(run.stderr).not.toMatch(TRACE);
      const batch = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as BatchResult;
      const accounted = new Set([
        ...batch.assessments.map((a) => a.report.file),
        ...batch.errors.map((e) => e.file),
        ...(batch.skipped ?? []).map((s) => s.path),
      ]);
      // every entry of the folder is scored, an error row, or skipped with a reason (a folder is walked, not listed)
      const entries = readdirSync(dir, { withFileTypes: true })
        .filter((e) => !e.isDirectory())
        .map((e) => join(dir, e.name));
      expect(entries.filter((e) => !accounted.has(e))).toEqual([]);
      // every input the single-file run refused is an error row here too; good.txt is scored
      for (const [i, input] of inputs.entries()) {
        if (input.rules || input.name === 'special-folder.yaml') continue; // a folder named like a report is walked in a batch
        const inErrors = batch.errors.some((e) => e.file === input.file);
        if (runs[i]!.status === 2) expect(inErrors, input.name).toBe(true);
      }
      expect(batch.assessments.some((a) => a.report.file === join(dir, 'good.txt'))).toBe(true);
      expect(readdirSync(out).sort()).toEqual([
        'batch.json',
        'findings.csv',
        'junit.xml',
        'report.html',
        'reports.md',
        'results.sarif',
        'summary.csv',
        'summary.xlsx',
      ]);
    },
    10 * 60_000,
  );
});
