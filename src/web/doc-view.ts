import type { Assessment, Finding } from '../model/assessment.js';
import type { Evidence } from '../model/common.js';
import type { ReportData } from '../model/report.js';
import { punctuation, type Lang } from '../util/lang.js';
import { h, replace } from './dom.js';
import { word } from './i18n.js';

/** A stretch of the document a quote covers, and the facts it was read for. */
interface Range {
  start: number;
  end: number;
  facts: string[];
}

/**
 * Where a quote sits in the text: at its recorded offset when the text there is the quote, else its first
 * occurrence.
 */
export function locate(text: string, e: Pick<Evidence, 'quote' | 'offset'>): [number, number] | undefined {
  if (e.offset !== undefined && text.startsWith(e.quote, e.offset)) return [e.offset, e.offset + e.quote.length];
  const at = text.indexOf(e.quote);
  return at < 0 ? undefined : [at, at + e.quote.length];
}

/** Every quote of the report and its findings, located in the text. */
function ranges(text: string, report: ReportData, a: Assessment): Range[] {
  const out: Range[] = [];
  const add = (e: Evidence, fact?: string) => {
    const at = locate(text, e);
    if (at) out.push({ start: at[0], end: at[1], facts: fact ? [fact] : [] });
  };
  for (const [fact, ev] of Object.entries(report.evidence ?? {})) for (const e of [ev].flat()) add(e, fact);
  for (const e of Object.values(report.sectionEvidence ?? {})) add(e);
  for (const f of a.findings) for (const e of f.evidence ?? []) add(e, e.fact);
  return out;
}

/** The text cut at every range's ends; each piece knows the facts of the ranges covering it. */
function pieces(text: string, rs: Range[]): Array<{ start: number; end: number; facts: string[] | undefined }> {
  const cuts = [...new Set([0, text.length, ...rs.flatMap((r) => [r.start, r.end])])].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const covering = rs.filter((r) => r.start <= start && r.end >= end);
    out.push({ start, end, facts: covering.length ? [...new Set(covering.flatMap((r) => r.facts))] : undefined });
  }
  return out;
}

/** Which findings read each fact: what a highlight links back to. */
export function findingsByFact(a: Assessment): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of a.findings) {
    const facts = new Set([
      ...Object.keys(f.facts ?? {}),
      ...(f.evidence ?? []).flatMap((e) => (e.fact ? [e.fact] : [])),
    ]);
    for (const id of facts) map.set(id, [...(map.get(id) ?? []), f]);
  }
  return map;
}

export interface DocHandlers {
  /** a highlight was chosen: the findings that read its facts */
  onHighlight: (findings: Finding[]) => void;
}

/**
 * The document's text with every quote highlighted; a highlight read for a fact is a control that leads to its
 * findings.
 */
export function renderDocument(
  root: HTMLElement,
  text: string | undefined,
  report: ReportData,
  a: Assessment,
  lang: Lang,
  handlers: DocHandlers,
): void {
  const heading = h('h2', { id: 'doc-heading' }, word(lang, 'document'));
  if (text === undefined) {
    replace(root, heading, h('p', { class: 'muted' }, word(lang, 'noDocument')));
    return;
  }
  const byFact = findingsByFact(a);
  const body = h('div', { id: 'doc-text', class: 'doc-text', tabindex: 0, 'aria-labelledby': 'doc-heading' });
  for (const p of pieces(text, ranges(text, report, a))) {
    const slice = text.slice(p.start, p.end);
    if (!p.facts) {
      body.append(document.createTextNode(slice));
      continue;
    }
    body.append(highlight(slice, p, byFact, lang, handlers));
  }
  replace(root, heading, body);
}

function highlight(
  slice: string,
  p: { start: number; end: number; facts: string[] | undefined },
  byFact: Map<string, Finding[]>,
  lang: Lang,
  handlers: DocHandlers,
): HTMLElement {
  const findings = [...new Set((p.facts ?? []).flatMap((id) => byFact.get(id) ?? []))];
  const mark = h('mark', { 'data-start': p.start, 'data-end': p.end });
  mark.textContent = slice;
  if (findings.length === 0) return mark;
  mark.classList.add('linked-mark');
  mark.setAttribute('role', 'button');
  mark.setAttribute('tabindex', '0');
  mark.title = word(lang, 'highlightOf', { list: findings.map((f) => f.title).join(punctuation(lang).semicolon) });
  const go = () => handlers.onHighlight(findings);
  mark.addEventListener('click', go);
  mark.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      go();
    }
  });
  return mark;
}

/**
 * Marks the finding's sentences (every highlight inside a quote of it) and scrolls the first into view; false
 * when none is in the text.
 */
export function showFinding(root: HTMLElement, text: string | undefined, f: Finding): boolean {
  for (const el of root.querySelectorAll('mark.current')) el.classList.remove('current');
  const spans =
    text === undefined
      ? []
      : (f.evidence ?? []).flatMap((e) => {
          const at = locate(text, e);
          return at ? [at] : [];
        });
  if (spans.length === 0) return false;
  const inside = (m: HTMLElement) =>
    spans.some(([start, end]) => Number(m.dataset.start) < end && Number(m.dataset.end) > start);
  const marks = [...root.querySelectorAll<HTMLElement>('mark')].filter(inside);
  for (const m of marks) m.classList.add('current');
  marks[0]?.scrollIntoView({ block: 'center' });
  return marks.length > 0;
}
