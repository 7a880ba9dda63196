import type { Evidence } from '../model/common.js';

/** Ends a clause: sentence ends, commas (not thousands separators), colons, line breaks. */
const CLAUSE_END = new Set(['。', '；', ';', '！', '!', '？', '?', '，', ',', '：', ':', '\n']);
const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?', '\n']);
const table = (set: Set<string>) => {
  const t = new Uint8Array(65536);
  for (const c of set) t[c.charCodeAt(0)] = 1;
  return t;
};
const CLAUSE_TABLE = table(CLAUSE_END);
const SENTENCE_TABLE = table(SENTENCE_END);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

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

  private isBoundary(i: number, set: Set<string>): boolean {
    const c = this.text[i]!;
    if (!set.has(c)) return false;
    // 1,203 keeps its thousands separator inside the clause
    if ((c === ',' || c === '，') && isDigit(this.text[i - 1]) && isDigit(this.text[i + 1])) return false;
    return true;
  }

  /** [start, end) of the clause holding offset: between commas, colons, semicolons and sentence ends. */
  clause(offset: number): [number, number] {
    return this.span(offset, CLAUSE_END);
  }

  /** [start, end) of the sentence holding offset. */
  sentence(offset: number): [number, number] {
    return this.span(offset, SENTENCE_END);
  }

  private clauseEnds?: Int32Array;
  private sentenceEnds?: Int32Array;

  /**
   * Clause and sentence spans come from boundary tables built in one pass on first use:
   * extraction asks for thousands of spans per document, and walking out to the boundaries
   * each time cost more than everything else.
   */
  private span(offset: number, set: Set<string>): [number, number] {
    if (!this.clauseEnds) this.boundaries();
    const ends = set === CLAUSE_END ? this.clauseEnds! : this.sentenceEnds!;
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
      if (CLAUSE_TABLE[c] !== 1) continue;
      if (SENTENCE_TABLE[c] === 1) {
        sentences.push(i);
        clauses.push(i);
      } else if (this.isBoundary(i, CLAUSE_END)) clauses.push(i);
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
  if (!/[\uff05\uff0e\uff10-\uff19]/u.test(text)) return text;
  return text
    .replace(/[\uff10-\uff19\uff05]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)\uff0e(?=\d)/gu, '.');
}
