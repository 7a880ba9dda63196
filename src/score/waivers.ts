import { WaiversFile, type Waiver } from '../model/waiver.js';
import type { Pack } from '../pack/compiled-pack.js';
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
