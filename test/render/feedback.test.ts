import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Assessment, Finding } from '../../src/model/assessment.js';
import { Assessment as AssessmentSchema } from '../../src/model/assessment.js';
import { safeFileName, uniqueFileNames } from '../../src/render/feedback-names.js';
import { feedbackDocument, type FeedbackUnit } from '../../src/render/index.js';

/**
 * The feedback document of one unit, rendered directly from an assessment built here — one an
 * assessors' review changed (model/review.ts) — and read back with mammoth.
 *
 * 青禾县城关镇人民政府, a township, 70 points at stake over three rules:
 *   basics.meetings        10  machine: 未载明 0/10; 改判 by 李四 to 通过 10/10 (the minutes were attached)
 *   basics.township-duty   20  machine: 未载明 0/20; 维持 by 王五 (the report gives no number)
 *   publication.deadline   40  通过 40/40, not reviewed
 * Machine: 40 of 70 = 57.1% 不合格. After review: 50 of 70 = 71.4% 合格 (grades 优秀 90, 良好 80, 合格 60).
 */
const finding = (
  f: Partial<Finding> & Pick<Finding, 'ruleId' | 'title' | 'status' | 'points' | 'maxPoints'>,
): Finding => ({
  category: f.ruleId.split('.')[0]!,
  severity: 'error',
  veto: false,
  ...f,
});

function reviewed(): Assessment {
  const a: Assessment = {
    report: {
      file: '/office/2025/reports/chengguan.txt',
      authority: '青禾县城关镇人民政府',
      year: 2024,
      role: 'township',
    },
    pack: { id: 'roster_test', title: '名单测试细则', version: '1' },
    score: 50,
    maxScore: 70,
    percent: 71.4,
    grade: '合格',
    vetoed: false,
    returned: false,
    counts: { pass: 2, missing: 1 },
    categories: [
      { id: 'basics', title: '基本', score: 10, maxScore: 30 },
      { id: 'publication', title: '公开', score: 40, maxScore: 40 },
    ],
    findings: [
      finding({
        ruleId: 'basics.meetings',
        title: '专题研究法治建设',
        status: 'pass',
        points: 10,
        maxPoints: 10,
        review: {
          decision: 'change',
          machineStatus: 'missing',
          machinePoints: 0,
          machineMaxPoints: 10,
          reason: '报告附件会议纪要载明专题研究2次',
          reviewer: '李四',
          source: '复核表.xlsx:复核!K2',
        },
      }),
      finding({
        ruleId: 'basics.township-duty',
        title: '乡镇专题研究',
        status: 'missing',
        points: 0,
        maxPoints: 20,
        message: '乡镇未专题研究',
        lookedFor: ['专题研究法治'],
        remedy: '乡镇党委、政府每年至少专题研究一次法治建设',
        basis: '县委依法治县办评查通知',
        review: {
          decision: 'keep',
          machineStatus: 'missing',
          machinePoints: 0,
          machineMaxPoints: 20,
          reason: '报告未写明次数',
          reviewer: '王五',
          source: '复核表.xlsx:复核!K3',
        },
      }),
      finding({ ruleId: 'publication.deadline', title: '按期公开', status: 'pass', points: 40, maxPoints: 40 }),
    ],
    machine: { score: 40, maxScore: 70, percent: 57.1, grade: '不合格', vetoed: false, returned: false },
  };
  return AssessmentSchema.parse(a); // the model as it is: a test that builds a wrong shape fails here, not later
}

async function text(unit: FeedbackUnit, lang: 'zh' | 'en' = 'zh') {
  const buffer = Buffer.from(await feedbackDocument(unit, lang));
  const [html, raw] = await Promise.all([mammoth.convertToHtml({ buffer }), mammoth.extractRawText({ buffer })]);
  return { html: html.value, text: raw.value.replace(/\n\n/g, '\n') };
}

const unit = (assessment: Assessment): FeedbackUnit => ({
  unit: '青禾县城关镇人民政府',
  status: 'submitted',
  assessment,
});

