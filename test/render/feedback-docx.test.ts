import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Assessment, Finding } from '../../src/model/assessment.js';
import { Assessment as AssessmentSchema } from '../../src/model/assessment.js';
import type { Block } from '../../src/render/feedback-blocks.js';
import { feedbackContent } from '../../src/render/feedback-content.js';
import { feedbackDocx } from '../../src/render/feedback-docx.js';
import { legacyFeedbackDocx } from './feedback-docx-legacy.js';

/**
 * Issue 11: the feedback .docx is now written as WordprocessingML strings into parts docx built once
 * (feedback-template.ts, feedback-wordml.ts). Here one rich unit is built both ways — the old way,
 * every block through the docx package (feedback-docx-legacy.ts) — and read back with mammoth.
 *
 * 青禾县应急管理局, 100 points at stake: returned (the 报告类型 gate failed), vetoed by 重大事故
 * (a veto rule), a shortfall kept by the review (王五) and one the review changed to a pass (李四):
 * machine 30/100 不合格, final 40/100 不合格 — two tables (机器初评 beside 复核后, 分类得分).
 */
const finding = (
  f: Partial<Finding> & Pick<Finding, 'ruleId' | 'title' | 'status' | 'points' | 'maxPoints'>,
): Finding => ({ category: f.ruleId.split('.')[0]!, severity: 'error', veto: false, ...f });

function rich(): Assessment {
  return AssessmentSchema.parse({
    report: { file: '/office/reports/yingji & <2024>.txt', authority: '青禾县应急管理局', year: 2024 },
    pack: { id: 'national', title: '国家细则', version: '1' },
    score: 40,
    maxScore: 100,
    percent: 40,
    grade: '不合格',
    vetoed: true,
    vetoedBy: ['safety.major-accident'],
    returned: true,
    returnedBy: ['structure.document-type'],
    counts: { pass: 2, fail: 2, missing: 1 },
    categories: [
      { id: 'structure', title: '报告结构', score: 0, maxScore: 0 },
      { id: 'basics', title: '基本要求', score: 40, maxScore: 70 },
      { id: 'safety', title: '安全生产', score: 0, maxScore: 30 },
    ],
    findings: [
      finding({
        ruleId: 'structure.document-type',
        title: '报告类型为年度报告',
        status: 'fail',
        points: 0,
        maxPoints: 0,
        gate: true,
        message: '文件是“工作总结”',
      }),
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
          reason: '附件载明',
          reviewer: '李四',
          source: '复核表.xlsx:复核!K2',
        },
      }),
      finding({
        ruleId: 'basics.duty',
        title: '履行第一责任人职责',
        status: 'missing',
        points: 0,
        maxPoints: 30,
        message: '未载明述法',
        lookedFor: ['述法'],
        remedy: '写明主要负责人述法情况',
        basis: '《法治政府建设与责任落实督察工作规定》第二十五条',
        review: {
          decision: 'keep',
          machineStatus: 'missing',
          machinePoints: 0,
          machineMaxPoints: 30,
          reason: '报告未写',
          reviewer: '王五',
          source: '复核表.xlsx:复核!K3',
        },
      }),
      finding({ ruleId: 'basics.publication', title: '按期公开', status: 'pass', points: 30, maxPoints: 30 }),
      finding({
        ruleId: 'safety.major-accident',
        title: '发生重大安全事故',
        status: 'fail',
        points: 0,
        maxPoints: 30,
        veto: true,
        message: "发生'较大'事故",
      }),
    ],
    machine: { score: 30, maxScore: 100, percent: 30, grade: '不合格', vetoed: true, returned: true },
  });
}

const blocks = (): Block[] =>
  feedbackContent({ unit: '青禾县应急管理局', status: 'submitted', assessment: rich() }, 'zh');

const read = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;

describe('the feedback .docx written from strings, against the one docx built', () => {
  it('reads back the same: the same paragraphs in the same order, bold where it was, the same table cells', async () => {
    const b = blocks();
    const [before, after] = await Promise.all([legacyFeedbackDocx(b), feedbackDocx(b)]);
    const html = await read(after);
    expect(html).toBe(await read(before));
    // what is compared is the rich document, not two empty ones
    expect(html).toContain('<h1>青禾县应急管理局2024年度法治政府建设年度报告评查反馈意见</h1>');
    // 退回重报 first, then the provisional score; the veto names its rule; the result lines in bold
    expect(html).toMatch(
      /<p><strong>退回重报：[^<]*<\/strong><\/p>.*<p><strong>得分（暂定）：40 \/ 100（40%）<\/strong><\/p>/,
    );
    expect(html).toContain('<strong>一票否决项：发生重大安全事故</strong>');
    expect(html).toContain('人工复核：维持；复核人：王五；理由：报告未写');
    expect(html).toContain('<th><p><strong>机器初评</strong></p></th><th><p><strong>复核后</strong></p></th>');
    expect(html).toContain('<td><p>基本要求</p></td>');
    expect(html).toContain('yingji &amp; &lt;2024&gt;.txt');
  });

  it('every part of the package says the same, word for word, in the order docx wrote them', async () => {
    const b = blocks();
    const [before, after] = [unzipSync(await legacyFeedbackDocx(b)), unzipSync(await feedbackDocx(b))];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(Object.keys(after)).toContain('word/document.xml');
    for (const [path, bytes] of Object.entries(before))
      expect([path, strFromU8(after[path]!)]).toEqual([path, strFromU8(bytes)]);
  });

  it('escapes and strips text as docx did: quotes, ampersands, a control character, a lone surrogate', async () => {
    const b: Block[] = [
      { kind: 'title', text: `<a> & "b" 'c'\u0001` },
      { kind: 'line', label: '理由：', text: 'x\ud800y', strong: true },
      { kind: 'table', header: ['项目'], rows: [['']] },
    ];
    const xml = strFromU8(unzipSync(await feedbackDocx(b))['word/document.xml']!);
    expect(xml).toContain('<w:t xml:space="preserve">&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">xy</w:t>');
    expect(xml).toBe(strFromU8(unzipSync(await legacyFeedbackDocx(b))['word/document.xml']!));
  });
});
