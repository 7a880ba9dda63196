import type { Command } from 'commander';
import type { CliIO } from './io.js';
import { oneOf, parseLang } from './options.js';
import type { RosterInitOptions } from './roster-command.js';

/**
 * `fazhi roster init`: the office's roster template (名单.xlsx). Its work (roster-command.ts) is loaded only when it
 * runs.
 */
export function registerRoster(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const roster = program.command('roster').description("the office's roster of units for batch --roster / 评查名单");
  roster
    .command('init')
    .description('write an empty roster to fill in: 名单.xlsx (or .csv, .yaml) / 生成名单模板')
    .option('-f, --format <format>', 'xlsx, csv or yaml', oneOf(['xlsx', 'csv', 'yaml'] as const), 'xlsx')
    .option('-o, --out <file>', 'the file to write (default 名单.<format>; - for standard output, csv and yaml only)')
    .option('-r, --rules <pack>', 'rule pack whose event rules the notes list', 'national')
    .option('--force', 'overwrite the file if it exists')
    .option('--lang <lang>', 'zh or en: headers and notes', parseLang, 'zh')
    .action(async (o: RosterInitOptions) => setExit(await (await import('./roster-command.js')).runRosterInit(o, io)));
}

/** The option `fazhi batch` takes for the roster. */
export const ROSTER_OPTION = [
  '--roster <file>',
  "the office's roster of units (.xlsx .csv .yaml): matches reports to units, lists 未报送, " +
    'feeds role, dates and events / 评查名单',
] as const;
