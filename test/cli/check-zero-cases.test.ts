import { describe, expect, it } from 'vitest';
import { computeDerived } from '../../src/engine/derived-facts.js';
import { runCli } from '../helpers/cli.js';
import { tempFile } from '../helpers/temp-pack.js';

describe('a rate stated over zero cases', () => {
  it('is a consistency shortfall that says so, not 未载明', async () => {
    const report = tempFile(
      'zero.yaml',
      'report: { authority: 某县人民政府, year: 2024, role: government }\nsections: []\n' +
        'facts: { headAppearanceRequired: 0, headAppearanceRate: 100, mediationAccepted: 0, mediationSuccessRate: 98 }\n',
    );
    const { stdout } = await runCli(['check', report]);
    const lines = stdout.split('\n');
    const at = (id: string) => lines.findIndex((l) => l.includes(`[${id} · `));
    const appearance = at('consistency.head-appearance-rate');
    expect(lines[appearance]).toBe(
      '  ✗ 不符合  所报出庭应诉率与出庭数、应出庭数一致（误差不超过0.5个百分点）  0/1分  [consistency.head-appearance-rate · 重要]',
    );
    expect(lines[appearance + 1]).toBe(
      '      所报出庭应诉率为100%，但应出庭案件为0件：没有需要负责人出庭的案件，出庭应诉率无从计算，请核对应出庭数或删去出庭率',
    );
    const mediation = at('consistency.mediation-success-rate');
    expect(lines[mediation + 1]).toBe(
      '      所报调解成功率为98%，但受理矛盾纠纷为0件：没有受理的纠纷，调解成功率无从计算，请核对受理数或删去成功率',
    );
    // the appearance rule itself does not apply: nobody had to appear
    expect(stdout).toContain('[litigation.head-appearance-rate]');
  });

  it('keeps the gap message when the counts are not zero', async () => {
    const report = tempFile(
      'gap.yaml',
      'report: { year: 2024 }\nsections: []\nfacts: { headAppearanceRequired: 30, headAppearanceCases: 29, headAppearanceRate: 100 }\n',
    );
    const { stdout } = await runCli(['check', report]);
    expect(stdout).toContain(
      '      所报出庭应诉率100%与按件数计算的96.67%（29/30）相差3.33个百分点，请核对数据或说明口径\n',
    );
  });
});

describe('the zeroBase derived fact', () => {
  const d = { id: 'rateZeroBase', label: 'x', op: 'zeroBase' as const, of: ['rate', 'base'] };
  it.each([
    [{ rate: 100, base: 0 }, 100],
    [{ rate: 0, base: 0 }, 0],
    [{ rate: 100, base: 3 }, undefined],
    [{ base: 0 }, undefined],
    [{ rate: 100 }, undefined],
  ])('%j → %j', (facts, expected) => {
    expect(computeDerived(d, new Map(Object.entries(facts)), 2024)).toBe(expected);
  });
});
