import { it, type TestAPI, type TestFunction } from 'vitest';

/**
 * Tests that need something from outside the repository (Chromium, the seed reports in
 * ../shared/seeds) say so in one message when it is absent. On a developer's machine they are
 * skipped, with the message once per test file; under CI (CI=true, as .ci/run sets it) they run
 * and fail with that message, never with a raw ENOENT — and .ci/run counts any skip as a failure.
 */
export const IN_CI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!.toLowerCase());

export interface Requirement {
  present: boolean;
  /** skip the tests that need it: absent, and not under CI */
  skip: boolean;
  message: string;
}

export function requirement(what: string, present: boolean, remedy: string): Requirement {
  const message = `${what} missing: ${remedy}`;
  const skip = !present && !IN_CI;
  if (skip) console.warn(`skipped: ${message} (under CI=true these tests fail instead)`);
  return { present, skip, message };
}

/**
 * `it` for tests that need `req`: itself when it is there, `it.skip` on a developer's machine
 * when it is not, and under CI an `it` whose tests each fail at once with the requirement's
 * message (only `it(name, fn)` and `it.each(cases)(name, fn)` are needed of it).
 */
export function itNeeding(req: Requirement): NeedingIt {
  if (req.present) return it;
  if (!IN_CI) return it.skip;
  const fail = () => {
    throw new Error(req.message);
  };
  const failing = Object.assign((name: string) => it(name, fail), {
    each: (cases: readonly unknown[]) => (name: string) => it.each(cases as unknown[])(name, fail),
  });
  return failing as unknown as NeedingIt;
}

/** What tests use of `it` through itNeeding: a test, and a table of them. */
export type NeedingIt = ((name: string, fn: TestFunction) => void) & { each: TestAPI['each'] };
