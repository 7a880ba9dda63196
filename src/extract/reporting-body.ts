import type { VocabularyFile } from '../model/vocabulary.js';
import {
  bareNameAtStart,
  namesBodyKind,
  nameAtStart,
  parseBodyName,
  placeLine,
  placeTitle,
  type BodyName,
} from './authority.js';
import { placeAtStart } from './place-subjects.js';
import { townshipAfterGovernment, withTitlePlace } from './title-names.js';
import { leadingLabelLength } from './title-lines.js';
import { firstNameLine, namesOtherPlace, RULE_OF_LAW_REPORT } from './site-lines.js';
import { holdsAny } from './claim-match.js';
import { abbreviates, shortFormOf, withItsGovernment } from './self-name.js';
import {
  ABOUT,
  type Line,
  LINE_BREAK,
  lineUnder,
  openingSubject,
  redHeadName,
  signatureNames,
  titleHead,
} from './header-lines.js';

/*
 * Who is reporting: the places a document names its body, in the order they are trusted. metadata.ts records
 * what this finds.
 */

/** A header row naming who issued the document (not 来源: a site's name is not the author). */
const ISSUER = /(?:发文机关|发布机构|发布单位|发文单位|制发机关)\s*[:：|]?\s*\|?\s*([^\s|:：]+)/u;

/**
 * The reporting body: the first name found in the title (or its first half, a line ending in 关于), a first
 * line that is a name, the line under the title, the 落款, the header table or red head (某区人民政府文件), the
 * opening sentence's subject, and last a title naming only a place (its government's, inferred) — in that
 * order. A place that holds nothing but a name (`whole`) counts only when the name is all it holds. Each
 * place is read only when the ones before it named no body (most titles do): the 落款 and the opening
 * sentence are not parsed for nothing.
 */
export function reportingBody(
  text: string,
  header: Line[],
  titleLine: Line | undefined,
  titleText: string | undefined,
  vocabulary: VocabularyFile,
): { name: BodyName; line: Line } | undefined {
  const title = titleLine ? stripAbout(titleLine) : titleText ? stripAbout({ text: titleText, offset: -1 }) : undefined;
  const named = title && (bodyIn(title, false, vocabulary) ?? bodyIn(afterPartyCommittee(title), false, vocabulary));
  // a title naming the body without its county (凤城街道办事处) signed with it (雾溪县凤城街道办事处): the whole name;
  // a township after its county's government's name (某区人民政府两路街道关于…) is the township
  if (named) return townshipAfterGovernment(named) ?? wholeSigned(text, named.name, vocabulary, false) ?? named;
  // a title naming its body by level and role alone (县自然资源局2024年度…): its role, no region — or the 落款's
  // whole name that ends with it (长宁区应急管理局 for 区应急管理局)
  const bare = title && bareNameAtStart(title.text, vocabulary);
  if (bare && title) return wholeSigned(text, bare, vocabulary, true) ?? { name: bare, line: title };
  // a title over two lines (梧桐区人民政府关于 / 2025年度…的报告): its first half names the body
  const head = titleHead(header, titleLine);
  const headed = head && bodyIn(head, true, vocabulary);
  if (headed) return headed;
  // a first line that is the body's name alone (the title below it names none; a department's, above a title naming
  // only a place's report, is the site section posting it, as a 发布机构 is), or the line right under the title
  const firstLine = firstNameLine(header);
  const alone =
    firstLine && firstLine !== titleLine ? firstLineName(firstLine, title, header, titleLine, vocabulary) : undefined;
  if (alone && !postedFor(alone.name, title))
    return wholeSigned(text, alone.name, vocabulary, alone.name.region === undefined) ?? alone;
  // (with no title found, the line under the first line: 法治政府建设工作情况 / （黄泥镇人民政府）)
  const under = lineUnder(header, titleLine ?? firstLine);
  const underTitle = under && bodyIn(under, true, vocabulary, true);
  if (underTitle) return underTitle;
  const signed = firstBody(signatureNames(text), true, vocabulary);
  if (signed) return (title && placedSigned(title, signed, vocabulary)) ?? signed;
  const issuer = issuerName(header) ?? redHeadName(header);
  const issued = issuer && bodyIn(issuer, true, vocabulary);
  // a web page's 发布机构 is who posted the page, the author unless a department posted a place's report (postedFor)
  if (issued && !postedFor(issued.name, title)) return issued;
  const subject = openingSubject(header, titleLine);
  const opening = subject && bodyIn(subject, false, vocabulary, true);
  // a running sentence may open with words that only look like a place (全年审核县政府…): a place names no time, and
  // holds no copula (芗峰林场为县林业局所属…: what the body belongs to)
  const openingPlace = opening?.name.region ?? '';
  if (opening && !TIME_IN_PLACE.test(openingPlace) && !COPULA_IN_PLACE.test(openingPlace) && ownSubject(opening))
    return title ? (titleWhole(opening.name, title) ?? withTitlePlace(opening, title)) : opening;
  // a head's own 述法 report titled by his post (缙涔县县长2024年度述职述法报告): the place he heads
  const headedPlace = title && placeHeaded(title.text, vocabulary.headPosts ?? []);
  if (title && headedPlace) return { name: { ...headedPlace, headed: true }, line: title };
  // a place as the opening's subject (2024年，社旗县认真贯彻…; 2025年，黄村镇在县委…): its government's report, inferred as
  // from a title naming only a place — not when the title names some body's kind (…局关于…)
  const placeSubject =
    subject && !titleNamesBody(title) ? placeAtStart(subject.text, vocabulary.shortNamedCounties) : undefined;
  if (placeSubject && subject) return { name: placeSubject, line: subject };
  // a place's 法治政府建设 report is its government's (a 司法行政工作总结 is its 司法局's): inferred, last
  if (!title || !RULE_OF_LAW_REPORT.test(title.text)) return undefined;
  const place = placeTitle(title.text);
  if (place) return { name: place, line: title };
  // (or a first line above it that is nothing but a place: 青山区东湖街道)
  const placeAbove = firstLine && firstLine !== titleLine ? placeLine(firstLine.text) : undefined;
  return placeAbove && firstLine ? { name: placeAbove, line: firstLine } : undefined;
}

