import type { Assessment, Finding } from '../model/assessment.js';
import { isShortfall } from '../score/shortfall.js';
import { baseName } from '../util/base-name.js';
import { formatNumber as num, roundPoints } from '../util/numbers.js';
import { bracketed, punctuation } from '../util/lang.js';
import { feedbackWord as word, itemNumber, sectionNumber } from './feedback-labels.js';
import { findingLines, reviewLine } from './feedback-findings.js';
import type { FeedbackUnit } from './feedback-units.js';
import { isGateFailure } from './finding-groups.js';
import { label, type Lang } from './labels.js';
import { type Block, line } from './feedback-blocks.js';

/** 青禾县教育局2024年度法治政府建设年度报告评查反馈意见: the unit, the report's year when there is one. */
function title(u: FeedbackUnit, lang: Lang): string {
  const year = u.status === 'submitted' ? u.assessment.report.year : undefined;
  if (lang === 'zh')
    return `${u.unit}${year !== undefined ? `${year}${word(lang, 'yearSuffix')}` : ''}${word(lang, 'titleSuffix')}`;
  return `${u.unit}${year !== undefined ? ` ${year}` : ''}: ${word(lang, 'titleSuffix')}`;
}

const scoreText = (score: number, max: number, percent: number, lang: Lang) =>
  `${num(score)} / ${num(max)}${bracketed(lang, `${percent}%`)}`;

/** The rules a list of ids names, by their titles (一票否决 and 退回重报 name the rules that caused them). */
const ruleTitles = (a: Assessment, ids: string[] | undefined, lang: Lang) =>
  (ids ?? []).map((id) => a.findings.find((f) => f.ruleId === id)?.title ?? id).join(punctuation(lang).list);

/** Machine beside final, for an assessment a review changed: only then does the table appear. */
function machineTable(a: Assessment, lang: Lang): Block[] {
  const m = a.machine;
  if (!m) return [];
  const yesNo = (b: boolean) => word(lang, b ? 'yes' : 'no');
  const rows = [
    [label(lang, 'score'), `${num(m.score)} / ${num(m.maxScore)}`, `${num(a.score)} / ${num(a.maxScore)}`],
    [word(lang, 'percent'), `${m.percent}%`, `${a.percent}%`],
    [label(lang, 'grade'), m.grade, a.grade],
  ];
  if (m.vetoed || a.vetoed) rows.push([label(lang, 'vetoed'), yesNo(m.vetoed), yesNo(a.vetoed)]);
  if (m.returned || a.returned) rows.push([label(lang, 'returned'), yesNo(m.returned), yesNo(a.returned)]);
  return [{ kind: 'table', header: [word(lang, 'item'), word(lang, 'machine'), word(lang, 'final')], rows }];
}

/**
 * 评查结果 of a scored report: 退回重报 first (the score after it is provisional), the score, the grade, a veto, the review's
 * change.
 */
function resultBlocks(a: Assessment, lang: Lang): Block[] {
  const out: Block[] = [];
  if (a.returned) {
    out.push(line(lang, label(lang, 'returned'), label(lang, 'returnedNote'), true));
    out.push(line(lang, word(lang, 'returnedBy'), ruleTitles(a, a.returnedBy, lang)));
  }
  const scoreLabel = label(lang, a.returned ? 'scoreProvisional' : 'score');
  out.push(line(lang, scoreLabel, scoreText(a.score, a.maxScore, a.percent, lang), true));
  out.push(line(lang, label(lang, 'grade'), a.grade, true));
  if (a.vetoed) out.push(line(lang, word(lang, 'vetoedBy'), ruleTitles(a, a.vetoedBy, lang), true));
  return [...out, ...machineTable(a, lang)];
}

/** The shortfalls in the order a unit acts on them: failed gates (退回重报) first, then the checklist's order. */
const shortfalls = (a: Assessment): Finding[] => {
  const all = a.findings.filter(isShortfall);
  return [...all.filter(isGateFailure), ...all.filter((f) => !isGateFailure(f))];
};

