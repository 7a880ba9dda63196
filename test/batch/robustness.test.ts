import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFiles } from '../../src/batch/pool.js';
import type { ScoreResult } from '../../src/batch/scorer.js';
import type { BatchResult } from '../../src/model/batch.js';
import { runCli } from '../helpers/cli.js';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `fazhi-${name}-`));
const GOOD = 'samples/synthetic/excellent.yaml';

describe('a worker that dies costs only the file it was on', () => {
  // The first worker is sent the first four files before this thread takes any (pool.ts PREFETCH),
  // so a file placed second is certainly scored by the worker.
  it.each([
    ['second', 1],
    ['first', 0],
  ])(
    'dying on its %s file: that file is an error row, the files queued behind it are scored by a fresh worker',
    async (_, culprit) => {
      const dir = fresh('dying');
      const files = Array.from({ length: 8 }, (_, i) => {
        const file = join(dir, i === culprit ? `r${i}-die-here.yaml` : `r${i}.yaml`);
        cpSync(GOOD, file);
        return file;
      });
      const results = new Map<string, ScoreResult>();
      await scoreFiles(files, {
        jobs: 2,
        minFilesPerWorker: 0,
        config: { packDir: 'rules/national', asOf: '2025-06-01', lang: 'zh' },
        workerModule: new URL('./dying-worker.ts', import.meta.url),
        onResult: (_i, file, result) => {
          expect(results.has(file)).toBe(false); // one result per file, never two
          results.set(file, result);
        },
      });
      expect(results.size).toBe(8);
      for (const [file, result] of results) {
        if (file === files[culprit]) {
          expect(result.ok).toBe(false);
          if (!result.ok) {
            // the row keeps the problem as data: its code and the parameter its message is made from
            expect(result.error.problems[0]).toMatchObject({
              code: 'batch.worker-died',
              severity: 'error',
              params: { reason: 'worker exited with code 7' },
            });
            expect(result.error.message).toBe(
              `${file}: 评查此文件时工作线程意外终止（worker exited with code 7）；文件可能过大或结构异常，请检查后单独用 fazhi check 重试。其余文件照常评查`,
            );
          }
        } else expect(result.ok, file).toBe(true);
      }
    },
  );
});

describe('every entry under a folder is scored, an error row, or skipped with its reason', () => {
  it('follows links once, refuses special files as rows, and lists what it skips', async () => {
    const dir = fresh('entries');
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    cpSync(GOOD, join(input, 'a.yaml'));
    cpSync(GOOD, join(input, 'sub', 'b.yaml'));
    cpSync(GOOD, join(input, '.draft.yaml'));
    writeFileSync(join(input, 'notes.xyz'), 'x');
    symlinkSync('..', join(input, 'sub', 'up')); // a folder link back up: a loop
    symlinkSync('../a.yaml', join(input, 'sub', 'a-again.yaml')); // a second path to a.yaml
    symlinkSync('missing.yaml', join(input, 'dangling.yaml'));
    execFileSync('mkfifo', [join(input, 'pipe.txt')]);
    const out = join(dir, 'out');
    const run = await runCli(['batch', input, '--out', out, '--format', 'json', '-q']);
    expect(run.code).toBe(2);
    const batch = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as BatchResult;
    const rel = (p: string) => p.slice(input.length + 1);
    expect(batch.assessments.map((a) => rel(a.report.file)).sort()).toEqual(['a.yaml', 'sub/b.yaml']);
    expect(batch.errors.map((e) => [rel(e.file), e.problems[0]!.code])).toEqual([
      ['dangling.yaml', 'file.not-found'],
      ['pipe.txt', 'file.not-regular'],
    ]);
    expect(batch.skipped!.map((s) => [rel(s.path), s.reason])).toEqual([
      ['.draft.yaml', 'hidden'],
      ['notes.xyz', 'other-type'],
      ['sub/a-again.yaml', 'duplicate'],
      ['sub/up', 'link-loop'],
    ]);
    // 8 entries besides the folder sub (which is walked): 2 scored + 2 error rows + 4 skipped
    expect(batch.total).toBe(4);
    expect(batch.assessments.length + batch.errors.length + batch.skipped!.length).toBe(8);
  });
  it('a folder reached a second time through a link gives duplicates, whatever the file is called', async () => {
    const dir = fresh('aliased');
    const input = join(dir, 'in');
    mkdirSync(join(input, 'reports'), { recursive: true });
    cpSync(GOOD, join(input, 'reports', 'a.yaml'));
    symlinkSync('reports', join(input, 'same')); // the same folder under a second name
    const out = join(dir, 'out');
    const run = await runCli(['batch', input, '--out', out, '--format', 'json', '-q']);
    expect(run.code).toBe(0);
    const batch = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as BatchResult;
    const rel = (p: string) => p.slice(input.length + 1);
    expect(batch.assessments.map((a) => rel(a.report.file))).toEqual(['reports/a.yaml']);
    expect(batch.skipped!.map((s) => [rel(s.path), s.reason])).toEqual([['same/a.yaml', 'duplicate']]);
  });
});

describe('batch --out is claimed before scoring', () => {
  const one = join('samples', 'synthetic', 'excellent.yaml');
  it('an existing file is not a folder', async () => {
    const run = await runCli(['batch', one, '--out', GOOD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${GOOD}: --out 应为文件夹，但这是一个已存在的文件；请换一个文件夹路径\n`);
  });
  it('a folder that cannot be created (under /proc) is one line, at once', async () => {
    const run = await runCli(['batch', one, '--out', '/proc/fazhi-out/x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('/proc/fazhi-out: 无法写入输出位置（所在文件夹不存在）；请检查路径与权限，或换一个位置\n');
  });
  it('a folder another running batch holds is refused; a lock left by a finished process is taken over', async () => {
    const out = fresh('locked');
    writeFileSync(join(out, '.fazhi-batch.lock'), `${process.pid}\n`); // this process runs, so the lock is live
    const run = await runCli(['batch', one, '--out', out, '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${out}: 另一个 fazhi 批量任务（进程 ${process.pid}）正在写入此文件夹；请等它结束，或换一个 --out\n`,
    );
    expect(existsSync(join(out, 'batch.json'))).toBe(false);

    writeFileSync(join(out, '.fazhi-batch.lock'), '2147483646\n'); // no such process
    const taken = await runCli(['batch', one, '--out', out, '-q', '--format', 'json']);
    expect(taken.code).toBe(0);
    // the outputs are in place; neither the lock nor the staging folder is left behind
    expect(readdirSync(out).sort()).toEqual(['batch.json']);
  });
});
