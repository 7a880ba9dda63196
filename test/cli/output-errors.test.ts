import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// The user's environment failing (a full disk, a closed pipe, a missing folder) is one line and exit 2, never a trace.
const SAMPLE = 'samples/synthetic/inconsistent.yaml';
/** The built CLI in a shell (npm test builds dist/ first): stdout redirected as a user would. */
const shell = (line: string) => spawnSync('bash', ['-c', line], { encoding: 'utf8', timeout: 60_000 });

describe('writing the output', () => {
  it('stdout on a full disk: one line naming standard output, exit 2', () => {
    const run = shell(`node bin/fazhi.js check ${SAMPLE} > /dev/full`);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('标准输出: 写入失败（磁盘已满）；输出不完整，请释放空间或换一个位置后重试\n');
  });
  it('stdout closed early by the reader (| head): ends quietly', () => {
    // ~550 KB of JSON, far more than a pipe holds, so writes are still pending when head exits (EPIPE)
    const reports = 'samples/real/*.yaml samples/synthetic/excellent.yaml samples/synthetic/veto.yaml';
    const run = shell(
      `node bin/fazhi.js check ${reports} --format json | head -c 1 > /dev/null; echo "\${PIPESTATUS[0]}"`,
    );
    expect(run.stdout.trim()).toBe('0'); // a Node trace would exit 1
    expect(run.stderr).toBe('');
  });
  it('--out in a folder that does not exist', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'fazhi-out-')), 'no-such-folder', 'card.txt');
    const run = await runCli(['check', SAMPLE, '--out', target]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${target}: 无法写入输出位置（所在文件夹不存在）；请检查路径与权限，或换一个位置\n`);
  });
  it('--out naming a folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fazhi-out-'));
    const run = await runCli(['check', SAMPLE, '--out', folder, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${folder}: cannot write to the output location (this is a folder: name a file); check the path and its permissions, or choose another\n`,
    );
  });
  it('--out on a full disk', async () => {
    const run = await runCli(['check', SAMPLE, '--out', '/dev/full']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('/dev/full: 写入失败（磁盘已满）；输出不完整，请释放空间或换一个位置后重试\n');
  });
});
