import type { RosterChoiceReason, RosterReportEntry } from '../model/roster.js';
import { ROLE_NAMES } from '../model/role-names.js';
import type { ReportRole } from '../model/report.js';
import type { Lang } from '../problems/messages.js';

// The roster's decisions in words, one line each: the 名单核对 column of every batch output.

const role = (r: string | number, lang: Lang) =>
  r in ROLE_NAMES ? ROLE_NAMES[r as ReportRole][lang === 'zh' ? 'zh' : 'en'] : String(r);
const sep = (lang: Lang) => (lang === 'zh' ? '；' : '; ');
const q = (s: string | number, lang: Lang) => (lang === 'zh' ? `“${s}”` : `"${s}"`);

const FIELD = {
  role: { zh: '主体类型', en: 'role' },
  year: { zh: '年度', en: 'year' },
  submittedOn: { zh: '报送日期', en: 'submitted on' },
  publishedOn: { zh: '公开日期', en: 'published on' },
} as const;

export function matchedText(by: 'name' | 'alias' | 'file-name', matched: string, lang: Lang): string {
  if (lang === 'zh')
    return by === 'name'
      ? '按单位名称匹配'
      : by === 'alias'
        ? `按别名${q(matched, lang)}匹配`
        : `按文件名中的${q(matched, lang)}匹配`;
  return by === 'name'
    ? 'matched by name'
    : by === 'alias'
      ? `matched by the alias ${q(matched, lang)}`
      : `matched by ${q(matched, lang)} in the file name`;
}

export function appliedText(a: RosterReportEntry['applied'][number], lang: Lang): string {
  const value = a.field === 'role' ? role(a.value, lang) : String(a.value);
  const before = a.report === undefined ? undefined : a.field === 'role' ? role(a.report, lang) : String(a.report);
  if (lang === 'zh')
    return `${FIELD[a.field].zh}按名单为 ${value}${before === undefined ? '（报告未载明）' : `（报告为 ${before}）`}`;
  const report = before === undefined ? ' (not in the report)' : ` (the report: ${before})`;
  return `${FIELD[a.field].en} ${value} from the roster${report}`;
}

export function conflictText(c: RosterReportEntry['conflicts'][number], lang: Lang): string {
  if (c.field === 'authority') {
    return lang === 'zh'
      ? `报告署名${q(c.report, lang)}与名单${q(c.roster, lang)}不同（署名未改动，请核对）`
      : `the report signs ${q(c.report, lang)}, the roster says ${q(c.roster, lang)} (kept; check it)`;
  }
  return lang === 'zh'
    ? `报告年度 ${c.report} 与名单年度 ${c.roster} 不同（按报告年度评查，请核对）`
    : `the report is for ${c.report}, the roster expects ${c.roster} (scored for ${c.report}; check it)`;
}

export function eventsText(ids: string[], lang: Lang): string {
  return lang === 'zh'
    ? `名单登记事件 ${ids.length} 起（${ids.join('、')}）`
    : `${ids.length} event(s) from the roster (${ids.join(', ')})`;
}

export function ambiguousText(matched: string[], candidates: string[], lang: Lang): string {
  return lang === 'zh'
    ? `匹配不明：文件名同时含有${matched.map((m) => q(m, lang)).join('')}，可能属于 ${candidates.join('、')}，` +
        '未计入任何单位；请在名单中补充别名或修改文件名'
    : `ambiguous: the file name holds ${matched.map((m) => q(m, lang)).join(' and ')} ` +
        `and may belong to ${candidates.join(', ')}; counted for no unit: ` +
        'add an alias to the roster or rename the file';
}

export function unmatchedText(authority: string | undefined, lang: Lang): string {
  return lang === 'zh'
    ? `名单外：名单中没有与${authority ? `署名${q(authority, lang)}` : '报告'}或文件名对应的单位，` +
        '未计入排名；请核对名单，或在别名中补充'
    : `not in the roster: no unit matches ${authority ? `the name ${q(authority, lang)}` : 'the report'} ` +
        'or the file name; not ranked: check the roster or add an alias';
}

