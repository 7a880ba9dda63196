// The typography of a feedback document, after the usual form of an official letter (GB/T 9704):
// A4, margins 37/35/28/26 mm, body in 仿宋 三号 on a fixed 28 pt line, headings in 黑体, the title
// in bold 宋体 二号, tables in 宋体 小四. Word has no font list for a run: each Chinese font is
// named once, and the font table gives each a Noto CJK name as its alternative, which LibreOffice
// and Word use where the Windows font is missing (a Linux desktop, a Mac). The fixed parts
// (feedback-template.ts) and each document's body (feedback-wordml.ts) both read it from here.

const MM = 56.7; // twips in a millimetre
export const A4 = { width: 11906, height: 16838 };
export const MARGINS = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

export const FONTS = { body: '仿宋', heading: '黑体', title: '宋体', table: '宋体', latin: 'Times New Roman' } as const;
export const ALT_NAMES: Record<string, string> = {
  仿宋: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
};

/** Half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt. */
export const SIZE = { title: 44, body: 32, table: 24 } as const;

/**
 * A table's column widths in twips: the first column holds the words (a category, an item), the rest
 * figures; it takes what they leave.
 */
export function columnWidths(columns: number): number[] {
  const rest = columns > 1 ? Math.round((TEXT_WIDTH * 0.55) / (columns - 1)) : 0;
  return [TEXT_WIDTH - rest * (columns - 1), ...Array.from({ length: columns - 1 }, () => rest)];
}
