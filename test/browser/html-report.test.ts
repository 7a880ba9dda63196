import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { renderHtmlPage } from '../../src/render/html.js';
import { withAuthority } from '../batch/fixtures.js';
import { CHROMIUM, FLAGS } from '../helpers/chromium.js';
import { itNeeding, requirement } from '../helpers/requirements.js';
import { rankedSamples } from '../samples/expected-scores.js';

// Under CI the browser must be there (.ci/run installs it): without it the test fails saying so; on a developer machine it is skipped with that line.
const chromiumThere = requirement(
  'Chromium',
  existsSync(CHROMIUM),
  `${CHROMIUM} not found (apt-get install chromium fonts-noto-cjk)`,
);
const SAMPLES = [
  'samples/real/003-xiaxian.yaml',
  'samples/synthetic/veto.yaml',
  'samples/real/004-qiaokou.yaml',
  'samples/synthetic/excellent.yaml',
];

describe('batch HTML in headless Chromium', () => {
  itNeeding(chromiumThere)(
    'sorts the summary by a clicked header, does not run injected script, and screenshots',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fazhi-browser-'));
      const evil = withAuthority(dir, 'evil.yaml', '<script>window.__pwned=1</script>注入局');
      const batch = await runBatch([...SAMPLES, evil], {
        pack: loadPack('national'),
        jobs: 1,
        lang: 'zh',
        asOf: '2025-06-01',
      });
      const page = join(dir, 'report.html');
      writeFileSync(page, renderHtmlPage(batch, 'zh'));

      const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
      try {
        const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const blocked: string[] = [];
        tab.on('request', (r) => !r.url().startsWith('file:') && !r.url().startsWith('data:') && blocked.push(r.url()));
        await tab.goto(pathToFileURL(page).href);
        const percents = () =>
          tab.$$eval('#summary tbody tr', (rows) =>
            rows.map((r) => Number((r as HTMLTableRowElement).cells[6]!.getAttribute('data-v'))),
          );
        const before = await percents();
        // ranked by percent (the table in test/samples/expected-scores.ts), 硚口 — returned for resubmission (退回重报) — last;
        // the injected report: 结构 7 + 年度 2 of 89 available (role unknown, so every rule applies) = 10.1%
        const ranked = rankedSamples(SAMPLES);
        const injected = 10.1;
        const notReturned = [...ranked.filter((s) => !s.returned).map((s) => s.percent), injected].sort(
          (a, b) => b - a,
        );
        const expected = [...notReturned, ...ranked.filter((s) => s.returned).map((s) => s.percent)];
        expect(before).toEqual(expected);
        await tab.click('#summary thead th:nth-child(7)'); // 得分率 (after 排名, 单位, 角色, 地区, 年度, 得分), ascending
        const after = await percents();
        expect(after).toEqual([...expected].sort((a, b) => a - b));
        expect(after).not.toEqual(before);
        await tab.click('#summary thead th:nth-child(2)'); // 单位, text sort
        const names = await tab.$$eval('#summary tbody tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent));
        expect(names).toContain('<script>window.__pwned=1</script>注入局');
        expect(await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await tab.locator('section h2', { hasText: '注入局' }).textContent()).toContain('<script>');
        expect(blocked).toEqual([]);
        const shot = join(dir, 'report.png');
        await tab.screenshot({ path: shot, fullPage: false });
        expect(statSync(shot).size).toBeGreaterThan(10_000);
      } finally {
        await browser.close();
      }
    },
  );
});
