/**
 * What a sentence claims, not where a cue word is: polarity, modality, time, scope, stated
 * zeros, counts and numerals. Every sentence is invented for this test (fictional bodies,
 * fictional figures); each phenomenon is exercised in several wordings.
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');

/** A one-sentence report by a body whose name tells its role, for the year 2024. */
const report = (authority: string, body: string) =>
  extractReport(`${authority}2024年法治政府建设年度报告\n${body}\n`, pack);
const GOV = '青松县人民政府';
const BUREAU = '青松县司法局';
const DEPT = '青松县交通运输局';
const TOWN = '白杨镇人民政府';

describe('polarity: a negated claim never gives the value it denies', () => {
  it.each([
    ['全县部门主要负责人述法覆盖率为85%，未实现述法全覆盖。', 'partial', 85],
    ['全县述法覆盖率为８５％，尚未实现述法全覆盖。', 'partial', 85],
    ['今年组织各乡镇主要负责人述法，但仍有3个乡镇未述法。', 'partial', undefined],
    ['县直部门主要负责人述法工作没有实现全覆盖。', 'partial', undefined],
  ])('%s', (body, value, rate) => {
    const r = report(GOV, body);
    expect(r.facts.statementOfLaw).toBe(value);
    expect(r.facts.statementOfLawCoverageRate).toBe(rate);
  });

  it.each([
    ['本局尚未建立重大执法决定法制审核制度。', 'enforcementLegalReview', false],
    ['本局目前没有落实执法公示制度。', 'enforcementPublicity', false],
    ['受条件所限，本镇没有聘请法律顾问。', 'legalAdviserCoverage', 'none'],
  ])('%s → %s = %s', (body, id, value) => {
    expect(report(DEPT, body).facts[id]).toBe(value);
  });

  it.each([
    // a negation before a totality word denies only the whole: partly true, not false
    ['执法全过程记录尚未全面推行。', 'enforcementRecording', undefined],
    ['重大执法决定法制审核没有完全落实。', 'enforcementLegalReview', undefined],
    ['执法公示制度落实不到位。', 'enforcementPublicity', undefined],
    // a department's own coverage: the county's departments' would be another scope (ownScopeFor)
    ['本局及所属单位尚未全面实现法律顾问全覆盖。', 'legalAdviserCoverage', 'partial'],
    ['县直部门尚未全面实现法律顾问全覆盖。', 'legalAdviserCoverage', undefined],
    ['全县58个部门中有51个已聘请法律顾问。', 'legalAdviserCoverage', undefined],
    // a denial further on in the clause, or a word saying it falls short, leaves it in doubt
    ['行政执法三项制度在部分执法中队落实不到位。', 'enforcementThreeSystems', undefined],
    ['行政执法三项制度在基层执法站所落实得不够好。', 'enforcementThreeSystems', undefined],
    ['各执法单位执法公示的及时性和准确性有待提高。', 'enforcementPublicity', undefined],
    // a plain denial still denies, and a clause without one still states
    ['执法全过程记录制度尚未建立。', 'enforcementRecording', false],
    ['全面推行执法全过程记录制度，执法记录仪配备率100%。', 'enforcementRecording', true],
  ])('%s → %s = %s', (body, id, value) => {
    expect(report(DEPT, body).facts[id]).toBe(value);
  });

  it.each([
    // short of a figure is no figure
    ['调解成功率不足95%。', 'mediationSuccessRate', undefined],
    // 暂缓 / 推迟 deny as 未 does: a review put off is not done this year (contract §11)
    ['执法案卷评查工作因系统切换暂缓。', 'caseFileReviewHeld', false],
    ['执法案卷评查工作已于11月完成。', 'caseFileReviewHeld', true],
    // a negation before a long object still governs it; one closed by 的 describes others
    ['本年度未组织全县各乡镇、县直各部门及各开发区管委会党政主要负责人开展年终述法。', 'statementOfLaw', 'none'],
    ['对未按时报送书面述法报告的乡镇和县直部门进行通报，全县党政主要负责人开展年终述法。', 'statementOfLaw', 'held'],
    // denied in one clause, stated in another: partly
    ['县直部门主要负责人已全部完成述法，但述法尚未延伸到各乡镇。', 'statementOfLaw', 'partial'],
    // a figure a target names after it is the target
    ['年初确定“重大行政决策合法性审查率达到100%”的工作目标。', 'majorDecisionLegalReviewRate', undefined],
  ])('%s → %s = %s', (body, id, value) => {
    expect(report(GOV, body).facts[id]).toBe(value);
  });

  it.each([
    // a goal between a cue and its figure, a remainder before it: no figure
    ['负责人出庭应诉率均要达到100%。', 'headAppearanceRate', undefined],
    ['上年度督察反馈的问题大部分已整改，其余2个问题尚在推进。', 'rectificationItems', undefined],
    // 未达到 falls short: partial coverage, not none
    ['述法覆盖率未达到年度目标。', 'statementOfLaw', 'partial'],
    // N个中M个已整改完毕，1个仍在整改: not all rectified
    ['上年度考核反馈的4个问题中，3个已整改完毕，1个仍在整改中。', 'rectificationCompleted', false],
    // cases 应当 / 需要 the head's appearance are the required ones
    ['全县应当由行政机关负责人出庭应诉的案件26件。', 'headAppearanceRequired', 26],
    ['全县应当由行政机关负责人出庭应诉的案件26件。', 'headAppearanceCases', undefined],
  ])('%s → %s = %s', (body, id, value) => {
    expect(report(GOV, body).facts[id]).toBe(value);
  });

  it('some units’ heads who did not state law are not the reporter’s head', () => {
    const r = report(GOV, '部分街道党政主要负责人在年终述职中仍未单列述法内容。');
    expect(r.facts.ownStatementOfLaw).toBeUndefined();
  });

  it('a 其中 breakdown runs to its sentence’s end: the losses of civil suits are not the litigation’s', () => {
    const r = report(BUREAU, '县城投集团涉及民事诉讼案件14件，其中作为原告9件，作为被告5件，一审判决败诉2件。');
    expect(r.facts.litigationLost).toBeUndefined();
  });

  it('a negation about others (对未…的单位) states nothing about the reporter', () => {
    const r = report(BUREAU, '对未落实执法公示制度的单位进行督促整改。');
    expect(r.facts.enforcementPublicity).toBeUndefined();
  });

  it.each([['出庭应诉率未达到100%。'], ['负责人出庭应诉率不到90%。'], ['行政机关负责人出庭率尚未达到95%。']])(
    'a denied figure is no figure: %s',
    (body) => {
      expect(report(BUREAU, body).facts.headAppearanceRate).toBeUndefined();
    },
  );

  it.each([['全县开展未成年人法治宣传教育活动。'], ['围绕主要负责人述法开展普法宣传。'], ['举办模拟法庭等普法活动。']])(
    'ordinary words holding 未/要/拟 judge nothing: %s',
    (body) => {
      expect(report(BUREAU, body).facts.lawPopularizationHeld).toBe(true);
    },
  );
});

