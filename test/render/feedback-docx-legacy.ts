import type * as Docx from 'docx';
import { escapeHtml } from '../../src/util/html-text.js';
import type { Block } from '../../src/render/feedback-blocks.js';
import { stampZipTimes } from '../../src/util/zip-times.js';

type D = typeof Docx;

// The feedback .docx as fazhi built it before issue 11, every block through the docx package: kept
// here only so a test can read a document built both ways and find them saying the same thing.

// The typography of a feedback document, after the usual form of an official letter (GB/T 9704):
// A4, margins 37/35/28/26 mm, body in 仿宋 三号 on a fixed 28 pt line, headings in 黑体, the title
// in bold 宋体 二号, tables in 宋体 小四. Word has no font list for a run: each Chinese font is
// named once, and the font table gives each a Noto CJK name as its alternative, which LibreOffice
// and Word use where the Windows font is missing (a Linux desktop, a Mac).

const MM = 56.7; // twips in a millimetre
const A4 = { width: 11906, height: 16838 };
const MARGINS = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

const FONTS = { body: '仿宋', heading: '黑体', title: '宋体', table: '宋体', latin: 'Times New Roman' } as const;
const ALT_NAMES: Record<string, string> = {
  仿宋: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
};

/** Half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt. */
const SIZE = { title: 44, body: 32, table: 24 } as const;

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia });

/** Characters XML 1.0 cannot carry (a control character a decoded report kept): a document with one would not open. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const xmlText = (s: string) => s.replace(NOT_XML, '');

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

function table(d: D, header: string[], rows: string[][]): Docx.Table {
  // The first column holds the words (a category, an item), the rest figures: it takes what they leave.
  const rest = header.length > 1 ? Math.round((TEXT_WIDTH * 0.55) / (header.length - 1)) : 0;
  const widths = [TEXT_WIDTH - rest * (header.length - 1), ...header.slice(1).map(() => rest)];
  const cell = (text: string, i: number, head: boolean) =>
    new d.TableCell({
      width: { size: widths[i]!, type: d.WidthType.DXA },
      ...(head ? { shading: { type: d.ShadingType.CLEAR, fill: 'D9E1F2', color: 'auto' } } : {}),
      children: [
        new d.Paragraph({
          alignment: i === 0 ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
          spacing: { line: 360, lineRule: 'auto' },
          children: [new d.TextRun({ text: xmlText(text), font: font(FONTS.table), size: SIZE.table, bold: head })],
        }),
      ],
    });
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: widths,
    rows: [
      new d.TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new d.TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

function paragraph(d: D, b: Block): Docx.Paragraph | Docx.Table {
  switch (b.kind) {
    case 'title':
      return new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [new d.TextRun(xmlText(b.text))] });
    case 'heading':
      return new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun(xmlText(b.text))] });
    case 'item':
      return new d.Paragraph({ heading: d.HeadingLevel.HEADING_3, children: [new d.TextRun(xmlText(b.text))] });
    case 'table':
      return table(d, b.header, b.rows);
    case 'line':
      return new d.Paragraph({
        indent: { firstLine: 640 },
        children: [
          ...(b.label ? [new d.TextRun({ text: xmlText(b.label), bold: true })] : []),
          new d.TextRun({ text: xmlText(b.text), bold: b.strong === true }),
        ],
      });
  }
}

/** The font table: each font the styles name, with its Noto CJK alternative. */
const fontTable = () =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${[
    FONTS.latin,
    ...Object.keys(ALT_NAMES),
  ]
    .map(
      (name) =>
        `<w:font w:name="${name}">${ALT_NAMES[name] ? `<w:altName w:val="${ALT_NAMES[name]}"/><w:charset w:val="86"/>` : ''}</w:font>`,
    )
    .join('')}</w:fonts>`;

/** The core properties without the times docx stamps on them: the same round gives the same bytes. */
const coreProperties = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeHtml(xmlText(title))}</dc:title><dc:creator>fazhi</dc:creator></cp:coreProperties>`;

/** A feedback document's .docx bytes. docx is loaded when the first document is written: no other output pays for it. */
export async function legacyFeedbackDocx(blocks: Block[]): Promise<Uint8Array> {
  const d = await import('docx');
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const doc = new d.Document({
    creator: 'fazhi',
    title,
    styles: styles(),
    sections: [{ properties: { page: { size: A4, margin: MARGINS } }, children: blocks.map((b) => paragraph(d, b)) }],
  });
  const overrides = [
    { path: 'word/fontTable.xml', data: fontTable() },
    { path: 'docProps/core.xml', data: coreProperties(title) },
  ];
  const zip = new Uint8Array(await d.Packer.toArrayBuffer(doc, false, overrides));
  stampZipTimes({
    size: zip.byteLength,
    read: (position, length) => zip.subarray(position, position + length),
    write: (position, bytes) => zip.set(bytes, position),
  });
  return zip;
}
