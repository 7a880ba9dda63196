/** The languages of fazhi's human-facing text: Chinese by default, English with `--lang en`. */
export type Lang = 'zh' | 'en';

/**
 * Punctuation that follows the language: full-width in Chinese, ASCII (with its spaces) in
 * English. Every sentence fazhi assembles around a value takes its marks from here, so an English
 * page carries no （，：、；） of fazhi's own; text a pack or a report supplies keeps its own.
 */
const PUNCTUATION = {
  zh: { colon: '：', open: '（', close: '）', comma: '，', list: '、', semicolon: '；' },
  en: { colon: ': ', open: ' (', close: ')', comma: ', ', list: ', ', semicolon: '; ' },
} as const satisfies Record<Lang, Record<string, string>>;

export type Punctuation = (typeof PUNCTUATION)[Lang];
export const punctuation = (lang: Lang): Punctuation => PUNCTUATION[lang];

/** `text` in brackets as the language writes them: 第3行（暂定）, or "line 3 (provisional)". */
export const bracketed = (lang: Lang, text: string | number) =>
  `${PUNCTUATION[lang].open}${text}${PUNCTUATION[lang].close}`;

/**
 * A name a pack gives in Chinese and, optionally, in English (a grade, a category, a fact): the
 * English one with --lang en when there is one.
 */
export const packName = (lang: Lang, zh: string, en: string | undefined): string => (lang === 'en' ? (en ?? zh) : zh);

/** The language for messages before options are parsed: --lang en anywhere on the line. */
export function langFromArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'zh';
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}
