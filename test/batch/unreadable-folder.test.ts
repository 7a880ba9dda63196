import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BatchResult } from '../../src/model/batch.js';
import { runCli } from '../helpers/cli.js';

// Tests run as root in CI, where chmod 000 does not stop reading: a folder named "locked" is made
// unreadable by failing its listing the way the system does (EACCES).
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: string, options?: unknown) => {
    if (String(path).endsWith(`${sep}locked`))
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    return (fs.readdirSync as (p: string, o?: unknown) => unknown)(path, options);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

describe('a folder that cannot be read', () => {
  it('is one error row; the rest of the batch is scored; exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-unreadable-'));
    mkdirSync(join(dir, 'in', 'locked'), { recursive: true });
    mkdirSync(join(dir, 'in', 'open'));
    cpSync('samples/synthetic/excellent.yaml', join(dir, 'in', 'open', 'a.yaml'));
    cpSync('samples/synthetic/excellent.yaml', join(dir, 'in', 'locked', 'b.yaml'));
    const out = join(dir, 'out');
    const run = await runCli(['batch', join(dir, 'in'), '--out', out, '--format', 'json', '-q']);
    expect(run.code).toBe(2);
    const locked = join(dir, 'in', 'locked');
    expect(run.stderr).toBe(`${locked}: 无法读取文件夹（EACCES），其中的文件未评查；请检查权限后重试\n`);
    const batch = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as BatchResult;
    expect(batch.assessments.map((a) => a.report.file)).toEqual([join(dir, 'in', 'open', 'a.yaml')]);
    expect(batch.errors.map((e) => [e.file, e.problems[0]!.code])).toEqual([[locked, 'folder.unreadable']]);
    expect(batch.total).toBe(2);
  });
});
