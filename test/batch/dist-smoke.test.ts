import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src/model/batch.js';
import { rankedSamples, SAMPLE_SCORES } from '../samples/expected-scores.js';

/**
 * The built CLI (`node bin/fazhi.js`, dist/ as `npm test` builds it first) over a folder with
 * `--jobs 2`: given explicitly, --jobs starts a worker whatever the count (batch/pool.ts), so the
 * compiled worker module and the precompiled validators in dist/ are exercised as a user runs them,
 * not only from source. The same folder with `--jobs 1` is the reference.
 */
const Ajv2020 = ajv2020.default as unknown as typeof ajv2020.Ajv2020;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const fazhi = (args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(process.execPath, ['bin/fazhi.js', ...args], { timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });

let input: string;
const runs: Record<'one' | 'two', Run & { batch: BatchResult; csv: string }> = {} as never;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'fazhi-dist-'));
  input = join(root, 'reports');
  mkdirSync(input);
  // the eight samples with hand-worked scores, a .docx read through the document path, and a broken YAML
  for (const s of SAMPLE_SCORES) cpSync(s.file, join(input, s.file.split('/').pop()!));
  cpSync('samples/synthetic/parts.docx', join(input, 'parts.docx'));
  writeFileSync(join(input, 'broken.yaml'), 'report: {authority: [unclosed\n');
  for (const [name, jobs] of [
    ['one', '1'],
    ['two', '2'],
  ] as const) {
    const out = join(root, `out-${name}`);
    const run = await fazhi(['batch', input, '--jobs', jobs, '--out', out, '--format', 'json,csv', '--lang', 'en']);
    runs[name] = {
      ...run,
      batch: JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')),
      csv: readFileSync(join(out, 'summary.csv'), 'utf8'),
    };
  }
}, 240_000);

describe('the built CLI: batch --jobs 2 starts a worker and gives what one thread gives', () => {
  it('says it runs 2 parallel jobs for the 10 files, and exits 2 for the one broken file', () => {
    expect(runs.two.stderr).toContain('10 files, 2 parallel jobs');
    expect(runs.one.stderr).toContain('10 files, 1 parallel jobs');
    expect([runs.one.code, runs.two.code]).toEqual([2, 2]);
    expect(runs.two.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$|internal error/m);
  });

  it('ranks the samples as their hand-worked scores do, the .docx scored among them', () => {
    const batch = runs.two.batch;
    const samples = new Set(SAMPLE_SCORES.map((s) => s.authority));
    expect(
      batch.assessments.filter((a) => samples.has(a.report.authority!)).map((a) => [a.report.authority, a.percent]),
    ).toEqual(rankedSamples().map((s) => [s.authority, s.percent]));
    expect(batch.assessments).toHaveLength(9);
    expect(
      batch.assessments.some(
        (a) => a.report.file === join(input, 'parts.docx') && a.report.authority === '柳河县司法局',
      ),
    ).toBe(true);
  });

  it('keeps the broken file as an error row with its code, as data', () => {
    expect(runs.two.batch.errors.map((e) => [e.file, e.problems[0]!.code])).toEqual([
      [join(input, 'broken.yaml'), 'yaml.syntax'],
    ]);
  });

  it('writes the same batch.json and summary.csv, byte for byte, as --jobs 1', () => {
    expect(JSON.stringify(runs.two.batch)).toBe(JSON.stringify(runs.one.batch));
    expect(runs.two.csv).toBe(runs.one.csv);
  });

  it('writes batch.json valid against schemas/batch.schema.json', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(JSON.parse(readFileSync('schemas/assessment.schema.json', 'utf8')));
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/batch.schema.json', 'utf8')));
    expect(validate(runs.two.batch), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