/** A reviewed finding that is no longer a shortfall but whose result the review changed: shown, never hidden. */
const changedByReview = (f: Finding) =>
  f.review !== undefined &&
  !isShortfall(f) &&
  (f.review.machineStatus !== f.status || roundPoints(f.review.machinePoints) !== roundPoints(f.points));

/** The numbered sections of a scored report's document, after its header lines. */
function assessmentSections(a: Assessment, lang: Lang): Block[][] {
  const categories: Block = {
    kind: 'table',
    header: [word(lang, 'category'), label(lang, 'score'), word(lang, 'maxScore')],
    rows: a.categories.map((c) => [c.title, num(c.score), num(c.maxScore)]),
  };
  const listed = shortfalls(a);
  const changed = a.findings.filter(changedByReview);
  const sections: Block[][] = [
    [{ kind: 'heading', text: word(lang, 'result') }, ...resultBlocks(a, lang)],
    [{ kind: 'heading', text: word(lang, 'categories') }, categories],
    [
      { kind: 'heading', text: word(lang, 'shortfalls') },
      ...(listed.length === 0 ? [line(lang, undefined, word(lang, 'noShortfalls'))] : []),
      ...listed.flatMap((f) => [{ kind: 'item', text: f.title } as Block, ...findingLines(f, lang)]),
    ],
  ];
  if (changed.length > 0)
    sections.push([
      { kind: 'heading', text: word(lang, 'reviewed') },
      ...changed.flatMap((f) => [{ kind: 'item', text: f.title } as Block, reviewLine(f, lang)]),
    ]);
  return sections;
}

/** The sections of a roster unit without a scored report: 未报送 with the pack's grade, or 未评查 and why. */
function unscoredSections(u: Exclude<FeedbackUnit, { status: 'submitted' }>, lang: Lang): Block[][] {
  const result: Block[] = [{ kind: 'heading', text: word(lang, 'result') }];
  if (u.status === 'not_submitted') {
    result.push(line(lang, word(lang, 'status'), word(lang, 'notSubmitted'), true));
    if (u.grade) result.push(line(lang, label(lang, 'grade'), u.grade, true));
  } else {
    result.push(line(lang, word(lang, 'status'), word(lang, 'notScored'), true));
    result.push(line(lang, undefined, word(lang, 'notScoredNote')));
  }
  result.push(line(lang, undefined, u.note));
  return [result];
}

/** Headings numbered 一、二、…; items under a section numbered （一）（二）… — the finding's title after the number. */
function numbered(sections: Block[][], lang: Lang): Block[] {
  return sections.flatMap((blocks, s) => {
    let item = 0;
    return blocks.map((b): Block => {
      if (b.kind === 'heading') return { kind: 'heading', text: `${sectionNumber(lang, s + 1)}${b.text}` };
      if (b.kind !== 'item') return b;
      item++;
      return { kind: 'item', text: `${itemNumber(lang, s + 1, item)}${b.text}` };
    });
  });
}

/** The whole document of one unit, in blocks: title, who and what was assessed, then the numbered sections. */
export function feedbackContent(u: FeedbackUnit, lang: Lang): Block[] {
  const head: Block[] = [{ kind: 'title', text: title(u, lang) }];
  if (u.status !== 'submitted') return [...head, ...numbered(unscoredSections(u, lang), lang)];
  // A copy, so `findings` is read once: in a batch of more than 5,000 reports it is a getter that parses them from
  // the spool.
  const a = { ...u.assessment };
  // the file's name, not its path: the folders are the office's, not the unit's business
  head.push(line(lang, word(lang, 'file'), baseName(a.report.file.replace(/\\/g, '/'))));
  if (a.report.authority && a.report.authority !== u.unit)
    head.push(line(lang, word(lang, 'signedAs'), a.report.authority));
  head.push(line(lang, word(lang, 'pack'), `${a.pack.title}${bracketed(lang, `${a.pack.id} ${a.pack.version}`)}`));
  return [...head, ...numbered(assessmentSections(a, lang), lang)];
}
