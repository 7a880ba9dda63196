/*
 * The names of scopes the code reads (the vocabulary's `scopes` hold the words of each) and how a body's name travels
 * with the scope its clause's words give (body:区司法局|region): shared by scope.ts, which reads them off a clause, and
 * role-scope.ts, which tells which of them a reporter takes.
 */

/** A clause with no scope word gives an unspecified figure. */
export const UNSPECIFIED = 'unspecified';
/** The reporter's own figure (本局, 我镇). */
export const OWN = 'own';
export const GOVERNMENT = 'government';
/** The reporter's region (全县) and its departments (各部门). */
export const REGION = 'region';
export const DEPARTMENTS = 'departments';
export const CITY = 'city';
export const PROVINCE = 'province';
/** Another body's figure (one outside the reporter's role, or a court's own: scope.ts): no reporter takes it. */
export const OTHER = 'other';
/**
 * The region as what the reporter's activity reached, named right after its verb (开展全县…执法人员培训2场次): a
 * department's or township's own activity, a government's or 司法局's region-wide one.
 */
export const REACHED = 'reached';
/** A government's standing meeting named with no level (政府常务会议). */
export const STANDING_MEETING = 'standing_meeting';

/** A township's own bodies (镇党委, 党工委): the reporter's in a township's report, a town's (a unit) in a county's. */
export const TOWNSHIP_BODIES = 'township_bodies';

/** Opens a body's scope: the body's name, BODY_SEP, the scope its clause's words give. */
export const BODY = 'body:';
/** Between a body's name and the scope the clause's words give (body:区司法局|region). */
export const BODY_SEP = '|';
/** A body's name opening with a level word (县司法局): a named body, not a role noun alone (镇政府). */
export const LEVEL_FIRST = /^[县区市州旗省]/u;
/** The role a body named as respondent takes (以本局为被告的, 以镇政府为被申请人的): a pattern's alternatives. */
export const RESPONDENT_ROLE = '(?:被告|被申请人|复议被申请人)';
