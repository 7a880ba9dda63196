/*
 * What a body calls itself in its text's opening (我街道, 我县): its role or tier when no name tells it — the subject
 * opening its text (2024年，我县坚持…) is the county's government reporting.
 */

/** The first vocabulary word (selfSubjects) subject of the opening's first sentence, and its role key. */
export function selfSubject<K extends string>(
  text: string,
  lists: Partial<Record<K, string[]>> | undefined,
): { at: number; word: string; key: K } | undefined {
  return firstSelfWord(text, lists, opensFirstSentence);
}

/**
 * The first word of the vocabulary lists (selfNames, selfTiers, selfSubjects) standing in the opening where `accept`
 * takes it, and the list's key.
 */
export function firstSelfWord<K extends string>(
  text: string,
  lists: Partial<Record<K, string[]>> | undefined,
  accept: (opening: string, at: number) => boolean = anywhere,
): { at: number; word: string; key: K } | undefined {
  const opening = text.slice(0, SELF_WORD_REACH);
  let best: { at: number; word: string; key: K } | undefined;
  for (const [key, words] of Object.entries(lists ?? {}) as Array<[K, string[] | undefined]>)
    for (const word of words ?? []) {
      let at = opening.indexOf(word);
      while (at >= 0 && !accept(opening, at)) at = opening.indexOf(word, at + 1);
      if (at >= 0 && (!best || at < best.at)) best = { at, word, key };
    }
  return best;
}
const anywhere = () => true;

/**
 * Whether the word at `at` is its line's first sentence's subject: what stands before it on the line is only
 * adverbials, each a clause of its own — a year (2024年，), a span of time (今年以来，) or a 在…下 (在县委的领导下，).
 * Not a place word inside a clause (结合我市…实际) nor after a statement (…举办培训班4期，我县选派…).
 */
function opensFirstSentence(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at).trim();
  if (before === '') return true;
  if (!CLAUSE_END.test(before)) return false;
  const clauses = before.slice(0, -1).split(CLAUSE_MARKS);
  return clauses.every((c) => ADVERBIAL.test(c.trim()));
}
const CLAUSE_END = /[，,]$/u;
const CLAUSE_MARKS = /[，,]/u;
/** The adverbials a report's first sentence may open with before its subject. */
const ADVERBIAL = /^(?:\d{4}年度?(?:以来)?|今年以来|一年来|过去一年|在.{1,40}下)$/u;
/** How far into the text a self-reference is looked for: the opening paragraph. */
const SELF_WORD_REACH = 200;
