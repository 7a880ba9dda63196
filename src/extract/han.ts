/** Whether a UTF-16 unit is a Han character, remembered as units are met: 0 unknown, 1 yes, 2 no. */
export const HAN = /\p{Script=Han}/u;
const HAN_UNITS = new Uint8Array(65536);

export function isHanUnit(c: number): boolean {
  let known = HAN_UNITS[c]!;
  if (known === 0) HAN_UNITS[c] = known = HAN.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
