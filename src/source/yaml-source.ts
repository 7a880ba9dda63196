import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import jsYaml from 'js-yaml';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { readUserFile } from './read-file.js';

/** Keys that would reach an object's prototype if copied naively into one. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Enough for hand-written anchors; far below what an alias bomb needs. */
const MAX_ALIAS_COUNT = 200;

/** Where a node stands: its first character, and just after its last (as SARIF's endColumn counts). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A parsed YAML (or JSON) file that can map a JSON pointer back to the span of its key or value. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** the text parsed (a BOM removed), for a check that must search it (pack/template-position.ts) */
  text?: string;
  locate(pointer: string, at?: 'key' | 'value'): Span | undefined;
}

/** `onBytes` sees the bytes read, once: the pipeline hashes what was parsed, not a second read. */
export function loadYamlFile(file: string, maxBytes?: number, onBytes?: (bytes: Uint8Array) => void): YamlSource {
  const bytes = readUserFile(file, maxBytes);
  onBytes?.(bytes);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return parseYamlText(text, file);
}

/**
 * Parses YAML or JSON. Well-formed plain files take a fast path (js-yaml, ~9× faster than
 * the `yaml` package on our reports); positions are then computed only if a problem needs
 * one. Anything unusual — an anchor or alias, a prototype key, a parse error — goes the
 * careful way, through `yaml` with its alias limit and precise error positions.
 */
export function parseYamlText(text: string, file: string): YamlSource {
  const fast = fastParse(text);
  if (fast !== undefined) {
    let careful: YamlSource | undefined;
    return {
      file,
      data: fast,
      text,
      locate: (pointer, at) => (careful ??= carefulParse(text, file)).locate(pointer, at),
    };
  }
  return carefulParse(text, file);
}

const UNUSUAL = /[&*]|__proto__|constructor|prototype/;

function fastParse(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    // CORE_SCHEMA: YAML 1.2 core types, as `yaml` reads them — dates stay strings, no merge keys.
    const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function carefulParse(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const span = (start: number, end: number): Span => {
    // a block value's range runs on over its line break (and a trailing comment's): the span ends at its last character
    let last = end;
    while (last > start && /\s/.test(text[last - 1]!)) last--;
    const { line: endLine, column: endColumn } = pos(last);
    return { ...pos(start), endLine, endColumn };
  };
  if (doc.errors.length > 0) {
    throw new ProblemError(
      doc.errors.map((e) =>
        problem(
          'yaml.syntax',
          file,
          { reason: firstLine(e.message) },
          e.pos[1] > e.pos[0] ? span(e.pos[0], e.pos[1]) : pos(e.pos[0]),
        ),
      ),
    );
  }
  const forbidden = findForbiddenKeys(doc, file, span);
  if (forbidden.length > 0) throw new ProblemError(forbidden);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      throw new ProblemError([problem('yaml.alias-bomb', file, {}, { line: 1, column: 1 })]);
    }
    throw new ProblemError([problem('yaml.syntax', file, { reason: firstLine((e as Error).message) })]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    if (data === null || data === undefined) throw new ProblemError([problem('file.empty', file)]);
    throw new ProblemError([
      problem(
        'yaml.not-a-mapping',
        file,
        { actual: Array.isArray(data) ? 'list' : typeof data },
        { line: 1, column: 1 },
      ),
    ]);
  }
  return {
    file,
    data,
    text,
    locate(pointer, at = 'value') {
      const range = rangeAt(doc, pointer, at);
      return range === undefined ? undefined : span(range[0], range[1]);
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function findForbiddenKeys(doc: Document, file: string, span: (start: number, end: number) => Span): Problem[] {
  const found: Problem[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
          const [start, end] = pair.key.range ?? [0, 0];
          found.push(problem('yaml.forbidden-key', file, { key: String(pair.key.value) }, span(start, end)));
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      node.items.forEach(visit);
    }
  };
  visit(doc.contents);
  return found;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The [start, end) offsets of the node (or its key) at a JSON pointer; the nearest ancestor when the
 * pointer runs past the document.
 */
function rangeAt(doc: Document, pointer: string, at: 'key' | 'value'): [number, number] | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of pointerSegments(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      keyNode = undefined;
      node = item;
    } else {
      break;
    }
  }
  const target = at === 'key' && keyNode ? keyNode : (node as Node | null);
  const found = target?.range ? target : keyNode;
  return found?.range ? [found.range[0], valueEnd(found)] : undefined;
}

/**
 * Where a node's own text ends. A scalar or flow collection's range says so; a block collection's
 * runs on over trailing comments and blank lines, so it ends where its last entry does.
 */
function valueEnd(node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items.at(-1);
    const inner = isPair(last) ? ((last.value as Node | null) ?? (last.key as Node | null)) : (last as Node | null);
    if (inner?.range) return valueEnd(inner);
  }
  return node.range![1];
}

/** Where a JSON pointer of a source is, as a problem records it: the pointer, then its line and column span. */
export function pointerAt(source: Pick<YamlSource, 'locate'>, pointer: string, at: 'key' | 'value' = 'value') {
  return { pointer, ...source.locate(pointer, at) };
}
