/**
 * Rows of the corpus that Gantry does not refuse before it starts work yet, found by the corpus
 * (`action: input: row label` → what happens instead). They are listed, not run: each is a defect to
 * fix, and its entry goes when it is fixed (the bundle test then runs the row).
 */
export const KNOWN_GAPS: Record<string, string> = {};

/**
 * Rows whose value is legitimate and accepted on purpose (`action: input: row label` → why). They are
 * not run as refusals; the corpus test keeps this list to rows of the corpus.
 */
export const ACCEPTED: Record<string, string> = {
  'build: image: upper case':
    'lower-cased, as docker/metadata-action does: ghcr.io/${{ github.repository }} may hold capitals; the pushed name is lower case',
};
