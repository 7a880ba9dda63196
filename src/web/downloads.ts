import type { Assessment } from '../model/assessment.js';
import type { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { reportToYaml } from '../extract/serialize.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { packName, type Lang } from '../util/lang.js';
import { h, replace } from './dom.js';
import { word } from './i18n.js';

/** What the page offers to save: the corrected report for `fazhi check`, and the card as the CLI writes it. */
export function renderDownloads(
  root: HTMLElement,
  get: () => { pack: Pack; report: ReportData; assessment: Assessment; file: string },
  lang: Lang,
): void {
  const stem = (file: string) => file.replace(/\.[^.]+$/, '');
  const button = (id: string, text: string, make: () => [string, string, string]) => {
    const b = h('button', { type: 'button', id, class: 'download' }, `⤓ ${text}`);
    b.addEventListener('click', () => save(...make()));
    return b;
  };
  replace(
    root,
    h('h2', { id: 'downloads-heading' }, word(lang, 'downloads')),
    button('download-yaml', word(lang, 'yaml'), () => {
      const s = get();
      // the same YAML `fazhi extract` writes: `fazhi check` reads it unchanged
      const yaml = reportToYaml(s.report, { schema: 'report.schema.json', source: s.file });
      return [`${stem(s.file)}.yaml`, yaml, 'application/yaml'];
    }),
    button('download-html', word(lang, 'html'), () => {
      const s = get();
      const grades = s.pack.manifest.grades.map((g) => ({ name: packName(lang, g.name, g.en), min: g.min }));
      return [`${stem(s.file)}.html`, renderHtml([s.assessment], { lang, color: false, grades }), 'text/html'];
    }),
    button('download-md', word(lang, 'md'), () => {
      const s = get();
      return [`${stem(s.file)}.md`, renderMarkdown([s.assessment], { lang, color: false }), 'text/markdown'];
    }),
  );
}

/** A file saved from memory: a blob: URL the browser downloads, nothing sent anywhere. */
function save(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
