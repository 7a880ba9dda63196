import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { loadReport } from '../../src/pipeline/load-report.js';
import { formatProblem } from '../../src/problems/format.js';
import type { ProblemError } from '../../src/problems/problem.js';
import { runCli } from '../helpers/cli.js';
import { bodyXml, makeDocx, understate } from '../helpers/docx.js';
import { itNeeding, requirement } from '../helpers/requirements.js';
import { AS_OF, CHROMIUM, FLAGS, cliScore, docxOf, drop, dropBytes, openSite, shownScore } from './web-page-helpers.js';

// Under CI the browser must be there (.ci/run installs it): without it the test fails saying so; on a developer machine it is skipped with that line.
const chromiumThere = requirement(
  'Chromium',
  existsSync(CHROMIUM),
  `${CHROMIUM} not found (apt-get install chromium fonts-noto-cjk)`,
);
/** Screenshots are kept here for a person to look at (gitignored). */
const ARTIFACTS = 'test-artifacts/web';

/** The synthetic report of samples/synthetic/parts.txt, one paragraph per line. */
const PARTS = readFileSync('samples/synthetic/parts.txt', 'utf8').trim().split('\n');

const HOSTILE = [
  '<script>window.__pwned = 1</script>柳河县司法局2024年度法治政府建设工作报告',
  '2024年，柳河县司法局统筹推进依法行政各项工作<img src=x onerror="window.__pwned = 2">。',
  '全年收到行政复议申请58件<a href="javascript:window.__pwned=3">javascript:window.__pwned=3</a>，审结52件。',
  '柳河县司法局',
];

interface Setup {
  site: string;
  dir: string;
  browser: Browser;
  docx: string;
  hostile: string;
}

let ready: Promise<Setup> | undefined;
/** The site written by `fazhi web`, the documents, and the browser: made once, by the first test that runs. */
function setup(): Promise<Setup> {
  ready ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-web-'));
    const site = join(dir, 'site');
    const run = await runCli(['web', '--out', site]);
    expect(run.stderr).toBe('');
    const docx = join(dir, 'parts.docx');
    writeFileSync(docx, await docxOf(PARTS));
    const hostile = join(dir, 'hostile.docx');
    writeFileSync(hostile, await docxOf(HOSTILE));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    return { site, dir, browser, docx, hostile };
  })();
  return ready;
}
afterAll(async () => {
  if (ready) await (await ready).browser.close();
});

