// The WHATWG UTF-8 decoder's judgement of bytes that are not valid UTF-8 throughout, counted rather
// than decoded: how many sequences are invalid, and where the stretches of real UTF-8 text lie.

/**
 * A stretch of valid UTF-8 counts as UTF-8 text from this many consecutive 3–4 byte sequences on
 * (CJK characters). GBK forms one by accident for about one character in 25, practically never four in a row.
 */
const RUN_MIN = 4;

export interface Utf8Run {
  start: number;
  end: number;
  /** 3–4 byte sequences (CJK and other characters from U+0800 up) */
  weight: number;
  /** where the first and the last of them start: the run's lines, without the ASCII around it */
  firstWide: number;
  lastWide: number;
}

export interface Utf8Scan {
  /** invalid sequences, counted as a WHATWG decoder counts U+FFFD */
  invalid: number;
  /** valid sequences of 2–4 bytes */
  multibyte: number;
  /** stretches between errors holding at least RUN_MIN 3–4 byte sequences */
  runs: Utf8Run[];
  /** offsets of the first invalid sequences (enough to name the lines a message names) */
  errors: number[];
  firstError: number;
  lastError: number;
}

// Long: one pass of the WHATWG UTF-8 decoder over the bytes, counting instead of decoding. One
// function on purpose: a byte-level state machine whose state (the sequence under way, the current
// run) a split would hand in and out at every byte of a file that is not valid UTF-8.
export function scanUtf8(b: Uint8Array): Utf8Scan {
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let seqStart = 0;
  let invalid = 0;
  let multibyte = 0;
  let runStart = 0;
  let runWeight = 0;
  let firstWide = 0;
  let lastWide = 0;
  let firstError = -1;
  let lastError = -1;
  const runs: Utf8Run[] = [];
  const errors: number[] = [];
  const error = (at: number, next: number) => {
    invalid++;
    if (errors.length < 64) errors.push(at);
    if (firstError < 0) firstError = at;
    lastError = at;
    if (runWeight >= RUN_MIN) runs.push({ start: runStart, end: at, weight: runWeight, firstWide, lastWide });
    runStart = next;
    runWeight = 0;
  };
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    if (needed === 0) {
      if (x < 0x80) continue;
      seqStart = i;
      if (x >= 0xc2 && x <= 0xdf) needed = 1;
      else if (x >= 0xe0 && x <= 0xef) {
        if (x === 0xe0) lower = 0xa0;
        else if (x === 0xed) upper = 0x9f;
        needed = 2;
      } else if (x >= 0xf0 && x <= 0xf4) {
        if (x === 0xf0) lower = 0x90;
        else if (x === 0xf4) upper = 0x8f;
        needed = 3;
      } else error(i, i + 1);
      continue;
    }
    if (x < lower || x > upper) {
      // the sequence is cut short; this byte starts afresh
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      error(seqStart, i);
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      multibyte++;
      if (needed >= 2) {
        if (runWeight++ === 0) firstWide = seqStart;
        lastWide = seqStart;
      }
      needed = seen = 0;
    }
  }
  if (needed !== 0) error(seqStart, b.length);
  if (runWeight >= RUN_MIN) runs.push({ start: runStart, end: b.length, weight: runWeight, firstWide, lastWide });
  return { invalid, multibyte, runs, errors, firstError, lastError };
}

/** The byte ranges between the runs. */
export function gaps(runs: Utf8Run[], length: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const r of runs) {
    if (r.start > at) out.push([at, r.start]);
    at = r.end;
  }
  if (at < length) out.push([at, length]);
  return out;
}
