import type * as Docx from 'docx';
import { A4, ALT_NAMES, FONTS, MARGINS, SIZE } from './feedback-style.js';
import { type ZipEntry, zipEntry } from './feedback-zip.js';

/**
 * The parts every feedback document shares — styles, numbering, settings, theme, the font table
 * with the Noto CJK alternatives, relationships, content types — generated once per run by the
 * docx package from an empty document with the document's styles and A4 section, then kept as
 * deflated zip entries. A document is then only its body and its title (feedback-docx.ts): docx
 * spent ~7 ms on each document rebuilding, serialising and compressing these same parts.
 */
export interface Template {
  /** Every part of the package in docx's order, deflated; the two each document writes by their path. */
  entries: (ZipEntry | typeof DOCUMENT | typeof CORE)[];
  /** Deflate at the level every entry is packed with. */
  deflate: (bytes: Uint8Array) => Uint8Array;
  /** word/document.xml up to and with `<w:body>`: the namespaces docx declares. */
  head: string;
  /** word/document.xml from the section's properties (A4, margins) to its end. */
  tail: string;
}

export const DOCUMENT = 'word/document.xml';
export const CORE = 'docProps/core.xml';

/**
 * Deflate level 6, as docx packed: the documents come out byte for byte as before; level 1 saved
 * little time for a third more bytes.
 */
const LEVEL = 6;

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia });

/** The document's styles: mammoth and Word's navigation pane read the title and headings as Heading 1–3. */
function styles(): Docx.IStylesOptions {
  const exact = (pt: number) => ({ line: pt * 20, lineRule: 'exact' as const });
  return {
    default: {
      document: {
        run: { font: font(FONTS.body), size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: { spacing: exact(28) },
      },
    },
    paragraphStyles: [
      {
        id: 'Heading1',
        name: 'Heading 1',
        run: { font: font(FONTS.title), size: SIZE.title, bold: true },
        paragraph: { alignment: 'center', spacing: { before: 240, after: 480, line: 720, lineRule: 'exact' } },
      },
      {
        id: 'Heading2',
        name: 'Heading 2',
        run: { font: font(FONTS.heading), size: SIZE.body },
        paragraph: { spacing: { before: 240, ...exact(28) }, indent: { firstLine: 640 }, keepNext: true },
      },
      {
        id: 'Heading3',
        name: 'Heading 3',
        run: { font: font(FONTS.body), size: SIZE.body, bold: true },
        paragraph: { spacing: { before: 120, ...exact(28) }, indent: { firstLine: 640 }, keepNext: true },
      },
    ],
  };
}

/** The font table: each font the styles name, with its Noto CJK alternative. */
const fontTable = () => {
  const alternative = (name: string) =>
    ALT_NAMES[name] ? `<w:altName w:val="${ALT_NAMES[name]}"/><w:charset w:val="86"/>` : '';
  const fonts = [FONTS.latin, ...Object.keys(ALT_NAMES)].map(
    (name) => `<w:font w:name="${name}">${alternative(name)}</w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}</w:fonts>`
  );
};

/** Packs an empty document with docx and splits it into the shared parts and document.xml's frame. */
async function build(): Promise<Template> {
  const [d, { unzipSync, strFromU8, deflateSync }] = await Promise.all([import('docx'), import('fflate')]);
  const doc = new d.Document({
    creator: 'fazhi',
    styles: styles(),
    sections: [{ properties: { page: { size: A4, margin: MARGINS } }, children: [] }],
  });
  const zip = await d.Packer.toArrayBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTable() }]);
  const parts = unzipSync(new Uint8Array(zip));
  const xml = strFromU8(parts[DOCUMENT]!);
  const bodyEnd = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sectionStart = xml.lastIndexOf('<w:sectPr');
  if (bodyEnd < '<w:body>'.length || sectionStart < bodyEnd) throw new Error('feedback template: docx wrote no body');
  const deflate = (bytes: Uint8Array) => deflateSync(bytes, { level: LEVEL });
  const entries = Object.entries(parts).map(([path, bytes]) =>
    path === DOCUMENT || path === CORE ? path : zipEntry(path, bytes, deflate),
  );
  return { entries, deflate, head: xml.slice(0, bodyEnd), tail: xml.slice(sectionStart) };
}

let template: Promise<Template> | undefined;

/** The shared parts, built when the first document is written: no other output loads docx or pays for them. */
export function feedbackTemplate(): Promise<Template> {
  template ??= build();
  return template;
}
