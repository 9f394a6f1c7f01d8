import type { BlueGreenSettings } from '../strategy/blue-green.ts';
import { DEFAULT_KEEP_PREVIOUS_MS, forColor } from '../strategy/blue-green.ts';
import type { SwarmTargetConfig } from './schema.ts';
import type { ConfigIssue } from './yaml.ts';

/** The blue-green keys of a Swarm target, in gantry.yml's words. */
const BLUE_GREEN_KEYS = ['proxy-service', 'switch-variable', 'preview-urls', 'keep-previous'] as const;

/** `strategy: blue-green` needs proxy-service and switch-variable; its keys mean nothing without it. */
export function strategyIssues(swarm: SwarmTargetConfig, target: string): ConfigIssue[] {
  const at = (key: string) => ['targets', target, 'swarm', key];
  if (swarm.strategy !== 'blue-green')
    return BLUE_GREEN_KEYS.filter((key) => swarm[key] !== undefined).map((key) => ({
      path: at(key),
      message: 'is for strategy: blue-green',
      atKey: true,
    }));
  const out: ConfigIssue[] = (['proxy-service', 'switch-variable'] as const)
    .filter((key) => swarm[key] === undefined)
    .map((key) => ({ path: at(key), message: 'is required with strategy: blue-green' }));
  // The blue-green deploy does not run pre-deploy jobs or keep live counts yet: refused, never ignored.
  if ((swarm['pre-deploy'] ?? []).length > 0)
    out.push({
      path: at('pre-deploy'),
      message: 'is not run with strategy: blue-green yet (use a rolling target for migrations)',
      atKey: true,
    });
  if (swarm.replicas === 'live')
    out.push({
      path: at('replicas'),
      message: "live is not kept with strategy: blue-green yet (each colour deploys the file's counts)",
    });
  for (const url of swarm['preview-urls'] ?? [])
    if (!/^https?:$/.test(URL.parse(forColor(url, 'blue'))?.protocol ?? ''))
      out.push({ path: at('preview-urls'), message: `expected http(s) URLs, got ${JSON.stringify(url)}` });
  return out;
}

/** The model's blue-green settings, or undefined for a rolling target. */
export function blueGreenOf(swarm: SwarmTargetConfig): BlueGreenSettings | undefined {
  const proxyService = swarm['proxy-service'];
  const switchVariable = swarm['switch-variable'];
  if (swarm.strategy !== 'blue-green' || proxyService === undefined || switchVariable === undefined)
    return undefined;
  return {
    proxyService,
    switchVariable,
    previewUrls: swarm['preview-urls'] ?? [],
    keepPreviousMs: swarm['keep-previous'] ?? DEFAULT_KEEP_PREVIOUS_MS,
  };
}
