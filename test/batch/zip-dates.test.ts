import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/model/assessment.js';
import { writeBatchOutputs } from '../../src/batch/write-outputs.js';
import { fixZipDates } from '../../src/batch/zip-dates.js';
import { batchFromAssessments } from '../../src/render/batch-view.js';
import { runCli } from '../helpers/cli.js';

/** Every entry's DOS time and date, from the central directory and from its local header. */
function entryStamps(zip: Buffer): { central: string[]; local: string[] } {
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const central: string[] = [];
  const local: string[] = [];
  for (let i = 0; i < count; i++) {
    central.push(zip.subarray(at + 12, at + 16).toString('hex'));
    const header = zip.readUInt32LE(at + 42);
    local.push(zip.subarray(header + 10, header + 14).toString('hex'));
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return { central, local };
}

// 1980-01-01 00:00 in DOS form: time 0x0000, date (0 << 9) | (1 << 5) | 1 = 0x0021, little-endian
const EPOCH = '00002100';

describe('zip outputs carry no time of writing', () => {
  it('summary.xlsx: every entry is dated 1980-01-01 00:00, in the directory and in its header', async () => {
    const assessment = JSON.parse(
      (await runCli(['check', 'samples/real/003-xiaxian.yaml', '--format', 'json'])).stdout,
    ) as Assessment;
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-zipdates-'));
    await writeBatchOutputs(batchFromAssessments([assessment]), ['xlsx'], dir, 'zh');
    const { central, local } = entryStamps(readFileSync(join(dir, 'summary.xlsx')));
    expect(central.length).toBeGreaterThan(5);
    expect(new Set(central)).toEqual(new Set([EPOCH]));
    expect(new Set(local)).toEqual(new Set([EPOCH]));
  });

  it('leaves a file that is not a zip as it was', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fazhi-zipdates-')), 'not.xlsx');
    const bytes = Buffer.from('PK\u0003\u0004 but nothing after it');
    writeFileSync(file, bytes);
    fixZipDates(file);
    expect(readFileSync(file)).toEqual(bytes);
  });
});
