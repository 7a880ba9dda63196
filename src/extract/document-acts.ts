import type { ReportMeta } from '../model/report.js';
import type { FactExtractor } from './compile.js';
import { dropUnstated } from './implied-facts.js';
import type { FactFindings } from './recorded-values.js';
import type { TextIndex } from './text-index.js';

/*
 * A document that is itself the act a fact asks about: a head's 述职述法报告 is his 述法 of the year, whatever its body
 * says of it (facts.yaml impliedByDocument: the kind of document, and the words its title holds).
 */

/** Sets each such fact true, quoting the title, when no statement of its own gave a value. */
export function applyDocumentActs(
  index: TextIndex,
  extractors: readonly FactExtractor[],
  found: FactFindings,
  meta: ReportMeta,
  titleSpan: [number, number] | undefined,
): void {
  if (titleSpan === undefined || meta.documentType === undefined) return;
  const title = index.text.slice(titleSpan[0], titleSpan[1]);
  for (let k = 0; k < extractors.length; k++) {
    const x = extractors[k]!;
    const act = x.def.impliedByDocument;
    if (act === undefined || found.facts[x.id] !== undefined || meta.documentType !== act.documentType) continue;
    if (!act.titleWords.some((w) => title.includes(w))) continue;
    found.facts[x.id] = true;
    found.evidence[x.id] = index.evidence(titleSpan[0], titleSpan[1], false, DOCUMENT_NOTE);
    dropUnstated(found.unstated, x.id);
  }
}

const DOCUMENT_NOTE = '报告本身即为此事（如述职述法报告）';
