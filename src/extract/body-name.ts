import type { ReportLevel, ReportRole } from '../model/report.js';

/** A reporting body's name read as place + body: 南昌市红谷滩区 + 司法局. */
export interface BodyName {
  /** the whole name: 某县人力资源和社会保障局 */
  authority: string;
  /** the place part: 某县, 南昌市红谷滩区, 某地区; absent for a bare name (县自然资源局) */
  region?: string;
  /** the tier of government the place is, when its suffix says (a 市 does not: it may be 地级 or 县级) */
  level?: ReportLevel;
  role: ReportRole;
  /** the vocabulary ending that decided the role */
  roleWord: string;
  /** where the place starts in the name when a prefix (中共) precedes it */
  regionOffset?: number;
  /** a title names only the place (白水镇2024年…报告): `authority` is that place, the role inferred from it */
  placeOnly?: true;
  /** the place a head's own report names by his post (缙涔县县长…述职述法报告): its level and region, no body nor role */
  headed?: true;
}
