// Writes the other-format copies of test/fixtures/formats/report.txt with the tools bureaus use,
// so the readers are tested on what those tools really produce (node scripts/make-format-fixtures.mjs):
//
//   report.html       a web page of the report; also what Chromium prints
//   report.docx       Word, written by the `docx` package
//   report.doc        Word 97–2003, converted from report.docx by LibreOffice (soffice --headless)
//   report.pdf        Chromium's print-to-PDF of report.html (Noto CJK fonts), with a running header
//                     and 第 N 页 共 M 页 footer on every page
//   report-libreoffice.pdf  LibreOffice's PDF export of report.docx (embedded CFF fonts, no running lines)
//   report-rtf.doc    an RTF file named .doc (LibreOffice), as government sites serve them
//   scanned.pdf       an image-only page: a PNG screenshot of report.html printed to PDF
//   locked.pdf        a PDF with an open password (LibreOffice's export, encrypted; the text is a line of ASCII)
//
// Needs chromium and soffice (apt-get install -y --no-install-recommends chromium fonts-noto-cjk
// libreoffice-writer-nogui): only to remake the fixtures — they are checked in, and the tests need
// neither tool. Rerun this after editing report.txt; the PDFs' creation dates differ per run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

const dir = resolve('test/fixtures/formats');
const text = readFileSync(join(dir, 'report.txt'), 'utf8');
const [title, ...body] = text.split('\n').filter((l) => l.length > 0);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const isPart = (l) => /^[一二三四五六七八九十]+、/.test(l);
const isItem = (l) => /^（[一二三四五六七八九十]+）/.test(l) && l.length < 30;
const isSignature = (i) => i >= body.length - 2;

// 公文 style in one font (each embedded CJK font adds ~150 KB to the PDF): 三号 (16pt) body, 2em
// first-line indent, a large centred title that wraps onto two lines.
const css = `
@page { size: A4; margin: 30mm 26mm 28mm;
  @top-center { content: "${title}"; font: 10pt "Noto Serif CJK SC", serif; color: #555; }
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font: 10pt "Noto Serif CJK SC", serif; } }
body { font: 16pt/1.75 "Noto Serif CJK SC", serif; margin: 0; }
h1 { font: 22pt/1.5 "Noto Serif CJK SC", serif; text-align: center; margin: 0 3em 1em; }
h2 { font: 16pt/1.75 "Noto Serif CJK SC", serif; margin: 0; text-indent: 2em; }
h3 { font: 16pt/1.75 "Noto Serif CJK SC", serif; margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.to { text-indent: 0; }
p.sign { text-align: right; text-indent: 0; }`;
const line = (l, i) => {
  if (isPart(l)) return `<h2>${esc(l)}</h2>`;
  if (isItem(l)) return `<h3>${esc(l)}</h3>`;
  if (i === 0) return `<p class="to">${esc(l)}</p>`;
  if (isSignature(i)) return `<p class="sign">${esc(l)}</p>`;
  return `<p>${esc(l)}</p>`;
};
const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(title)}</title>
<meta name="ArticleTitle" content="${esc(title)}">
<style>${css}</style>
</head><body>
<div id="zoom" class="TRS_Editor">
<h1>${esc(title)}</h1>
${body.map(line).join('\n')}
</div>
</body></html>
`;
writeFileSync(join(dir, 'report.html'), html);

const heading = (l) => (isPart(l) ? HeadingLevel.HEADING_1 : isItem(l) ? HeadingLevel.HEADING_2 : undefined);
const doc = new Document({
  creator: 'fazhi',
  title,
  sections: [
    {
      children: [
        new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
        ...body.map((l) => new Paragraph({ text: l, heading: heading(l) })),
      ],
    },
  ],
});
writeFileSync(join(dir, 'report.docx'), await Packer.toBuffer(doc));

const work = mkdtempSync(join(tmpdir(), 'fazhi-fixtures-'));
const soffice = (to, file) =>
  // -env:UserInstallation: a profile of its own, so a LibreOffice the user has open is not disturbed
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', to, '--outdir', work, file],
    {
      stdio: 'ignore',
    },
  );
soffice('doc', join(dir, 'report.docx'));
copyFileSync(join(work, 'report.doc'), join(dir, 'report.doc'));
soffice('pdf', join(dir, 'report.docx'));
copyFileSync(join(work, 'report.pdf'), join(dir, 'report-libreoffice.pdf'));
rmSync(join(work, 'report.pdf'));
soffice('rtf', join(dir, 'report.docx'));
copyFileSync(join(work, 'report.rtf'), join(dir, 'report-rtf.doc'));
writeFileSync(join(work, 'locked.txt'), 'This PDF opens only with its password.\n');
const encrypted = {
  EncryptFile: { type: 'boolean', value: 'true' },
  DocumentOpenPassword: { type: 'string', value: 'fazhi' },
};
soffice(`pdf:writer_pdf_Export:${JSON.stringify(encrypted)}`, join(work, 'locked.txt'));
copyFileSync(join(work, 'locked.pdf'), join(dir, 'locked.pdf'));

const chromium = (...args) =>
  execFileSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', ...args],
    { stdio: 'ignore' },
  );
chromium('--no-pdf-header-footer', `--print-to-pdf=${join(work, 'report.pdf')}`, `file://${join(dir, 'report.html')}`);
renameSync(join(work, 'report.pdf'), join(dir, 'report.pdf'));

// The scan: the first screen of the page as a picture, printed alone — a PDF with no text layer.
chromium('--window-size=640,480', `--screenshot=${join(work, 'page.png')}`, `file://${join(dir, 'report.html')}`);
writeFileSync(
  join(work, 'scan.html'),
  '<!DOCTYPE html><html><head><style>@page{size:A4;margin:0}body{margin:0}img{width:100%}</style></head>' +
    '<body><img src="page.png"></body></html>',
);
chromium('--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'scanned.pdf')}`, `file://${join(work, 'scan.html')}`);

rmSync(work, { recursive: true, force: true });
console.log('wrote report.html, .docx, .doc, -rtf.doc, .pdf, -libreoffice.pdf, scanned.pdf and locked.pdf');
