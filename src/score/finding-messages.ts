import type { AssessmentEvent } from '../model/events.js';
import type { ReportRole } from '../model/report.js';
import { ROLE_NAMES } from '../model/role-names.js';
import { bracketed, punctuation, type Lang } from '../util/lang.js';

// What a finding says when fazhi writes it rather than the pack: a fact the report does not state,
// a rule meant for another role, events. In Chinese, or in English with --lang en — its
// punctuation too (util/lang.ts): the pack's own sentences are the pack's, in the pack's language.

/** A missing fact by its label; a path inside it (report.publishedOn) in brackets after it. */
export const missingFactLabel = (label: string, path: string | undefined, lang: Lang) =>
  path ? `${label}${bracketed(lang, path)}` : label;

/** 报告未载明：A、B / not stated in the report: A, B */
export const notStatedMessage = (labels: string[], lang: Lang) =>
  lang === 'en' ? `not stated in the report: ${labels.join(', ')}` : `报告未载明：${labels.join('、')}`;

/**
 * Each rule's sentence per role and language, written once: a rule's appliesTo is the same array on every
 * report, and a batch writes the sentence for about one finding in twenty.
 */
const forRoles = new WeakMap<readonly ReportRole[], Map<ReportRole | undefined, Partial<Record<Lang, string>>>>();

/** Why a rule for other roles does not apply to this reporter. */
export function notForRoleMessage(
  appliesTo: readonly ReportRole[],
  role: ReportRole | undefined,
  lang: Lang = 'zh',
): string {
  let written = forRoles.get(appliesTo);
  if (written === undefined) forRoles.set(appliesTo, (written = new Map()));
  let inLang = written.get(role);
  if (inLang === undefined) written.set(role, (inLang = {}));
  return (inLang[lang] ??= writeNotForRole(appliesTo, role, lang));
}

function writeNotForRole(appliesTo: readonly ReportRole[], role: ReportRole | undefined, lang: Lang): string {
  const names = role ? ROLE_NAMES[role] : undefined;
  const to = appliesTo.map((r) => ROLE_NAMES[r][lang]);
  return lang === 'en'
    ? `does not apply to this reporter (${names?.en ?? 'unknown'}): it is for ${to.join(', ')} only`
    : `本项只适用于${to.join('、')}，不适用于${names?.zh ?? '本单位'}，不计分`;
}

/** An event rule with no events file to read. */
export const noEventsFileMessage = (lang: Lang | undefined) =>
  lang === 'en'
    ? 'no events file was given (--events): needs checking by the assessor'
    : '未提供评查事件登记（--events），需人工核对';

/** The documents the events were recorded in, added to the pack's message: （来源：…） / " — recorded in: …". */
export function eventSourcesNote(events: Pick<AssessmentEvent, 'source' | 'date'>[], lang: Lang = 'zh'): string {
  const sources = events
    .map((e) => `${e.source}${e.date ? bracketed(lang, e.date) : ''}`)
    .join(punctuation(lang).semicolon);
  return lang === 'en' ? ` — recorded in: ${sources}` : `（来源：${sources}）`;
}
