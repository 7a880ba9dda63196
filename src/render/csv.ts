import type { BatchResult } from '../model/batch.js';
import { batchView, findingDetailCells, listedStatus, nonPassing, roleCell } from './batch-view.js';
import type { BatchView, SummaryRow } from './batch-view.js';
import { col, reviewWord, severityLabel, type Lang } from './labels.js';
import { formatNumber as num } from '../util/numbers.js';
import type { BatchFormatter } from './types.js';
import {
  deadlineCells,
  reportUnitCell,
  rosterCheckHeadings,
  rosterCheckRows,
  rosterWord,
  unitRoleCell,
} from './roster-view.js';

const BOM = '\uFEFF';

/**
 * What a spreadsheet may run as a formula (OWASP, CSV injection): a cell that starts with a tab,
 * CR or LF, or whose first character after any leading whitespace (spaces, tabs, line breaks, the
 * ideographic space U+3000 …) is = + - or @ — spreadsheets skip blanks before a formula, so a
 * check of the first character alone is bypassed by " =HYPERLINK(…)" or "\n=1+1".
 */
const FORMULA_LIKE = /^(?:[\t\r\n]|\s*[=+\-@])/;
/** A plain decimal such as -3.5: read as that number, it can carry no formula, so it stays a number, not text. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * RFC 4180 quoting; a formula-like text cell is prefixed with ' so it is shown, never run. Numbers are written as
 * numbers.
 */
