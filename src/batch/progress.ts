import cliProgress from 'cli-progress';
import type { Lang } from '../problems/messages.js';

export interface Progress {
  tick(ok: boolean): void;
  stop(): void;
}

export interface ProgressOptions {
  total: number;
  lang: Lang;
  /** a bar redrawn in place (stderr is a terminal), plain lines otherwise */
  tty: boolean;
  quiet: boolean;
  write: (s: string) => void;
  /** for the bar: the terminal stream it redraws on */
  stream?: NodeJS.WriteStream;
  /** plain mode prints a line at most this often (ms), and at every tenth of the way */
  intervalMs?: number;
  now?: () => number;
}

const rate = (done: number, ms: number) => (ms > 0 ? (done / ms) * 1000 : 0);
const clock = (s: number) => (Number.isFinite(s) ? `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}` : '--:--');

/** Progress on stderr: a bar with count, rate and ETA on a terminal; periodic plain lines in logs; nothing when quiet. */
export function createProgress(o: ProgressOptions): Progress {
  if (o.quiet || o.total === 0) return { tick() {}, stop() {} };
  const now = o.now ?? Date.now;
  const started = now();
  let done = 0;
  let failed = 0;
  const unit = o.lang === 'zh' ? '份/秒' : 'reports/s';
  if (o.tty && o.stream) {
    const bar = new cliProgress.SingleBar(
      {
        stream: o.stream,
        format:
          o.lang === 'zh'
            ? '评查 [{bar}] {value}/{total} | {speed} 份/秒 | 剩余 {eta_formatted} | 失败 {failed}'
            : 'assessing [{bar}] {value}/{total} | {speed} reports/s | ETA {eta_formatted} | failed {failed}',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
        fps: 10,
      },
      cliProgress.Presets.legacy,
    );
    bar.start(o.total, 0, { speed: '0', failed: 0 });
    return {
      tick(ok) {
        done++;
        if (!ok) failed++;
        bar.update(done, { speed: rate(done, now() - started).toFixed(1), failed });
      },
      stop() {
        bar.stop();
      },
    };
  }
  const interval = o.intervalMs ?? 5000;
  let lastLine = started;
  let lastTenth = 0;
  const line = () => {
    const elapsed = now() - started;
    const r = rate(done, elapsed);
    const eta = r > 0 ? (o.total - done) / r : Infinity;
    o.write(
      o.lang === 'zh'
        ? `评查进度 ${done}/${o.total}（${Math.floor((done / o.total) * 100)}%），${r.toFixed(1)} ${unit}，预计剩余 ${clock(eta)}，失败 ${failed}\n`
        : `progress ${done}/${o.total} (${Math.floor((done / o.total) * 100)}%), ${r.toFixed(1)} ${unit}, ETA ${clock(eta)}, failed ${failed}\n`,
    );
  };
  return {
    tick(ok) {
      done++;
      if (!ok) failed++;
      const tenth = Math.floor((done / o.total) * 10);
      const t = now();
      if (done === o.total || tenth > lastTenth || t - lastLine >= interval) {
        lastTenth = tenth;
        lastLine = t;
        line();
      }
    },
    stop() {},
  };
}