/** Whether a title names some body's kind (…局关于…): not the topic's 政府 (2024年度法治政府建设工作情况的报告). */
function titleNamesBody(title: Line | undefined): boolean {
  return title !== undefined && namesBodyKind(title.text);
}

/**
 * The body a first line above the title names, alone on it: a joint issuer line's party committee is none (中共柳溪县委
 * 柳溪县人民政府: the government after it), nor is a site's name over a title naming another place's report (某县人民
 * 政府 / 政府信息公开 / 某乡2024年…报告) or, with no title, over an opening another place is the subject of.
 */
function firstLineName(
  firstLine: Line,
  title: Line | undefined,
  header: Line[],
  titleLine: Line | undefined,
  vocabulary: VocabularyFile,
): { name: BodyName; line: Line } | undefined {
  const alone = bodyIn(afterPartyCommittee(firstLine), true, vocabulary, true);
  if (!alone || (title && namesOtherPlace(alone.name, title.text))) return undefined;
  // (nor over an opening whose subject is another place: 某区人民政府 / 热门搜索 / 2022年，某镇在区委…)
  const subject = title ? undefined : openingSubject(header, titleLine);
  const place = subject && placeAtStart(subject.text, vocabulary.shortNamedCounties);
  return place && !alone.name.authority.includes(place.region ?? place.authority) ? undefined : alone;
}

const isDepartment = (name: BodyName) => name.role === 'department' || name.role === 'judicial_bureau';

/**
 * Whether a department posted, not wrote, a report whose title names only a place (泽州县司法局 over 泽州县2022年度…报告;
 * 下陆区2024年法治政府建设工作报告 posted by its 司法局 is the government's — the place's own government posting it
 * names itself whole).
 */
function postedFor(name: BodyName, title: Line | undefined): boolean {
  return (
    isDepartment(name) &&
    title !== undefined &&
    RULE_OF_LAW_REPORT.test(title.text) &&
    placeTitle(title.text) !== undefined
  );
}

/** Whether the opening's subject is the reporter: not a body acting on another (2024年，市司法局对我局开展…). */
function ownSubject(opening: { name: BodyName; line: Line }): boolean {
  const after = opening.line.text.slice(opening.name.authority.length);
  return !ACTING_ON.test(after) && !SELF_WORD.test(after);
}

