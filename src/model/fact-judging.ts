import { z } from 'zod';
import { FactId, SnakeId } from './common.js';
import { ReportRole } from './report.js';

// facts.yaml: which of a fact's statements it takes — in which parts, scopes, roles and periods, and not of which other
// kinds — and what a taken statement counts (spread into FactDefinition; see src/extract/).

export const factJudgingFields = {
  exclude: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'a clause containing one of these words is never used for this fact; a split word (等…问题: its sides at most six ' +
        'Han characters apart) closing a list of topics after the statement makes it a topic, whoever opens the clause',
    ),
  excludeDenials: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words naming units under the reporter: a denial whose clause names one before its negation is theirs, not the ' +
        'reporter’s (局机关聘请法律顾问1名；下属3个所未配备法律顾问 gives no none), while their claims of having it ' +
        '(局机关及下属单位均已聘请) still count',
    ),
  excludeInSentence: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words that make a statement another kind’s from anywhere in its sentence before the value: a clause after ' +
        '消费纠纷… or 民事诉讼21件 continues it (…，成功调解1,930件; …，一审败诉3件)',
    ),
  otherKinds: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words naming a kind of the counted thing that is not this fact’s (刑事案卷 beside 行政案卷): an item of a 、 list ' +
        'naming one is never the fact’s figure and is left out of the list’s sum (评查刑事案卷140卷、行政案卷205卷 → 205); ' +
        'a figure of both kinds together (评查刑事、行政案卷1,128卷) is still the fact’s',
    ),
  stageParts: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'count: words naming the stages of the counted thing (一审, 二审): a whole told only as its stages, each with its ' +
        'own figure and no total (全县行政诉讼一审案件52件、二审案件17件 → 69; 一审判决败诉5件，二审改判败诉1件 → 6), is their ' +
        'sum; stages after a total (…案件86件（一审64件、二审22件）, 其中一审…) are its parts, not added',
    ),
  respectiveBodies: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'count with aggregate sum: words ending every subject of a 分别 list whose figures the fact adds whatever bodies ' +
        'they name (会议, 会: 县委常委会会议、县政府常务会议分别专题研究法治建设3次、6次 → 9), the reporter’s role then ' +
        'choosing by the sum’s scope as for any figure; also ending items that only name a meeting and count it after ' +
        'a figure its cue’s verb counted (…专题研究法治建设2次、镇党委会1次 → 3)',
    ),
  repeatedVerbs: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'count: the verbs of the fact’s cues that a later clause of the sentence may repeat with a body of its own and a ' +
        'figure, the object left unsaid (镇党委会专题研究法治建设3次，镇政府常务会议专题研究2次 → 2 more, added where ' +
        'aggregate is sum); the clause must be only a subject, the verb and the figure',
    ),
  excludeFigures: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'words that make a figure above 0 none of this fact’s, in its clause before it, while a stated zero stands: ' +
        '以本局为被申请人的复议案件2件 counts a respondent’s cases, not an organ’s intake; 未发生以本局为被申请人的复议' +
        '案件 is still 0',
    ),
  scopes: z
    .array(z.string().regex(/^[a-z][a-z_]*$/))
    .min(1)
    .optional()
    .describe(
      'read the fact only from clauses of these scopes (vocabulary scopes, or unspecified): ownStatementOfLaw is ' +
        '[own, unspecified]',
    ),
  roles: z
    .array(ReportRole)
    .min(1)
    .optional()
    .describe(
      'read the fact only for these reporter roles (and when the role is unknown): regional 述法 coverage is a ' +
        'government’s or 司法局’s fact',
    ),
  introduces: z
    .boolean()
    .optional()
    .describe(
      'value cues that introduce what follows them (原因是…, 原因在于…): the rest of the clause is the content, and a ' +
        'denial there (…而办案人员未相应增加) judges nothing of the claim',
    ),
  whenNegated: z
    .record(z.string(), z.string().min(1))
    .optional()
    .describe(
      'enum/boolean: the value a negated claim of a value states (没有聘请法律顾问: held → none; 尚未建立…制度: "true" → ' +
        '"false"); unmapped negated claims give nothing',
    ),
  anyPeriod: z
    .boolean()
    .optional()
    .describe(
      'the figure is this year’s even when the clause names another period (上年度督察反馈问题5个 is this year’s ' +
        'rectification of last year’s findings)',
    ),
  anyScope: z
    .boolean()
    .optional()
    .describe(
      'the figure is the reporter’s own work whatever body the clause names (审核市政府规范性文件5件 is the 司法局’s review): ' +
        'no role preference',
    ),
  ownScopeFor: z
    .array(ReportRole)
    .min(1)
    .optional()
    .describe(
      'enum/boolean: for these reporter roles, only the reporter’s own statements (or ones naming no body) give ' +
        'the value: a department’s legal-adviser coverage is its own, not the county’s (全县64个部门中有58个…)',
    ),
  inSections: z
    .array(SnakeId)
    .min(1)
    .optional()
    .describe('read the fact only inside these parts of the report (their headings included)'),
  pastMatters: z
    .object({
      title: z
        .array(z.string().min(1))
        .optional()
        .describe('words of a document title that make the whole document about them (整改)'),
      fedBack: z
        .array(z.string().min(1))
        .optional()
        .describe(
          'words saying the problems were fed back to the reporter by a review above it (反馈): an undated statement ' +
            'holding one is taken, unless dated to the report year',
        ),
      fedTo: z
        .array(z.string().min(1))
        .optional()
        .describe(
          'words right after a fedBack word naming others the reporter fed problems back to (已反馈相关单位整改, 反馈各部门): ' +
            'its review of others, no fedBack of its own problems',
        ),
      conducted: z
        .object({
          verbs: z.array(z.string().min(1)).min(1).describe('verbs conducting a review (开展, 组织, 进行)'),
          reviews: z
            .array(z.string().min(1))
            .min(1)
            .describe('reviews that find problems (督察, 检查, 评查); one ending its clause is what the verb conducts'),
          received: z
            .array(z.string().min(1))
            .describe('words before the verb saying the review is of the reporter (对我, 来我, 接受, 配合)'),
          others: z
            .array(z.string().min(1))
            .min(1)
            .describe(
              'words of an object after 对 naming other bodies (各, 全县, 所属, 、, 个): the reporter reviews them',
            ),
        })
        .strict()
        .optional()
        .describe(
          'a review the reporter conducts — of others (对各乡镇开展法治督察) or with no other body named as its subject ' +
            '(开展案卷评查，…发现问题12个) — finds this year’s problems: a statement of them is not last year’s, unless ' +
            'its sentence names an earlier year',
        ),
    })
    .strict()
    .optional()
    .describe(
      'the fact counts last year’s matters (problems found by a 督察, 考评 or 述法点评): outside its preferSections parts, ' +
        'and in a document whose title names none of `title`, a statement is taken only beside an earlier year (上年度, ' +
        '2023年度 in a 2024 report) in its sentence, the one before, or its line and the line above',
    ),
  preferSections: z
    .array(SnakeId)
    .min(1)
    .optional()
    .describe(
      'parts of the report that, when they state the fact, are the only places it is read from: the report’s own ' +
        'part on last year’s problems (四、上年度问题整改情况) tells their rectification, not an audit’s problems ' +
        'rectified in the measures part',
    ),
  notInSections: z
    .array(SnakeId)
    .min(1)
    .optional()
    .describe(
      'never read the fact inside these parts: an activity named only as a shortcoming (法治宣传形式较为单一) states ' +
        'no activity; a denial there (本年度未开展执法案卷评查: false, or a value whenNegated gives) is still read',
    ),
  domain: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe(
      'words one of which must stand near every statement of the fact (its sentence, 200 characters either ' +
        'side within its part, or the part’s heading): a cue common to many domains (已全部整改, 评查) states ' +
        'this fact only in its own (督察, 案卷)',
    ),
  attended: z
    .object({
      join: z.array(z.string().min(1)).min(1).describe('words of taking part (参加)'),
      heldBy: z
        .array(z.string().min(1))
        .min(1)
        .describe('words naming who held it, closing a relative clause (组织的)'),
      hosts: z
        .array(z.string().min(1))
        .optional()
        .describe(
          'words ending the name of a body of another level named right after the join word as the host (厅, 局, ' +
            '党校: 参加省司法厅行政执法网络培训 — 参加 with no 组织的)',
        ),
    })
    .strict()
    .optional()
    .describe(
      "count: a figure whose statement says the reporter's people took part in what another held (执法人员参加了市" +
        "水利局组织的线上培训，参训23人次) is no count of the reporter's own",
    ),
  intake: z
    .boolean()
    .optional()
    .describe(
      'count: the fact counts what came in during the year — a total given with its new part and what was carried ' +
        'over from the year before (128件（新收119件、上年结转9件）) is the new part (vocabulary newIntake, carriedOver)',
    ),
  notInDocumentTitles: z
    .boolean()
    .optional()
    .describe(
      'a value cue standing wholly inside a document\u2019s title (学习《法治宣传教育法》; 印发《关于开展法治宣传教育的第八个五年' +
        '规划》) names a document, no act: it states nothing. Not for facts a document itself makes true (制定《重大执法决定法制' +
        '审核办法》 sets up the review)',
    ),
  contextNamesWho: z
    .boolean()
    .optional()
    .describe(
      'the context words name who does what the fact counts (中心组, 党组): a clause naming a subject of its own before ' +
        'its context cue borrows none from an earlier clause that stated the fact, by a cue and a figure of its own ' +
        '(党组理论学习中心组学法4次，局机关集体学法15场次 — the staff\u2019s study is no 中心组\u2019s)',
    ),
  doneOfWhole: z
    .boolean()
    .optional()
    .describe(
      'count: a count after a claim of completion (已整改15个) with a larger count of its unit before it in the ' +
        'sentence (问题共十七个) stands for that whole — the fact counts what was found, not what is done yet',
    ),
  allOf: z
    .object({
      of: z
        .union([FactId, z.array(FactId).min(1)])
        .describe(
          "the count whose cases all are this fact's (litigationCases), or several, the first whose sentence goes on " +
            'to the words taken ([headAppearanceRequired, litigationCases]: 应出庭3件，负责人均出庭应诉 → 3)',
        ),
      words: z
        .array(z.string().min(1))
        .min(1)
        .describe('words saying all of them were (均开庭审理; split with …, a few characters between: 均由…出庭)'),
    })
    .strict()
    .optional()
    .describe(
      'count: where the sentence stating `of` goes on, with no other count between, to one of the words (行政诉讼案件3件，' +
        "均开庭审理 → 3 due), `of`'s value is this fact's, noted; never over a value stated for the fact itself",
    ),
  oneCase: z
    .object({
      of: FactId.describe('the count of cases (litigationCases)'),
      none: z
        .array(z.string().min(1))
        .min(1)
        .describe('outcomes saying none of them is this fact (胜诉, 驳回原告诉讼请求)'),
      all: z.array(z.string().min(1)).min(1).describe('outcomes saying the one case is (败诉)'),
      unless: z
        .array(z.string().min(1))
        .optional()
        .describe('words in the sentence that leave the outcome to another fact (审查率: the rate states it)'),
    })
    .strict()
    .optional()
    .describe(
      'count or boolean: where the report states one case of `of` and, after it in its sentence, its outcome (行政诉讼1件，' +
        '…，一审胜诉 → 0; …一审败诉 → 1; 作出重大行政决策1项，经合法性审查后… → true for a boolean), the value this fact ' +
        'gives, noted; never over a value stated for the fact itself',
    ),
  respondent: z
    .object({
      roles: z
        .array(ReportRole)
        .min(1)
        .describe('the reporter roles the fact counts the own acts of (department, township)'),
      cases: z
        .array(z.string().min(1))
        .min(1)
        .describe(
          'words naming the cases brought against a body, after it (以本局为被申请人的行政复议案件, 被申请行政复议)',
        ),
      none: z
        .array(z.string().min(1))
        .min(1)
        .describe('outcomes saying none of the cases is this fact (维持, 驳回, 撤回, 未被纠错)'),
      all: z.array(z.string().min(1)).min(1).describe('outcomes saying the one case is (撤销, 确认违法, 责令, 变更)'),
      every: z.array(z.string().min(1)).min(1).describe('words saying an outcome holds for every case (均, 全部)'),
    })
    .strict()
    .optional()
    .describe(
      'count: for these roles, where the report states the cases brought against the reporter itself (以本局为被申请人的' +
        '行政复议案件1件，经复议维持 → 0; …1件，被确认违法 → 1; …2件，均维持 → 0; 未发生以镇政府为被申请人的…案件 → 0), ' +
        'the value their outcome gives, noted; never over a value stated for the fact itself. For the other roles a ' +
        'figure after their own cases as respondent in its sentence is none of the fact’s (县政府作为被申请人的…，撤销1件)',
    ),
};