describe('modality: a target is not a result', () => {
  it.each([
    ['2024年计划实现述法全覆盖，目前已完成60%。', 'partial'],
    ['力争2025年底前实现区直部门和街道主要负责人述法全覆盖。', undefined],
    ['拟于明年一季度组织各乡镇党政主要负责人集中述法，实现应述尽述。', undefined],
    ['目标是实现县直部门述法全覆盖。', undefined],
    ['要实现述法全覆盖。', undefined],
  ])('%s → %s', (body, value) => {
    expect(report(GOV, body).facts.statementOfLaw).toBe(value);
  });

  it.each([
    ['年初计划开展普法宣传活动20场次，实际开展普法宣传活动24场次。', 24],
    ['争取开展普法宣传活动50场次。', undefined],
    ['将开展普法宣传活动30场。', undefined],
  ])('%s → %s', (body, value) => {
    expect(report(DEPT, body).facts.lawPopularizationEvents).toBe(value);
  });

  it('将 and 要 inside ordinary words do not make a target', () => {
    const r = report(BUREAU, '全县主要负责人述法实现全覆盖，重要文件均经合法性审查，普法宣传活动将近完成。');
    expect(r.facts.statementOfLaw).toBe('full');
  });
});

describe('将 as 把 (vocabulary disposal) is no target', () => {
  it.each([
    ['县委将述法范围延伸至全部乡镇，实现述法全覆盖。', 'full'],
    ['将述法情况纳入年度考核，组织部门主要负责人开展述法。', 'held'],
    // 将 before 把: the verb is 把's, 将 a target
    ['将把述法工作纳入年度考核，力争实现述法全覆盖。', undefined],
    // 将 with no disposal verb in its clause: a target
    ['将进一步扩大述法范围，实现述法全覆盖。', undefined],
  ])('%s → %s', (body, value) => {
    expect(report(GOV, body).facts.statementOfLaw).toBe(value);
  });
});

