import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');
const yearOf = (text: string) => extractReport(text, pack).report.year;

describe('the year, when neither title nor opening names it: the first part heading', () => {
  it.each([
    ['一、2025年主要工作及成效\n（一）纵深推进学习。\n', 2025],
    ['根据要求，现将有关情况报告如下。\n一、2023年度法治政府建设的主要举措和成效\n正文。\n', 2023],
  ])('%s → %d', (text, year) => {
    expect(yearOf(text)).toBe(year);
  });

  it.each([
    // a plan's heading, a span's start, a year in a later part's heading
    '根据要求，现将有关情况报告如下。\n一、2026年工作计划\n正文。\n',
    '根据要求，现将有关情况报告如下。\n一、2021年以来工作情况\n正文。\n',
    '根据要求，现将有关情况报告如下。\n一、主要工作\n正文。\n二、2025年工作成效\n正文。\n',
  ])('%s → none', (text) => {
    expect(yearOf(text)).toBeUndefined();
  });

  it('a title naming its year decides over the heading', () => {
    expect(yearOf('某县司法局2024年法治政府建设年度报告\n一、2025年主要工作及成效\n正文。\n')).toBe(2024);
  });
});