describe('a feedback document with the assessors’ review', () => {
  it('shows the machine result beside the final one, and who decided what and why', async () => {
    const { html, text: t } = await text(unit(reviewed()));
    expect(t).toContain('得分：50 / 70（71.4%）\n等级：合格');
    // the machine's totals beside the final ones
    expect(html).toContain('<th><p><strong>机器初评</strong></p></th><th><p><strong>复核后</strong></p></th>');
    for (const row of [
      ['得分', '40 / 70', '50 / 70'],
      ['得分率', '57.1%', '71.4%'],
      ['等级', '不合格', '合格'],
    ])
      expect(html).toContain(`<tr>${row.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`);
    // the shortfall kept by the review: marked 维持 with the reviewer and the reason
    expect(t).toContain('（一）乡镇专题研究\n扣分：20分（未载明，得 0 / 20 分）');
    expect(t).toContain('人工复核：维持；复核人：王五；理由：报告未写明次数');
    // the one the review changed to a pass is not a shortfall, but is shown with machine and final result
    expect(t).toContain(
      '四、经人工复核调整的项目\n（一）专题研究法治建设\n人工复核：改判；机器初评：未载明，0 / 10 分；复核后：通过，10 / 10 分；复核人：李四；理由：报告附件会议纪要载明专题研究2次',
    );
    expect(t).not.toContain('按期公开'); // passed, not reviewed
    expect(t).toContain('报告文件：chengguan.txt\n');
  });

  it('without a review, no machine column and no review section', async () => {
    const plain = reviewed();
    delete plain.machine;
    for (const f of plain.findings) delete f.review;
    const { text: t } = await text(unit(plain));
    expect(t).not.toContain('机器初评');
    expect(t).not.toContain('人工复核');
    expect(t).not.toContain('四、');
  });

  it('a report returned for resubmission says so first, its score provisional, the failed gate the first shortfall', async () => {
    const a = reviewed();
    delete a.machine;
    a.returned = true;
    a.returnedBy = ['structure.document-type'];
    a.findings.push({
      ruleId: 'structure.document-type',
      category: 'structure',
      title: '报告类型为法治政府建设年度报告',
      status: 'fail',
      points: 0,
      maxPoints: 0,
      severity: 'error',
      veto: false,
      gate: true,
      message: '文件是工作总结，不是年度报告',
    });
    const { text: t } = await text(unit(a));
    expect(t).toContain(
      '一、评查结果\n退回重报：未通过前置审查，本报告应退回重新报送；以下得分和等级为暂定\n未通过的前置审查：报告类型为法治政府建设年度报告\n得分（暂定）：50 / 70（71.4%）',
    );
    expect(t).toContain('（一）报告类型为法治政府建设年度报告\n扣分：0分（不符合，退回重报，得 0 / 0 分）');
    expect(t).toContain('（二）乡镇专题研究');
  });

  it('in English with --lang en', async () => {
    const { text: t } = await text(unit(reviewed()), 'en');
    expect(t).toContain('青禾县城关镇人民政府 2024: rule-of-law government annual report — assessment feedback');
    expect(t).toContain('Review: kept; reviewer: 王五; reason: 报告未写明次数');
    expect(t).toContain('machine: not stated, 0 of 10 points; after review: pass, 10 of 10 points');
  });

  it('a unit whose report could not be scored, and text a document cannot carry', async () => {
    const { text: t } = await text({ unit: '青禾县西山乡人民政府', status: 'not_scored', note: '报告无法读取\u0001' });
    expect(t).toContain('报送情况：未评查');
    expect(t).toContain('报告无法读取');
  });

  it('reads the findings of a spooled assessment (a getter that parses them from disk) once', async () => {
    const a = reviewed();
    const findings = a.findings;
    let reads = 0;
    Object.defineProperty(a, 'findings', {
      enumerable: true,
      get: () => {
        reads++;
        return findings;
      },
    });
    await feedbackDocument(unit(a), 'zh');
    expect(reads).toBe(1);
  });

  it('the same unit gives the same bytes: no time is written into the document', async () => {
    const first = await feedbackDocument(unit(reviewed()), 'zh');
    await new Promise((r) => setTimeout(r, 2100)); // a zip's times step by two seconds
    expect(Buffer.from(await feedbackDocument(unit(reviewed()), 'zh')).equals(Buffer.from(first))).toBe(true);
  });
});

describe('feedback file names', () => {
  it('makes a unit’s name safe for any file system', () => {
    expect(safeFileName('青禾县住建局/人防办', '_')).toBe('青禾县住建局_人防办');
    expect(safeFileName(' 青禾县<教育>局?. ', '_')).toBe('青禾县_教育_局_');
    expect(safeFileName('CON', '_')).toBe('_CON');
    expect(safeFileName('...', '未命名')).toBe('未命名');
    const long = safeFileName('局'.repeat(100), '_');
    expect(long).toBe('局'.repeat(66)); // 66 × 3 bytes = 198, within 200
  });

  it('gives later units with the same name, to a file system, the next free (n)', () => {
    expect(uniqueFileNames(['A局', 'a局', 'A局 (2)', 'Ａ局', 'B局'])).toEqual([
      'A局',
      'a局 (2)',
      'A局 (2) (2)',
      'Ａ局 (3)',
      'B局',
    ]);
  });
});
