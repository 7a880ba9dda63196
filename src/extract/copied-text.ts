/*
 * Text as a scanned page's OCR or a web page's copy leaves it, read as a careful reader does. Each reading keeps the
 * text's length (a character, then zero-width spaces), so every offset stays the written text's and evidence points
 * into the file as it is.
 */

/**
 * A scanned page's OCR: a figure's single digits spaced apart (1 2 8件, 1 O 7 件, with its marks: 7 . 2 2 %, 3 ,0 5 5 件) read joined, the blanks moved before
 * them as zero-width spaces; the letters O, o, l, I among a figure's digits (2O1件, l2场, 2O25年) read as 0 and 1; 末 and
 * 己 where only 未 and 已 make words (述法工作末实现全覆盖, 己实现全覆盖), not in 年末, 末位, 自己.
 */
export function ocrRead(text: string): string {
  let t = text;
  // each pattern only where its necessary pair stands: a plain scan for the pair is several times cheaper than the
  // pattern's, whose lookbehinds are tried at every character of the text
  if (SPACED_PAIR.test(t) && OCR_SPACED.test(t)) t = t.replace(OCR_SPACED_ALL, joinSpacedDigits);
  if (LETTER_BESIDE_DIGIT.test(t)) {
    // a figure with its thousands or decimal marks (l,9O6人次, II.O5%) first, then a run of digits alone
    t = t.replace(OCR_MARKED_FIGURE, markedDigitsForLetters);
    if (OCR_LETTERS.test(t)) t = t.replace(OCR_LETTERS_ALL, digitsForLetters);
  }
  // a figure in Chinese numerals parted after a place (一千 二百余人次): read joined, when the part after it counts a
  // smaller place and a unit follows
  if (SPACED_CN_PAIR.test(t)) t = t.replace(OCR_SPACED_CN_ALL, joinSpacedNumerals);
  if (t.includes('末')) t = t.replace(MO_FOR_WEI, '$1未');
  if (t.includes('己')) t = t.replace(JI_FOR_YI, '$1已');
  return t;
}

/**
 * A web page's copy with its HTML entities left in (&ldquo;谁执法谁普法&rdquo;, 1&#44;320, 98&#37;): each read as the
 * character it stands for, the rest of its length zero-width spaces after it (so offsets stay the written text's); a
 * thousands separator's entity between digits is dropped and the padding put before the figure, which reads whole.
 */
export function webRead(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(ENTITY_SEPARATED_FIGURE, groupedFigure)
    .replace(ENTITY_BLANK_BEFORE_UNIT, figureBeforeUnit)
    .replace(ENTITY, entityChar);
}

