import type { Evidence } from '../model/common.js';

/*
 * Evidence objects are built as literals of a few fixed shapes, their keys in the order the
 * output has always had: quote, line, column, offset, approximate (only when true), then note
 * and scope in the order they were given. Spreading evidence into a new object ({ ...e, note })
 * met a different hidden class at nearly every site and took V8's generic copy; a literal per
 * shape is a plain allocation. A key without a value is left out, as it always was.
 */

/** Evidence at a place in the text, with a note when there is one. */
export function placed(
  quote: string,
  line: number,
  column: number,
  offset: number,
  approximate: boolean,
  note?: string,
): Evidence {
  if (note === undefined)
    return approximate ? { quote, line, column, offset, approximate: true } : { quote, line, column, offset };
  return approximate ? { quote, line, column, offset, approximate: true, note } : { quote, line, column, offset, note };
}

/** Whether `e` has the keys `placed` gives, in its order: then it can be rebuilt as a literal. */
const isPlaced = (e: Evidence): boolean =>
  e.scope === undefined &&
  e.line !== undefined &&
  e.column !== undefined &&
  e.offset !== undefined &&
  (e.approximate === undefined || e.approximate);

/**
 * `{ ...e, note }`: the note added after the evidence's keys, or given a new value where it
 * stands. Evidence of another shape (a web page's title, quoted without a place) is copied the
 * generic way.
 */
export function withNote(e: Evidence, note: string): Evidence {
  if (!isPlaced(e)) return { ...e, note };
  return placed(e.quote, e.line!, e.column!, e.offset!, e.approximate === true, note);
}

/** `{ ...e, scope }` — or `{ ...e }` when the scope is undefined: a copy that says whose figure it is. */
export function withScope(e: Evidence, scope: string | undefined): Evidence {
  if (!isPlaced(e)) return scope === undefined ? { ...e } : { ...e, scope };
  const { quote, line, column, offset, note } = e as Required<Evidence>;
  const approximate = e.approximate === true;
  if (scope === undefined) return placed(quote, line, column, offset, approximate, note);
  if (note === undefined)
    return approximate
      ? { quote, line, column, offset, approximate: true, scope }
      : { quote, line, column, offset, scope };
  return approximate
    ? { quote, line, column, offset, approximate: true, note, scope }
    : { quote, line, column, offset, note, scope };
}
