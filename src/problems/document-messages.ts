// The problems of reading a PDF or a Word 97–2003 (.doc/.wps) file, kept beside the other messages
// but in their own file: messages.ts spreads them into its table.

import type { Lang } from '../util/lang.js';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

export type DocumentProblemCode =
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

export const DOCUMENT_MESSAGES: Record<DocumentProblemCode, Record<Lang, Template>> = {
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
      `the PDF has too many pages (${p.pages}), the limit is ${p.limit}; real reports have far fewer: check the file, or ${GIVE_TEXT_EN}`,
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
      `cannot read the ${p.ext} file (${p.reason}); it may be damaged or not a Word 97–2003 document: save it as .docx from Word/WPS and check that`,
  },
  'file.doc-disguised': {
    zh: (p) => `此 ${p.ext} 文件实际是 ${p.kind} 格式，fazhi 无法读取；请用 Word/WPS 打开后另存为 .docx 再评查`,
    en: (p) =>
      `this ${p.ext} file is really ${p.kind}, which fazhi cannot read; open it in Word/WPS, save it as .docx and check that`,
  },
  'file.wps-unreadable': {
    zh: (p) => `无法读取 .wps 文件（${p.reason}）；请在 WPS 中另存为 .docx 或 .doc 后再评查`,
    en: (p) => `cannot read the .wps file (${p.reason}); save it as .docx or .doc from WPS and check that`,
  },
};