describe('time: another year’s figure is not the report year’s', () => {
  it.each([
    ['2023年全县行政机关负责人出庭应诉率为100%，2024年为90%。', 90],
    ['全县出庭应诉率2023年为100%，2024年为９０％。', 90],
    ['2024年全县出庭应诉率为90%，2023年为100%。', 90],
    ['出庭应诉率较上年提高5个百分点，达到95%。', 95],
    ['出庭应诉率比上年提升了5个百分点，提高至95%。', 95],
    ['出庭应诉率同比上升5个百分点。', undefined],
    ['上年出庭应诉率为88%。', undefined],
    ['去年同期出庭应诉率为88%。', undefined],
  ])('%s → %s', (body, value) => {
    expect(report(BUREAU, body).facts.headAppearanceRate).toBe(value);
  });

  it.each([
    ['行政复议纠错率同比下降3个百分点，为9.5%。', 9.5],
    ['复议纠错率同比下降3%，为9.5%。', 9.5],
    ['与去年相比，行政复议纠错率由18%下降至12.6%。', 12.6],
    ['复议纠错率同比下降3个百分点。', undefined],
  ])('%s → %s', (body, value) => {
    expect(report(BUREAU, body).facts.reconsiderationCorrectionRate).toBe(value);
  });

  it.each([
    // 分别 / 依次 pair the figures with the years listed before: the report year's position
    ['2022年、2023年、2024年全县出庭应诉率分别为96%、97%和98%。', 98],
    ['2024年和2023年全县出庭应诉率依次为98%、97%。', 98],
    ['2022年至2024年，全县出庭应诉率分别为96%、97%、98%。', 98],
    // the report year not listed, or fewer figures than years: none, never the first
    ['2022年、2023年全县出庭应诉率分别为96%、97%。', undefined],
    ['2022年、2023年、2024年全县出庭应诉率分别为96%、97%。', undefined],
    // items that are bodies (区政府和部门): which is whose is not told, so none
    ['区政府和部门负责人出庭应诉率分别为100%和99.3%。', undefined],
  ])('a list after 分别: %s → %s', (body, value) => {
    expect(report(BUREAU, body).facts.headAppearanceRate).toBe(value);
  });

  it('a list after 分别 pairs with the items the cues stand in', () => {
    const r = report(
      BUREAU,
      '全县受理矛盾纠纷、调解成功分别为1,206件、1,188件；全年受理、审结行政复议案件分别为45件、40件。',
    );
    expect(r.facts.mediationAccepted).toBe(1206);
    expect(r.facts.mediationSucceeded).toBe(1188);
    expect(r.facts.reconsiderationConcluded).toBe(40);
    // 受理 names the first item (审结, another count's word, stands between it and its figure only by the list's shape):
    // received 45 — the 行政复议案件 closing the last item, the noun both share, gives nothing of its own
    expect(r.facts.reconsiderationReceived).toBe(45);
  });

  it('an aside about last year does not date the next clause', () => {
    const r = report(BUREAU, '全年受理矛盾纠纷320件（上年同期为298件），调解成功率较去年同期提高至97%。');
    expect(r.facts.mediationAccepted).toBe(320);
    expect(r.facts.mediationSuccessRate).toBe(97);
  });
});

