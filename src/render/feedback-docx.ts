import { escapeHtml } from '../util/html-text.js';
import type { Block } from './feedback-blocks.js';
import { xmlText } from './markup.js';
import { CORE, feedbackTemplate } from './feedback-template.js';
import { bodyXml } from './feedback-wordml.js';
import { zipBytes, zipEntry } from './feedback-zip.js';

/** The core properties without the times docx stamps on them: the same round gives the same bytes. */
const coreProperties = (title: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
  `<dc:title>${escapeHtml(xmlText(title))}</dc:title><dc:creator>fazhi</dc:creator></cp:coreProperties>`;

const utf8 = new TextEncoder();

/**
 * A feedback document's .docx bytes: the shared parts (feedback-template.ts, deflated once) with
 * this document's body and title, in the order docx wrote them, every entry dated 1980.
 */
export async function feedbackDocx(blocks: Block[]): Promise<Uint8Array> {
  const { entries, deflate, head, tail } = await feedbackTemplate();
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const own = (path: string) =>
    path === CORE
      ? zipEntry(path, utf8.encode(coreProperties(title)), deflate)
      : zipEntry(path, utf8.encode(head + bodyXml(blocks) + tail), deflate);
  return zipBytes(entries.map((e) => (typeof e === 'string' ? own(e) : e)));
}