/**
 * A name by its level alone in the opening (市司法局, 区政府) that a title the reading could not parse writes whole
 * (丰城市司法局关于…; 𬍡阳区人民政府关于…): the title's words up to the name's own, its role and level kept.
 */
function titleWhole(name: BodyName, title: Line): { name: BodyName; line: Line } | undefined {
  if (name.region !== undefined || name.placeOnly) return undefined;
  const own = name.authority.slice(1);
  const t = title.text.replace(PARTY_PREFIX, '');
  const at = t.indexOf(own);
  // (the words before it name a place, Han characters only: not 2024年度法治 of …法治政府建设…)
  if (at < 1 || at + own.length > TITLE_NAME_MAX || !TITLE_PLACE.test(t.slice(0, at))) return undefined;
  return { name: { ...name, authority: t.slice(0, at + own.length) }, line: title };
}
const PARTY_PREFIX = /^中共/u;
const TITLE_PLACE = /^[\p{Script=Han}()（）]*[县区市州旗镇乡][\p{Script=Han}()（）]*$/u;
const TITLE_NAME_MAX = 30;
/** A body acting on something right after its name (市司法局对我局…). */
const ACTING_ON = /^(?:对[全各]|抽查|检查|督查|督察)/u;
/** The reporter's own words in the subject clause: the subject is another body (…对我局, 指导我县). */
const SELF_WORD = /[我本][局委办镇乡区县市府所队]/u;

/**
 * The place a title of a head's own 述法 report opens with, before his post and the year (芷湄街道党工委书记2025年述职述法
 * 报告; vocabulary headPosts): the shortest such place, undefined when the title is no such report.
 */
function placeHeaded(title: string, posts: readonly string[]): BodyName | undefined {
  if (posts.length === 0 || !title.includes(STATES_LAW)) return undefined;
  for (let e = PLACE_MIN; e <= PLACE_MAX && e < title.length; e++) {
    const post = posts.find((p) => title.startsWith(p, e) && YEAR_START.test(title.slice(e + p.length)));
    if (post !== undefined) return placeLine(title.slice(0, e));
  }
  return undefined;
}
const STATES_LAW = '述法';
const PLACE_MIN = 2;
const PLACE_MAX = 12;
const YEAR_START = /^(?:19|20)\d\d/u;

/** 等 after a name: the name is one of a group (县人民调解委员会等各级调解组织). */
const GROUP_MARK = 0x7b49;
const TIME_IN_PLACE = /年度|全年|今年|本年|上年|去年/u;
/** A copula in what looks like a place (芗峰林场为县林业局所属…): the sentence tells what the body belongs to. */
const COPULA_IN_PLACE = /(?<!作)为|是|系/u;

/**
 * The body named at the start of the line (`whole`: the line is nothing but the name; `bare`: a name that opens
 * with a level alone, 县司法局, counts too — where the line can only be the body's own words about itself).
 */
function bodyIn(
  line: Line,
  whole: boolean,
  vocabulary: VocabularyFile,
  bare = false,
): { name: BodyName; line: Line } | undefined {
  // a title set over two lines may break the name (某县人力资源和社会 / 保障局2024年…): read as one line
  const text = line.text.includes('\n') ? line.text.replace(LINE_BREAK, '') : line.text;
  const name = nameAtStart(text, vocabulary) ?? (bare ? nameAtStart(text, vocabulary, true) : undefined);
  // a body outside the executive (镇人民调解委员会, 某村民委员会) reports nothing this checklist assesses; 金川区法治政府
  // (…建设工作要点) names the topic, not a body
  if (!name || holdsAny(name.authority, vocabulary.otherBodies ?? []) || name.authority.endsWith(TOPIC))
    return undefined;
  // 县人民调解委员会等各级调解组织: one of a group, not the reporter
  const after = text.charCodeAt(name.authority.length);
  return (whole ? name.authority === text : after !== GROUP_MARK) ? { name, line } : undefined;
}

