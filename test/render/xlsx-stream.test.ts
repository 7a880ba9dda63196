import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/render/xlsx.js';
import type { Cell, Sheet } from '../../src/render/xlsx-sheets.js';

// A batch's findings sheet may hold a hundred thousand rows: the workbook must reach its file while the rows are still
// being written, not sit whole in memory until the last one is added.
describe('summary.xlsx is written as its rows are made', () => {
  const ROWS = 5000;

  it('bytes reach the file before the last row of a long sheet is made, and every row is in the workbook', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    let bytesBeforeLastRow = -1;
    let pass = 0;
    const sheet: Sheet = {
      name: '问题清单',
      columns: [{ header: '序号' }, { header: '说明' }],
      *rows(): Iterable<Cell[]> {
        pass++; // the rows are made twice: once to size the columns, once to write
        for (let i = 1; i <= ROWS; i++) {
          if (pass === 2 && i === ROWS) bytesBeforeLastRow = chunks.reduce((n, c) => n + c.length, 0);
          yield [i, `第${i}行：行政执法案卷评查发现的问题`];
        }
      },
    };
    await writeWorkbook([sheet], 'zh', out);
    expect(bytesBeforeLastRow).toBeGreaterThan(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as never);
    const ws = wb.getWorksheet('问题清单')!;
    expect(ws.rowCount).toBe(ROWS + 1);
    expect(ws.getRow(ROWS + 1).getCell(2).value).toBe(`第${ROWS}行：行政执法案卷评查发现的问题`);
  });
});
