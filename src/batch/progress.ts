import cliProgress from 'cli-progress';
import type { Lang } from '../util/lang.js';

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
const clock = (s: number) =>
  Number.isFinite(s) ? `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}` : '--:--';

/** What the bar and the plain lines say, in each language. */
const WORDS = {
  zh: {
    bar: '评查 [{bar}] {value}/{total} | {speed} 份/秒 | 剩余 {eta_formatted} | 失败 {failed}',
    line: (p: LineParts) =>
      `评查进度 ${p.done}/${p.total}（${p.percent}%），${p.rate} 份/秒，预计剩余 ${p.eta}，失败 ${p.failed}\n`,
  },
  en: {
    bar: 'assessing [{bar}] {value}/{total} | {speed} reports/s | ETA {eta_formatted} | failed {failed}',
    line: (p: LineParts) =>
      `progress ${p.done}/${p.total} (${p.percent}%), ${p.rate} reports/s, ETA ${p.eta}, failed ${p.failed}\n`,
  },
} as const;
interface LineParts {
  done: number;
  total: number;
  percent: number;
  rate: string;
  eta: string;
  failed: number;
}

/**
 * Progress on stderr: a bar with count, rate and ETA on a terminal; periodic plain lines in logs; nothing when quiet.
 */
export function createProgress(o: ProgressOptions): Progress {
  if (o.quiet || o.total === 0) return { tick() {}, stop() {} };
  return o.tty && o.stream ? barProgress(o, o.stream) : lineProgress(o);
}

/** A bar redrawn in place on the terminal. */
function barProgress(o: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const now = o.now ?? Date.now;
  const started = now();
  let done = 0;
  let failed = 0;
  const bar = new cliProgress.SingleBar(
    { stream, format: WORDS[o.lang].bar, hideCursor: true, clearOnComplete: false, etaBuffer: 50, fps: 10 },
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

/** Plain lines for a log: at every tenth of the way, and at most every `intervalMs` in between. */
function lineProgress(o: ProgressOptions): Progress {
  const now = o.now ?? Date.now;
  const started = now();
  let done = 0;
  let failed = 0;
  const interval = o.intervalMs ?? 5000;
  let lastLine = started;
  let lastTenth = 0;
  const line = () => {
    const r = rate(done, now() - started);
    const eta = r > 0 ? (o.total - done) / r : Infinity;
    o.write(
      WORDS[o.lang].line({
        done,
        total: o.total,
        percent: Math.floor((done / o.total) * 100),
        rate: r.toFixed(1),
        eta: clock(eta),
        failed,
      }),
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