/** A figure, then blank entities, then its unit (46&nbsp;场次): the figure moved to its unit, the padding before it. */
const ENTITY_BLANK_BEFORE_UNIT =
  /(\d+(?:\.\d+)?)((?:&nbsp;|&ensp;|&emsp;|&#160;|\s)*(?:&nbsp;|&ensp;|&emsp;|&#160;)(?:&nbsp;|&ensp;|&emsp;|&#160;|\s)*)(?=[%％件场次人名卷项个起宗份期])/gu;
function figureBeforeUnit(_run: string, figure: string, blanks: string): string {
  return ZERO_WIDTH.repeat(blanks.length) + figure;
}

const ENTITY = /&(?:#(\d{1,6})|#[xX]([\da-fA-F]{1,5})|([a-zA-Z]{2,6}));/gu;
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  emsp: '\u3000',
  ensp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  middot: '·',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  hellip: '…',
};
function entityChar(entity: string, decimal?: string, hex?: string, name?: string): string {
  const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
  const c =
    code !== undefined
      ? code > 0 && code <= 0xffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCharCode(code)
        : undefined
      : NAMED_ENTITIES[name!];
  return c === undefined ? entity : c + ZERO_WIDTH.repeat(entity.length - 1);
}
/** A figure whose thousands separator is an entity (1&#44;320): read whole, the padding before it. */
const ENTITY_SEPARATED_FIGURE = /(?<![\d.])\d{1,3}(?:&#(?:44|65292);\d{3})+(?![\d])/gu;
function groupedFigure(run: string): string {
  const digits = run.replace(/&#\d+;/gu, '');
  return ZERO_WIDTH.repeat(run.length - digits.length) + digits;
}

/** Single digits (or O, l read for them) each parted by one blank, then a unit, a % or a Han character: OCR's spacing. */
const OCR_SPACED =
  /(?<![\dOolI])(?<![\dOolI] )(?=[\dOolI .,，]*\d)[\dOolI](?: [\dOolI]| ?[.,，] ?[\dOolI]){1,8} ?(?=[%％\u4e00-\u9fff])/u;
const OCR_SPACED_ALL = new RegExp(OCR_SPACED.source, 'gu');
/** What every OCR_SPACED match holds: two of its characters parted by one blank (no u flag: a faster scan). */
const SPACED_PAIR = /[\dOolI] [\dOolI]/;
function joinSpacedDigits(run: string): string {
  const digits = run.replace(/ /gu, '');
  // zero-width spaces keep the length without a run of blanks, which would read as a table's cell divider
  return ZERO_WIDTH.repeat(run.length - digits.length) + digits;
}
const ZERO_WIDTH = '\u200b';
/** What every OCR_SPACED_CN match holds: a place numeral, blanks, a numeral digit (no u flag: a faster scan). */
const SPACED_CN_PAIR = /[万千百][ \u3000]+[一二两三四五六七八九]/;
/**
 * A Chinese-numeral figure ending with a place (万, 千, 百), blanks, then the rest of it: a digit and a smaller place,
 * maybe more numerals and 余 / 多, then a unit (一千 二百余人次, 三万 四千人次, 两百 三十件). Not a larger or equal place
 * after the blank (一百 二千人: two figures), nor a digit with no place (一百 二件).
 */
const OCR_SPACED_CN_ALL =
  /([零〇一二两三四五六七八九十百千万]*[一二两三四五六七八九十]([万千百]))([ \u3000]+)(?=[一二两三四五六七八九]([千百十])[零〇一二两三四五六七八九十百]*[余多]?(?:人次|场次|件|场|次|人|名|卷|项|个|起|宗|份|期|家|所))/gu;
const PLACES = '十百千万';
function joinSpacedNumerals(run: string, figure: string, place: string, blanks: string, next: string): string {
  return PLACES.indexOf(next) < PLACES.indexOf(place) ? ZERO_WIDTH.repeat(blanks.length) + figure : run;
}
/** 末 between Han characters where no word with 末 stands (年末, 月末, 期末, 周末, 本末; 末位, 末尾, 末端, 末次): 未. */
const MO_FOR_WEI = /((?![年月期周季旬本岁底始])[\u4e00-\u9fff])末(?=(?![位尾端梢次日年期])[\u4e00-\u9fff])/gu;
/** 己 after a Han character that makes no word with it (自己, 知己, 利己, 异己, 克己, 舍己, 一己, 己任): 已. */
const JI_FOR_YI = /((?![自知利异克舍一])[\u4e00-\u9fff])己(?![任见])/gu;

/** A run of digits and the letters O, o, l, I that OCR reads for 0 and 1, holding a digit, then a unit or %. */
const OCR_LETTERS = /(?<![A-Za-z\d])(?=[\dOolI]*\d)(?=[\dOolI]*[OolI])[\dOolI]{2,}(?=[%％.\u4e00-\u9fff])/u;
const OCR_LETTERS_ALL = new RegExp(OCR_LETTERS.source, 'gu');
/** What every OCR_LETTERS match holds: a run with a digit and a letter has the two side by side somewhere. */
const LETTER_BESIDE_DIGIT = /\d[OolI]|[OolI]\d/;
/**
 * A figure with thousands marks or a decimal point whose digits hold O, o, l or I (l,9O6人次, II.O5%, 98.l%): one figure,
 * before its unit, a percent sign or a Han character.
 */
const OCR_MARKED_FIGURE =
  /(?<![A-Za-z\d])(?:[\dOolI]{1,3}(?:[,，][\dOolI]{3})+(?:\.[\dOolI]+)?|[\dOolI]+\.[\dOolI]+)(?=[%％\u4e00-\u9fff])/gu;
/** A marked figure read as digits only when it holds a digit and a letter: a letter alone is a word's. */
function markedDigitsForLetters(run: string): string {
  return /\d/u.test(run) && /[OolI]/u.test(run) ? digitsForLetters(run) : run;
}
function digitsForLetters(run: string): string {
  return run.replace(/[Oo]/gu, '0').replace(/[lI]/gu, '1');
}

/**
 * A half-width full stop after a Chinese character or closing mark: not before a digit (1.5 stays a number), not after
 * a Chinese numeral (二.存在的不足 numbers a heading).
 */
const HALF_WIDTH_STOPS = /((?![一二三四五六七八九十〇零])[\u3400-\u9fff）”])\.(?![\d.])/gu;
/**
 * A figure alone in brackets between a Chinese word and a unit or word (学法（4）次, 活动(32)场): a form's blank filled in.
 * Not after a line's start or a mark, where brackets number an item (（1）加强学法).
 */
const BLANK_FIGURES = /([\u3400-\u9fff])[（(](\d{1,6})[）)](?=[\u3400-\u9fff%％])/gu;

/**
 * A half-width full stop read as 。, a form's bracketed blank read as its figure, and a table drawn with box-drawing
 * characters (│执法培训  │场次  │6  │) read with ｜ between its cells, as a table copied with bars is (all keep the length).
 */
export function formRead(text: string): string {
  const t = text.replace(HALF_WIDTH_STOPS, '$1。').replace(BLANK_FIGURES, '$1 $2 ');
  return BOX_BAR.test(t) ? t.replace(BOX_BARS, '｜') : t;
}

/** The box-drawing characters that divide a drawn table's cells: light, heavy, dashed and double vertical lines. */
const BOX_BAR = /[│┃┆┇┊┋║]/u;
const BOX_BARS = /[│┃┆┇┊┋║]/gu;

/**
 * A figure grouped in thousands broken after a separator at a line's end (受理矛盾纠纷1,⏎205件; a line filled to its width
 * by a tool, in a document too little wrapped to be read as hard-wrapped), or with a blank after it (1, 203 件: a web
 * page's spacing): read whole, the break and blanks made zero-width spaces before the figure, so offsets stay the
 * written text's — read as written, 205件 or 203件 is a confident wrong count. Only the half-width separator: a
 * full-width comma ends a clause.
 */
const GROUP_BROKEN_AT_LINE_END =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})*),([ \t\u3000]*\r?\n[ \t\u3000]*|[ \t\u3000]+)(\d{3})(?![\d.])/gu;
export function brokenGroupsRead(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(GROUP_BROKEN_AT_LINE_END, (_m, head: string, brk: string, tail: string) => {
    return `${ZERO_WIDTH.repeat(brk.length)}${head},${tail}`;
  });
}

/**
 * A text pasted from a markdown editor: its heading marks opening a line (## 某镇人民政府2024年…报告) and its bold marks
 * (**（一）依法全面履行职能**, 培训**12**场次) are layout, read as blanks (the same length, so offsets stay the written
 * text's): never part of a name, a heading or a figure.
 */
export function markdownRead(text: string): string {
  if (!text.includes('**') && !text.includes('#')) return text;
  // opening a line, blanks (a heading's or a title's start is found past them); inside one, zero-width spaces (two
  // blanks there would part a table's cells: 培训**4场次** is 培训4场次)
  return text
    .replace(MARKDOWN_HEADING, blanks)
    .replace(MARKDOWN_BOLD_OPENING, blanks)
    .replace(MARKDOWN_BOLD, (run) => ZERO_WIDTH.repeat(run.length));
}
const MARKDOWN_HEADING = /^[ \t]*#{1,6}(?=[ \t])/gmu;
const MARKDOWN_BOLD_OPENING = /^[ \t]*\*\*/gmu;
const MARKDOWN_BOLD = /\*\*/gu;
const blanks = (run: string): string => ' '.repeat(run.length);

/**
 * A draft's struck text (~~96卷~~ 104卷, a markdown strike-through; [删除：3次][插入：5次], an editor's marks) is no text of
 * the report: the struck words and the marks become zero-width spaces, an insertion's words stay, so offsets stay the
 * written text's and only the figure that stands is read.
 */
export function struckRead(text: string): string {
  if (!text.includes('~~') && !text.includes('删除') && !text.includes('插入')) return text;
  return text
    .replace(STRUCK, (run) => ZERO_WIDTH.repeat(run.length))
    .replace(DELETED, (run) => ZERO_WIDTH.repeat(run.length))
    .replace(
      INSERTED,
      (_run, open: string, words: string, close: string) =>
        ZERO_WIDTH.repeat(open.length) + words + ZERO_WIDTH.repeat(close.length),
    );
}
const STRUCK = /~~[^~\n]{1,40}~~/gu;
const DELETED = /[[【]删除[：:][^\]】\n]{0,40}[\]】]/gu;
const INSERTED = /([[【]插入[：:])([^\]】\n]{0,40})([\]】])/gu;

/**
 * Full-width digits, ％ and a full-width decimal point between digits made ASCII, so one
 * value pattern reads １２件 and ９５．５％. Every replacement is one UTF-16 unit for one, so
 * offsets (and evidence positions) stay those of the text as written.
 */
export function asciiDigits(text: string): string {
  // no u flag: the class is BMP characters only, and V8 scans a non-unicode class faster
  if (!/[\uff05\uff0e\uff10-\uff19]/.test(text)) return text;
  return text
    .replace(/[\uff10-\uff19\uff05]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)\uff0e(?=\d)/gu, '.');
}