describe('scope: whose figure it is decides which the reporter gets', () => {
  const twoScopes = '区政府负责人出庭应诉率100%，部门负责人出庭应诉率99.3%。';

  it('a government takes its own (区政府) figure and records the departments’ as a conflict, scoped', () => {
    const r = report('青松区人民政府', twoScopes);
    expect(r.facts.headAppearanceRate).toBe(100);
    expect(r.evidence!.headAppearanceRate).toMatchObject({ scope: 'own' });
  });

  it.each([
    [DEPT, '全县行政机关负责人出庭应诉率为98%。', undefined],
    [DEPT, '全县出庭应诉率96%；本局负责人出庭应诉率100%。', 100],
    [BUREAU, '全县出庭应诉率96%；本局负责人出庭应诉率100%。', 96],
    [GOV, '全县出庭应诉率96%；本局负责人出庭应诉率100%。', 96],
    [TOWN, '全县出庭应诉率96%。', undefined],
  ])('%s: %s → %s', (who, body, value) => {
    expect(report(who, body).facts.headAppearanceRate).toBe(value);
  });

  it('equally preferred figures that differ: the first is kept and the choice is noted', () => {
    const r = report(BUREAU, '全县受理矛盾纠纷100件。\n全县受理矛盾纠纷120件。');
    expect(r.facts.mediationAccepted).toBe(100);
    expect((r.evidence!.mediationAccepted as { note?: string }).note).toMatch(/120/);
    expect(r.conflicts).toEqual([expect.objectContaining({ fact: 'mediationAccepted', kept: 100, other: 120 })]);
  });

  // the checklist reads the fact as 本单位领导班子集体学法: the 县委's study is no bureau's own, a 司法局's neither
  it.each([
    [DEPT, '县委理论学习中心组学法7次。', undefined],
    [DEPT, '局党组理论学习中心组学法6次。', 6],
    [BUREAU, '协助县委安排理论学习中心组学法10次。', undefined],
    [BUREAU, '县委理论学习中心组学法5次，局党组理论学习中心组学法9次。', 9],
  ])('学法 of another body is not credited: %s %s', (who, body, value) => {
    expect(report(who, body).facts.leadershipLawStudySessions).toBe(value);
  });

  it.each([
    [BUREAU, '组织23名部门主要负责人开展书面述法，应述尽述。', 'full', undefined],
    [GOV, '县长在年终述职中专门述法；全县38个部门主要负责人全部完成述法，实现述法全覆盖。', 'full', true],
    [DEPT, '局长在年终述职中专门述法。', undefined, true],
    [DEPT, '本单位主要负责人在年终述职中述法，接受干部职工评议。', undefined, true],
    [DEPT, '全区实现述法全覆盖。', undefined, undefined],
  ])('述法: %s %s', (who, body, region, own) => {
    const r = report(who, body);
    expect(r.facts.statementOfLaw).toBe(region);
    expect(r.facts.ownStatementOfLaw).toBe(own);
  });

  it.each([
    // the subject before a semicolon carries over it: the bureau head's 述法, the county's review
    [BUREAU, '局主要负责人主持专题学法4次；在年终述职中专门述法。', 'statementOfLaw', undefined],
    [BUREAU, '局主要负责人主持专题学法4次；在年终述职中专门述法。', 'ownStatementOfLaw', true],
    [DEPT, '全县组织执法案卷交叉评查；评查案卷560卷。', 'enforcementFilesReviewed', undefined],
    // a clause after the semicolon that opens with its own subject speaks for it
    [DEPT, '县委理论学习中心组学法7次；本委党组理论学习中心组学法11次。', 'leadershipLawStudySessions', 11],
    [DEPT, '县委理论学习中心组学法7次；局党组中心组专题学法11次。', 'leadershipLawStudySessions', 11],
  ])('a semicolon: %s %s → %s %s', (who, body, fact, value) => {
    expect(report(who, body).facts[fact]).toBe(value);
  });

  it.each([
    // the same figure for another scope right after: each is scoped, the role picks
    [GOV, '区政府本级败诉率为3.2%，全县为5.7%。', 5.7],
    [BUREAU, '本局办理案件败诉率为3.2%，全县为5.7%。', 5.7],
    [DEPT, '本局败诉率为3.2%，全县为5.7%。', 3.2],
    // a clause with more than a scope, a level and a figure is no such continuation
    [DEPT, '本局败诉率为3.2%，全县各部门平均为5.7%。', 3.2],
  ])('a scoped continuation: %s %s → %s', (who, body, value) => {
    expect(report(who, body).facts.litigationLossRate).toBe(value);
  });

  it('the agent after 被 is not whose figure it is: a department’s corrected cases are its own', () => {
    const r = report(DEPT, '本局作为被申请人的行政复议案件被县政府撤销1件、确认违法1件。');
    expect(r.facts.reconsiderationCorrected).toBe(2);
    expect(r.facts.reconsiderationReceived).toBeUndefined();
  });

  it('行政调解 and 司法调解 are not 人民调解', () => {
    const r = report(DEPT, '通过行政调解成功调处消费纠纷842件；县法院诉讼调解结案210件。');
    expect(r.facts.mediationSucceeded).toBeUndefined();
  });

  it.each([
    // a sentence opened by another body's name: a township or department does not take its figures
    [TOWN, '县司法局全年在我镇开展普法宣传活动12场。', undefined],
    [DEPT, '县司法局组织全县执法人员开展普法宣传活动5场。', undefined],
    // …unless the clause opens with its own subject
    [TOWN, '县司法局在我镇开展普法宣传；本镇组织普法宣传活动8场。', 8],
    // the reporter's own name, or a body of a government's region, is taken
    [BUREAU, '县司法局全年开展普法宣传活动40场。', 40],
    [GOV, '县司法局全年开展普法宣传活动40场。', 40],
  ])('a body opening the sentence: %s %s → %s', (who, body, value) => {
    expect(report(who, body).facts.lawPopularizationEvents).toBe(value);
  });

  it('a party named as the object of a handling verb is not whose figure it is', () => {
    const r = report(BUREAU, '受理区政府行政复议案件130件，审结117件。');
    expect(r.facts.reconsiderationReceived).toBe(130);
    expect(r.facts.reconsiderationConcluded).toBe(117);
  });
});