describe('the self-check page (fazhi web) in headless Chromium, from file://', () => {
  itNeeding(chromiumThere)('scores a dropped .docx as fazhi check does, with no request beyond file://', async () => {
    const s = await setup();
    const { tab, requests } = await openSite(s.browser, s.site);
    await drop(tab, s.docx);
    const expected = await cliScore(s.docx);
    expect(await shownScore(tab)).toBe(expected);
    // the .docx holds the text of the parts sample, whose hand-made structured form (parts.yaml) scores the same
    expect(expected).toBe(await cliScore('samples/synthetic/parts.yaml'));
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    // neither bundled pack has an auditor's pattern: RE2 (patterns.js) is not loaded
    expect(requests.some((u) => u.endsWith('/patterns.js'))).toBe(false);
    mkdirSync(ARTIFACTS, { recursive: true });
    await tab.screenshot({ path: join(ARTIFACTS, 'page-1366x768.png') });
    expect(statSync(join(ARTIFACTS, 'page-1366x768.png')).size).toBeGreaterThan(10_000);
    // in English the card's words change and the score does not
    await tab.click('#lang');
    await tab.waitForFunction(() => document.getElementById('card-heading')?.textContent === 'Assessment');
    expect(await shownScore(tab)).toBe(expected);
    await tab.close();
  });

  itNeeding(chromiumThere)(
    'another pack chosen re-reads the file with it; the page works from the keyboard',
    async () => {
      const s = await setup();
      const { tab } = await openSite(s.browser, s.site);
      await drop(tab, s.docx);
      const national = await shownScore(tab);
      const scored = Number(await tab.getAttribute('body', 'data-scored'));
      await tab.selectOption('#pack', { label: '某省法治政府建设年度报告评查细则（示例）' });
      await tab.waitForFunction((n) => Number(document.body.dataset.scored) > n, scored);
      const expected = await cliScore(s.docx, {}, 'example-province');
      expect(expected).not.toBe(national);
      expect(await shownScore(tab)).toBe(expected);
      // Tab reaches a finding; Enter on it marks its sentence
      await tab.focus('#lang');
      let reached = false;
      for (let i = 0; i < 12 && !reached; i++) {
        await tab.keyboard.press('Tab');
        reached = await tab.evaluate(() => document.activeElement?.classList.contains('finding-head') ?? false);
      }
      expect(reached).toBe(true);
      await tab.focus('[data-rule="consistency.litigation-loss-rate"] .finding-head');
      await tab.keyboard.press('Enter');
      expect(await tab.$$eval('mark.current', (ms) => ms.length)).toBeGreaterThan(0);
      await tab.close();
    },
  );

  itNeeding(chromiumThere)('scores a dropped structured report (.yaml) as fazhi check does', async () => {
    const s = await setup();
    const { tab, requests } = await openSite(s.browser, s.site);
    const yaml = 'samples/synthetic/excellent.yaml';
    await drop(tab, yaml);
    const expected = await cliScore(yaml);
    expect(await shownScore(tab)).toBe(expected);
    expect(await tab.textContent('#document')).toContain('没有原文');
    // the reader of structured reports (structured.js) is loaded from the site's folder, when first needed
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(requests.some((u) => u.endsWith('/structured.js'))).toBe(true);
    await tab.close();
  });

  itNeeding(chromiumThere)(
    'a clicked finding shows its sentence marked and in view; a highlight leads back to its findings',
    async () => {
      const s = await setup();
      const { tab } = await openSite(s.browser, s.site);
      await drop(tab, s.docx);
      // 败诉率 is checked against its counts: the finding quotes 败诉3件 and 一审行政诉讼案件40件
      await tab.click('[data-rule="consistency.litigation-loss-rate"] .finding-head');
      const marked = await tab.$$eval('mark.current', (ms) =>
        ms.map((m) => {
          const box = m.getBoundingClientRect();
          const view = document.getElementById('doc-text')!.getBoundingClientRect();
          return { text: m.textContent, inView: box.top >= view.top && box.bottom <= view.bottom };
        }),
      );
      expect(marked.length).toBeGreaterThan(0);
      const markedText = marked.map((m) => m.text).join('');
      expect(markedText).toContain('败诉3件');
      expect(markedText).toContain('行政诉讼案件40件');
      expect(marked.every((m) => m.inView)).toBe(true);
      // 出庭应诉率100% is read for the head-appearance rules: its highlight marks them in the card
      await tab.locator('mark.linked-mark', { hasText: '出庭应诉率100%' }).first().click();
      const linked = await tab.$$eval('.finding.linked', (els) => els.map((e) => e.getAttribute('data-rule')));
      expect(linked).toContain('consistency.head-appearance-rate');
      await tab.close();
    },
  );

  itNeeding(chromiumThere)(
    'a corrected fact re-scores at once, and the YAML it offers checks to the same score',
    async () => {
      const s = await setup();
      const { tab, requests } = await openSite(s.browser, s.site);
      await drop(tab, s.docx);
      const before = await shownScore(tab);
      const scored = Number(await tab.getAttribute('body', 'data-scored'));
      // the report does not state its 规范性文件备案率 (decisions.normative-document-filing is missing): fill it in
      await tab.fill('#fact-normativeDocumentFilingRate', '100');
      await tab.press('#fact-normativeDocumentFilingRate', 'Enter');
      await tab.locator('#fact-normativeDocumentFilingRate').blur();
      await tab.waitForFunction((n) => Number(document.body.dataset.scored) > n, scored);
      const expected = await cliScore(s.docx, { normativeDocumentFilingRate: 100 });
      expect(expected).not.toBe(before);
      expect(await shownScore(tab)).toBe(expected);
      expect(await tab.textContent('li.fact.corrected')).toContain('手工更正');

      const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#download-yaml')]);
      const yaml = join(s.dir, 'corrected.yaml');
      await download.saveAs(yaml);
      const checked = await runCli(['check', yaml, '--format', 'json', '--as-of', AS_OF]);
      expect(checked.stderr).toBe('');
      expect(JSON.parse(checked.stdout).score).toBe(expected);
      // the download is a blob: URL made in the page, not a request to anywhere
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:'))).toEqual([]);
      await tab.close();
    },
  );

  itNeeding(chromiumThere)(
    'a date the report does not state, filled in by hand, scores as the CLI scores it',
    async () => {
      const s = await setup();
      const { tab } = await openSite(s.browser, s.site);
      await drop(tab, s.docx);
      const before = await shownScore(tab);
      const scored = Number(await tab.getAttribute('body', 'data-scored'));
      // publication.deadline (公开时限) is missing: the text gives no publication date
      const field = tab.locator('[id="fact-report.publishedOn"]');
      await field.fill('2025-02-20');
      await field.blur();
      await tab.waitForFunction((n) => Number(document.body.dataset.scored) > n, scored);
      const expected = await cliScore(s.docx, {}, 'national', { publishedOn: '2025-02-20' });
      expect(expected).not.toBe(before);
      expect(await shownScore(tab)).toBe(expected);
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#download-yaml')]);
      const yaml = join(s.dir, 'published.yaml');
      await download.saveAs(yaml);
      const checked = await runCli(['check', yaml, '--format', 'json', '--as-of', AS_OF]);
      expect(JSON.parse(checked.stdout).score).toBe(expected);
      await tab.close();
    },
  );

  itNeeding(chromiumThere)('hostile text in a document executes nothing and shows as text', async () => {
    const s = await setup();
    const { tab, requests } = await openSite(s.browser, s.site);
    await drop(tab, s.hostile);
    expect(await tab.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    const text = (await tab.textContent('#doc-text')) ?? '';
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('onerror="window.__pwned = 2"');
    expect(await tab.$$eval('#results script, #results img, #results a[href]', (els) => els.length)).toBe(0);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await tab.close();
  });

  itNeeding(chromiumThere)('refuses a zip bomb before mammoth inflates it, in the words fazhi check uses', async () => {
    const s = await setup();
    const { tab } = await openSite(s.browser, s.site);
    // 40 MB of zeros in a part that declares 1,000 bytes: only inflating it (with a cap) finds the lie
    const zip = await makeDocx(bodyXml(['柳河县司法局2024年度法治政府建设工作报告']), {
      'word/media/pad.bin': new Uint8Array(40 * 1024 * 1024),
    });
    const bomb = join(s.dir, 'bomb.docx');
    writeFileSync(bomb, understate(zip, 'word/media/pad.bin', 1000));
    const cli = await loadReport(bomb, loadPack('national')).then(
      () => 'read',
      (e: ProblemError) => e.problems.map((p) => formatProblem(p, 'zh')).join('\n'),
    );
    expect(cli).toContain('word/media/pad.bin');
    await dropBytes(tab, 'bomb.docx', readFileSync(bomb));
    await tab.waitForSelector('#status.error');
    expect(await tab.textContent('#status')).toBe(cli.replace(bomb, 'bomb.docx'));
    await tab.close();
  });

  itNeeding(chromiumThere)('refuses a file over 50 MB before reading it', async () => {
    const s = await setup();
    const { tab } = await openSite(s.browser, s.site);
    await tab.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'big.docx'));
      document.getElementById('intake')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
    });
    await tab.waitForSelector('#status.error');
    expect(await tab.textContent('#status')).toContain('超过 50 MB');
    await tab.close();
  });

  itNeeding(chromiumThere)(
    'has no serious or critical accessibility violations (axe-core), and fits a phone',
    async () => {
      const s = await setup();
      // axe is injected as a script, which the page's own policy forbids: this context alone bypasses it
      const context = await s.browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(join(s.site, 'index.html')).href);
      await tab.waitForSelector('body[data-ready]');
      await drop(tab, s.docx);
      await tab.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await tab.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
          }
        ).axe;
        return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      // nothing wider than the phone's screen
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      mkdirSync(ARTIFACTS, { recursive: true });
      await tab.screenshot({ path: join(ARTIFACTS, 'page-390x844.png') });
      await context.close();
    },
  );
});
