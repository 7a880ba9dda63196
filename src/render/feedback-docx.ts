import { escapeHtml } from '../util/html-text.js';
import { fixZipTimes } from '../util/zip-times.js';
import type { Block } from './feedback-blocks.js';
import { xmlText } from './feedback-style.js';
import { CORE, DOCUMENT, feedbackTemplate } from './feedback-template.js';
import { bodyXml } from './feedback-wordml.js';

/** The core properties without the times docx stamps on them: the same round gives the same bytes. */
const coreProperties = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeHtml(xmlText(title))}</dc:title><dc:creator>fazhi</dc:creator></cp:coreProperties>`;

/**
 * Deflate level 1: the parts are small XML, which level 1 packs nearly as tight as 6 in a fraction
 * of the time (measured on a rich document; see the commit).
 */
const LEVEL = 1;

/**
 * A feedback document's .docx bytes: the shared parts (feedback-template.ts) with this document's
 * body and title, zipped by fflate and dated 1980 so the same unit gives the same bytes.
 */
export async function feedbackDocx(blocks: Block[]): Promise<Uint8Array> {
  const [{ parts, head, tail }, { zipSync, strToU8 }] = await Promise.all([feedbackTemplate(), import('fflate')]);
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const files = {
    ...parts,
    [DOCUMENT]: strToU8(head + bodyXml(blocks) + tail),
    [CORE]: strToU8(coreProperties(title)),
  };
  return fixZipTimes(zipSync(files, { level: LEVEL }));
}
