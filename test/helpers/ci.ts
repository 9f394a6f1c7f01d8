/**
 * Whether this run is CI, where a test that cannot run must fail instead of skipping. Any non-empty
 * `CI` counts (`true`, `1`, `yes`, a provider's own value) except `false` and `0`, in any case and
 * with surrounding blanks ignored: `.ci/run` sets `CI=true`, other CI systems set `CI=1` or the like.
 */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}
