import type { BlueGreenSettings } from '../strategy/blue-green.ts';
import { DEFAULT_KEEP_PREVIOUS_MS, forColor } from '../strategy/blue-green.ts';
import {
  type CanarySettings,
  DEFAULT_CANARY_DURATION_MS,
  DEFAULT_CANARY_WEIGHT,
  type KubernetesBlueGreenSettings,
  type KubernetesStrategy,
} from '../strategy/kubernetes.ts';
import type { KubernetesTargetConfig, SwarmTargetConfig } from './schema.ts';
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

/** The strategy keys of a Kubernetes target and the strategy each is for. */
const KUBERNETES_KEYS = {
  service: ['blue-green', 'canary'],
  'preview-urls': ['blue-green'],
  'keep-previous': ['blue-green'],
  'canary-weight': ['canary'],
  'canary-duration': ['canary'],
} as const satisfies Record<string, readonly KubernetesStrategy[]>;

/** A Kubernetes target's strategy keys: each only with its strategy; blue-green needs `service`. */
export function kubernetesStrategyIssues(kube: KubernetesTargetConfig, target: string): ConfigIssue[] {
  const at = (key: string) => ['targets', target, 'kubernetes', key];
  const out: ConfigIssue[] = [];
  for (const [key, strategies] of Object.entries(KUBERNETES_KEYS))
    if (
      kube[key as keyof typeof KUBERNETES_KEYS] !== undefined &&
      !strategies.some((s) => s === kube.strategy)
    )
      out.push({ path: at(key), message: `is for strategy: ${strategies.join(' or ')}`, atKey: true });
  if (kube.strategy === 'canary' && (kube['pre-deploy'] ?? []).length > 0)
    out.push({
      path: at('pre-deploy'),
      message: 'is not run with strategy: canary yet (use a rolling target for migrations)',
      atKey: true,
    });
  if (kube.strategy !== 'blue-green') return out;
  if (kube.service === undefined)
    out.push({
      path: at('service'),
      message: 'is required with strategy: blue-green (the Service whose selector Gantry switches)',
    });
  if ((kube['pre-deploy'] ?? []).length > 0)
    out.push({
      path: at('pre-deploy'),
      message: 'is not run with strategy: blue-green yet (use a rolling target for migrations)',
      atKey: true,
    });
  if (kube.replicas === 'live')
    out.push({
      path: at('replicas'),
      message: "live is not kept with strategy: blue-green yet (each colour deploys the manifests' counts)",
    });
  for (const url of kube['preview-urls'] ?? [])
    if (!/^https?:$/.test(URL.parse(url)?.protocol ?? ''))
      out.push({ path: at('preview-urls'), message: `expected http(s) URLs, got ${JSON.stringify(url)}` });
  return out;
}

/** The model's strategy settings of a Kubernetes target: `blueGreen` or `canary`, or nothing (rolling). */
export function kubernetesStrategyOf(kube: KubernetesTargetConfig): {
  blueGreen?: KubernetesBlueGreenSettings;
  canary?: CanarySettings;
} {
  if (kube.strategy === 'blue-green' && kube.service !== undefined)
    return {
      blueGreen: {
        service: kube.service,
        previewUrls: kube['preview-urls'] ?? [],
        keepPreviousMs: kube['keep-previous'] ?? DEFAULT_KEEP_PREVIOUS_MS,
      },
    };
  if (kube.strategy === 'canary')
    return {
      canary: {
        service: kube.service,
        weightPercent: kube['canary-weight'] ?? DEFAULT_CANARY_WEIGHT,
        durationMs: kube['canary-duration'] ?? DEFAULT_CANARY_DURATION_MS,
      },
    };
  return {};
}
