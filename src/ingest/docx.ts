/**
 * .docx → HTML with mammoth (convertToHtml keeps headings, tables and paragraph order;
 * WPS/Chinese templates name heading styles 标题 1, so they are mapped too).
 */
export const STYLE_MAP = [
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
];

/** A .docx is a zip file: it starts with PK\x03\x04. */
export function hasZipSignature(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

export async function docxToHtml(buf: Buffer): Promise<string> {
  // Loaded on first use: most runs read no .docx, and mammoth costs start-up time.
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml({ buffer: buf }, { styleMap: STYLE_MAP });
  return result.value;
}
