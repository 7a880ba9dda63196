import { describe, expect, it } from 'vitest';
import { createProgress, type ProgressOptions } from '../../src/batch/progress.js';

/** A clock the test moves by `stepMs` before each tick; it reads 0 when the progress starts. */
function steppedClock(stepMs: number) {
  let t = 0;
  return { now: () => t, step: () => (t += stepMs) };
}

/** Runs `ticks` (true: scored, false: failed) through a progress and returns what it wrote. */
function plain(ticks: boolean[], o: Partial<ProgressOptions> & { stepMs: number }) {
  const lines: string[] = [];
  const clock = steppedClock(o.stepMs);
  const p = createProgress({
    total: ticks.length,
    lang: 'en',
    tty: false,
    quiet: false,
    write: (s) => lines.push(s),
    now: clock.now,
    ...o,
  });
  for (const ok of ticks) {
    clock.step();
    p.tick(ok);
  }
  p.stop();
  return lines;
}

describe('progress in a log (stderr not a terminal): plain lines', () => {
  it('prints a line at every tenth of the way and at the end, with rate, ETA and failures', () => {
    // 20 files, one per second: a line every 2 files; after k files the rate is k/k s = 1.0 per second
    // and the ETA is the 20 − k files left at that rate, in m:ss
    const ticks = Array.from({ length: 20 }, (_, i) => i !== 4); // the fifth file fails
    const lines = plain(ticks, { stepMs: 1000 });
    const expected = [2, 4, 6, 8, 10, 12, 14, 16, 18, 20].map(
      (k) =>
        `progress ${k}/20 (${k * 5}%), 1.0 reports/s, ETA 0:${String(20 - k).padStart(2, '0')}, failed ${k >= 5 ? 1 : 0}\n`,
    );
    expect(lines).toEqual(expected);
  });

  it('between tenths, prints at most once per interval', () => {
    // 1,000 files, one every 2 s, a line at least every 5 s: after files 3, 6 and 9 (6 s, 12 s, 18 s);
    // the first tenth is 100 files away. The rate is 0.5 per second: 997 files left take 1,994 s = 33:14.
    const lines = plain(
      Array.from({ length: 1000 }, () => true),
      { stepMs: 2000, intervalMs: 5000 },
    );
    expect(lines.slice(0, 3)).toEqual([
      'progress 3/1000 (0%), 0.5 reports/s, ETA 33:14, failed 0\n',
      'progress 6/1000 (0%), 0.5 reports/s, ETA 33:08, failed 0\n',
      'progress 9/1000 (0%), 0.5 reports/s, ETA 33:02, failed 0\n',
    ]);
  });

  it('speaks Chinese by default', () => {
    const lines = plain([true, true], { stepMs: 500, lang: 'zh' });
    // two files, each a tenth or more: a line for each; 1 file in 0.5 s is 2.0 per second, the other takes 0.5 s → 0:01 (rounded)
    expect(lines).toEqual([
      '评查进度 1/2（50%），2.0 份/秒，预计剩余 0:01，失败 0\n',
      '评查进度 2/2（100%），2.0 份/秒，预计剩余 0:00，失败 0\n',
    ]);
  });

  it('prints nothing when quiet or when there is nothing to do', () => {
    expect(plain([true, false, true], { stepMs: 1000, quiet: true })).toEqual([]);
    expect(plain([], { stepMs: 1000 })).toEqual([]);
  });
});

/** A terminal stream that records what is written to it. */
function fakeTerminal() {
  const stream = {
    isTTY: true,
    columns: 120,
    written: '',
    write(s: string) {
      stream.written += s;
      return true;
    },
  };
  return stream;
}

const ESC = '\u001b';
/** The frames drawn: each redraw moves to column 1 (ESC[1G), writes the bar, and clears to the right (ESC[0K). */
const frames = (written: string) =>
  written
    .split(`${ESC}[1G`)
    .slice(1)
    .map((f) => f.slice(0, f.indexOf(`${ESC}[0K`)));

describe('progress on a terminal: one bar redrawn in place', () => {
  it.each([
    ['zh', (bar: string, n: string, rest: string) => `评查 [${bar}] ${n} | ${rest}`, '2.0 份/秒 | 剩余 0s | 失败 1'],
    [
      'en',
      (bar: string, n: string, rest: string) => `assessing [${bar}] ${n} | ${rest}`,
      '2.0 reports/s | ETA 0s | failed 1',
    ],
  ] as const)(
    '%s: starts empty, ends full with the count, rate and failures; one line, kept; the cursor hidden, then shown',
    (lang, frame, end) => {
      const stream = fakeTerminal();
      const plainLines: string[] = [];
      const clock = steppedClock(500);
      const p = createProgress({
        total: 4,
        lang,
        tty: true,
        quiet: false,
        write: (s) => plainLines.push(s),
        stream: stream as never,
        now: clock.now,
      });
      for (const ok of [true, false, true, true]) {
        clock.step();
        p.tick(ok);
      }
      p.stop();
      const drawn = frames(stream.written);
      // the bar is 40 characters: '-' for what is left, '=' for what is done (cli-progress's legacy preset)
      expect(drawn[0]!.startsWith(frame('-'.repeat(40), '0/4', ''))).toBe(true);
      // 4 files in 2 s (one every 0.5 s): 2.0 per second; nothing left, so the ETA is 0 s; one failed
      expect(drawn.at(-1)).toBe(frame('='.repeat(40), '4/4', end));
      // redrawn in place: the one line break is the last thing written, after the bar is done (it stays on screen)
      expect(stream.written.indexOf('\n')).toBe(stream.written.length - 1);
      expect(stream.written.startsWith(`${ESC}7${ESC}[?25l`)).toBe(true); // cursor saved, then hidden
      expect(stream.written.indexOf(`${ESC}[?25h`)).toBeGreaterThan(stream.written.lastIndexOf(`${ESC}[0K`)); // shown again after the last frame
      expect(plainLines).toEqual([]); // the bar alone: no plain lines besides it
    },
  );

  it('draws nothing when quiet', () => {
    const stream = fakeTerminal();
    const p = createProgress({
      total: 2,
      lang: 'en',
      tty: true,
      quiet: true,
      write: () => {},
      stream: stream as never,
    });
    p.tick(true);
    p.stop();
    expect(stream.written).toBe('');
  });
});
