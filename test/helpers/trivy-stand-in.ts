/**
 * A test double for the trivy binary (none can run here): `--version` as Trivy prints it; a scan
 * records its argv in $FAKE_TRIVY_ARGV (when set) and copies $FAKE_TRIVY_REPORT, a real Trivy report,
 * to --output. FAKE_TRIVY_FAIL=1 fails the way Trivy does on a missing image; with
 * FAKE_TRIVY_RATE_LIMIT_FILE set and that file absent, the first run fails the way Trivy does when a
 * registry rate-limits the database pull.
 */
export const trivyStandIn = (version: string): string => `#!/bin/sh
# Gantry's test double for trivy (test/helpers/trivy-stand-in.ts)
if [ "$1" = "--version" ]; then
  printf 'Version: ${version}\\nVulnerability DB:\\n  Version: 2\\n'
  exit 0
fi
[ -z "$FAKE_TRIVY_ARGV" ] || printf '%s\\n' "$@" > "$FAKE_TRIVY_ARGV"
if [ -n "$FAKE_TRIVY_FAIL" ]; then
  echo '2026-11-23T10:00:00Z	FATAL	Fatal error	run error: image scan error: unable to find the specified image "registry.example.com/shop/api:1.2.3"' >&2
  exit 1
fi
if [ -n "$FAKE_TRIVY_RATE_LIMIT_FILE" ] && [ ! -e "$FAKE_TRIVY_RATE_LIMIT_FILE" ]; then
  touch "$FAKE_TRIVY_RATE_LIMIT_FILE"
  echo '2026-11-23T10:00:00Z	FATAL	Fatal error	run error: init error: DB error: failed to download vulnerability DB: OCI artifact error: GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 1.2ms, allowed: 44000/minute' >&2
  exit 1
fi
while [ $# -gt 0 ]; do
  if [ "$1" = "--output" ]; then cp "$FAKE_TRIVY_REPORT" "$2"; fi
  shift
done
`;
