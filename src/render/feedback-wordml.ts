import type { Block } from './feedback-blocks.js';
import { columnWidths, FONTS, SIZE, TEXT_WIDTH } from './feedback-style.js';
import { escapeXml } from './markup.js';

/**
 * A feedback document's body as WordprocessingML, written as strings: the paragraphs, runs and
 * tables the docx package built for these blocks before, element for element (a test compares the
 * two), at a fraction of the cost — docx rebuilt and serialised an object tree for every run.
 * The styles these paragraphs name (Heading1–3, the document's default run) live in the fixed
 * parts (feedback-template.ts).
 */

const run = (text: string, props = '') => `<w:r>${props}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const bold = (on: boolean) => (on ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>');
const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run(text)}</w:p>`;

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const TABLE_PROPS = `<w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders>${[
  'top',
  'left',
  'bottom',
  'right',
  'insideH',
  'insideV',
]
  .map((side) => `<w:${side} ${BORDER}/>`)
  .join('')}</w:tblBorders></w:tblPr>`;
const CELL_FONT = `<w:rFonts w:ascii="${FONTS.latin}" w:eastAsia="${FONTS.table}" w:hAnsi="${FONTS.latin}"/>`;
const CELL_SIZE = `<w:sz w:val="${SIZE.table}"/><w:szCs w:val="${SIZE.table}"/>`;
const HEAD_SHADING = '<w:shd w:fill="D9E1F2" w:color="auto" w:val="clear"/>';

function cell(text: string, width: number, first: boolean, head: boolean): string {
  const props = `<w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${head ? HEAD_SHADING : ''}</w:tcPr>`;
  const para = `<w:pPr><w:spacing w:line="360" w:lineRule="auto"/><w:jc w:val="${first ? 'left' : 'center'}"/></w:pPr>`;
  return `<w:tc>${props}<w:p>${para}${run(text, `<w:rPr>${CELL_FONT}${bold(head)}${CELL_SIZE}</w:rPr>`)}</w:p></w:tc>`;
}

/** A table across the text width: its header row repeats on each page, a row is never split. */
function table(header: string[], rows: string[][]): string {
  const widths = columnWidths(header.length);
  const row = (cells: string[], head: boolean) =>
    `<w:tr><w:trPr>${head ? '<w:tblHeader/>' : '<w:cantSplit/>'}</w:trPr>${cells
      .map((c, i) => cell(c, widths[i]!, i === 0, head))
      .join('')}</w:tr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  return `<w:tbl>${TABLE_PROPS}${grid}${row(header, true)}${rows.map((r) => row(r, false)).join('')}</w:tbl>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'title':
      return styled('Heading1', b.text);
    case 'heading':
      return styled('Heading2', b.text);
    case 'item':
      return styled('Heading3', b.text);
    case 'table':
      return table(b.header, b.rows);
    case 'line': {
      const label = b.label ? run(b.label, `<w:rPr>${bold(true)}</w:rPr>`) : '';
      const text = run(b.text, `<w:rPr>${bold(b.strong === true)}</w:rPr>`);
      return `<w:p><w:pPr><w:ind w:firstLine="640"/></w:pPr>${label}${text}</w:p>`;
    }
  }
}

/** The body's content, every block in order: what goes between `<w:body>` and the section's properties. */
export const bodyXml = (blocks: Block[]): string => blocks.map(block).join('');
