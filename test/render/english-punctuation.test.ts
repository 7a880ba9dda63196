import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { compareWithPrevious } from '../../src/batch/compare.js';
import { errorRow } from '../../src/batch/errors.js';
import type { AssessmentEvent } from '../../src/model/events.js';
import type { Waiver } from '../../src/model/waiver.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { createAssessor } from '../../src/pipeline/assess-file.js';
import { batchFromAssessments } from '../../src/render/batch-view.js';
import { FORMATS, FORMATTERS } from '../../src/render/index.js';
import { batchFiles } from '../helpers/outputs.js';
import { tempFile, tempPack } from '../helpers/temp-pack.js';

/**
 * What counts: CJK symbols and punctuation (U+3000–U+303F: 、。《》〈〉【】 …, the ideographic
 * space) and the full-width forms (U+FF00–U+FFEF: ，：；（）！？ …). Not counted: “ ” — … · →,
 * which English writes too.
 *
 * What is exempt: text that is data, not fazhi's — the pack's rule titles, messages, remedies and
 * bases (Chinese, whatever --lang says) and the report's own words. The pack is copied with every
 * counted mark in its files replaced by "_", and the report is an English authority's, so every
 * mark left on the page is one fazhi wrote itself.
 */
const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef]/g;
const neutral = (text: string) => text.replace(FULL_WIDTH, '_');

const RIVERSIDE = `report:
  authority: Riverside County Justice Bureau
  region: Riverside County
  level: county
  role: judicial_bureau
  year: 2024
  title: Riverside County 2024 work summary
  documentType: work_summary
  period: full_year
sections: [measures_and_results, leadership_duty]
facts:
  ruleOfLawMeetings: 4
  reconsiderationConcluded: 52
  reconsiderationCorrected: 12
  litigationCases: 0
evidence:
  ruleOfLawMeetings: { quote: "held 4 meetings on the rule of law", line: 3, column: 5 }
`;
const HILLSIDE = `report:
  authority: Hillside Township
  region: Hillside
  level: township
  role: township
  year: 2024
  title: Hillside Township 2024 annual report
  documentType: annual_report
sections: []
facts:
  ruleOfLawMeetings: 1
`;

/** Full-width marks with 40 characters either side, one line each, for a failure message that shows where. */
const marksIn = (text: string) =>
  [...text.matchAll(FULL_WIDTH)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\n/g, '⏎'));

async function englishBatch() {
  const pack = loadPack(
    tempPack(
      Object.fromEntries(
        ['pack.yaml', 'facts.yaml', 'checklist.yaml', 'sections.yaml', 'vocabulary.yaml'].map((f) => [f, neutral]),
      ),
    ),
  );
  const events: AssessmentEvent[] = [
    {
      id: 'E1',
      unit: 'Riverside County Justice Bureau',
      rule: 'accountability.major-violation',
      date: '2024-05-12',
      source: 'Notice 3',
      description: 'a major violation',
    },
    { id: 'E2', unit: 'Riverside County Justice Bureau', rule: 'accountability.major-violation', source: 'Notice 4' },
  ];
  const hillside = tempFile('hillside.yaml', HILLSIDE);
  const shortfalls = (
    await createAssessor(pack, { lang: 'en', asOf: '2025-01-01', events }).assessFile(hillside)
  ).findings.filter((f) => f.status === 'fail' || f.status === 'missing');
  const waivers: Waiver[] = [
    {
      rule: shortfalls[0]!.ruleId,
      report: 'Hillside Township',
      reason: 'archive rebuilt',
      approver: 'County office',
      expires: '2030-01-01',
    },
    {
      rule: shortfalls[1]!.ruleId,
      report: 'Hillside Township',
      reason: 'old waiver',
      approver: 'County office',
      expires: '2024-01-01',
    },
  ];
  const assessor = createAssessor(pack, { lang: 'en', asOf: '2025-01-01', events, waivers });
  const assessments = [
    await assessor.assessFile(tempFile('riverside.yaml', RIVERSIDE)),
    await assessor.assessFile(hillside),
  ];
  const grades = pack.manifest.grades.map((g) => ({ name: g.en ?? g.name, min: g.min }));
  const batch = batchFromAssessments(assessments, grades, [errorRow('broken.txt', new Error('boom'), 'en')]);
  // last year: three points better, every rule the other way round — so the page has changes, newly failing and fixed rules
  const previous = batch.assessments.map((a) => ({
    ...a,
    percent: a.percent + 3,
    findings: a.findings.map((f) => ({ ...f, status: f.status === 'pass' ? 'fail' : 'pass' })),
  }));
  batch.comparisons = compareWithPrevious(batch.assessments, { assessments: previous });
  batch.interrupted = true;
  return { batch, grades };
}

describe('--lang en writes no full-width punctuation of its own', () => {
  it('in the HTML page of a batch and of check, in every format check prints, and in the feedback documents', async () => {
    const { batch, grades } = await englishBatch();
    const entries = [...batch.assessments, ...batch.errors];
    const options = { lang: 'en' as const, color: false, grades };
    const [page] = await batchFiles('html', batch, options);
    const outputs: Record<string, string> = { 'batch report.html': String(page!.data) };
    for (const format of FORMATS) outputs[`check --format ${format}`] = FORMATTERS[format].check(entries, options);
    for (const doc of await batchFiles('feedback', batch, options))
      outputs[`batch ${doc.name}`] = (await mammoth.extractRawText({ buffer: doc.data })).value;
    // the page shows what the marks would come from: waivers, events, last year, the error table, the interruption
    const html = outputs['batch report.html']!;
    for (const shown of [
      'Waiver expired: old waiver (County office, 2024-01-01)',
      'recorded in: Notice 3 (2024-05-12); Notice 4',
      'Files that could not be scored (1)',
      'Compared with last year',
    ]) {
      expect(html).toContain(shown);
    }
    expect(html).toMatch(/found 3 files, scored 2, could not be scored 1/);
    for (const [name, text] of Object.entries(outputs)) expect(marksIn(text), name).toEqual([]);
  });
});
