import type { BatchResult } from '../model/batch.js';
import type { Lang } from '../problems/messages.js';
import { batchView } from '../render/batch-view.js';
import { machineMark } from '../render/review-view.js';
import { padEnd } from '../util/text-layout.js';

/**
 * Without --out, with --roster: the ranking on stdout as batch prints it (rank, percent, grade,
 * authority, file), the units without a report after the ranked ones (未报送 with its rank and
 * grade), then the reports counted for no unit, unranked ("-").
 */
/** One line of a ranking on stdout: rank, percent, grade, name, then what follows (a file, a mark). */
export function rankingLine(
  rank: number | undefined,
  percent: string,
  grade: string,
  name: string,
  rest: string,
): string {
  const place = (rank === undefined ? '-' : String(rank)).padStart(4);
  return `${place}  ${percent.padStart(6)}  ${padEnd(grade, 8)}${padEnd(name, 24)}${rest}`;
}

export function rosterRankingText(batch: BatchResult, lang: Lang): string {
  const view = batchView(batch);
  const zh = lang === 'zh';
  const report = (i: number) => {
    const r = view.rows[i]!;
    const a = r.a;
    const mark = a.returned ? (zh ? ' 退回重报' : ' returned') : a.vetoed ? (zh ? ' 一票否决' : ' vetoed') : '';
    const unranked = r.roster && !r.roster.counted ? (zh ? ' 未计入排名' : ' not ranked') : '';
    const rest = `${a.report.file}${mark}${unranked}${machineMark(lang, a)}`;
    return rankingLine(r.rank, `${a.percent}%`, a.grade, a.report.authority ?? '', rest);
  };
  const units = view.units.map((u) => {
    const status = u.status === 'not_submitted' ? (zh ? '未报送' : 'not submitted') : zh ? '未评查' : 'not scored';
    return rankingLine(u.rank, '-', u.grade ?? '', u.unit, status);
  });
  const lines = [
    ...view.rows.slice(0, view.ranked).map((_, i) => report(i)),
    ...units,
    ...view.rows.slice(view.ranked).map((_, i) => report(view.ranked + i)),
  ];
  const errors = batch.errors.map((e) => `   -  ${zh ? '  错误' : ' error'}  ${e.file}`);
  return [...lines, ...errors].join('\n') + (lines.length + errors.length ? '\n' : '');
}
