import * as z from 'zod';
import { normalizeImageName } from '../build/metadata.ts';
import { parseDockerTarget, parseJumpHost } from '../connection/target.ts';
import { ConfigurationError } from '../errors.ts';
import { checkLine, parseDuration, parseInteger } from '../inputs/parse.ts';
import { checkNamespace } from '../kubernetes/kubeconfig.ts';
import { lazy } from '../lazy.ts';
import { checkJobName, parseJobVolume } from '../pre-deploy/jobs.ts';
import { parseScanners, parseSeverities } from '../scan/argv.ts';
import { checkSecretName } from '../secrets/inputs.ts';
import { parseVersionMode } from '../secrets/version.ts';
import { parseSwarmStrategy, parseSwitchVariable } from '../strategy/blue-green.ts';
import {
  checkServiceName,
  parseCanaryDuration,
  parseCanaryWeight,
  parseKubernetesStrategy,
} from '../strategy/kubernetes.ts';
import { checkStackName } from '../swarm/request.ts';
import type { ValueSource } from './model.ts';

/**
 * The shape of gantry.yml. Every leaf is checked by the same parser the actions use for the input
 * of the same name (durations, stack names, secret names, severities, hosts, namespaces), so a value
 * an action refuses is refused here too, with the same words. Unknown keys are errors.
 */

/** The reason of a ConfigurationError without its `Input 'x': ` prefix (the config has its own). */
export function reasonOf(error: ConfigurationError): string {
  const prefix = error.input === undefined ? '' : /^(Option|Input) '[^']*': /.exec(error.message)?.[0];
  return prefix ? error.message.slice(prefix.length) : error.message;
}

/** A YAML scalar as the action would get it: numbers and booleans as their text. */
const text = lazy(() =>
  z.union([z.string(), z.number(), z.boolean()], { error: 'expected a string' }).transform((v) => String(v)),
);

/**
 * A string checked (and converted) by one of the actions' parsers. Every such value is one line
 * (a name, a host, a path, a duration): a control character or more than MAX_LINE_LENGTH
 * characters is refused first, as the actions refuse it in a one-line input.
 */
function checked<T>(parse: (raw: string) => T) {
  return text.transform((raw, ctx): T => {
    try {
      checkLine('value', raw);
      return parse(raw);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      ctx.addIssue({ code: 'custom', message: reasonOf(error) });
      return z.NEVER;
    }
  });
}

/** One line of text (a path, a user name, a list item), checked as a one-line input is. */
const line = lazy(() => checked((raw) => raw));
const nonEmpty = lazy(() => line.refine((v) => v.trim() !== '', { error: 'must not be empty' }));
const duration = lazy(() => checked((raw) => parseDuration('duration', raw)));
/** A list: a YAML sequence, or (as in an action input) one comma-separated string. */
const list = lazy(() =>
  z
    .union([z.array(line), line.transform((v) => v.split(','))], {
      error: 'expected a list (a YAML sequence or a comma-separated string)',
    })
    .transform((items) => items.map((i) => i.trim()).filter((i) => i !== '')),
);
/** `env:` and `build-args:`: every key a variable name, as the actions' inputs require. */
const nameMap = lazy(() =>
  z.record(z.string(), text, { error: 'expected a mapping of KEY: value' }).superRefine((m, ctx) => {
    for (const key of Object.keys(m)) {
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) continue;
      const shown = JSON.stringify(key.slice(0, 80));
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `${shown} is not a variable name (letters, digits and _, not starting with a digit)`,
      });
    }
  }),
);

/** Where a secret value (or a password) comes from: never the file itself. */
export const valueSource = lazy(() =>
  z
    .strictObject(
      {
        env: checked((raw) => checkSecretName('env', raw.trim())).optional(),
        file: nonEmpty.optional(),
      },
      { error: 'expected { env: VARIABLE } or { file: path }' },
    )
    .refine((s) => (s.env === undefined) !== (s.file === undefined), {
      error: 'give exactly one of env (an environment variable) or file (a path)',
    })
    .transform((s): ValueSource => (s.env !== undefined ? { env: s.env } : { file: s.file ?? '' })),
);

/** The smoke check, keyed by the smoke action's input names; cross-checked by parseSmokeOptions. */
export const smokeSchema = lazy(() =>
  z.strictObject({
    urls: list,
    'expect-status': text.optional(),
    'expect-json': z.unknown().optional(),
    'expect-body': line.optional(),
    timeout: text.optional(),
    'request-timeout': text.optional(),
    interval: text.optional(),
    'max-interval': text.optional(),
    concurrency: text.optional(),
    'consecutive-successes': text.optional(),
    insecure: z.boolean({ error: 'expected true or false' }).optional(),
    /** Swarm: each URL's host is {node}, checked once per node Swarm can place tasks on. */
    'per-node': z.boolean({ error: 'expected true or false' }).optional(),
  }),
);

