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
export function rosterRankingText(batch: BatchResult, lang: Lang): string {
  const view = batchView(batch);
  const zh = lang === 'zh';
  const report = (i: number) => {
    const r = view.rows[i]!;
    const a = r.a;
    const mark = a.returned ? (zh ? ' 退回重报' : ' returned') : a.vetoed ? (zh ? ' 一票否决' : ' vetoed') : '';
    const unranked = r.roster && !r.roster.counted ? (zh ? ' 未计入排名' : ' not ranked') : '';
    return `${(r.rank === undefined ? '-' : String(r.rank)).padStart(4)}  ${String(a.percent).padStart(5)}%  ${padEnd(a.grade, 8)}${padEnd(a.report.authority ?? '', 24)}${a.report.file}${mark}${unranked}${machineMark(lang, a)}`;
  };
  const units = view.units.map(
    (u) =>
      `${(u.rank === undefined ? '-' : String(u.rank)).padStart(4)}  ${'-'.padStart(6)}  ${padEnd(u.grade ?? '', 8)}${padEnd(u.unit, 24)}${u.status === 'not_submitted' ? (zh ? '未报送' : 'not submitted') : zh ? '未评查' : 'not scored'}`,
  );
  const lines = [
    ...view.rows.slice(0, view.ranked).map((_, i) => report(i)),
    ...units,
    ...view.rows.slice(view.ranked).map((_, i) => report(view.ranked + i)),
  ];
  const errors = batch.errors.map((e) => `   -  ${zh ? '  错误' : ' error'}  ${e.file}`);
  return [...lines, ...errors].join('\n') + (lines.length + errors.length ? '\n' : '');
}
