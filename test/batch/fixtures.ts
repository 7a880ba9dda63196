import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rankedSamples } from '../samples/expected-scores.js';

/**
 * The real and synthetic structured samples, their expected ranking: [authority, percent] as the
 * table of expected scores (test/samples/expected-scores.ts) gives them, by percent, except that the
 * two reports returned for resubmission (退回重报: 崇川's covers only January–September, 硚口's is a
 * 工作总结) come after all the others. No sample is vetoed: without an assessor's event nothing is.
 */
export const EXPECTED_RANKING: ReadonlyArray<readonly [string, number]> = rankedSamples().map(
  (s) => [s.authority, s.percent] as const,
);

/**
 * A folder of reports like an office would have: the eight sample YAMLs in two sub-folders,
 * a broken YAML, a broken .pdf (no %PDF- header), a corrupt .docx, a README that is not a report, and a hidden file.
 */
export function reportsDir(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fazhi-batch-')), 'reports');
  mkdirSync(join(dir, 'real'), { recursive: true });
  mkdirSync(join(dir, 'synthetic'), { recursive: true });
  cpSync('samples/real', join(dir, 'real'), { recursive: true });
  for (const f of ['excellent', 'inconsistent', 'veto'])
    cpSync(`samples/synthetic/${f}.yaml`, join(dir, 'synthetic', `${f}.yaml`));
  writeFileSync(join(dir, 'broken.yaml'), 'report: {authority: [unclosed\n');
  writeFileSync(join(dir, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x01]));
  writeFileSync(join(dir, 'corrupt.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xde, 0xad, 0xbe, 0xef]));
  writeFileSync(join(dir, 'notes.xyz'), 'not a report');
  writeFileSync(join(dir, '.hidden.yaml'), 'ignored: true');
  return dir;
}

/** A copy of a sample YAML with its authority replaced (for escaping tests). */
export function withAuthority(dir: string, name: string, authority: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `report:\n  authority: ${JSON.stringify(authority)}\n  region: 测试区\n  level: county\n  year: 2024\nsections: [measures_and_results]\nfacts:\n  headAppearanceRate: 50\nevidence:\n  headAppearanceRate: { quote: ${JSON.stringify(`出庭率为50% <img src=x onerror="window.__pwned=2">`)}, line: 7 }\n`,
  );
  return file;
}
