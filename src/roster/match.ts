import type { RosterMatchBy } from '../model/roster.js';
import { baseName } from '../util/base-name.js';
import type { LoadedUnit } from './types.js';

/**
 * Names as compared: full-width letters, digits and brackets made half-width (NFKC), every blank
 * removed. Nothing else is forgiven — 县市场监管局 is not 县市场监督管理局 unless the roster lists
 * it as an alias: a near match is a guess, and a guess about whose report this is would score
 * the wrong unit.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** A name or alias of a unit, ready to look up. */
interface Name {
  key: string;
  unit: number;
  kind: 'name' | 'alias';
  text: string;
}

export interface RosterIndex {
  units: readonly LoadedUnit[];
  byKey: Map<string, Name>;
  /**
   * Each name filed under its rarest two characters (a one-character name under itself): a file
   * name is searched only for the names filed under a pair it contains. In a county's roster every
   * name starts 青禾县 and many end 局, so a pair from the middle tells them apart; 2,000 units
   * against 2,000 file names cost 1.2 s by trying every name, a few ms this way.
   */
  byGram: Map<string, Name[]>;
}

export function indexRoster(units: readonly LoadedUnit[]): RosterIndex {
  const byKey = new Map<string, Name>();
  units.forEach((u, unit) => {
    for (const [text, kind] of [[u.name, 'name'], ...u.aliases.map((a) => [a, 'alias'])] as [
      string,
      'name' | 'alias',
    ][]) {
      const key = nameKey(text);
      // load-roster refuses a name two units share; within one unit the first (its name) wins.
      if (key && !byKey.has(key)) byKey.set(key, { key, unit, kind, text });
    }
  });
  const names = [...byKey.values()];
  const frequency = new Map<string, number>();
  for (const n of names) for (const g of new Set(grams(n.key))) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const byGram = new Map<string, Name[]>();
  for (const n of names) {
    const rarest = grams(n.key).reduce((best, g) => (frequency.get(g)! < frequency.get(best)! ? g : best));
    let list = byGram.get(rarest);
    if (!list) byGram.set(rarest, (list = []));
    list.push(n);
  }
  return { units, byKey, byGram };
}

/** A key's two-character pieces; a one-character key is its own piece. */
function grams(key: string): string[] {
  if (key.length < 2) return [key];
  const out: string[] = [];
  for (let i = 0; i + 2 <= key.length; i++) out.push(key.slice(i, i + 2));
  return out;
}

/** Longest first (then by code point), so a file name's longest name is found before the shorter names inside it. */
const longestFirst = (a: Name, b: Name) => b.key.length - a.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** What matching decided for one report: a unit, several (nothing guessed), or none. */
export type MatchDecision =
  | { status: 'matched'; unit: number; by: RosterMatchBy; matched: string }
  | { status: 'ambiguous'; candidates: number[]; matched: string[] }
  | { status: 'unmatched' };

/**
 * Which unit a report belongs to:
 * 1. its authority (the name it signs, as extracted or as a structured report states it) is a
 *    unit's name or one of its aliases;
 * 2. otherwise its file name holds a unit's name or alias. A name found inside a longer name also
 *    found there does not count (夏县人民政府 inside 夏县人民政府办公室…); two units' names
 *    found side by side are ambiguous, and the report is listed with both, not given to either.
 */
export function matchReport(index: RosterIndex, authority: string | undefined, file: string): MatchDecision {
  if (authority) {
    const hit = index.byKey.get(nameKey(authority));
    if (hit) return { status: 'matched', unit: hit.unit, by: hit.kind, matched: authority };
  }
  return matchFileName(index, file);
}

/** The file's name without its folder and extension. */
export function fileStem(file: string): string {
  const base = baseName(file.replace(/\\/g, '/'));
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export function matchFileName(index: RosterIndex, file: string): MatchDecision {
  const stem = nameKey(fileStem(file));
  const filed = new Set<Name>();
  for (const g of new Set([...grams(stem), ...stem])) for (const n of index.byGram.get(g) ?? []) filed.add(n);
  const found: { start: number; end: number; name: Name }[] = [];
  for (const name of [...filed].sort(longestFirst)) {
    for (let at = stem.indexOf(name.key); at >= 0; at = stem.indexOf(name.key, at + 1)) {
      const end = at + name.key.length;
      // Names are visited longest first: one inside a longer name already found is part of it.
      if (found.some((f) => f.start <= at && end <= f.end)) continue;
      found.push({ start: at, end, name });
    }
  }
  const units = [...new Set(found.map((f) => f.name.unit))];
  if (units.length === 0) return { status: 'unmatched' };
  if (units.length === 1) return { status: 'matched', unit: units[0]!, by: 'file-name', matched: found[0]!.name.text };
  const first = new Map<number, string>();
  for (const f of [...found].sort((a, b) => a.start - b.start))
    if (!first.has(f.name.unit)) first.set(f.name.unit, f.name.text);
  const candidates = [...first.keys()];
  return { status: 'ambiguous', candidates, matched: candidates.map((u) => first.get(u)!) };
}
