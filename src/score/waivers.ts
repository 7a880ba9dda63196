import { WaiversFile, type Waiver } from '../model/waiver.js';
import type { Pack } from '../pack/compiled-pack.js';
import { baseName } from '../util/base-name.js';
import { loadAssessorFile } from './assessor-file.js';

/** Reads a waiver file; every waiver must name a rule the pack has. */
export function loadWaivers(file: string, pack: Pack): Waiver[] {
  return loadAssessorFile(file, {
    schema: 'waivers.schema.json',
    list: 'waivers',
    parse: (data) => WaiversFile.parse(data).waivers,
    allowed: new Set(pack.rules.map((r) => r.rule.id)),
    unknownRule: 'waiver.unknown-rule',
  });
}

/** The waiver for this rule on this report: matched by authority or file name, and year when the waiver gives one. */
export function findWaiver(
  waivers: readonly Waiver[],
  ruleId: string,
  report: { file: string; authority?: string; year?: number },
): Waiver | undefined {
  return waivers.find(
    (w) =>
      w.rule === ruleId &&
      (w.report === report.authority || w.report === baseName(report.file) || w.report === report.file) &&
      (w.year === undefined || w.year === report.year),
  );
}
