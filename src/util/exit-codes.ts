/** Exit codes (README, DESIGN.md): done; a threshold was not met; bad input or usage; a bug in fazhi. */
export const EXIT = { ok: 0, threshold: 1, badInput: 2, internal: 3 } as const;
