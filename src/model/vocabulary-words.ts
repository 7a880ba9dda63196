import { z } from 'zod';

/** A list of one or more words, as every vocabulary.yaml field is (vocabulary.ts and the groups it spreads). */
export const Words = z.array(z.string().min(1)).min(1);