export interface Candidate {
  file: string;
  named: boolean;
  yearMatches: boolean;
  returned: boolean;
  documentDate?: string;
}

/** Why `chosen` was taken over `other`: the first test that tells them apart. */
export function choiceReason(chosen: Candidate, other: Candidate): RosterChoiceReason {
  if (chosen.named !== other.named) return 'named';
  if (chosen.yearMatches !== other.yearMatches) return 'year';
  if (chosen.returned !== other.returned) return 'not-returned';
  if (chosen.documentDate !== other.documentDate) return 'later-date';
  return 'first-file';
}

export function choiceText(
  reason: RosterChoiceReason,
  chosen: Candidate,
  others: Candidate[],
  year: number | undefined,
  lang: Lang,
): string {
  const other = others[0]!;
  const why = {
    named: {
      zh: '其署名与名单一致，另一份仅按文件名匹配',
      en: 'it signs a roster name; the other matched only by file name',
    },
    year: { zh: `其年度与名单一致（${year}）`, en: `it is for the roster's year (${year})` },
    'not-returned': {
      zh: '另一份被退回重报（非年度报告或非全年）',
      en: 'the other is returned for resubmission (not an annual report, or not the whole year)',
    },
    'later-date': {
      zh: `其落款日期较晚（${chosen.documentDate}，另一份${other.documentDate ? ` ${other.documentDate}` : '未载明'}），视为修订稿`,
      en:
        `its date is later (${chosen.documentDate}; the other ${other.documentDate ?? 'gives none'}): ` +
        'taken as the revision',
    },
    'first-file': {
      zh: '两份无法区分，取文件路径在前的一份，请人工确认',
      en: 'nothing tells them apart: the first by file path is taken; check by hand',
    },
  }[reason][lang];
  const list = others.map((o) => o.file).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh'
    ? `该单位有 ${others.length + 1} 份报告，采用 ${chosen.file}，因为${why}；未采用：${list}`
    : `${others.length + 1} reports for this unit: ${chosen.file} is counted because ${why}; not counted: ${list}`;
}

export function notCountedText(chosen: string, reason: string, lang: Lang): string {
  return lang === 'zh'
    ? `未采用：该单位采用 ${chosen}（${reason}），本份不计入排名`
    : `not counted: ${chosen} is counted for this unit (${reason}); this one is not ranked`;
}

export const REASON_SHORT: Record<RosterChoiceReason, Record<Lang, string>> = {
  named: { zh: '署名与名单一致', en: 'signs a roster name' },
  year: { zh: '年度与名单一致', en: "the roster's year" },
  'not-returned': { zh: '另一份被退回重报', en: 'the other is returned' },
  'later-date': { zh: '落款日期较晚', en: 'later date' },
  'first-file': { zh: '无法区分，按文件路径，请人工确认', en: 'indistinguishable: by file path, check by hand' },
};

export function notSubmittedText(grade: string, candidates: string[], lang: Lang): string {
  const maybe = candidates.length
    ? lang === 'zh'
      ? `；可能是其报告但匹配不明：${candidates.join('、')}`
      : `; these reports may be its own but matched ambiguously: ${candidates.join(', ')}`
    : '';
  return lang === 'zh'
    ? `未报送：没有与该单位匹配的报告，按细则评为${grade}${maybe}`
    : `not submitted: no report matches this unit; graded ${grade} as the checklist says${maybe}`;
}

export function notScoredText(files: string[], interrupted: boolean, lang: Lang): string {
  if (files.length > 0)
    return lang === 'zh'
      ? `报告无法评查：${files.join('、')}（原因见错误清单）`
      : `its report could not be scored: ${files.join(', ')} (see the errors)`;
  return interrupted
    ? lang === 'zh'
      ? '评查被中断，未能确定是否报送；请重新运行'
      : 'the run was interrupted: whether it submitted is not known; run again'
    : '';
}

export function submittedText(file: string, lang: Lang): string {
  return lang === 'zh' ? `已报送：${file}` : `submitted: ${file}`;
}

export const join = (parts: (string | undefined)[], lang: Lang) => parts.filter(Boolean).join(sep(lang));
