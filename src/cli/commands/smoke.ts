import { parseArgs } from 'node:util';
import { liveSmokeEffects } from '../../adapters/http-probe.ts';
import { runSmokeCheck } from '../../core/smoke/check.ts';
import { parseSmokeOptions, type RawSmokeInputs, SMOKE_DEFAULTS } from '../../core/smoke/options.ts';
import type { CliContext } from '../context.ts';

export const SMOKE_USAGE = `Usage: gantry smoke URL... [options]

Requests each URL until it meets every expectation or the deadline passes.
A URL may be given as "METHOD URL" (quoted). Exit code 0: passed, 1: failed, 2: bad arguments.

Options (the same names as the smoke action's inputs):
  --expect-status SPEC         accepted codes and ranges (default ${SMOKE_DEFAULTS['expect-status']})
  --expect-json JSON           a JSON subset the body must contain
  --expect-body REGEX          a pattern the body must match
  --header "Name: value"       a request header (repeatable; never printed)
  --timeout DURATION           overall deadline (default ${SMOKE_DEFAULTS.timeout})
  --request-timeout DURATION   one request's deadline (default ${SMOKE_DEFAULTS['request-timeout']})
  --interval DURATION          first retry delay (default ${SMOKE_DEFAULTS.interval})
  --max-interval DURATION      longest retry delay (default ${SMOKE_DEFAULTS['max-interval']})
  --concurrency N              URLs checked in parallel (default ${SMOKE_DEFAULTS.concurrency})
  --consecutive-successes N    passes in a row per URL (default ${SMOKE_DEFAULTS['consecutive-successes']})
  --insecure                   skip TLS verification (test hosts only)
  --json                       print the report as JSON on stdout
`;

export async function smokeCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'expect-status': { type: 'string' },
      'expect-json': { type: 'string' },
      'expect-body': { type: 'string' },
      header: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      'request-timeout': { type: 'string' },
      interval: { type: 'string' },
      'max-interval': { type: 'string' },
      concurrency: { type: 'string' },
      'consecutive-successes': { type: 'string' },
      insecure: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    ctx.out(SMOKE_USAGE);
    return 0;
  }
  const { header, insecure, json, help: _help, ...rest } = values;
  const raw: RawSmokeInputs = { ...rest, urls: positionals.join('\n'), headers: (header ?? []).join('\n') };
  if (insecure) raw.insecure = 'true';
  const options = parseSmokeOptions(raw);
  const report = await runSmokeCheck(
    options,
    liveSmokeEffects({ headers: options.headers, insecure: options.insecure, signal: ctx.signal }, (line) =>
      ctx.err(line),
    ),
  );
  if (json) ctx.out(JSON.stringify(report, null, 2));
  ctx.err(report.passed ? 'smoke check passed' : 'smoke check FAILED');
  return report.passed ? 0 : 1;
}
