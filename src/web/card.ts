import type { Assessment, Finding } from '../model/assessment.js';
import { isGateFailure, reportTitle } from '../render/finding-groups.js';
import { statusLabel } from '../render/labels.js';
import { formatNumber } from '../util/numbers.js';
import { bracketed, punctuation as p, type Lang } from '../util/lang.js';
import { h, replace } from './dom.js';
import { groupName, STATUS_ICON, word, type GroupKey } from './i18n.js';

/** The order the card lists findings in: why the report goes back first, then what needs work, what passed last. */
const GROUPS: GroupKey[] = ['returned', 'fail', 'missing', 'error', 'waived', 'not_applicable', 'pass'];

const groupOf = (f: Finding): GroupKey => (isGateFailure(f) ? 'returned' : f.status);

export interface CardHandlers {
  /** a finding was chosen: show its sentence in the document */
  onFinding: (f: Finding) => void;
}

/** The report card: score, grade, category bars, then the findings grouped by status. */
export function renderCard(root: HTMLElement, a: Assessment, lang: Lang, handlers: CardHandlers): void {
  replace(
    root,
    h('h2', { id: 'card-heading' }, word(lang, 'card')),
    h('p', { class: 'report-title' }, reportTitle(a, lang) || a.report.file),
    a.returned ? returnedBanner(a, lang) : null,
    scoreLine(a, lang),
    categories(a, lang),
    ...GROUPS.map((g) =>
      group(
        g,
        a.findings.filter((f) => groupOf(f) === g),
        lang,
        handlers,
      ),
    ),
  );
}

function returnedBanner(a: Assessment, lang: Lang): HTMLElement {
  const why = a.findings.filter(isGateFailure).map((f) => f.message ?? f.title);
  return h(
    'p',
    { class: 'banner returned', role: 'alert' },
    `${STATUS_ICON.returned} ${word(lang, 'returned')}${p(lang).colon}${why.join(p(lang).semicolon)}` +
      bracketed(lang, word(lang, 'provisional')),
  );
}

function scoreLine(a: Assessment, lang: Lang): HTMLElement {
  return h(
    'dl',
    { class: 'score-line', 'aria-live': 'polite' },
    h('dt', {}, word(lang, 'score')),
    h('dd', {}, h('span', { id: 'score', class: 'score' }, formatNumber(a.score)), ` / ${formatNumber(a.maxScore)}`),
    h('dt', {}, word(lang, 'percent')),
    h('dd', { id: 'percent' }, `${formatNumber(a.percent)}%`),
    h('dt', {}, word(lang, 'grade')),
    h('dd', { id: 'grade', class: 'grade' }, a.grade),
  );
}

/** Bars as <meter>: the value is in the element and its text, not only in a width or a colour. */
function categories(a: Assessment, lang: Lang): HTMLElement {
  return h(
    'section',
    { class: 'categories', 'aria-labelledby': 'categories-heading' },
    h('h3', { id: 'categories-heading' }, word(lang, 'categories')),
    h(
      'ul',
      {},
      ...a.categories.map((c, i) =>
        h(
          'li',
          {},
          h('span', { class: 'cat-title', id: `cat-${i}` }, c.title),
          h('meter', { min: 0, max: c.maxScore || 1, value: c.score, 'aria-labelledby': `cat-${i}` }),
          h(
            'span',
            { class: 'cat-score' },
            word(lang, 'points', { p: formatNumber(c.score), m: formatNumber(c.maxScore) }),
          ),
        ),
      ),
    ),
  );
}

function group(key: GroupKey, findings: Finding[], lang: Lang, handlers: CardHandlers): HTMLElement | null {
  if (findings.length === 0) return null;
  const heading = h(
    'h3',
    { id: `group-${key}` },
    `${STATUS_ICON[key]} ${groupName(lang, key)}${bracketed(lang, findings.length)}`,
  );
  const list = h('ol', { class: 'findings' }, ...findings.map((f) => findingItem(f, key, lang, handlers)));
  if (key === 'pass' || key === 'not_applicable') {
    return h('details', { class: `group group-${key}` }, h('summary', {}, heading), list);
  }
  return h('section', { class: `group group-${key}`, 'aria-labelledby': `group-${key}` }, heading, list);
}

function findingItem(f: Finding, key: GroupKey, lang: Lang, handlers: CardHandlers): HTMLElement {
  const quote = f.evidence?.[0]?.quote;
  const head = h(
    'button',
    { type: 'button', class: 'finding-head', 'aria-controls': 'doc-text' },
    h('span', { class: `badge status-${key}` }, `${STATUS_ICON[key]} ${statusLabel(lang, f.status)}`),
    h('span', { class: 'finding-title' }, f.title),
    h('span', { class: 'points' }, word(lang, 'points', { p: formatNumber(f.points), m: formatNumber(f.maxPoints) })),
  );
  head.addEventListener('click', () => handlers.onFinding(f));
  return h(
    'li',
    { class: `finding status-${key}`, id: `finding-${f.ruleId}`, 'data-rule': f.ruleId },
    head,
    f.message ? h('p', { class: 'message' }, f.message) : null,
    quote
      ? h(
          'blockquote',
          { class: 'quote' },
          h('span', { class: 'label' }, `${word(lang, 'quote')}${p(lang).colon}`),
          quote,
        )
      : null,
    f.remedy && f.status !== 'pass'
      ? h('p', { class: 'remedy' }, h('strong', {}, `${word(lang, 'remedy')}${p(lang).colon}`), f.remedy)
      : null,
  );
}

/** Marks the findings that read the facts of a clicked highlight, and brings the first into view. */
export function showLinked(root: HTMLElement, ruleIds: string[]): void {
  for (const el of root.querySelectorAll('.finding.linked')) el.classList.remove('linked');
  const items = ruleIds
    .map((id) => root.querySelector<HTMLElement>(`[data-rule="${CSS.escape(id)}"]`))
    .filter((el): el is HTMLElement => el !== null);
  for (const el of items) {
    el.classList.add('linked');
    const details = el.closest('details');
    if (details) details.open = true;
  }
  items[0]?.scrollIntoView({ block: 'nearest' });
  items[0]?.querySelector<HTMLElement>('.finding-head')?.focus({ preventScroll: true });
}
