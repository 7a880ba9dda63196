import { z } from 'zod';
import { Words } from './vocabulary-words.js';
import { DocumentType, ReportRole } from './report.js';
import { additionWords } from './vocabulary-additions.js';
import { listWords } from './vocabulary-lists.js';
import { questionWords } from './vocabulary-questions.js';
import { zeroWords } from './vocabulary-zero.js';
import { placeWords } from './vocabulary-places.js';
import { selfWords } from './vocabulary-self.js';
import { timeWords } from './vocabulary-time.js';
import { planWords } from './vocabulary-plans.js';
import { partyWords } from './vocabulary-parties.js';

/**
 * vocabulary.yaml: the words extraction judges a sentence by — what negates a claim, what
 * makes it a target rather than a result, what ties a figure to another year or another
 * body, what names a reporter's role or a document's type. The mechanism is code; every
 * word is here, so an auditor extends it in YAML. A pack that extends another adds its
 * words to the parent's list for the same key.
 */
export const VocabularyFile = z
  .object({
    negation: Words.optional().describe('words that negate a claim in its clause: 未, 尚未, 没有 …'),
    target: Words.optional().describe('words that make a claim a plan or target, not a result: 计划, 拟, 力争 …'),
    draftMarks: Words.optional().describe(
      'target words that, followed by a short verb and 的, qualify a noun — the drafts a body handles (对拟出台的规范性' +
        '文件开展合法性审核4件) — and set no target: 拟 …',
    ),
    partial: Words.optional().describe('words that mark a claim as partly achieved: 目前已完成, 部分 …'),
    partialSubjects: Words.optional().describe('partial words naming some of the subjects: 部分, 个别 …'),
    totality: Words.optional().describe(
      'words a negation right before them denies only in part (尚未全面推行, 没有完全落实, 落实不到位): the claim is ' +
        'partial — a coverage fact’s partial value, no value for another fact: 全面, 完全, 到位 …',
    ),
    insufficient: Words.optional().describe(
      'words after an enum/boolean claim in its clause that say it falls short (三项制度…落实得不够好, 有待加强): ' +
        'the claim is in doubt and gives no value: 不够, 有待 …',
    ),
    ...timeWords,
    nextYear: Words.optional().describe(
      'words naming the year after the report year: a part of the year after one (推迟到明年上半年) does not make ' +
        'the report a part-year one: 明年, 次年 …',
    ),
    partOfYear: Words.optional().describe(
      'words dating a figure to part of the year (上半年, 第二季度; a month span 1-6月 is read by the code): in a ' +
        'whole-year report such a figure is not the year’s (上半年评查30卷，下半年38卷，全年合计68卷 → 68)',
    ),
    comparison: Words.optional().describe('words that introduce a change rather than a level: 同比, 较上年 …'),
    zero: Words.optional().describe('words that state there was nothing of a kind: 未发生, 无, 没有 …'),
    zeroAfter: Words.optional().describe('words after a thing that state there was none of it: 为零, 无一例 …'),
    zeroNouns: Words.optional().describe(
      'nouns that may close a stated zero after the thing: 案件, 事项 (无重大行政决策事项)',
    ),
    from: Words.optional().describe(
      'words before the starting figure of a change (由18%下降至12.6%): that figure is not the level',
    ),
    changeBase: Words.optional().describe(
      "words right after a change's base figure (在上年96.8%的基础上提高到…): 的基础上 …",
    ),
    actual: Words.optional().describe(
      'words opening a clause that gives what was done beside a plan or target before it (计划开展15场，实际开展21场): ' +
        'the figure there is the result: 实际 …',
    ),
    ...partyWords,
    attachment: Words.optional().describe(
      "words opening an attachment's title line (附件3：2026年重点任务清单): an attachment naming a later year or a " +
        "next-year plan's heading word lists plans, none of them a result: 附件 …",
    ),
    directing: Words.optional().describe(
      'words opening a clause that names who directed the work (按照区委依法治区办部署，…): a scope word in it, before one ' +
        'of the `directions` words, is not whose figure the sentence gives: 按照, 根据 …',
    ),
    directions: Words.optional().describe('words closing such a clause: 部署, 要求, 安排 …'),
    placeOpeners: Words.optional().describe(
      'words opening the places an activity was held at (在各社区、学校…开展; 深入社区、学校开展…): a 分别 list of figures ' +
        'for them is summed: 在, 深入 …',
    ),
    deciding: Words.optional().describe(
      "words after a body's name that make it the one deciding on the reporter's case (市局复议决定变更1件, 县政府复议决定" +
        '撤销…): that body opens no span of its own — whose figure it is, the words around decide: 复议决定 …',
    ),
    notApplicable: Words.optional().describe(
      'words saying a matter does not apply to the reporter (不承担执法职能，不涉及…三项制度): a yes/no or coverage claim ' +
        'in their clause is neither done nor not done — no value: 不涉及, 不适用 …',
    ),
    newIntake: Words.optional().describe(
      "words naming an intake's new part, before its figure (新收119件): with a carried-over word beside it in the part " +
        'right after a total, the part is the year’s figure of a fact counting what came in (facts.yaml intake): 新收 …',
    ),
    carriedOver: Words.optional().describe(
      'words naming what was carried over from the year before (上年结转9件): 结转, 旧存 …',
    ),
    ...listWords,
    ...additionWords,
    ...questionWords,
    subjectNouns: Words.optional().describe(
      'nouns a body’s or a place’s name ends with (村, 社区, 所, 队, 调委会 …): a list of them before 分别 with the ' +
        'fact’s cue after it (甲村、乙村调委会分别受理9件、12件) names subjects, whose figures add up; a list ending ' +
        'otherwise names kinds of things (法律援助、人民调解分别受理…), each its own fact',
    ),
    examples: Words.optional().describe(
      'words saying a list names some of its kind, not all (如, 例如, 等): such a list before 分别 gives no whole',
    ),
    remarkColumn: Words.optional().describe(
      'words naming a table\u2019s column of remarks (项目｜数量｜备注): its cells note on the row\u2019s figure and state ' +
        'nothing; beside one other column, that column is the row\u2019s figure: 备注, 说明 …',
    ),
    unitColumn: Words.optional().describe(
      'words naming a table\u2019s column of units (项目｜单位｜数量): its cells are the row\u2019s unit, no figure — ' +
        'the row reads as if its label carried the unit: 单位, 计量单位 …',
    ),
    serialColumn: Words.optional().describe(
      'words naming a table\u2019s first column numbering its rows (序号｜指标｜2025年): no label, the row starts after ' +
        'it: 序号, 编号 …',
    ),
    deniedNone: Words.optional().describe(
      'words that deny the none right after them (并非没有败诉案件: there were some): that zero is no zero: 并非, 并不是 …',
    ),
    rounds: Words.optional().describe(
      'words naming one round or batch of an activity (第1轮, 第二批, 首轮): figures of one fact and rank, each told in a ' +
        'clause naming another round, in one sentence or in sentences each opening with one, are added (第1轮培训460' +
        '人次，第2轮培训520人次 → 980): 第一轮, 第1轮, 首批 …',
    ),
    continuing: Words.optional().describe(
      "words that add no thing of their own between a clause's start and its figure, so the clause goes on with the " +
        'activity a cue named in the clause before (…开展普法宣传活动，全年累计完成31场次; 镇、村两级开展宣传18场): 累计, ' +
        "完成, 两级 …; the vocabulary's this-year, level, activity and actual words, sum words and the fact's cues count too",
    ),
    inclusion: Words.optional().describe(
      'words saying a figure is a part taken in by another (收案数包含已撤回申请4件): in a correcting sentence such a ' +
        'figure corrects nothing: 包含, 包括 …',
    ),
    correction: Words.optional().describe(
      'words saying a sentence corrects a figure told earlier (经核实，…实际…为5件; 更正说明：…): of equally preferred ' +
        'figures that differ, the last one such a sentence states is the fact: 经核实, 经复核, 更正 …',
    ),
    restatement: Words.optional().describe(
      'words restating a figure at once, more exactly or corrected, right before the restated figure (受理纠纷约3千件' +
        '（准确数2,871件）; 约四百卷，复核后准确为396卷; 12件（此数有误，经核实为11件）): the restated figure is the ' +
        'statement\u2019s: 准确数, 准确为, 核实为 …',
    ),
    headPosts: Words.optional().describe(
      'a head\u2019s posts, which after a place open the title of his own 述法 report (缙涔县县长2024年度述职述法报告): ' +
        'the place gives the level and region, no body reports: 县长, 镇长, 党工委书记 …',
    ),
    asOf: Words.optional().describe(
      'words right before a date that say when a thing stood or was done, not when it was found (截至2025年11月，5个问题' +
        '已全部完成整改; 于2025年6月整改到位): such a date does not make last year’s problems this year’s findings: 截至, 于 …',
    ),
    allOf: Words.optional().describe(
      "words saying all of a claim's subject did it: right before a coverage fact's claim of having done it " +
        '(镇政府和所辖14个村全部签订了法律顾问合同, 各部门均已配备法律顾问), or before 已 there, they make it full: 均, 全部 …',
    ),
    doneColumn: Words.optional().describe(
      "words naming a table's column of what was done beside a target (指标｜目标值｜完成值): its cells are the " +
        'figures; the others are not read: 完成, 实际 …',
    ),
    ownLeaders: Words.optional().describe(
      "the reporter's own scope words that name its head or leading group, not the body (局长, 局党组): a 其中 share " +
        "naming them breaks down the reporter's own figure (出庭8件，其中局长出庭3件), it is not its share of a larger total",
    ),
    attending: Words.optional().describe(
      'words that may close a clause holding only a figure, saying who took part (开展执法培训1次，32人参加): with a ' +
        "figure of another unit in the clause before, that figure counts the same activity's people: 参加 …",
    ),
    done: Words.optional().describe(
      'words that state a result was reached: a target word earlier in the sentence does not reach past them ' +
        '(计划…，目前已完成60%): 已, 目前 …',
    ),
    handling: Words.optional().describe(
      'verbs whose object a scope word is (受理区政府行政复议案件: the 区政府 is the party, not the reporter), and 被, ' +
        'after which it is the agent (被区政府撤销1件): 受理, 办理, 被 …; and what a body\u2019s work serves or centres on ' +
        '(围绕全区…中心工作, 服务全县发展大局): the topic, not whose figure follows',
    ),
    breakdown: Words.optional().describe(
      'words opening a clause that breaks down the one before it (…民事诉讼案件9件，其中败诉2件): a fact’s exclude ' +
        'words in that clause reach it: 其中 …',
    ),
    remainder: Words.optional().describe(
      'words after which a figure in its clause is what is left over, not a total (其余2个问题…): 其余, 剩余 …',
    ),
    cumulative: Words.optional().describe(
      'words that make a figure a running total over years (累计培养…4126名): not the year’s when its sentence then ' +
        'gives the year’s part (其中2024年新培养638名): 累计 …',
    ),
    rateBoundsBefore: Words.optional().describe(
      'words right before a rate that make it a bound, not the rate (超98%, 超过95%, 不低于90%): no value — 超过, 不低于 …',
    ),
    rateBoundsAfter: Words.optional().describe(
      'words right after a rate that make it a bound, not the rate (98%以上, 控制在3%以内): no value — 以上, 以内 …',
    ),
    groupNouns: Words.optional().describe(
      'nouns right after a figure that make it a count of groups of the thing, not of the thing (问题三个方面共八项): ' +
        'the figure is passed over and the next one read: 方面 …',
    ),
    goalNouns: Words.optional().describe(
      'nouns that, right after a figure, make it a goal set, not a result (下达的培育600名任务已完成512名): 任务, 指标 …',
    ),
    ...zeroWords,
    ...placeWords,
    activityVerbs: Words.optional().describe(
      'verbs of holding an activity: a negation right before one that ends the clause after an activity named ' +
        '(执法案卷评查工作没有开展) says it was not held: 开展, 组织 …',
    ),
    postponement: Words.optional().describe(
      'words that, after an activity named in its clause, say it was put off (执法培训推迟至明年, 评查暂缓): not held ' +
        '(unless put off to a month: 推迟至12月): 推迟, 暂缓 …',
    ),
    cancellation: Words.optional().describe(
      'words that, after an activity named in its clause, say it was called off (原计划9月举办的执法培训因故取消): not ' +
        'held: 取消 …',
    ),
    priorPlan: Words.optional().describe(
      'words saying what was planned before (执法培训原定10月开展): a later clause of the sentence putting it off or ' +
        'calling it off (…，因人员调整推迟到明年) says it was not held: 原定, 原计划 …',
    ),
    bounds: Words.optional().describe(
      'words that, right after a figure, make it a bound, not the figure stated (败诉率控制在5%以内): 以内, 以下 …',
    ),
    respectively: Words.optional().describe(
      'words pairing a list of figures with a list of items before them (2022年、2023年、2024年…分别为96.2%、97.1%和98.4%): ' +
        'the figure at the report year’s or the cue’s item’s position is the fact’s, or none: 分别, 依次 …',
    ),
    perUnit: Words.optional().describe(
      'words that make a figure a per-unit rate, not a total (为每个企业培养1名): 每个, 每名 …',
    ),
    change: Words.optional().describe(
      'verbs of change: a figure right after them is a change, not a level (提高5个百分点): 提高, 下降 …',
    ),
    level: Words.optional().describe(
      'words that introduce a level even after a change verb (提高到95%): 为, 达到, 到, 至 …',
    ),
    eventSpan: Words.optional().describe(
      'words after an event or a season that count a figure over its span (“宪法宣传周”期间开展…38场): the whole ' +
        'year\u2019s figure of the same thing told after it (全年共开展…286场) is the report\u2019s: 期间 …',
    ),
    ordinary: Words.optional().describe(
      'ordinary words that contain a judgement word and judge nothing: 未成年人, 主要, 模拟, 无偿 …',
    ),
    disposal: z
      .object({
        markers: Words,
        verbs: Words,
        future: Words.optional().describe(
          'words right after a marker that make it a future, not a disposal (将在年终述职中述法, 将于…): inside a split ' +
            'cue’s gap a marker is read as 把 unless one of these follows it',
        ),
      })
      .strict()
      .optional()
      .describe(
        'a target word that is also a disposal marker (将, as 把) and is followed in its clause by a disposal verb, ' +
          'no other marker between, marks the verb’s object and states no target: 将述法范围延伸至…, 将法治建设纳入考核; ' +
          '将把述法纳入考核 is still a target (纳入 is 把’s)',
      ),
    source: z
      .object({ markers: Words, verbs: Words })
      .strict()
      .optional()
      .describe(
        'a sentence opening by naming whose figures it gives (据县司法局统计，…; 据县委依法治县办通报，…): a marker, a body, ' +
          'a verb; the figures are that body’s, as if it opened the sentence: markers 据 …, verbs 统计, 通报 …',
      ),
    doubleNegation: z
      .object({ noneOf: Words, negations: Words })
      .strict()
      .optional()
      .describe(
        'a none-of quantifier then a negation before a claim in its clause (没有一个部门的主要负责人不述法; 4个问题' +
          '没有一个没有整改到位): all did it — a result, and a coverage claim’s full value: noneOf 没有一个, 无一 …; ' +
          'negations 不, 没有, 未 …',
      ),
    pivot: z
      .object({ verbs: Words, heads: Words })
      .strict()
      .optional()
      .describe(
        'a handling verb that has the units it names act through their heads (组织各部门主要负责人开展述法): a verb right ' +
          'before a scope word, a heads word after it in the clause; the units are then whose statement it is, not a ' +
          'party to the subject’s (组织各乡镇执法人员开展培训2场 stays the subject’s): verbs 组织, 督促 …; heads 负责人 …',
      ),
    ownWithUnits: z
      .object({ bodies: Words, joiners: Words })
      .strict()
      .optional()
      .describe(
        'a body named together with the units under it, as one subject of a coverage claim (镇政府及23个村全部配备法律' +
          '顾问, 实现街道和所辖7个社区法律顾问全覆盖): a body word right before a joining word. A coverage fact’s exclude ' +
          'words naming those units (村, 社区) then do not keep the claim out: bodies 镇政府, 街道, 局机关 …; joiners 及, 和 …',
      ),
    scopes: z
      .record(z.string().regex(/^[a-z][a-z_]*$/), Words)
      .optional()
      .describe(
        'whose figure a clause gives, by scope: region (全县), government (县政府), departments (各部门), own (本局) …',
      ),
    ...selfWords,
    ...planWords,
    roles: z
      .partialRecord(ReportRole, Words)
      .optional()
      .describe(
        'the endings of a body’s name that tell its role, most specific first within each role: 司法局 → judicial_bureau; ' +
          'they also find a body named at a sentence’s start (县司法局…): another body’s figures for a department or township',
      ),
    annualReportParts: Words.optional().describe(
      'part headings only an annual report’s statutory contents give (推进法治政府建设…举措…成效; “…” lets other ' +
        'words stand between): in a text with neither title nor announced type (现将…报告如下), a numbered part so ' +
        'headed makes the document the annual report, inferred and noted in the evidence',
    ),
    documentTypes: z
      .partialRecord(DocumentType, Words)
      .optional()
      .describe('title words that tell what a document is: 工作总结 → work_summary'),
    fieldWords: Words.optional().describe(
      'words of the fields this checklist assesses (法, 复议, 调解 …): a title whose subject — what it names between ' +
        'its year and its kind of document, 安全生产工作, 医保基金监管工作 — holds none of them reports on another ' +
        'field, and no fact is read from it',
    ),
    otherBodies: Words.optional().describe(
      'bodies outside the executive whose own reports the checklist does not assess, by a word of the name a title ' +
        'opens with (人民法院, 有限公司): no fact is read from their reports',
    ),
    caseBodies: Words.optional().describe(
      'bodies outside the executive that count cases of their own, by how their name ends (人民法院, 人民检察院): a ' +
        "clause one opens (县人民法院受理行政诉讼一审案件58件) gives that body's figures — neither the reporter's nor its " +
        "region's — unless the clause names whose they are (…，其中以本局为被告的6件; 全县行政机关应诉49件)",
    ),
    partYear: Words.optional().describe(
      'phrases that report only part of the year: 截至{m}月底, 1-{m}月, 前三季度 … ({m} is a month, which must be before ' +
        '12; a dash stands for any dash)',
    ),
    partYearIfInYear: Words.optional().describe(
      'phrases that mean “up to now”: 今年以来, 截至目前 — part of the year only in a document dated inside the report ' +
        'year before December',
    ),
    fullYear: Words.optional().describe(
      'phrases that report the whole year: 全年, 1-12月, 一年来 — outweigh a single part-year phrase',
    ),
    standingWords: Words.optional().describe(
      'words of a sentence telling how matters stood at a date (整改: 截至2025年11月，十五个问题均已整改销号): a part-year ' +
        'phrase there dates the standing, not the span the report covers',
    ),
    objectDating: Words.optional().describe(
      'verbs that, between a part-year phrase and 的, make it date the things named (办理: 对我乡上半年办理的行政处罚案卷' +
        '进行评查), not the span the report covers',
    ),
  })
  .strict();
export type VocabularyFile = z.infer<typeof VocabularyFile>;