describe('counts: rates follow from counts', () => {
  it.each([
    ['负责人出庭应诉29件，应出庭30件。', 29, 30],
    ['应出庭应诉的30件案件中，负责人出庭29件。', 29, 30],
    ['应出庭应诉案件三十件，负责人出庭二十九件。', 29, 30],
  ])('%s', (body, cases, required) => {
    const r = report(BUREAU, body);
    expect(r.facts.headAppearanceCases).toBe(cases);
    expect(r.facts.headAppearanceRequired).toBe(required);
  });

  it.each([
    ['行政复议审结50件、纠错8件。', 50, 8],
    ['审结行政复议案件50件，其中纠错８件。', 50, 8],
    ['办结复议案件五十件，纠错四件。', 50, 4],
  ])('%s', (body, concluded, corrected) => {
    const r = report(BUREAU, body);
    expect(r.facts.reconsiderationConcluded).toBe(concluded);
    expect(r.facts.reconsiderationCorrected).toBe(corrected);
  });

  it.each([
    ['全县人民调解组织受理656件、调解成功628件。', 656, 628],
    ['人民调解委员会共受理纠纷656件，成功628件。', 656, 628],
    ['人民调解工作中受理六百五十六件，成功六百二十八件。', 656, 628],
  ])('%s', (body, accepted, settled) => {
    const r = report(BUREAU, body);
    expect(r.facts.mediationAccepted).toBe(accepted);
    expect(r.facts.mediationSucceeded).toBe(settled);
  });

  it('受理 and 成功 without 调解 in the sentence are not mediation', () => {
    const r = report(BUREAU, '受理群众来信30件，成功举办培训3期。');
    expect(r.facts.mediationAccepted).toBeUndefined();
    expect(r.facts.mediationSucceeded).toBeUndefined();
  });
});