function cell(v: string | number | undefined): string {
  if (v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && FORMULA_LIKE.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const line = (cells: (string | number | undefined)[]) => `${cells.map(cell).join(',')}\r\n`;

function summaryHead(view: BatchView, lang: Lang): string[] {
  const roster = view.batch.roster !== undefined;
  return [
    col(lang, 'rank'),
    ...(roster ? [rosterWord(lang, 'roleRank')] : []),
    col(lang, 'authority'),
    ...(roster ? [rosterWord(lang, 'unit')] : []),
    col(lang, 'role'),
    col(lang, 'region'),
    col(lang, 'year'),
    ...(view.batch.review ? [reviewWord(lang, 'machineScore'), reviewWord(lang, 'finalScore')] : [col(lang, 'score')]),
    col(lang, 'maxScore'),
    col(lang, 'percent'),
    col(lang, 'grade'),
    col(lang, 'vetoed'),
    col(lang, 'returned'),
    col(lang, 'shortfalls'),
    col(lang, 'notApplicable'),
    ...view.categories.map((c) => c.title),
    ...(view.batch.comparisons !== undefined
      ? [col(lang, 'previous'), col(lang, 'change'), col(lang, 'newlyFailing'), col(lang, 'fixed')]
      : []),
    ...(roster
      ? [rosterWord(lang, 'submittedOnTime'), rosterWord(lang, 'publishedOnTime'), rosterWord(lang, 'check')]
      : []),
    col(lang, 'file'),
    col(lang, 'reason'),
  ];
}

function summaryCells(view: BatchView, r: SummaryRow, lang: Lang): (string | number | undefined)[] {
  const roster = view.batch.roster !== undefined;
  const a = r.a;
  const c = r.comparison;
  return [
    r.rank,
    ...(roster ? [r.roleRank] : []),
    a.report.authority,
    ...(roster ? [reportUnitCell(lang, r.roster)] : []),
    roleCell(lang, a),
    a.report.region,
    a.report.year,
    ...(view.batch.review ? [num(a.machine?.score ?? a.score)] : []),
    num(a.score),
    num(a.maxScore),
    a.percent,
    a.grade,
    a.vetoed ? col(lang, 'yes') : col(lang, 'no'),
    a.returned ? col(lang, 'yes') : col(lang, 'no'),
    r.shortfalls,
    r.notApplicable,
    ...view.categories.map((cat) => {
      const s = r.categories.get(cat.id);
      return s ? num(s.score) : undefined;
    }),
    ...(view.batch.comparisons !== undefined
      ? [c?.previousPercent, c?.change, c?.newlyFailing.join(' '), c?.fixed.join(' ')]
      : []),
    ...(roster ? [...deadlineCells(lang, a), r.roster?.note] : []),
    a.report.file,
    undefined,
  ];
}

/** summary.csv line by line (the first with the BOM), for writing a large batch as it goes. */
export function* summaryCsvLines(view: BatchView, lang: Lang): Generator<string> {
  const head = summaryHead(view, lang);
  yield BOM + line(head);
  for (let i = 0; i < view.rows.length; i++) {
    // With a roster, the units without a report follow the ranked ones: 未报送 with its rank and grade.
    if (i === view.ranked) yield* unitLines(view, head.length, lang);
    yield line(summaryCells(view, view.rows[i]!, lang));
  }
  if (view.rows.length <= view.ranked) yield* unitLines(view, head.length, lang);
  // Files that could not be scored: same columns, no rank or score, the reason last.
  for (const e of view.batch.errors) {
    yield line([...head.slice(0, -2).map(() => undefined), e.file, e.message]);
  }
}

/**
 * findings.csv line by line (the first with the BOM): every non-passing finding, as 问题清单 —
 * a failed gate first (status 不符合（退回重报）), not_applicable last with status 不适用 and its
 * reason, so the shortfalls can be filtered by status without losing why a rule was not scored.
 */
export function* findingsCsvLines(view: BatchView, lang: Lang): Generator<string> {
  const head = [
    col(lang, 'authority'),
    col(lang, 'ruleId'),
    col(lang, 'title'),
    col(lang, 'category'),
    col(lang, 'status'),
    col(lang, 'severity'),
    col(lang, 'points'),
    col(lang, 'maxPoints'),
    col(lang, 'message'),
    col(lang, 'quote'),
    col(lang, 'line'),
    col(lang, 'remedy'),
    col(lang, 'events'),
    ...(view.batch.review ? [reviewWord(lang, 'review')] : []),
    col(lang, 'file'),
  ];
  yield BOM + line(head);
  for (const { a } of view.rows) {
    for (const f of nonPassing(a)) {
      yield line([
        a.report.authority,
        f.ruleId,
        f.title,
        f.category,
        listedStatus(lang, f),
        severityLabel(lang, f.severity),
        num(f.points),
        num(f.maxPoints),
        ...findingDetailCells(view.batch, lang, f),
        a.report.file,
      ]);
    }
  }
}

/**
 * A roster unit with no counted report, in summary.csv's columns: rank and grade for 未报送 (the
 * pack's grade, ranked last), nothing scored, the unit's status in 名单核对; no file, no reason.
 */
function* unitLines(view: BatchView, width: number, lang: Lang): Generator<string> {
  const categories = view.categories.length + (view.batch.comparisons !== undefined ? 4 : 0);
  for (const [i, u] of view.units.entries()) {
    yield line(
      [
        u.rank,
        view.unitRoleRanks[i],
        undefined,
        u.unit,
        unitRoleCell(lang, u),
        ...(view.batch.review ? [undefined] : []), // the machine's score
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        u.grade,
        undefined,
        undefined,
        undefined,
        undefined,
        ...Array<undefined>(categories + 2), // and 按时报送, 按时公开: no report
        u.note,
        undefined,
        undefined,
      ].slice(0, width),
    );
  }
}

/**
 * roster.csv (--roster): the 名单核对 table — every unit, its status and reports, then the reports matching no unit or
 * several.
 */
export function* rosterCsvLines(batch: BatchResult, lang: Lang): Generator<string> {
  yield BOM + line(rosterCheckHeadings(lang));
  for (const r of rosterCheckRows(batch, lang)) yield line([r.unit, r.role, r.status, r.files, r.url, r.note]);
}

/**
 * summary.csv (ranking, with failed files as rows carrying their reason) and findings.csv, UTF-8 with BOM for Excel;
 * with a roster, roster.csv.
 */
export const csvFiles: BatchFormatter = (batch, { lang }) => {
  const view = batchView(batch);
  return [
    { name: 'summary.csv', chunks: summaryCsvLines(view, lang) },
    { name: 'findings.csv', chunks: findingsCsvLines(view, lang) },
    ...(batch.roster ? [{ name: 'roster.csv', chunks: rosterCsvLines(batch, lang) }] : []),
  ];
};
