import { createColors } from 'picocolors';
import type { Assessment, Finding } from '../model/assessment.js';
import { groupFindings, reportTitle } from './finding-groups.js';
import { close, comma, label, open, statusLabel, severityLabel, type Lang } from './labels.js';
import { displayWidth, num, padEnd, padStart } from './text-layout.js';
import type { RenderOptions } from './types.js';

const MARK: Record<Finding['status'], string> = { pass: '✓', fail: '✗', missing: '?', not_applicable: '–', waived: '~', error: '!' };

/** The report card a person reads in a terminal: score, grade, categories, then every shortfall with its source and remedy. */
export function renderText(assessments: Assessment[], options: RenderOptions): string {
  return assessments.map((a) => card(a, options)).join('\n' + '─'.repeat(60) + '\n\n');
}

function card(a: Assessment, { lang, color }: RenderOptions): string {
  const c = createColors(color);
  const out: string[] = [];
  const title = reportTitle(a, lang);
  out.push(c.bold(title ? `${title} ${label(lang, 'heading')}` : label(lang, 'heading')));
  out.push(sep(lang, label(lang, 'file'), a.report.file));
  out.push(sep(lang, label(lang, 'pack'), `${a.pack.title}${open(lang)}${a.pack.id} ${a.pack.version}${close(lang)}`));
  out.push('');
  const gradeText = a.vetoed ? `${a.grade}${open(lang)}${sep(lang, label(lang, 'vetoed'), '')}${(a.vetoedBy ?? []).join(', ')}${close(lang)}` : a.grade;
  const gradeColor = a.vetoed ? c.red : a.percent >= 80 ? c.green : a.percent >= 60 ? c.yellow : c.red;
  out.push(
    `${sep(lang, label(lang, 'score'), c.bold(`${num(a.score)} / ${num(a.maxScore)}`))}${open(lang)}${a.percent}%${close(lang)}    ${sep(lang, label(lang, 'grade'), gradeColor(c.bold(gradeText)))}`,
  );
  if (a.counts.error) out.push(c.red(c.bold(`! ${label(lang, 'ruleErrors')}`)));
  out.push('');
  out.push(c.bold(label(lang, 'categories')));
  const nameWidth = Math.max(...a.categories.map((cat) => displayWidth(cat.title)));
  for (const cat of a.categories) {
    out.push(`  ${padEnd(cat.title, nameWidth)}  ${padStart(num(cat.score), 5)} / ${padEnd(num(cat.maxScore), 5)}`.trimEnd());
  }
  const groups = groupFindings(a);
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
  if (groups.notScored.length > 0) {
    out.push('');
    out.push(c.dim(`${label(lang, 'notScored')}：${groups.notScored.map((f) => f.ruleId).join(lang === 'zh' ? '、' : ', ')}`));
  }
  out.push('');
  out.push(label(lang, 'summary', a.counts));
  return out.join('\n') + '\n';
}

function sep(lang: Lang, key: string, value: string): string {
  return lang === 'zh' ? `${key}：${value}` : `${key}: ${value}`;
}

function findingLines(f: Finding, lang: Lang, c: ReturnType<typeof createColors>): string[] {
  const paint = f.status === 'fail' || f.status === 'error' ? c.red : f.status === 'missing' ? c.yellow : c.cyan;
  const lines = [
    `  ${paint(`${MARK[f.status]} ${statusLabel(lang, f.status)}`)}  ${c.bold(f.title)}  ${num(f.points)}/${num(f.maxPoints)}${lang === 'zh' ? '分' : ''}  ${c.dim(`[${f.ruleId} · ${severityLabel(lang, f.severity)}]`)}`,
  ];
  if (f.message) lines.push(`      ${f.message}`);
  if (f.lookedFor) lines.push(`      ${c.dim(sep(lang, label(lang, 'lookedFor'), f.lookedFor.join(lang === 'zh' ? '、' : ', ')))}`);
  for (const e of f.evidence ?? []) {
    const where = e.line ? label(lang, 'line', { n: e.line }) : '';
    lines.push(`      ${sep(lang, label(lang, 'evidence'), `${where}${where ? ' ' : ''}“${e.quote}”`)}`);
  }
  if (f.waiver) {
    const w = f.waiver;
    lines.push(`      ${sep(lang, label(lang, w.expired ? 'waiverExpired' : 'waiver'), `${w.reason}${open(lang)}${label(lang, 'approvedBy')} ${w.approver}${comma(lang)}${label(lang, 'expires')} ${w.expires}${close(lang)}`)}`);
  }
  if (f.remedy) lines.push(`      ${c.green(sep(lang, label(lang, 'remedy'), f.remedy))}`);
  return lines;
}
