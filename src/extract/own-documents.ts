import { lastIndexIn } from './bounded-search.js';
import type { VocabularyFile } from '../model/vocabulary.js';
import { type BodyName, parseBodyName } from './authority.js';
import type { Line } from './header-lines.js';

/*
 * A body that names itself by its level alone (市人力资源和社会保障局, 县人民政府) titles its own documents with its whole
 * name (印发《武汉市人力资源和社会保障局学习宣传…的通知》; 制定了《岳阳县人民政府常务会会前学法制度》): that name, when
 * every document the text cites under the body's name agrees on one place of the same level. Another body's documents
 * (《某省司法厅…》, 《某市司法局…》 in a 县司法局's report) name another body or another level, and are not taken.
 */

/** How far into the text the body's own documents are looked for. */
const OWN_DOCUMENTS_REACH = 4000;
/** The longest place name before the body's words inside a document title. */
const PLACE_MAX = 12;

/**
 * Who reports, as reporting-body.ts read it — or, for a body named by its level alone, the whole name of its own
 * documents the text cites.
 */
export function withWholeName(
  text: string,
  read: { name: BodyName; line: Line } | undefined,
  vocabulary: VocabularyFile,
): { name: BodyName; line: Line } | undefined {
  return read && bareName(read.name) ? (wholeFromOwnDocuments(text, read.name, vocabulary) ?? read) : read;
}

/** A body's name by its level alone (县人民政府, 市司法局): no place, not a place's own report, not a head's. */
const bareName = (name: BodyName): boolean =>
  name.region === undefined && !name.placeOnly && !name.headed && BARE_LEVEL.test(name.authority);
const BARE_LEVEL = /^[县区市旗]/u;

/** The whole name of a bare body from the titles of its own documents the text cites, with where it stands. */
function wholeFromOwnDocuments(
  text: string,
  bare: BodyName,
  vocabulary: VocabularyFile,
): { name: BodyName; line: Line } | undefined {
  const level = bare.authority[0]!;
  const words = bare.authority.slice(1);
  if (words.length < 2) return undefined;
  const reach = Math.min(text.length, OWN_DOCUMENTS_REACH);
  let found: { name: BodyName; line: Line } | undefined;
  for (let at = text.indexOf(words); at >= 0 && at < reach; at = text.indexOf(words, at + 1)) {
    const open = lastIndexIn(text, '《', at - PLACE_MAX - 1, at + 1);
    if (open < 0 || lastIndexIn(text, '》', open + 1, at + 1) >= 0) continue;
    const place = text.slice(open + 1, at);
    // (the place ends in the bare name's own level: 武汉市 for 市…局, 岳阳县 for 县人民政府)
    if (place.length < 2 || !place.endsWith(level)) continue;
    const name = parseBodyName(place + words, vocabulary);
    if (!name || name.region === undefined || name.role !== bare.role) continue;
    if (found && found.name.authority !== name.authority) return undefined;
    found ??= { name, line: { text: place + words, offset: open + 1 } };
  }
  return found;
}
