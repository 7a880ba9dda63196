import type { Finding } from '../model/assessment.js';
import { bracketed, punctuation } from '../util/lang.js';
import { formatNumber as num, roundPoints } from '../util/numbers.js';
import { type Block, line } from './feedback-blocks.js';
import { decisionLabel, feedbackWord as word } from './feedback-labels.js';
import { eventText, isGateFailure } from './finding-groups.js';
import { label, statusLabel, type Lang } from './labels.js';

/** 不符合，一票否决 / 不符合，退回重报: the status, and what it sets off beyond the points. */
function statusText(f: Finding, lang: Lang): string {
  const parts = [statusLabel(lang, f.status)];
  if (f.veto && f.status === 'fail') parts.push(label(lang, 'vetoed'));
  if (isGateFailure(f)) parts.push(label(lang, 'returned'));
  return parts.join(punctuation(lang).comma);
}

/** 扣分：10分（不符合，得 0 / 10 分） */
function pointsLine(f: Finding, lang: Lang): Block {
  const lost = `${num(roundPoints(f.maxPoints - f.points))}${label(lang, 'pointsSuffix')}`;
  const of = word(lang, 'pointsOf', { points: num(f.points), max: num(f.maxPoints) });
  return line(
    lang,
    word(lang, 'pointsLost'),
    `${lost}${bracketed(lang, `${statusText(f, lang)}${punctuation(lang).comma}${of}`)}`,
  );
}

/**
 * Where the finding stands in the report: each quote with its line; for a fact the report does not
 * state, 未载明 with the words fazhi looked for (or the facts, for a structured report); each
 * assessor's event with its source document.
 */
function sourceLines(f: Finding, lang: Lang): Block[] {
  const { colon, comma, list } = punctuation(lang);
  const quoteName = word(lang, 'quote');
  const out = (f.evidence ?? []).map((e) => {
    // where it stands: its line in the document, or how it was read (a roster cell, a computed rate)
    const where = [e.line ? label(lang, 'line', { n: e.line }) : undefined, e.note].filter(Boolean).join(comma);
    return line(lang, quoteName, `“${e.quote}”${where ? bracketed(lang, where) : ''}`);
  });
  if (out.length === 0 && f.status === 'missing') {
    const what = f.lookedFor?.length
      ? `${label(lang, 'lookedFor')}${colon}${f.lookedFor.join(list)}`
      : f.missingFacts?.join(list);
    out.push(line(lang, quoteName, `${label(lang, 'missingFacts')}${what ? bracketed(lang, what) : ''}`));
  }
  for (const e of f.events ?? []) out.push(line(lang, undefined, eventText(e, lang)));
  return out;
}

/**
 * 人工复核：改判；机器初评：未载明，0 / 10 分；复核后：不符合，0 / 10 分；复核人：李四；理由：… — the
 * machine's result beside the final one when the decision changed it, and always who decided and why.
 */
export function reviewLine(f: Finding, lang: Lang): Block {
  const r = f.review!;
  const { colon, semicolon } = punctuation(lang);
  const parts = [decisionLabel(lang, r.decision)];
  if (r.machineStatus !== f.status || roundPoints(r.machinePoints) !== roundPoints(f.points)) {
    const as = (status: Finding['status'], points: number, max: number) => ({
      status: statusLabel(lang, status),
      points: num(points),
      max: num(max),
    });
    parts.push(word(lang, 'machineWas', as(r.machineStatus, r.machinePoints, r.machineMaxPoints)));
    parts.push(word(lang, 'finalIs', as(f.status, f.points, f.maxPoints)));
  }
  parts.push(`${word(lang, 'reviewer')}${colon}${r.reviewer}`, `${word(lang, 'reason')}${colon}${r.reason}`);
  return line(lang, word(lang, 'review'), parts.join(semicolon), true);
}

/**
 * One shortfall under its numbered title: points lost, the report's words, the problem, what to do, the basis, the
 * review.
 */
export function findingLines(f: Finding, lang: Lang): Block[] {
  const out: Block[] = [pointsLine(f, lang), ...sourceLines(f, lang)];
  const problem = f.message ?? f.error;
  if (problem) out.push(line(lang, word(lang, 'message'), problem));
  if (f.remedy) out.push(line(lang, label(lang, 'remedy'), f.remedy));
  if (f.basis) out.push(line(lang, label(lang, 'basis'), f.basis));
  if (f.review) out.push(reviewLine(f, lang));
  return out;
}
