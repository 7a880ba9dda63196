import type { Evidence } from '../model/common.js';

/**
 * Ends a clause: sentence ends (。；;！!？? and line breaks), commas (not thousands separators)
 * and colons. A dozen comparisons, not a 64 KB table per set.
 */
const COMMA = 0x2c;
const FULL_COMMA = 0xff0c;
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f || c === 0x0a;
const isClauseOnlyEnd = (c: number) => c === FULL_COMMA || c === COMMA || c === 0xff1a || c === 0x3a;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** A document's text with the positions evidence needs: offset → line and column (1-based, in characters). */
export class TextIndex {
  private readonly lineStarts: number[] = [0];
  /** the text as written, for quotes (`text` may have its full-width digits made ASCII) */
  private readonly written: string;
  private surrogates?: boolean;

  constructor(
    readonly text: string,
    written?: string,
  ) {
    this.written = written ?? text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    // columns count characters (code points), as editors show them; without surrogate pairs that is the UTF-16 distance
    const start = this.lineStarts[lo]!;
    this.surrogates ??= /[\ud800-\udfff]/.test(this.text);
    return { line: lo + 1, column: (this.surrogates ? codePointLength(this.text, start, offset) : offset - start) + 1 };
  }

  /** Offset of a line's first character. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const end = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\n$/, '');
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** [start, end) of the clause holding offset: between commas, colons, semicolons and sentence ends. */
  clause(offset: number): [number, number] {
    return this.span(offset, true);
  }

  /** [start, end) of the sentence holding offset. */
  sentence(offset: number): [number, number] {
    return this.span(offset, false);
  }

  private clauseEnds?: Int32Array;
  private sentenceEnds?: Int32Array;

  /**
   * Clause and sentence spans come from boundary tables built in one pass on first use:
   * extraction asks for thousands of spans per document, and walking out to the boundaries
   * each time cost more than everything else.
   */
  private span(offset: number, clause: boolean): [number, number] {
    if (!this.clauseEnds) this.boundaries();
    const ends = clause ? this.clauseEnds! : this.sentenceEnds!;
    // the first boundary at or after offset ends the span; the one before it starts it
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    const end = lo < ends.length ? ends[lo]! : this.text.length;
    const start = lo > 0 ? ends[lo - 1]! + 1 : 0;
    return [start, end];
  }

  private boundaries(): void {
    const clauses: number[] = [];
    const sentences: number[] = [];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSentenceEnd(c)) {
        sentences.push(i);
        clauses.push(i);
        // 1,203 keeps its thousands separator inside the clause
      } else if (isClauseOnlyEnd(c) && !((c === COMMA || c === FULL_COMMA) && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)))) clauses.push(i);
    }
    this.clauseEnds = Int32Array.from(clauses);
    this.sentenceEnds = Int32Array.from(sentences);
  }

  /** Evidence for [start, end): the trimmed text, where it starts, and whether it is approximate. */
  evidence(start: number, end: number, approximate = false): Evidence {
    const raw = this.written.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const quote = raw.trim().replace(/\s+/g, ' ');
    const at = start + lead;
    const { line, column } = this.position(at);
    return { quote, line, column, offset: at, ...(approximate ? { approximate: true } : {}) };
  }
}

function codePointLength(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * Full-width digits, ％ and a full-width decimal point between digits made ASCII, so one
 * value pattern reads １２件 and ９５．５％. Every replacement is one UTF-16 unit for one, so
 * offsets (and evidence positions) stay those of the text as written.
 */
export function asciiDigits(text: string): string {
  // no u flag: the class is BMP characters only, and V8 scans a non-unicode class faster
  if (!/[\uff05\uff0e\uff10-\uff19]/.test(text)) return text;
  return text
    .replace(/[\uff10-\uff19\uff05]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)\uff0e(?=\d)/gu, '.');
}