/** `env-groups`: each group a list of variable names that must be all set or all empty. */
const envGroups = lazy(() =>
  z
    .record(
      z.string(),
      list
        .refine((l) => l.length > 0, { error: 'needs at least one variable name' })
        .refine((l) => l.every((name) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)), {
          error: 'expected variable names (a letter or _, then letters, digits or _)',
        }),
      { error: 'expected a mapping of group: [VARIABLE, …]' },
    )
    .default({}),
);

/** One image of a release of several (`images:`), keyed by a short name. */
const imageSchema = lazy(() =>
  z.strictObject(
    {
      name: checked((raw) => normalizeImageName('name', raw)),
      target: nonEmpty.optional(),
      context: nonEmpty.optional(),
      dockerfile: nonEmpty.optional(),
      'build-args': nameMap.default({}),
      platforms: list.optional(),
      variable: checked((raw) => checkSecretName('variable', raw.trim())).optional(),
    },
    {
      error:
        'expected { name: registry/repository, target?, context?, dockerfile?, build-args?, platforms?, variable? }',
    },
  ),
);

/** `replicas:` a count scaled by hand since the last release is reset by the file (`manifest`) or kept (`live`). */
const replicasMode = lazy(() =>
  z.enum(['manifest', 'live'], { error: 'expected manifest or live' }).default('manifest'),
);

/** `pre-deploy:` jobs run before the deploy changes anything (a migration), in order. */
export const preDeploySchema = lazy(() =>
  z
    .array(
      z.strictObject(
        {
          name: checked((raw) => checkJobName('name', raw)),
          image: nonEmpty.optional(),
          command: z
            .array(text, { error: 'expected a list of strings (the program and its arguments)' })
            .refine((c) => c.length > 0, { error: 'needs at least the program' }),
          env: nameMap
            .refine((m) => Object.keys(m).every((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)), {
              error: 'expected variable names (a letter or _, then letters, digits or _)',
            })
            .default({}),
          secrets: list.default([]),
          volumes: list
            .transform((items, ctx) => {
              try {
                return items.map((item) => parseJobVolume('volumes', item));
              } catch (error) {
                if (!(error instanceof ConfigurationError)) throw error;
                ctx.addIssue({ code: 'custom', message: reasonOf(error) });
                return z.NEVER;
              }
            })
            .default([]),
          timeout: duration.default(600_000),
        },
        { error: 'expected { name, command, image?, env?, secrets?, volumes?, timeout? }' },
      ),
      { error: 'expected a list of jobs' },
    )
    .refine((jobs) => new Set(jobs.map((j) => j.name)).size === jobs.length, {
      error: 'job names must be unique',
    })
    .default([]),
);

const swarmSchema = lazy(() =>
  z.strictObject({
    host: checked((raw) => ({ raw: raw.trim(), target: parseDockerTarget('host', raw) })),
    'ssh-key-file': nonEmpty.optional(),
    'known-hosts-file': nonEmpty.optional(),
    /** A bastion, user@host[:port]; known-hosts-file must pin it too. */
    'jump-host': checked((raw) => parseJumpHost('jump-host', raw)).optional(),
    stack: checked((raw) => checkStackName('stack', raw)),
    'stack-files': list
      .refine((l) => l.length > 0, { error: 'needs at least one stack file' })
      .default(['docker-stack.yml']),
    'image-variable': checked((raw) => checkSecretName('image-variable', raw.trim())).optional(),
    env: nameMap.default({}),
    'env-groups': envGroups,
    timeout: duration.default(600_000),
    'no-progress-timeout': duration.default(180_000),
    'lock-timeout': duration.default(300_000),
    rollback: z.boolean({ error: 'expected true or false' }).default(true),
    'prune-services': z.boolean({ error: 'expected true or false' }).default(false),
    /** rolling (Swarm's update) or blue-green (a second colour, then the proxy switched to it). */
    strategy: checked((raw) => parseSwarmStrategy('strategy', raw)).default('rolling'),
    'proxy-service': checked((raw) => checkStackName('proxy-service', raw)).optional(),
    'switch-variable': checked((raw) => parseSwitchVariable('switch-variable', raw)).optional(),
    'preview-urls': list.optional(),
    'keep-previous': duration.optional(),
    smoke: smokeSchema.optional(),
    'pre-deploy': preDeploySchema,
    replicas: replicasMode,
  }),
);

