// (h) of npm run bench: the office's whole round (issue 11) over N units — a roster of the N units the
// reports sign plus 2% that sent nothing (未报送):
//   1. `fazhi batch --jobs 1 --roster` over N structured reports, json, xlsx and review: the machine run,
//      which matches every report to its unit and writes 复核表.xlsx;
//   2. every row of that sheet decided, as a round where the assessors review everything
//      (each tenth row 改判 to 0, each tenth from the fifth 不适用, the rest 维持), with exceljs;
//   3. the same batch with --review and --format json,xlsx,review,feedback: the sheet read and checked, every
//      decision applied, totals redone, and one 反馈意见 .docx per unit written.
// 1 + 3 is the round (issue 11: under a minute for 2,000 units); 3 / 1 is what review and feedback add.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** A roster (YAML) of the units the reports sign, and 2% more that sent nothing. */
function rosterOf(dir: string, work: string): { file: string; units: number } {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => /^\s*authority:\s*(.+)$/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1]?.trim())
    .filter((n): n is string => n !== undefined);
  const missing = Array.from({ length: Math.ceil(names.length / 50) }, (_, i) => `未报送测试${i}号单位`);
  const units = [...names, ...missing];
  const file = join(work, 'roster-bench.yaml');
  writeFileSync(file, `units:\n${units.map((n) => `  - name: ${JSON.stringify(n)}\n`).join('')}`);
  return { file, units: units.length };
}

function batch(dir: string, out: string, extra: string[]): { seconds: number; stderr: string; status: number | null } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['bin/fazhi.js', 'batch', dir, '--jobs', '1', '-q', '--out', out, ...extra], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { seconds: (performance.now() - start) / 1000, stderr: run.stderr, status: run.status };
}

/** Fills 复核结论, 复核得分, 复核理由, 复核人 on every row; returns the number of rows decided. */
async function decideAll(sheet: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sheet);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const at = (name: string) => header.indexOf(name);
  let rows = 0;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const decision = n % 10 === 0 ? '改判' : n % 10 === 5 ? '不适用' : '维持';
    row.getCell(at('复核结论')).value = decision;
    if (decision === '改判') row.getCell(at('复核得分')).value = 0;
    row.getCell(at('复核理由')).value = '基准测试';
    row.getCell(at('复核人')).value = '评查组';
    rows++;
  });
  await wb.xlsx.writeFile(sheet);
  return rows;
}

export async function reviewPass(dir: string, n: number, work: string) {
  const roster = rosterOf(dir, work);
  const first = join(work, 'review-machine');
  const machine = batch(dir, first, ['--roster', roster.file, '--format', 'json,xlsx,review']);
  if (machine.status !== 0 && machine.status !== 1) throw new Error(`review bench: batch exited ${machine.status}`);
  const sheet = join(work, '复核表-bench.xlsx');
  const decideStart = performance.now();
  spawnSync('cp', [join(first, '复核表.xlsx'), sheet]);
  const rows = await decideAll(sheet);
  const fillSeconds = (performance.now() - decideStart) / 1000;
  const second = join(work, 'review-applied');
  const reviewed = batch(dir, second, [
    '--roster',
    roster.file,
    '--review',
    sheet,
    '--format',
    'json,xlsx,review,feedback',
  ]);
  const feedback = readdirSync(join(second, '反馈意见')).length;
  const result = JSON.parse(readFileSync(join(second, 'batch.json'), 'utf8')) as {
    review?: { applied: number; stale: unknown[] };
  };
  rmSync(first, { recursive: true, force: true });
  rmSync(second, { recursive: true, force: true });
  return {
    reports: n,
    units: roster.units,
    feedback,
    rows,
    applied: result.review?.applied ?? 0,
    stale: result.review?.stale.length ?? 0,
    machineSeconds: round(machine.seconds),
    reviewSeconds: round(reviewed.seconds),
    fillSecondsExcelJs: round(fillSeconds),
    roundSeconds: round(machine.seconds + reviewed.seconds),
    ratio: round(reviewed.seconds / machine.seconds),
  };
}

/** The table row of (h). */
export function reviewTableRow(r: Awaited<ReturnType<typeof reviewPass>>): string {
  return (
    `| the round: ${r.reports} structured reports, roster of ${r.units} units, --jobs 1: ` +
    `machine run (json, xlsx, review) + review run (--review, json, xlsx, review, ${r.feedback} feedback .docx; ` +
    `${r.applied} of ${r.rows} rows applied, ${r.stale} stale) ` +
    `| ${r.machineSeconds} s + ${r.reviewSeconds} s = ${r.roundSeconds} s; ` +
    `review run ${r.ratio}× the machine run |`
  );
}
