import { deflateSync } from 'node:zlib';

/**
 * A one-page PDF set in STSong-Light with the predefined CMap UniGB-UCS2-H, the font not embedded —
 * what older Chinese PDF tools write. Its text is UCS-2 codes that only the Adobe-GB1 CMaps turn
 * back into characters, so it tests that pdf.js gets them (vendor/pdf-cmaps through the loader).
 */
export function songLightPdf(lines: string[]): Buffer {
  const ucs2 = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');
  const content = lines.map((l, i) => `BT /F1 12 Tf 72 ${760 - 20 * i} Td <${ucs2(l)}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  return serialize(objects);
}

/** A PDF of `n` blank pages (a page count no report has). */
export function blankPagesPdf(n: number): Buffer {
  const kids = Array.from({ length: n }, (_, k) => `${k + 3} 0 R`).join(' ');
  const pages = Array.from({ length: n }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  return serialize(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`, ...pages]);
}

/** One page whose content stream is `raw` deflated: a compression bomb when `raw` is a long run of spaces. */
export function deflatedContentPdf(raw: Buffer): Buffer {
  const z = deflateSync(raw, { level: 9 }).toString('latin1');
  return serialize([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n${z}\nendstream`,
  ]);
}

/** Objects 1…n, numbered in order, with a correct cross-reference table. */
function serialize(objects: string[]): Buffer {
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
