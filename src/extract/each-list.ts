import { Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { TextIndex } from './text-index.js';
import { parseNumeral } from './numbers.js';
import { endsWithNoun } from './noun-endings.js';

/*
 * A figure said of each of several subjects listed before 各 (局长、分管副局长各出庭1件; 4月、9月各开展普法宣传活动1场):
 * the fact's count is the figure times the subjects. Where the cue stands after 各 (the verb's, 各出庭), or right after
 * the list (镇党委会、镇长办公会专题研究法治建设各1次): a list of kinds the cue is one of (行政复议、行政诉讼案件各1件)
 * gives each kind the figure. So does a count of the subjects (全镇14个村（社区）各培养“法律明白人”5名 → 70; 3个中队各评查
 * 案卷10卷 → 30).
 */

/** The statement with its figure multiplied by the subjects before 各, or undefined when it is not such a figure. */
export function eachOfList(index: TextIndex, ctx: ClaimContext, m: FactMatch, cueStart: number): FactMatch | undefined {
  if (typeof m.value !== 'number') return undefined;
  const text = index.text;
  const cs = index.clause(m.valueOffset)[0];
  const each = eachBefore(text, Math.max(cs, m.valueOffset - EACH_REACH), m.valueOffset);
  if (each < 0 || CLASSIFIER.test(text[each + 1] ?? '')) return undefined;
  // 各 before a body's name, the cue after it (12个司法所指导各调委会调解纠纷2,860件): every such body, the figure their
  // total — no distribution over the count before
  const after = cueStart - each - 1;
  if (after >= BODY_MIN && after <= BODY_AFTER_EACH && endsWithNoun(ctx.words, text, each + 1, cueStart))
    return undefined;
  // 各 before the cue distributes over the list before it (局长、分管副局长各出庭1件); after the cue, over a list of
  // subjects ending right where the cue begins (镇党委会、镇长办公会专题研究法治建设各1次), never one the cue ends (行政
  // 复议、行政诉讼案件各1件: kinds, each its own fact)
  const items = listBefore(text, cs, Math.min(each, cueStart)) || countedBefore(text, cs, Math.min(each, cueStart));
  if (items < 2) return undefined;
  const e = m.evidence;
  const q = quote(
    index,
    e.offset!,
    e.offset! + e.quote.length,
    cueStart,
    m.valueOffset,
    e.approximate ?? false,
    NOTE(items),
  );
  const times = new Match(m.value * items, m.valueOffset, ctx, cs, cueStart, q);
  times.scope = m.scope;
  return times;
}

const EACH = '各';
/** How long a body's name after 各 may be (调委会, 执法中队, 村调解委员会). */
const BODY_AFTER_EACH = 8;
/** …and how short: a verb ending like a body's noun (举办, 承办) is two characters, a body's name (调委会) three or more. */
const BODY_MIN = 3;
const NOTE = (items: number) => `${items}项各计，相乘`;
/** How far 各 may stand before the figure (各出庭1件, 各开展普法宣传活动1场). */
const EACH_REACH = 12;
/** 各 before a classifier is "every kind of" (各类, 各项, 各级), and 各自 "their own": no distribution over a list. */
const CLASSIFIER = /[类项级种个地部单乡镇村界族方自]/u;

/** The last 各 in [from, to), or -1: a look within reach, not a search back through the text. */
function eachBefore(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === EACH_CODE) return i;
  return -1;
}

const EACH_CODE = EACH.charCodeAt(0);

/**
 * How many subjects a list right before 各 names (局长、分管副局长 → 2; 4月、9月 → 2): items of up to ten characters
 * with no figure of a count, joined by 、, 和 or 及; 0 when the words before 各 are no such list.
 */
function listBefore(text: string, cs: number, each: number): number {
  const lead = text.slice(Math.max(cs, each - LIST_REACH), each);
  const m = LIST.exec(lead);
  if (m) return m[0].split(JOINER).length;
  // names in quotes need no joiner (“安全生产月”“防灾减灾日”期间各…): a run of them, then a few words of when or what
  const q = QUOTED_LIST.exec(lead);
  return q ? (q[0].match(QUOTED_NAME)?.length ?? 0) : 0;
}

const LIST_REACH = 40;
/** Two or more names in quotes, side by side or joined, then up to four words' characters before 各. */
const QUOTED_LIST = /(?:[“"][^“”"，,；;。]{1,12}[”"][、和及与]?){2,}[^“”"、，,；;。\s\d]{0,4}$/u;
const QUOTED_NAME = /[“"][^“”"，,；;。]{1,12}[”"]/gu;

/**
 * How many subjects a count right before 各 names (14个村（社区） → 14, 三个中队 → 3): a figure, 个, then up to a dozen
 * characters of no figure nor mark; 0 when there is none.
 */
function countedBefore(text: string, cs: number, each: number): number {
  const m = COUNTED.exec(text.slice(Math.max(cs, each - COUNTED_REACH), each));
  return m ? (parseNumeral(m[1]!) ?? 0) : 0;
}

const COUNTED_REACH = 20;
const COUNTED = /(?<![\d.])(\d+|[一二两三四五六七八九十]+)个[^\d、，,；;。\s一二两三四五六七八九十]{1,12}$/u;
const JOINER = /[、和及与]/u;
/** The list ending right before 各: items of one to ten characters joined by 、 / 和 / 及 / 与. */
const LIST = /(?:[^、和及与，,；;。\s]{1,10}[、和及与])+[^、和及与，,；;。\s]{1,10}$/u;
