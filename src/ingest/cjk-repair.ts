/**
 * Repairs of text taken from a PDF's text layer, which records glyphs, not the words typed:
 *
 * - Fonts such as Noto CJK map some glyphs to radical code points in their ToUnicode table, so a
 *   Chromium-printed PDF yields ⼈⺠ for 人民 and ⼀、 for 一、, and cue words miss. The Kangxi Radicals
 *   block (U+2F00–U+2FD5) and the CJK compatibility ideographs have compatibility decompositions
 *   (NFKC); the CJK Radicals Supplement (U+2E80–U+2EF3) has none, so the characters a Chinese text
 *   uses as whole words are mapped by a table (after Unicode's EquivalentUnifiedIdeograph.txt).
 *   NFKC is applied to those blocks only: on the whole text it would turn ，（１） into ,(1).
 * - Layout puts spaces between CJK and Latin letters or digits (XX 市司法局 2025 年度) that no
 *   writer typed; they would break a cue such as 审查率100%.
 */

/** Radicals that stand for a whole character in simplified or traditional Chinese text. */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺝': '月',
  '⺟': '母',
  '⺠': '民',
  '⺢': '氺',
  '⺩': '王',
  '⺬': '示',
  '⻁': '虎',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻗': '雨',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻟': '飠',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻫': '斉',
  '⻬': '齐',
  '⻭': '歯',
  '⻮': '齿',
  '⻯': '竜',
  '⻰': '龙',
  '⻱': '龜',
  '⻲': '亀',
  '⻳': '龟',
};

/**
 * Kangxi radicals whose NFKC form is a variant a mainland text does not use: a simplified-Chinese
 * font maps its 户 glyph to ⼾ (Kangxi DOOR), whose NFKC is the traditional 戶. 青 and 黄 likewise.
 */
const KANGXI_MAINLAND: Record<string, string> = { '⼾': '户', '⾭': '青', '⿈': '黄' };

/** Kangxi radicals, CJK compatibility ideographs (BMP and supplement): NFKC gives the unified ideograph. */
const COMPATIBILITY = /[\u2F00-\u2FDF\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;
const SUPPLEMENT = /[\u2E80-\u2EFF]/g;

/** Radical and compatibility code points replaced by the unified ideographs a reader sees. */
export function unifyIdeographs(text: string): string {
  return text
    .replace(COMPATIBILITY, (c) => KANGXI_MAINLAND[c] ?? c.normalize('NFKC'))
    .replace(SUPPLEMENT, (c) => RADICAL_SUPPLEMENT[c] ?? c);
}

/** Han characters and the full-width punctuation set among them. */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018\\u2019\\u201C\\u201D\\u2014\\u2026';
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00A0\\u3000]+`, 'gu');
const SPACE_BEFORE_CJK = new RegExp(`[ \\t\\u00A0\\u3000]+(?=[${CJK}])`, 'gu');

/** Whitespace with a CJK character on either side removed: Chinese text has no spaces between words. */
export function dropSpacesAroundCjk(text: string): string {
  return text.replace(SPACE_AFTER_CJK, '').replace(SPACE_BEFORE_CJK, '');
}