function firstBody(
  lines: Line[],
  whole: boolean,
  vocabulary: VocabularyFile,
): { name: BodyName; line: Line } | undefined {
  for (let k = 0; k < lines.length; k++) {
    const found = bodyIn(lines[k]!, whole, vocabulary);
    if (found) return found;
  }
  return undefined;
}

/** The name in the first header row naming who issued the document (发文机关：…), placed. */
function issuerName(header: Line[]): Line | undefined {
  for (let k = 0; k < header.length; k++) {
    const l = header[k]!;
    const m = ISSUER.exec(l.text);
    if (!m) continue;
    const name = m[1]!;
    return { text: name, offset: l.offset + m.index + m[0].length - name.length };
  }
  return undefined;
}

/** The topic a title names (法治政府建设): a 政府 in it is no body's. */
const TOPIC = '法治政府';

/** A year opening a title, before the body's name (二〇二四年度红石乡人民政府…, 2025年度青山县林业局…). */
const YEAR_FIRST = /^(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年度?\s*(?=[\u3400-\u9fff])/u;

/**
 * A title without the label a site sets before it (a document number, [天政发〔2026〕7号]…; a tag, 【2022年】…; a bullet,
 * • …), its 关于 and the verb of sending after it (关于报送…, 关于转报县卫生健康局…), or the year it opens with
 * (二〇二四年度红石乡人民政府…报告): what it names.
 */
function stripAbout(line: Line): Line {
  const n = leadingLabelLength(line.text);
  const l = n > 0 ? skip(line, n) : line;
  const m = ABOUT.exec(l.text) ?? YEAR_FIRST.exec(l.text);
  return m ? skip(l, m[0].length) : l;
}
const skip = (l: Line, n: number): Line => ({ text: l.text.slice(n), offset: l.offset < 0 ? l.offset : l.offset + n });

/**
 * A joint title opens with the party committee (中共石门镇委员会 石门镇人民政府关于…): the government named after
 * it reports. The text after the first space or 、 when the title opens with 中共, else the title.
 */
function afterPartyCommittee(title: Line): Line {
  if (!title.text.startsWith('中共')) return title;
  const m = /[\s、]+/u.exec(title.text);
  if (!m) return title;
  const at = m.index + m[0].length;
  return { text: title.text.slice(at), offset: title.offset < 0 ? title.offset : title.offset + at };
}

/**
 * The 落款's name when it is the whole of the title's: a bare one's (长宁区应急管理局 signing for 区应急管理局, or
 * abbreviated: 青崖县人力资源和社会保障局 for 县人社局), or a named body's with a place before it (雾溪县凤城街道办事处 for
 * 凤城街道办事处); else undefined.
 */
function wholeSigned(
  text: string,
  name: BodyName,
  vocabulary: VocabularyFile,
  bare: boolean,
): { name: BodyName; line: Line } | undefined {
  const signed = firstBody(signatureNames(text), true, vocabulary);
  const whole = signed?.name;
  if (!whole || (bare && whole.region === undefined)) return undefined;
  const longer = whole.authority.length > name.authority.length && whole.authority.endsWith(name.authority);
  const abbreviated = bare
    ? abbreviates(name.authority, whole.authority, whole.region!)
    : whole.role === name.role && shortFormOf(name.authority, whole.authority);
  return longer || withItsGovernment(name.authority, whole.authority) || abbreviated ? signed : undefined;
}

/**
 * A title naming the body's place whole (瓞阳县蕖口镇2025年…) signed by the body under a shorter name (蕖口镇人民政府): the
 * signed name with the title's whole place before it, when the place ends with the signed name's own and the roles
 * agree; else undefined.
 */
function placedSigned(
  title: Line,
  signed: { name: BodyName; line: Line },
  vocabulary: VocabularyFile,
): { name: BodyName; line: Line } | undefined {
  const place = placeTitle(title.text);
  const short = signed.name.authority;
  if (!place || place.role !== signed.name.role) return undefined;
  for (let k = short.length - 1; k > 1; k--) {
    const head = short.slice(0, k);
    if (!place.authority.endsWith(head) || place.authority.length === head.length) continue;
    const whole = parseBodyName(place.authority + short.slice(k), vocabulary);
    return whole && whole.role === signed.name.role ? { name: whole, line: signed.line } : undefined;
  }
  return undefined;
}
