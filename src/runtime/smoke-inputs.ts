import { deploySmokeOptions, type SmokeOptions } from '../core/smoke/options.ts';
import { readString, readText } from './inputs.ts';

/** A deploy action's smoke check after the deploy, from its `smoke-*` inputs (undefined without smoke-urls). */
export function readDeploySmokeInputs(): SmokeOptions | undefined {
  return deploySmokeOptions(
    readText('smoke-urls'),
    () => ({
      'expect-status': readString('smoke-expect-status'),
      'expect-json': readText('smoke-expect-json'),
      timeout: readString('smoke-timeout'),
    }),
    'smoke-',
  );
}
