import { createColors } from 'picocolors';
import { machineLine, reviewedFindings, reviewedLine, reviewHeading } from './review-view.js';
import type { Assessment, Finding } from '../model/assessment.js';
import type { BatchError } from '../model/batch.js';
import { eventText, groupFindings, reportTitle, waiverTerms } from './finding-groups.js';
import { close, colon, label, listSep, open, statusLabel, severityLabel, summaryLine, type Lang } from './labels.js';
import { displayWidth, padEnd, padStart } from '../util/text-layout.js';
import { formatNumber as num } from '../util/numbers.js';
import { problemLines, unscorable } from './input-errors.js';
import { isInputError, type Entry, type RenderOptions } from './types.js';
import { withoutControlCharacters } from './text-safety.js';

const MARK: Record<Finding['status'], string> = {
  pass: '✓',
  fail: '✗',
  missing: '?',
  not_applicable: '–',
  waived: '~',
  error: '!',
};

/**
 * The report card a person reads in a terminal: score, grade, categories, then every shortfall with its
 * source and remedy. One card per input, in the order given: a file that could not be scored says why.
 */
export function renderText(entries: Entry[], options: RenderOptions): string {
  return entries
    .map((e) =>
      isInputError(e) ? errorCard(withoutControlCharacters(e), options) : card(withoutControlCharacters(e), options),
    )
    .join(`\n${'─'.repeat(60)}\n\n`);
}

/** A file that could not be scored: its name, then every problem as the line stderr prints. */
function errorCard(e: BatchError, { lang, color }: RenderOptions): string {
  const c = createColors(color);
  const head = c.red(c.bold(sep(lang, unscorable(lang), e.file)));
  return `${[head, ...problemLines(e).map((l) => `  ${l}`)].join('\n')}\n`;
}

type Colors = ReturnType<typeof createColors>;

/** The card's head: title, file, pack, a returned report's gates, score and grade, the review's machine line. */
function cardHead(a: Assessment, lang: Lang, c: Colors): string[] {
  const out: string[] = [];
  const title = reportTitle(a, lang);
  out.push(c.bold(title ? `${title} ${label(lang, 'heading')}` : label(lang, 'heading')));
  out.push(sep(lang, label(lang, 'file'), a.report.file));
  out.push(sep(lang, label(lang, 'pack'), `${a.pack.title}${open(lang)}${a.pack.id} ${a.pack.version}${close(lang)}`));
  out.push('');
  // 退回重报 comes before the score: the score below it is provisional, and the reader must not take it for a result.
  if (a.returned) {
    out.push(c.red(c.bold(`${label(lang, 'returned')}${colon(lang)}${label(lang, 'returnedNote')}`)));
    for (const f of groupFindings(a).returned) out.push(...findingLines(f, lang, c));
    out.push('');
  }
  const gradeText = a.vetoed
    ? `${a.grade}${open(lang)}${sep(lang, label(lang, 'vetoed'), '')}${(a.vetoedBy ?? []).join(', ')}${close(lang)}`
    : a.grade;
  const gradeColor = a.vetoed ? c.red : a.percent >= 80 ? c.green : a.percent >= 60 ? c.yellow : c.red;
  const score = sep(
    lang,
    label(lang, a.returned ? 'scoreProvisional' : 'score'),
    c.bold(`${num(a.score)} / ${num(a.maxScore)}`),
  );
  const grade = sep(lang, label(lang, 'grade'), gradeColor(c.bold(gradeText)));
  out.push(`${score}${open(lang)}${a.percent}%${close(lang)}    ${grade}`);
  const machine = machineLine(lang, a);
  if (machine) out.push(machine);
  if (a.counts.error) out.push(c.red(c.bold(`! ${label(lang, 'ruleErrors')}`)));
  out.push('');
  out.push(c.bold(label(lang, 'categories')));
  const nameWidth = Math.max(...a.categories.map((cat) => displayWidth(cat.title)));
  for (const cat of a.categories) {
    out.push(
      `  ${padEnd(cat.title, nameWidth)}  ${padStart(num(cat.score), 5)} / ${padEnd(num(cat.maxScore), 5)}`.trimEnd(),
    );
  }
  return out;
}

