import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { loadReport } from '../../src/pipeline/load-report.js';
import { runCli } from '../helpers/cli.js';
import { itNeeding, requirement } from '../helpers/requirements.js';
import { tempPack } from '../helpers/temp-pack.js';
import { CHROMIUM, FLAGS, cliScore, docxOf, drop, openSite, shownScore } from './web-page-helpers.js';

// Under CI the browser must be there (.ci/run installs it): without it the test fails saying so; on a developer machine it is skipped with that line.
const chromiumThere = requirement(
  'Chromium',
  existsSync(CHROMIUM),
  `${CHROMIUM} not found (apt-get install chromium fonts-noto-cjk)`,
);

describe('the self-check page with a --rules pack', () => {
  itNeeding(chromiumThere)(
    "reads an auditor's pattern with RE2, loaded for that pack only, as the CLI does",
    async () => {
      // legalAidCases read by a pattern: 援助律师代理37宗 names no cue of the fact
      const pack = tempPack({
        'pack.yaml': (t) => t.replace(/^title: .*$/m, 'title: 带模式的细则'),
        'facts.yaml': (t) =>
          t.replace(/(\{ id: legalAidCases, [^\n]*?)( \})\n/, `$1, pattern: "援助律师代理(?<value>\\\\d+)宗"$2\n`),
      });
      const dir = mkdtempSync(join(tmpdir(), 'fazhi-web-pack-'));
      const site = join(dir, 'site');
      expect((await runCli(['web', '--out', site, '--rules', pack])).stderr).toBe('');
      const docx = join(dir, 'aid.docx');
      writeFileSync(
        docx,
        await docxOf([
          '柳河县司法局2024年度法治政府建设工作报告',
          '一、主要举措和成效',
          '全年由援助律师代理37宗案件。',
        ]),
      );
      const report = await loadReport(docx, loadPack(pack));
      expect(report.facts.legalAidCases).toBe(37);

      const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
      try {
        const { tab, requests } = await openSite(browser, site);
        expect(await tab.$eval('#pack option:checked', (o) => o.textContent)).toBe('带模式的细则');
        await drop(tab, docx);
        expect(await tab.inputValue('#fact-legalAidCases')).toBe('37');
        expect(await shownScore(tab)).toBe(await cliScore(docx, {}, pack));
        expect(requests.some((u) => u.endsWith('/patterns.js'))).toBe(true);
        expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
