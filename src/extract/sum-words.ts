/** Words that sum what came before them (三项合计一百五十余场, 全县各乡镇、部门合计…): one list for every reading of a total. */
export const SUM_WORDS = ['合计', '共计', '总计'] as const;

/** Any sum word, anywhere in a string. */
export const SUM_WORD = new RegExp(SUM_WORDS.join('|'), 'u');

/** Words opening a sentence that sums up what was told before it (以上合计纠错12件; 上述案件共计152件). */
export const RECAP_WORDS = ['以上', '上述', '前述'] as const;
