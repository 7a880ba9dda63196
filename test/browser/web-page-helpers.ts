import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Browser, Page } from 'playwright-core';
import type { ReportMeta } from '../../src/model/report.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { createAssessor } from '../../src/pipeline/assess-file.js';
import { loadReport } from '../../src/pipeline/load-report.js';

/** The self-check page's browser tests (web-page.test.ts): the CLI's side of each comparison, and a user's hands. */
export { CHROMIUM, FLAGS } from '../helpers/chromium.js';
export const AS_OF = '2025-06-01';

/** A synthetic report as Word would save it: made with the docx package from paragraphs of text. */
export async function docxOf(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
  });
  return Packer.toBuffer(doc);
}

/** What `fazhi check` gives for the file, with the corrections applied to its extracted facts (none: the file as it is). */
export async function cliScore(
  file: string,
  corrections: Record<string, number> = {},
  packName = 'national',
  meta: Partial<ReportMeta> = {},
): Promise<number> {
  const pack = loadPack(packName);
  const report = await loadReport(file, pack);
  Object.assign(report.facts, corrections);
  Object.assign(report.report, meta);
  return (await createAssessor(pack, { asOf: AS_OF, lang: 'zh' }).assessReport(report, file)).score;
}

/** A page on the site from file://, recording every request it makes. */
export async function openSite(
  browser: Browser,
  site: string,
  viewport = { width: 1366, height: 768 },
): Promise<{ tab: Page; requests: string[] }> {
  const tab = await browser.newPage({ viewport, acceptDownloads: true });
  const requests: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  await tab.goto(pathToFileURL(join(site, 'index.html')).href);
  await tab.waitForSelector('body[data-ready]');
  return { tab, requests };
}

/** Drops bytes on the page as a user drags a file from the desktop (a DataTransfer in a drop event). */
export async function dropBytes(tab: Page, name: string, bytes: Buffer): Promise<void> {
  await tab.evaluate(
    ({ name, b64 }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
      const zone = document.getElementById('intake')!;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, b64: bytes.toString('base64') },
  );
}

/** Drops a file and waits until the page has scored it. */
export async function drop(tab: Page, file: string): Promise<void> {
  const scored = Number((await tab.getAttribute('body', 'data-scored')) ?? 0);
  await dropBytes(tab, file.split('/').pop()!, readFileSync(file));
  await tab.waitForFunction((n) => Number(document.body.dataset.scored ?? 0) > n, scored);
}

export const shownScore = async (tab: Page) => Number(await tab.textContent('#score'));