const kubernetesSchema = lazy(() =>
  z.strictObject({
    kubeconfig: nonEmpty.optional(),
    /** The versioned Secrets' prefix and their gantry.stack label (needed with secrets). */
    stack: checked((raw) => checkStackName('stack', raw)).optional(),
    context: nonEmpty.optional(),
    namespace: checked((raw) => checkNamespace('namespace', raw)).optional(),
    manifests: list.default([]),
    kustomize: nonEmpty.optional(),
    'image-name': checked((raw) => normalizeImageName('image-name', raw)).optional(),
    env: nameMap.default({}),
    'env-groups': envGroups,
    timeout: duration.default(600_000),
    'lock-timeout': duration.default(300_000),
    rollback: z.boolean({ error: 'expected true or false' }).default(true),
    /** rolling (the Deployments' update), blue-green (two colours, the Service switched) or canary. */
    strategy: checked((raw) => parseKubernetesStrategy('strategy', raw)).default('rolling'),
    service: checked((raw) => checkServiceName('service', raw)).optional(),
    'preview-urls': list.optional(),
    'keep-previous': duration.optional(),
    'canary-weight': checked((raw) => parseCanaryWeight('canary-weight', raw)).optional(),
    /** A duration, or `manual`: the canary runs until `gantry canary promote|abort`. */
    'canary-duration': checked((raw) => parseCanaryDuration('canary-duration', raw)).optional(),
    smoke: smokeSchema.optional(),
    'pre-deploy': preDeploySchema,
    replicas: replicasMode,
  }),
);

const targetSchema = lazy(() =>
  z
    .strictObject(
      { swarm: swarmSchema.optional(), kubernetes: kubernetesSchema.optional() },
      { error: 'expected a mapping with swarm: or kubernetes:' },
    )
    .refine((t) => (t.swarm === undefined) !== (t.kubernetes === undefined), {
      error: 'give exactly one of swarm or kubernetes',
    }),
);

export const configSchema = lazy(() =>
  z.strictObject(
    {
      image: checked((raw) => normalizeImageName('image', raw)).optional(),
      images: z
        .record(z.string(), imageSchema, { error: 'expected a mapping of key: { name: … }' })
        .refine((m) => Object.keys(m).length > 0, { error: 'needs at least one image' })
        .optional(),
      registry: z
        .strictObject({
          username: nonEmpty,
          password: valueSource,
        })
        .optional(),
      build: z
        .strictObject({
          context: nonEmpty.default('.'),
          dockerfile: nonEmpty.optional(),
          platforms: list.default([]),
          'build-args': nameMap.default({}),
          target: nonEmpty.optional(),
          'tag-latest': z.boolean({ error: 'expected true or false' }).default(false),
          parallel: checked((raw) => parseInteger('parallel', raw, { min: 1, max: 16 })).default(1),
        })
        .default({ context: '.', platforms: [], 'build-args': {}, 'tag-latest': false, parallel: 1 }),
      scan: z
        .strictObject({
          enabled: z.boolean({ error: 'expected true or false' }).default(true),
          severity: list
            .transform((items, ctx) => {
              try {
                return parseSeverities('severity', items.join(','));
              } catch (error) {
                if (!(error instanceof ConfigurationError)) throw error;
                ctx.addIssue({ code: 'custom', message: reasonOf(error) });
                return z.NEVER;
              }
            })
            .default(['CRITICAL', 'HIGH']),
          'ignore-unfixed': z.boolean({ error: 'expected true or false' }).default(false),
          'ignore-files': list.default([]),
          scanners: list
            .transform((items, ctx) => {
              try {
                return parseScanners('scanners', items);
              } catch (error) {
                if (!(error instanceof ConfigurationError)) throw error;
                ctx.addIssue({ code: 'custom', message: reasonOf(error) });
                return z.NEVER;
              }
            })
            .default(['vuln', 'secret', 'misconfig']),
        })
        .default({
          enabled: true,
          severity: ['CRITICAL', 'HIGH'],
          'ignore-unfixed': false,
          'ignore-files': [],
          scanners: ['vuln', 'secret', 'misconfig'],
        }),
      secrets: z
        .strictObject({
          version: checked((raw) => parseVersionMode('version', raw)).default('content'),
          values: z.record(z.string(), valueSource, { error: 'expected a mapping of NAME: { env | file }' }),
        })
        .optional(),
      smoke: smokeSchema.optional(),
      prune: z
        .strictObject({
          enabled: z.boolean({ error: 'expected true or false' }).default(true),
          keep: checked((raw) => parseInteger('keep', raw, { min: 1, max: 1000 })).default(3),
        })
        .default({ enabled: true, keep: 3 }),
      targets: z
        .record(z.string(), targetSchema, { error: 'expected a mapping of target names' })
        .refine((t) => Object.keys(t).length > 0, { error: 'needs at least one target' }),
    },
    { error: 'expected a mapping (image:, build:, targets:, …)' },
  ),
);

export type RawConfig = z.output<typeof configSchema>;
export type SmokeConfig = z.output<typeof smokeSchema>;
export type SwarmTargetConfig = z.output<typeof swarmSchema>;
export type KubernetesTargetConfig = z.output<typeof kubernetesSchema>;
export type ImageConfig = z.output<typeof imageSchema>;