describe('stated zeros', () => {
  it.each([
    ['本年度未发生行政诉讼案件。', 'litigationCases'],
    ['全年行政诉讼案件0件。', 'litigationCases'],
    ['本年度本局未被提起行政诉讼。', 'litigationCases'],
    ['未收到行政复议申请。', 'reconsiderationReceived'],
    ['本局全年没有被申请行政复议的案件。', 'reconsiderationReceived'],
    ['未制定规范性文件。', 'normativeDocumentsIssued'],
    ['本年度未出台行政规范性文件。', 'normativeDocumentsIssued'],
    ['本年度无重大行政决策事项。', 'majorDecisions'],
    ['实现零败诉。', 'litigationLost'],
    ['行政诉讼案件无一例败诉。', 'litigationLost'],
    ['败诉案件为零。', 'litigationLost'],
  ])('%s → %s = 0 with a note', (body, id) => {
    const r = report(DEPT, body);
    expect(r.facts[id]).toBe(0);
    const ev = r.evidence![id] as { note?: string; quote: string };
    if (!/0件/.test(body)) expect(ev.note).toMatch(/为零/);
  });

  it('one sentence can state two zeros', () => {
    const r = report(DEPT, '本年度未发生行政复议和行政诉讼案件。');
    expect(r.facts.reconsiderationReceived).toBe(0);
    expect(r.facts.litigationCases).toBe(0);
  });

  it.each([
    ['全年未发生重大违法行政事件。'],
    ['对未发生行政诉讼案件的单位予以表扬。'],
    ['力争实现零败诉。'],
    ['2023年未发生行政诉讼案件。'],
    ['没有行政复议案件被纠错。'],
  ])('no zero where the absence is about something else, a goal or another year: %s', (body) => {
    const r = report(DEPT, body);
    for (const id of [
      'litigationCases',
      'reconsiderationReceived',
      'litigationLost',
      'normativeDocumentsIssued',
      'majorDecisions',
    ]) {
      expect(r.facts[id]).toBeUndefined();
    }
  });
});

describe('numbers as reports write them', () => {
  it.each([
    ['共收到行政复议申请二十八件。', 'reconsiderationReceived', 28, false],
    ['共收到行政复议申请１２件。', 'reconsiderationReceived', 12, false],
    ['共收到行政复议申请1,203件。', 'reconsiderationReceived', 1203, false],
    ['开展普法宣传活动三十余场次。', 'lawPopularizationEvents', 30, true],
    ['培训执法人员1.2万人次。', 'enforcementTrainees', 12000, false],
    ['负责人出庭应诉率达到百分之九十五。', 'headAppearanceRate', 95, false],
    ['负责人出庭应诉率达９５％。', 'headAppearanceRate', 95, false],
    ['行政复议直接纠错四件。', 'reconsiderationCorrected', 4, false],
  ])('%s → %s = %s', (body, id, value, approximate) => {
    const r = report(BUREAU, body);
    expect(r.facts[id]).toBe(value);
    expect(Boolean((r.evidence![id] as { approximate?: boolean }).approximate)).toBe(approximate);
  });

  it('full-width digits are read, but quoted as written', () => {
    const r = report(BUREAU, '共收到行政复议申请１２件。');
    expect((r.evidence!.reconsiderationReceived as { quote: string }).quote).toContain('１２件');
  });

  it('a lone 一 is a word, not a count', () => {
    const r = report(BUREAU, '有效化解矛盾纠纷，做到一起一处理。');
    expect(r.facts.mediationAccepted).toBeUndefined();
  });
});

describe('split figure cues (执法人员…培训)', () => {
  it.each([
    ['组织执法人员开展业务培训6期。', 6],
    ['执法人员集中轮训十二场次。', 12],
    // the second word must stand in the clause, within reach; another figure of 执法人员 is not training
    ['执法人员全年开展联合检查46次。', undefined],
    // 培训 in a sentence naming the officers is their training (a context cue, as for trainees)
    ['执法人员持证上岗，组织培训3期。', 3],
  ])('%s → %s', (body, value) => {
    expect(report(DEPT, body).facts.enforcementTrainingSessions).toBe(value);
  });
});

