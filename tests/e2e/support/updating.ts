/**
 * `--update` on the end-to-end command line (vitest.e2e.config.ts sets UPDATE_REFERENCES=1): the
 * tests that compare with a stored reference write it instead (the reference pictures, the
 * embed pages' measured heights).
 */
export const updatingReferences = process.env.UPDATE_REFERENCES === '1';
