// The problems of reading a document's content — its encoding, a .docx, a PDF or a Word 97–2003
// (.doc/.wps) file — kept beside the other messages but in their own file: messages.ts spreads them
// into its table.

import type { MessageTable } from './template.js';

export type DocumentProblemCode =
  | 'file.binary'
  | 'file.corrupt-docx'
  | 'file.no-text'
  | 'file.encoding-repaired'
  | 'file.encoding-bom'
  | 'file.encoding-damaged'
  | 'file.encoding-mixed'
  | 'file.encoding-unknown'
  | 'file.pdf-scanned'
  | 'file.pdf-encrypted'
  | 'file.pdf-too-many-pages'
  | 'file.corrupt-pdf'
  | 'file.corrupt-doc'
  | 'file.doc-disguised'
  | 'file.wps-unreadable';

/** What to give instead, said the same way at the end of every refusal. */
const GIVE_TEXT_ZH = '请提供Word或文字版';
const GIVE_TEXT_EN = 'provide the Word file or a text version';

export const DOCUMENT_MESSAGES: MessageTable<DocumentProblemCode> = {
  'file.binary': {
    zh: (p) => `这不是文本文件（看起来是二进制数据），无法按 ${p.ext} 读取；请另存为 .txt（UTF-8）、.docx 或 .html`,
    en: (p) =>
      `this is not a text file (it looks like binary data), so it cannot be read as ${p.ext}; save it as .txt ` +
      `(UTF-8), .docx or .html`,
  },
  'file.corrupt-docx': {
    zh: (p) => `无法读取 .docx 文件（${p.reason}）；文件可能已损坏或并非 Word 文档，请用 Word/WPS 重新另存为 .docx`,
    en: (p) =>
      `cannot read the .docx file (${p.reason}); it may be damaged or not a Word document: save it again as .docx ` +
      `from Word/WPS`,
  },
  'file.no-text': {
    zh: () => '文档中没有可读取的文字（可能是扫描件或图片）；请提供含文字的文件',
    en: () => 'the document has no readable text (a scan or images?); give a file that contains text',
  },
  'file.encoding-repaired': {
    zh: (p) =>
      `有 ${p.count} 处字符无法按 ${p.encoding} 识别，已显示为“�”（${linesZh(p.lines)}）；请核对这些位置的文字，必要时用原始文件另存为 UTF-8 后重试`,
    en: (p) =>
      `${p.count} character(s) could not be decoded as ${p.encoding} and show as "�" (${linesEn(p.lines)}); check ` +
      `the text there, or save the original file as UTF-8 and try again`,
  },
  'file.encoding-bom': {
    zh: () => '文件开头标明为 UTF-8（BOM），但内容是 GB18030/GBK 编码，已按 GB18030 读取；建议另存为 UTF-8',
    en: () =>
      'the file starts with a UTF-8 byte order mark but its content is GB18030/GBK, so it was read as GB18030; save ' +
      'it as UTF-8',
  },
  'file.encoding-damaged': {
    zh: (p) =>
      `有 ${p.count} 处字符无法按 ${p.encoding} 识别（${linesZh(p.lines)}），文件可能已损坏或混有其他编码，读出的文字不可靠；请用原始文件另存为 UTF-8 后重试`,
    en: (p) =>
      `${p.count} characters cannot be decoded as ${p.encoding} (${linesEn(p.lines)}): the file may be damaged or ` +
      `mix encodings, so its text cannot be trusted; save the original file as UTF-8 and try again`,
  },
  'file.encoding-mixed': {
    zh: (p) =>
      `文件编码混杂：${linesZh(p.utf8Lines)}有 UTF-8 文字，${linesZh(p.gbLines)}有 GB18030/GBK 文字，无法可靠读取；请另存为 UTF-8 后重试`,
    en: (p) =>
      `the file mixes encodings: UTF-8 text at ${linesEn(p.utf8Lines)}, GB18030/GBK text at ${linesEn(p.gbLines)}, ` +
      `so it cannot be read reliably; save it as UTF-8 and try again`,
  },
  'file.encoding-unknown': {
    zh: () => '无法识别文件编码：按 UTF-8、GB18030/GBK、UTF-16 读出的都不像中文文字；请另存为 UTF-8 后重试',
    en: () =>
      "cannot tell the file's encoding: read as UTF-8, GB18030/GBK or UTF-16 it does not look like Chinese text; " +
      'save it as UTF-8 and try again',
  },
  // The wording was asked for by the bureaus' issue (12): a scan is the usual reason a PDF has no text.
  'file.pdf-scanned': {
    zh: () => `该PDF为扫描件，没有可提取的文字，${GIVE_TEXT_ZH}`,
    en: () => `this PDF is a scan with no extractable text; ${GIVE_TEXT_EN}`,
  },
  'file.pdf-encrypted': {
    zh: () => `PDF 文件设有打开密码，无法读取；请去除密码后再评查，或${GIVE_TEXT_ZH}`,
    en: () => `the PDF is protected by a password and cannot be read; remove the password, or ${GIVE_TEXT_EN}`,
  },
  'file.pdf-too-many-pages': {
    zh: (p) => `PDF 页数过多（${p.pages} 页），上限 ${p.limit} 页；真实报告远少于此，请检查文件，或${GIVE_TEXT_ZH}`,
    en: (p) =>
      `the PDF has too many pages (${p.pages}), the limit is ${p.limit}; real reports have far fewer: check the ` +
      `file, or ${GIVE_TEXT_EN}`,
  },
  'file.corrupt-pdf': {
    zh: (p) => `无法读取 PDF 文件（${p.reason}）；文件可能已损坏或并非 PDF，请重新导出 PDF，或${GIVE_TEXT_ZH}`,
    en: (p) =>
      `cannot read the PDF file (${p.reason}); it may be damaged or not a PDF: export it again, or ${GIVE_TEXT_EN}`,
  },
  'file.corrupt-doc': {
    zh: (p) =>
      `无法读取 ${p.ext} 文件（${p.reason}）；文件可能已损坏或并非 Word 97–2003 文档，请用 Word/WPS 另存为 .docx 后再评查`,
    en: (p) =>
      `cannot read the ${p.ext} file (${p.reason}); it may be damaged or not a Word 97–2003 document: save it ` +
      'as .docx from Word/WPS and check that',
  },
  'file.doc-disguised': {
    zh: (p) => `此 ${p.ext} 文件实际是 ${p.kind} 格式，fazhi 无法读取；请用 Word/WPS 打开后另存为 .docx 再评查`,
    en: (p) =>
      `this ${p.ext} file is really ${p.kind}, which fazhi cannot read; open it in Word/WPS, save it as .docx ` +
      'and check that',
  },
  'file.wps-unreadable': {
    zh: (p) => `无法读取 .wps 文件（${p.reason}）；请在 WPS 中另存为 .docx 或 .doc 后再评查`,
    en: (p) => `cannot read the .wps file (${p.reason}); save it as .docx or .doc from WPS and check that`,
  },
};

/** Line numbers as decode.ts passes them ("3,17,…" or a span "1–18"), in words. */
const linesZh = (v: string | number | undefined) =>
  `第 ${String(v).replace(/,…$/, '').replace(/,/g, '、')} 行${String(v).endsWith(',…') ? '等' : ''}`;
const linesEn = (v: string | number | undefined) =>
  `line${/[,–]/.test(String(v)) ? 's' : ''} ${String(v).replace(/,/g, ', ')}`;