/** The findings after the categories: to attend to, notes, not applicable, not scored, reviewed. */
function findingSections(a: Assessment, lang: Lang, c: Colors): string[] {
  const groups = groupFindings(a);
  const out: string[] = [];
  if (groups.attention.length > 0) {
    out.push('');
    out.push(c.bold(`${label(lang, 'attention')}${open(lang)}${groups.attention.length}${close(lang)}`));
    for (const f of groups.attention) out.push(...findingLines(f, lang, c));
  }
  if (groups.notes.length > 0) {
    out.push('');
    out.push(c.bold(label(lang, 'notes')));
    for (const f of groups.notes) out.push(`  ${MARK[f.status]} ${f.ruleId}  ${f.message ?? f.title}`);
  }
  if (groups.notApplicable.length > 0) {
    out.push('');
    out.push(c.bold(label(lang, 'notApplicable')));
    for (const f of groups.notApplicable) out.push(...notApplicableLines(f, lang, c));
  }
  if (groups.notScored.length > 0) {
    const ids = groups.notScored.map((f) => f.ruleId).join(listSep(lang));
    out.push('', c.dim(`${label(lang, 'notScored')}${colon(lang)}${ids}`));
  }
  const reviewed = reviewedFindings(a);
  if (reviewed.length > 0)
    out.push('', c.bold(reviewHeading(lang, a)), ...reviewed.map((f) => `  ${reviewedLine(lang, f)}`));
  return out;
}

function card(a: Assessment, { lang, color }: RenderOptions): string {
  const c = createColors(color);
  const out = [...cardHead(a, lang, c), ...findingSections(a, lang, c), '', summaryLine(lang, a.counts)];
  return `${out.join('\n')}\n`;
}

function sep(lang: Lang, key: string, value: string): string {
  return `${key}${colon(lang)}${value}`;
}

function findingLines(f: Finding, lang: Lang, c: Colors): string[] {
  const paint = f.status === 'fail' || f.status === 'error' ? c.red : f.status === 'missing' ? c.yellow : c.cyan;
  const points = `${num(f.points)}/${num(f.maxPoints)}${label(lang, 'pointsSuffix')}`;
  const rule = c.dim(`[${f.ruleId} · ${severityLabel(lang, f.severity)}]`);
  const lines = [
    `  ${paint(`${MARK[f.status]} ${statusLabel(lang, f.status)}`)}  ${c.bold(f.title)}  ${points}  ${rule}`,
  ];
  if (f.message) lines.push(`      ${f.message}`);
  if (f.lookedFor) lines.push(`      ${c.dim(sep(lang, label(lang, 'lookedFor'), f.lookedFor.join(listSep(lang))))}`);
  for (const e of f.evidence ?? []) {
    const where = e.line ? label(lang, 'line', { n: e.line }) : '';
    lines.push(`      ${sep(lang, label(lang, 'evidence'), `${where}${where ? ' ' : ''}“${e.quote}”`)}`);
  }
  for (const e of f.events ?? []) lines.push(`      ${c.dim(eventText(e, lang))}`);
  if (f.waiver) {
    const w = f.waiver;
    lines.push(
      `      ${sep(lang, label(lang, w.expired ? 'waiverExpired' : 'waiver'), `${w.reason}${waiverTerms(lang, w)}`)}`,
    );
  }
  if (f.remedy) lines.push(`      ${c.green(sep(lang, label(lang, 'remedy'), f.remedy))}`);
  return lines;
}

/** A not-applicable rule: its title, why it does not apply, and the statement that says so. */
function notApplicableLines(f: Finding, lang: Lang, c: ReturnType<typeof createColors>): string[] {
  const lines = [`  ${MARK[f.status]} ${f.title}  ${c.dim(`[${f.ruleId}]`)}`];
  if (f.message) lines.push(`      ${f.message}`);
  for (const e of f.evidence ?? []) {
    const where = e.line ? label(lang, 'line', { n: e.line }) : '';
    lines.push(`      ${sep(lang, label(lang, 'evidence'), `${where}${where ? ' ' : ''}“${e.quote}”`)}`);
  }
  return lines;
}
