import type { ReportLevel, ReportRole } from '../model/report.js';
// the body's name carried with a scope (body:区司法局|region), and the scope names a reporter's role reads
import { BODY, BODY_SEP, LEVEL_FIRST } from './scope-names.js';
import {
  CITY,
  DEPARTMENTS,
  GOVERNMENT,
  OTHER,
  OWN,
  PROVINCE,
  REGION,
  REACHED,
  STANDING_MEETING,
  TOWNSHIP_BODIES,
  UNSPECIFIED,
} from './scope-names.js';
import { abbreviatesOwn, endsOwnName, shortSelfName } from './self-name.js';

/*
 * Which of the scopes a clause gives (scope.ts) the reporter takes, by its role: its own figures, its region's, or
 * another body's that it does not take.
 */

/**
 * The scopes a reporter's figures may come from, most preferred first. A department or
 * township reports its own work: region, government and departments figures are other
 * bodies' numbers. A government reports for its region; a 司法局 hosts the 依法治办 and
 * reports region-wide figures. With the role unknown, the reporter's own or unscoped
 * figures come first and no other body's figure is taken.
 */
const PREFERENCE: Record<ReportRole | 'unknown', readonly string[]> = {
  department: ['own', UNSPECIFIED],
  township: ['own', UNSPECIFIED],
  government: ['region', 'own', UNSPECIFIED],
  judicial_bureau: ['region', UNSPECIFIED, 'own'],
  unknown: [UNSPECIFIED, 'own', 'region'],
};

/**
 * A government reporting names itself 县政府 / 区政府: for it, the government's figure is its own. A body
 * named at a sentence's start is the reporter when its name ends the reporter's (区司法局 in 青山区司法局's
 * report). Otherwise, for a department or township it is another body (区司法局…开展普法活动40余场 in a
 * 街道's report); a government or 司法局 reports its region, whose bodies (县行政复议局, 区法律援助中心)
 * are part of it. Then, and with the reporter's name unknown, the clause's scope words decide.
 */
export function relativeScope(
  role: ReportRole | undefined,
  scope: string,
  authority?: string,
  tier?: ReportLevel,
  arms: readonly string[] = [],
): string {
  scope = regionOfTier(scope, tier);
  if (scope.startsWith(BODY)) {
    const sep = scope.indexOf(BODY_SEP);
    const name = scope.slice(BODY.length, sep);
    scope = scope.slice(sep + BODY_SEP.length);
    if (
      endsOwnName(name, authority) ||
      ((shortSelfName(name, authority) || abbreviatesOwn(name, authority)) && !aboveTier(name, tier)) ||
      ownArmOf(name, authority, arms)
    )
      return selfNamed(role, scope);
    // a township's role noun alone (镇政府, 街道办事处) in a township's report whose name is unread: the reporter
    if (role === 'township' && authority === undefined && !LEVEL_FIRST.test(name)) return selfNamed(role, scope);
    if (role === 'department' || role === 'township') return OTHER;
    // a body of a tier above the reporter's (省司法厅 for a city, 市司法局 for a county) is no part of its region
    if (aboveTier(name, tier)) return OTHER;
  }
  // the region an activity reached: a department's or township's own activity, else the region's
  if (scope === REACHED) return role === 'department' || role === 'township' ? OWN : REGION;
  // a standing meeting named with no level is the reporting government's or township's own, else a government's
  if (scope === STANDING_MEETING) return role === 'government' || role === 'township' ? OWN : GOVERNMENT;
  // a township's bodies: its own, else a county's units (its towns) or, in a department's report, another body's
  if (scope === TOWNSHIP_BODIES)
    return role === 'township' || role === undefined ? OWN : role === 'department' ? OTHER : DEPARTMENTS;
  return role === 'government' && scope === GOVERNMENT ? OWN : scope;
}

/**
 * Whether a body's name is the reporter's own name and then an arm of it (县林业局 + 执法大队 in 县林业局's report;
 * scope.ts reads the arm on with the name): the reporter's own enforcement arm, whose work it reports.
 */
function ownArmOf(name: string, authority: string | undefined, arms: readonly string[]): boolean {
  if (authority === undefined || !arms.some((a) => name.endsWith(a))) return false;
  for (let k = 2; k < name.length - 1; k++) if (endsOwnName(name.slice(0, k), authority)) return true;
  return false;
}

/**
 * A city's or a province's region words (全市, 全省: the vocabulary's scopes `city` and `province`) name the
 * reporter's own region, or one above it: another body's figure for a reporter of a lower tier (a county's 全市
 * is its city's). `tier` is the tier whose region words are the reporter's (a county-level 市's is `city`);
 * unknown, they are its own.
 */
function regionOfTier(scope: string, tier: ReportLevel | undefined): string {
  // most scopes name no tier: settled without slicing (this runs for every statement judged)
  if (!scope.endsWith(CITY) && !scope.endsWith(PROVINCE)) return scope;
  const sep = scope.lastIndexOf(BODY_SEP);
  const words = scope.slice(sep + 1);
  if (words !== CITY && words !== PROVINCE) return scope;
  const above = tier !== undefined && TIER_RANK[tier] > TIER_RANK[words];
  return scope.slice(0, sep + 1) + (above ? OTHER : REGION);
}

/**
 * Whether a body's name opens with the tier word of a tier above the reporter's (省…, or 市… for a county). A
 * province's body is above any reporter but a province's, its tier known or not (a city's level may be unread).
 */
function aboveTier(name: string, tier: ReportLevel | undefined): boolean {
  const named = NAME_TIER.get(name.charCodeAt(0));
  if (named === undefined) return false;
  if (tier === undefined) return named === 'province';
  return TIER_RANK[tier] > TIER_RANK[named];
}

/** The tier a body's name opening with this character (省, 市) belongs to. */
const NAME_TIER = new Map<number, ReportLevel>([
  ['省'.charCodeAt(0), 'province'],
  ['市'.charCodeAt(0), 'city'],
]);

const TIER_RANK: Record<ReportLevel, number> = { province: 0, city: 1, county: 2, township: 3 };

/**
 * The scope of a sentence the reporter opens with its own name: its own figure, except that a government or
 * 司法局 that names the region or its departments after its name (区司法局统筹全区14个街道…述法) speaks of them.
 */
function selfNamed(role: ReportRole | undefined, words: string): string {
  const forRegion = role === 'government' || role === 'judicial_bureau';
  if (words === REACHED) return forRegion ? REGION : OWN;
  return forRegion && (words === REGION || words === DEPARTMENTS) ? words : OWN;
}

/** The preference rank of a scope for a role (lower is better), or undefined when the figure is not the reporter's. */
export function scopeRank(role: ReportRole | undefined, scope: string | undefined): number | undefined {
  const order = PREFERENCE[role ?? 'unknown'];
  const i = order.indexOf(scope ?? UNSPECIFIED);
  return i < 0 ? undefined : i;
}
