// (h) of `npm run bench`: `fazhi check` of the same synthetic report as .txt, .pdf (Chromium's, 3
// pages) and .doc (LibreOffice's), each in its own process, run in rounds back to back so the three
// see the same machine; the ratios of the medians are what reading a PDF or a .doc adds (loading
// pdf.js or word-extractor, parsing) to checking the text.
import { spawnSync } from 'node:child_process';

const DIR = 'test/fixtures/formats';

export function formatsBench(rounds: number) {
  const files = ['report.txt', 'report.pdf', 'report.doc'].map((f) => `${DIR}/${f}`);
  const times: number[][] = files.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < files.length; k++) {
      const i = (r + k) % files.length;
      const start = performance.now();
      const run = spawnSync(process.execPath, ['bin/fazhi.js', 'check', files[i]!], { encoding: 'utf8' });
      times[i]!.push(performance.now() - start);
      if (run.status !== 0 && run.status !== 1)
        throw new Error(`check ${files[i]} exited ${run.status}: ${run.stderr}`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [txtMs, pdfMs, docMs] = times.map((t) => Math.round(median(t))) as [number, number, number];
  const ratio = (ms: number) => Math.round((ms / txtMs) * 100) / 100;
  return { rounds, txtMs, pdfMs, docMs, pdf: ratio(pdfMs), doc: ratio(docMs) };
}

/** The table row of (i). */
export function formatsTableRow(f: ReturnType<typeof formatsBench>): string {
  return (
    `| check of one report as .txt / .pdf (3 pages) / .doc, median of ${f.rounds} rounds ` +
    `| ${f.txtMs} / ${f.pdfMs} / ${f.docMs} ms: ` +
    `.pdf ${f.pdf}×, .doc ${f.doc}× |`
  );
}
