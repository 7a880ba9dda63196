import type { Assessment } from '../model/assessment.js';
import type { BatchError, BatchResult } from '../model/batch.js';
import type { RosterReportEntry, RosterUnitEntry } from '../model/roster.js';
import { listSep, roleLabel, type Lang } from './labels.js';

// How a batch with a roster (--roster) shows the office's round in its tables: two columns on
// the summary (the roster's unit, and 名单核对 — how the report was matched, what the roster
// supplied, what conflicts), a row per unit without a report, and a 名单核对 table of every unit.

const WORDS = {
  zh: {
    unit: '名单单位',
    roleRank: '同类排名',
    submittedOnTime: '按时报送',
    publishedOnTime: '按时公开',
    on_time: '按时',
    late: '逾期',
    unknown: '待核实',
    check: '名单核对',
    status: '状态',
    files: '报告文件',
    url: '公开网址',
    note: '说明',
    role: '主体类型',
    submitted: '已报送',
    submittedMany: '已报送（多份）',
    not_submitted: '未报送',
    not_scored: '未评查',
    unmatched: '名单外',
    ambiguous: '匹配不明',
    sheet: '名单核对',
    counts:
      '名单 {units} 个单位：已报送 {submitted}，未报送 {notSubmitted}，未评查 {notScored}；' +
      '名单外报告 {unmatched} 份，匹配不明 {ambiguous} 份，有多份报告的单位 {duplicates} 个',
  },
  en: {
    unit: 'Roster unit',
    roleRank: 'Rank in role',
    submittedOnTime: 'Submitted on time',
    publishedOnTime: 'Published on time',
    on_time: 'on time',
    late: 'late',
    unknown: 'to check',
    check: 'Roster check',
    status: 'Status',
    files: 'Reports',
    url: 'Published at',
    note: 'Note',
    role: 'Role',
    submitted: 'submitted',
    submittedMany: 'submitted (several)',
    not_submitted: 'not submitted',
    not_scored: 'not scored',
    unmatched: 'not in the roster',
    ambiguous: 'ambiguous',
    sheet: 'Roster check',
    counts:
      'Roster: {units} units — {submitted} submitted, {notSubmitted} not submitted, {notScored} not scored; ' +
      '{unmatched} reports not in the roster, {ambiguous} ambiguous, {duplicates} units with several reports',
  },
} as const;

export const rosterWord = (lang: Lang, key: keyof (typeof WORDS)['zh']) => WORDS[lang][key];

/** 按时报送 and 按时公开, as the deadline rules found (score/totals.ts): the two cells of the office's summary. */
export const deadlineCells = (lang: Lang, a: Assessment): (string | undefined)[] =>
  (['submitted', 'published'] as const).map((d) => {
    const status = a.deadlines?.[d];
    return status === undefined ? undefined : rosterWord(lang, status);
  });

/** The 名单核对 table's column headings, in the order every format writes them (CSV, HTML, the workbook). */
export const rosterCheckHeadings = (lang: Lang): string[] =>
  (['unit', 'role', 'status', 'files', 'url', 'note'] as const).map((k) => rosterWord(lang, k));

/** The roster's counts in one line: the head of a page, the end of a run. */
export function rosterCountsLine(batch: BatchResult, lang: Lang): string | undefined {
  const c = batch.roster?.counts;
  if (!c) return undefined;
  return WORDS[lang].counts.replace(/\{(\w+)\}/g, (_, k: string) => String(c[k as keyof typeof c]));
}

export function unitStatusLabel(lang: Lang, u: RosterUnitEntry): string {
  if (u.status === 'submitted') return u.files.length > 1 ? WORDS[lang].submittedMany : WORDS[lang].submitted;
  return WORDS[lang][u.status];
}

export const unitRoleCell = (lang: Lang, u: RosterUnitEntry) => (u.role ? roleLabel(lang, u.role) : undefined);

/** The roster cell of a report's summary row: the unit it counts for, and the decision in words. */
export const reportUnitCell = (lang: Lang, r: RosterReportEntry | undefined) =>
  r?.status === 'matched' ? r.unit : r?.candidates?.join(listSep(lang));

/**
 * The 名单核对 table: every unit of the roster in roster order — its status, its reports (the
 * counted one first), the decision in words — then each report that matched no unit, or more than one.
 */
export function rosterCheckRows(
  batch: BatchResult,
  lang: Lang,
): { unit?: string; role?: string; status: string; files: string; url?: string; note: string; alarm: boolean }[] {
  const roster = batch.roster;
  if (!roster) return [];
  const sep = listSep(lang);
  const units = roster.units.map((u) => ({
    unit: u.unit,
    ...(u.role ? { role: roleLabel(lang, u.role) } : {}),
    status: unitStatusLabel(lang, u),
    files: u.files.join(sep),
    ...(u.publishedUrl ? { url: u.publishedUrl } : {}),
    note: u.note,
    alarm: u.status !== 'submitted' || u.choice !== undefined,
  }));
  const loose = roster.reports
    .filter((r) => r.status !== 'matched')
    .map((r) => ({
      ...(r.candidates ? { unit: r.candidates.join(sep) } : {}),
      status: WORDS[lang][r.status as 'unmatched' | 'ambiguous'],
      files: r.file,
      note: r.note,
      alarm: true,
    }));
  return [...units, ...loose];
}

/**
 * The 未报送 units as the card formats (md, junit, sarif) list an input they could not score:
 * named by the unit, the message saying 未报送 and the grade — so no output that lists the
 * reports leaves out a unit that sent none.
 */
export function notSubmittedEntries(batch: BatchResult, _lang: Lang): BatchError[] {
  return (batch.roster?.units ?? [])
    .filter((u) => u.status === 'not_submitted')
    .map((u) => ({
      file: u.unit,
      message: `${u.unit}: ${u.note}`,
      problems: [
        {
          code: 'roster.not-submitted',
          severity: 'error' as const,
          message: u.note,
          params: { unit: u.unit, grade: u.grade ?? '' },
        },
      ],
    }));
}

/**
 * What a batch with a roster says on stderr after the run, one line each: every report matching
 * no unit or several, every unit with more than one report (the choice and why), every unit
 * without a report — then the counts. Nothing about the round is decided silently.
 */
export function rosterStderrLines(batch: BatchResult, lang: Lang): string[] {
  const roster = batch.roster;
  if (!roster) return [];
  const lines = [
    ...roster.reports.filter((r) => r.status !== 'matched').map((r) => `${r.file}: ${r.note}`),
    ...roster.units.filter((u) => u.choice || u.status !== 'submitted').map((u) => `${u.unit}: ${u.note}`),
  ];
  const counts = rosterCountsLine(batch, lang);
  return counts ? [...lines, counts] : lines;
}
