import type { Assessment, Finding } from '../model/assessment.js';
import type { BatchError } from '../model/batch.js';
import { eventText, groupFindings, reportTitle, waiverTerms } from './finding-groups.js';
import {
  close,
  colon as colonOf,
  comma,
  label,
  listSep,
  open,
  severityLabel,
  statusLabel,
  summaryLine,
  type Lang,
} from './labels.js';
import { formatNumber as num } from '../util/numbers.js';
import { problemLines, unscorable } from './input-errors.js';
import { isInputError, type CheckFormatter } from './types.js';
import { markdownEscaped } from './text-safety.js';
import { machineLine, reviewedFindings, reviewedLine, reviewHeading } from './review-view.js';

/**
 * The same report card as Markdown, for pasting into documents and issue trackers; a file that could not be scored
 * says why, in its place.
 */
export const renderMarkdown: CheckFormatter = (entries, { lang }) =>
  entries.map((e) => (isInputError(e) ? errorCard(e, lang) : card(markdownEscaped(e), lang))).join('\n---\n\n');

/** A failed input: its name as the heading, every problem as the line stderr prints (escaped: it quotes the file). */
function errorCard(e: BatchError, lang: Lang): string {
  const lines = problemLines(e).map((l) => `- ${markdownEscaped(l)}`);
  return [`# ${unscorable(lang)}${colonOf(lang)}\`${e.file}\``, '', ...lines, ''].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The card's head: title, file, pack, a returned report's gates, score and grade, the review's machine line. */
function cardHead(a: Assessment, lang: Lang): string[] {
  const colon = colonOf(lang);
  const title = reportTitle(a, lang);
  const out: string[] = [`# ${title ? `${title} ` : ''}${label(lang, 'heading')}`, ''];
  out.push(`- ${label(lang, 'file')}${colon}\`${a.report.file}\``);
  out.push(`- ${label(lang, 'pack')}${colon}${a.pack.title}${open(lang)}${a.pack.id} ${a.pack.version}${close(lang)}`);
  // 退回重报 before the score: the score below it is provisional.
  if (a.returned) {
    // A quoted block rather than a heading, so the score bullets after it are not read as part of it.
    out.push('', `> **${label(lang, 'returned')}**${colon}${label(lang, 'returnedNote')}`, '>');
    groupFindings(a).returned.forEach((f, i) => {
      out.push(...findingBlock(f, i + 1, lang).map((l) => `> ${l}`));
    });
    out.push('');
  }
  const score = `**${num(a.score)} / ${num(a.maxScore)}**${open(lang)}${a.percent}%${close(lang)}`;
  out.push(`- ${label(lang, a.returned ? 'scoreProvisional' : 'score')}${colon}${score}`);
  const vetoes = `${open(lang)}${label(lang, 'vetoed')}${colon}${(a.vetoedBy ?? []).join(', ')}${close(lang)}`;
  out.push(`- ${label(lang, 'grade')}${colon}**${a.grade}**${a.vetoed ? vetoes : ''}`);
  const machine = machineLine(lang, a);
  if (machine) out.push(`- ${machine}`);
  if (a.counts.error) out.push('', `> **${label(lang, 'ruleErrors')}**`);
  return out;
}

function categoryTable(a: Assessment, lang: Lang): string[] {
  return [
    '',
    `## ${label(lang, 'categories')}`,
    '',
    `| ${label(lang, 'categories')} | ${label(lang, 'score')} |`,
    '|---|---:|',
    ...a.categories.map((c) => `| ${cell(c.title)} | ${num(c.score)} / ${num(c.maxScore)} |`),
  ];
}

/** The rules that do not apply, each with the evidence that says so. */
function notApplicableLines(findings: Finding[], lang: Lang): string[] {
  const colon = colonOf(lang);
  const out = ['', `## ${label(lang, 'notApplicable')}`, ''];
  for (const f of findings) {
    out.push(`- **${f.title}**${open(lang)}\`${f.ruleId}\`${close(lang)}${f.message ? `${colon}${f.message}` : ''}`);
    for (const e of f.evidence ?? []) {
      const line = e.line ? `${label(lang, 'line', { n: e.line })} ` : '';
      out.push(`  - ${label(lang, 'evidence')}${colon}${line}“${e.quote}”`);
    }
  }
  return out;
}

/** The findings after the category table: to attend to, notes, not applicable, not scored, reviewed. */
function findingSections(a: Assessment, lang: Lang): string[] {
  const groups = groupFindings(a);
  const out: string[] = [];
  if (groups.attention.length > 0) {
    out.push('', `## ${label(lang, 'attention')}${open(lang)}${groups.attention.length}${close(lang)}`, '');
    groups.attention.forEach((f, i) => {
      out.push(...findingBlock(f, i + 1, lang));
    });
  }
  if (groups.notes.length > 0) {
    out.push('', `## ${label(lang, 'notes')}`, '');
    for (const f of groups.notes) out.push(`- \`${f.ruleId}\` ${f.message ?? f.title}`);
  }
  if (groups.notApplicable.length > 0) out.push(...notApplicableLines(groups.notApplicable, lang));
  if (groups.notScored.length > 0) {
    const ids = groups.notScored.map((f) => `\`${f.ruleId}\``).join(listSep(lang));
    out.push('', `${label(lang, 'notScored')}${colonOf(lang)}${ids}`);
  }
  const reviewed = reviewedFindings(a);
  if (reviewed.length > 0) {
    out.push('', `## ${reviewHeading(lang, a)}`, '');
    for (const f of reviewed) out.push(`- ${reviewedLine(lang, f)}`);
  }
  return out;
}

function card(a: Assessment, lang: Lang): string {
  return [
    ...cardHead(a, lang),
    ...categoryTable(a, lang),
    ...findingSections(a, lang),
    '',
    summaryLine(lang, a.counts),
    '',
  ].join('\n');
}

function findingBlock(f: Finding, n: number, lang: Lang): string[] {
  const colon = colonOf(lang);
  const where = `${open(lang)}\`${f.ruleId}\`${comma(lang)}${severityLabel(lang, f.severity)}${close(lang)}`;
  const lines = [
    `${n}. **${f.title}** — ${statusLabel(lang, f.status)}${comma(lang)}${num(f.points)}/${num(f.maxPoints)}${where}`,
  ];
  if (f.message) lines.push(`   - ${f.message}`);
  if (f.lookedFor) lines.push(`   - ${label(lang, 'lookedFor')}${colon}${f.lookedFor.join(listSep(lang))}`);
  for (const e of f.evidence ?? []) {
    const line = e.line ? `${label(lang, 'line', { n: e.line })} ` : '';
    lines.push(`   - ${label(lang, 'evidence')}${colon}${line}“${e.quote}”`);
  }
  for (const e of f.events ?? []) lines.push(`   - ${eventText(e, lang)}`);
  if (f.waiver) {
    const w = f.waiver;
    lines.push(`   - ${label(lang, w.expired ? 'waiverExpired' : 'waiver')}${colon}${w.reason}${waiverTerms(lang, w)}`);
  }
  if (f.remedy) lines.push(`   - ${label(lang, 'remedy')}${colon}${f.remedy}`);
  if (f.basis) lines.push(`   - ${label(lang, 'basis')}${colon}${f.basis}`);
  return lines;
}
