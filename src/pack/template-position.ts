import type { Span, YamlSource } from '../source/yaml-source.js';

/**
 * Where the `nth` (0-based) occurrence of `text` stands inside the scalar at `pointer`: its
 * span in the file, so a bad placeholder is pointed at, not the start of its message.
 * A YAML source maps pointers to node starts only, so its text is searched (this runs only when
 * there is a problem to report) from the scalar's start, up to the next line
 * indented no deeper than the line the scalar starts on. When the text is not there verbatim
 * (written with escapes), the scalar's own start is the answer.
 */
export function locateInScalar(source: YamlSource, pointer: string, text: string, nth: number): Span | undefined {
  const start = source.locate(pointer);
  if (!start) return undefined;
  if (source.text === undefined) return start;
  const lines = source.text.split('\n');
  const first = lines[start.line - 1];
  if (first === undefined) return start;
  const indent = (l: string) => l.length - l.trimStart().length;
  const own = indent(first);
  let seen = 0;
  for (let n = start.line - 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (n > start.line - 1 && line.trim() !== '' && indent(line) <= own) break;
    let from = n === start.line - 1 ? start.column - 1 : 0;
    for (let at = line.indexOf(text, from); at >= 0; at = line.indexOf(text, from)) {
      if (seen++ === nth) return { line: n + 1, column: at + 1, endLine: n + 1, endColumn: at + 1 + text.length };
      from = at + text.length;
    }
  }
  return start;
}
