import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { loadReport } from '../../src/pipeline/load-report.js';
import { formatProblem } from '../../src/problems/format.js';
import type { ProblemError } from '../../src/problems/problem.js';
import { runCli } from '../helpers/cli.js';
import { deflatedContentPdf, songLightPdf } from '../helpers/pdf.js';
import { itNeeding, requirement } from '../helpers/requirements.js';
import { CHROMIUM, FLAGS, cliScore, drop, dropBytes, openSite, shownScore } from './web-page-helpers.js';
import { readFileSync } from 'node:fs';

// Under CI the browser must be there (.ci/run installs it): without it the test fails saying so; on a developer machine it is skipped with that line.
const chromiumThere = requirement(
  'Chromium',
  existsSync(CHROMIUM),
  `${CHROMIUM} not found (apt-get install chromium fonts-noto-cjk)`,
);

/** The synthetic report printed by Chromium, saved by LibreOffice as Word 97–2003, and the refusals (scripts/make-format-fixtures.mjs). */
const FORMATS = 'test/fixtures/formats';

interface Setup {
  site: string;
  dir: string;
  browser: Browser;
}

let ready: Promise<Setup> | undefined;
function setup(): Promise<Setup> {
  ready ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-web-formats-'));
    const site = join(dir, 'site');
    const run = await runCli(['web', '--out', site]);
    expect(run.stderr).toBe('');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    return { site, dir, browser };
  })();
  return ready;
}
afterAll(async () => {
  if (ready) await (await ready).browser.close();
});

/** What `fazhi check` says when it refuses the file, naming it as the page does (by its name, not its path). */
async function cliRefusal(file: string): Promise<string> {
  const said = await loadReport(file, loadPack('national')).then(
    () => 'read',
    (e: ProblemError) => e.problems.map((p) => formatProblem(p, 'zh')).join('\n'),
  );
  return said.replaceAll(file, basename(file));
}

/** Records what the page's policy blocks (an eval, an inline script, a request), for the test to read. */
const watchPolicy = (tab: Page) =>
  tab.evaluate(() => {
    const seen: string[] = [];
    (window as { violations?: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
const violations = (tab: Page) => tab.evaluate(() => (window as { violations?: string[] }).violations);

const scriptsLoaded = (requests: string[]) =>
  ['pdf.js', 'pdf-cmaps.js', 'doc.js'].filter((s) => requests.some((u) => u.endsWith(`/${s}`)));

describe('the self-check page reads .pdf and .doc in the browser, from file://', () => {
  itNeeding(chromiumThere)(
    'scores the Chromium-printed PDF and the Word 97–2003 .doc as fazhi check does, loading each reader only when needed',
    async () => {
      const s = await setup();
      const { tab, requests } = await openSite(s.browser, s.site);
      expect(scriptsLoaded(requests)).toEqual([]);
      await watchPolicy(tab);
      const doc = join(FORMATS, 'report.doc');
      await drop(tab, doc);
      const docScore = await cliScore(doc);
      expect(await shownScore(tab)).toBe(docScore);
      expect(scriptsLoaded(requests)).toEqual(['doc.js']);
      const pdf = join(FORMATS, 'report.pdf');
      await drop(tab, pdf);
      const pdfScore = await cliScore(pdf);
      expect(await shownScore(tab)).toBe(pdfScore);
      // the same synthetic report in both: the same facts, so the same score
      expect(pdfScore).toBe(docScore);
      expect(await tab.textContent('#doc-text')).toContain('面向网络经营者开发系列普法产品');
      // Chromium embeds its fonts: no CMap was needed
      expect(scriptsLoaded(requests)).toEqual(['pdf.js', 'doc.js']);
      const office = join(FORMATS, 'report-libreoffice.pdf');
      await drop(tab, office);
      expect(await shownScore(tab)).toBe(await cliScore(office));
      // pdf.js is told not to compile functions (isEvalSupported: false): no eval the policy had to refuse
      expect(await violations(tab)).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      await tab.close();
    },
  );

  itNeeding(chromiumThere)(
    'a PDF in a non-embedded Chinese font is read with the bundled CMaps, never fetched',
    async () => {
      const s = await setup();
      const { tab, requests } = await openSite(s.browser, s.site);
      await watchPolicy(tab);
      const pdf = join(s.dir, 'song.pdf');
      writeFileSync(
        pdf,
        songLightPdf(['柳河县司法局2024年度法治政府建设工作报告', '全年收到行政复议申请58件，审结52件。']),
      );
      await drop(tab, pdf);
      expect(await shownScore(tab)).toBe(await cliScore(pdf));
      expect(await tab.textContent('#doc-text')).toContain('行政复议申请58件');
      expect(scriptsLoaded(requests)).toEqual(['pdf.js', 'pdf-cmaps.js']);
      expect(await violations(tab)).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      await tab.close();
    },
  );

  itNeeding(chromiumThere)('reads a .doc or .wps for what its bytes are, as fazhi check does', async () => {
    const s = await setup();
    const { tab, requests } = await openSite(s.browser, s.site);
    // a .docx saved under a .doc name, a PDF under a .wps name: neither is Word 97–2003
    const renamed = [
      ['report.docx', 'renamed.doc'],
      ['report.pdf', 'renamed.wps'],
    ] as const;
    for (const [from, to] of renamed) {
      const file = join(s.dir, to);
      writeFileSync(file, readFileSync(join(FORMATS, from)));
      await drop(tab, file);
      expect(await shownScore(tab)).toBe(await cliScore(file));
      expect(await shownScore(tab)).toBe(await cliScore(join(FORMATS, from)));
    }
    // word-extractor was never needed
    expect(scriptsLoaded(requests)).toEqual(['pdf.js']);
    await tab.close();
  });

  itNeeding(chromiumThere)(
    'refuses a PDF compression bomb before pdf.js inflates it, in the words fazhi check uses',
    async () => {
      const s = await setup();
      const { tab } = await openSite(s.browser, s.site);
      // 8 MB of spaces in one content stream, deflated some thousand times: under the size cap, over the ratio
      const bomb = join(s.dir, 'bomb.pdf');
      writeFileSync(bomb, deflatedContentPdf(Buffer.alloc(8 * 1024 * 1024, 0x20)));
      const cli = await cliRefusal(bomb);
      expect(cli).toContain('压缩炸弹');
      await dropBytes(tab, 'bomb.pdf', readFileSync(bomb));
      await tab.waitForSelector('#status.error');
      expect(await tab.textContent('#status')).toBe(cli);
      await tab.close();
    },
  );

  itNeeding(chromiumThere).each([
    ['scanned.pdf', '该PDF为扫描件，没有可提取的文字'],
    ['locked.pdf', '设有打开密码'],
    ['report-rtf.doc', 'RTF'],
  ])('refuses %s in the words fazhi check uses', async (name, gist) => {
    const s = await setup();
    const { tab, requests } = await openSite(s.browser, s.site);
    const file = join(FORMATS, name);
    const cli = await cliRefusal(file);
    expect(cli).toContain(gist);
    await dropBytes(tab, name, readFileSync(file));
    await tab.waitForSelector('#status.error');
    expect(await tab.textContent('#status')).toBe(cli);
    expect(await tab.$('#score')).toBeNull();
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await tab.close();
  });
});