describe('facts read only from their part', () => {
  it('causes of shortcomings count only in the 不足 part', () => {
    const text = `${BUREAU}2024年法治政府建设年度报告\n一、主要举措和成效\n分析问题的主要原因是基础薄弱。\n二、存在的不足\n执法力量不足。\n三、2025年工作安排\n加强培训。\n`;
    expect(extractReport(text, pack).facts.shortcomingCausesStated).toBeUndefined();
    const text2 = text.replace('执法力量不足。', '执法力量不足，究其原因是编制偏少。');
    expect(extractReport(text2, pack).facts.shortcomingCausesStated).toBe(true);
  });
});

describe('common words count only in their domain (facts.yaml domain)', () => {
  it.each([
    ['受理消费者投诉1,204件，组织经营者与消费者调解成功986件。', undefined],
    ['全县人民调解组织调解成功986件。', 986],
    ['开展安全生产大检查。调解成功986件，有效化解各类矛盾纠纷。', 986],
  ])('%s → mediationSucceeded %s', (body, value) => {
    expect(report(BUREAU, body).facts.mediationSucceeded).toBe(value);
  });

  it.each([
    ['排查房屋安全隐患136处，已全部整改完毕。', undefined],
    ['上年度法治督察反馈问题已全部整改完毕。', true],
  ])('%s → rectificationCompleted %s', (body, value) => {
    expect(report(DEPT, body).facts.rectificationCompleted).toBe(value);
  });

  it('an exclude word of a clause reaches the 其中 clause that breaks it down', () => {
    expect(report(DEPT, '县属企业民事诉讼案件9件，其中败诉2件。').facts.litigationLost).toBeUndefined();
    expect(report(DEPT, '本局行政诉讼案件9件，其中败诉2件。').facts.litigationLost).toBe(2);
  });
});

describe('common words count only in their context', () => {
  it.each([
    ['全年办理取水许可变更登记7件。', 'reconsiderationCorrected'],
    ['受理群众信访件46件，办结46件。', 'reconsiderationConcluded'],
    ['开展节能宣传周宣传活动5场。', 'lawPopularizationEvents'],
    ['仲裁院开庭审理劳动争议案件84件。', 'headAppearanceRequired'],
    ['全区各部门共制发行政规范性文件46件。', 'normativeDocumentsReviewed'],
  ])('%s → no %s', (body, id) => {
    expect(report(DEPT, body).facts[id]).toBeUndefined();
  });

  it.each([
    ['复议审结案件中维持20件，撤销4件、变更1件、责令履行1件。', 6],
    ['行政复议决定撤销3件，确认违法2件。', 5],
    ['复议案件中变更２件。', 2],
  ])('%s → corrected %s', (body, value) => {
    expect(report(BUREAU, body).facts.reconsiderationCorrected).toBe(value);
  });
});

describe('two-word cues and documents that are plans', () => {
  it.each([
    ['组织执法骨干参加作风建设和能力提升培训。', 'enforcementTrainingHeld'],
    ['对全区行政执法人员进行分批轮训。', 'enforcementTrainingHeld'],
    ['组织开展全区行政执法案卷集中评查。', 'caseFileReviewHeld'],
    ['局主要负责人在年度述职报告中就履行法治建设职责情况专门述法。', 'ownStatementOfLaw'],
  ])('%s → %s', (body, id) => {
    expect(report(DEPT, body).facts[id]).toBe(true);
  });

  it('a 工作要点 states no results', () => {
    const r = extractReport(
      `${BUREAU}2025年法治政府建设工作要点\n一、全年开展普法宣传活动不少于100场次。\n二、推动全县部门主要负责人述法全覆盖。\n`,
      pack,
    );
    expect(r.facts).toEqual({});
  });

  it.each([
    ['上年度法治督察反馈我局问题5个，目前已整改3个。', 5],
    ['针对上年考评指出的6个问题，逐项整改。', 6],
    ['上年度述法点评反馈问题4个，已全部整改到位。', 4],
  ])('last year’s problems are this year’s rectification: %s', (body, value) => {
    expect(report(DEPT, body).facts.rectificationItems).toBe(value);
  });
});
