import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUserBytes } from '../../src/source/read-file.js';

describe('readUserBytes reads a file whole, whatever fstat said of its size', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-read-'));

  it('a file of known size: every byte, and nothing after', () => {
    const bytes = Buffer.from('某县司法局2024年法治政府建设年度报告\n'.repeat(300), 'utf8');
    const file = join(dir, 'report.txt');
    writeFileSync(file, bytes);
    expect(readUserBytes(file, 1 << 20).equals(bytes)).toBe(true);
  });

  it('an empty file: no bytes', () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    expect(readUserBytes(file, 1 << 20).length).toBe(0);
  });

  it('a file fstat calls empty that is not (procfs): read on to its end', () => {
    // /proc/self/status has size 0 in fstat and ~1 KB of lines, its last one about the process's voluntary switches
    const text = readUserBytes('/proc/self/status', 1 << 20).toString('utf8');
    expect(text.startsWith('Name:')).toBe(true);
    expect(text).toMatch(/\nnonvoluntary_ctxt_switches:\s+\d+\n$/);
  });

  it('a file of exactly the limit is read; one byte more is refused', () => {
    const file = join(dir, 'limit.txt');
    writeFileSync(file, 'x'.repeat(1000));
    expect(readUserBytes(file, 1000).length).toBe(1000);
    expect(() => readUserBytes(file, 999)).toThrow();
  });
});
