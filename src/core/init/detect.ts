import { parseAllDocuments } from 'yaml';

/**
 * What `gantry init` finds in a directory, decided from a listing of its files and the text of the
 * few it reads (Dockerfiles, stack/compose files, Kubernetes manifests, kustomizations). Pure: the
 * CLI command does the reading and the git call.
 */

export interface InitInput {
  /** Every file under the directory (posix, relative), as `listFiles` keeps them. */
  files: readonly string[];
  /** The text of the files `filesToRead(files)` names (a file that could not be read is absent). */
  texts: Readonly<Record<string, string>>;
  /** `git remote get-url origin`, when there is one. */
  origin: string | undefined;
  /** The directory's own name (the fallback app name). */
  dirName: string;
}

export interface DetectedImage {
  /** `images:` key (the Dockerfile stage), or undefined for a single `image:`. */
  key: string | undefined;
  /** registry/repository, lower-cased. */
  name: string;
  /** The Dockerfile stage to build (images: only). */
  target: string | undefined;
  /** The variable the stack file or manifests use for it, when they use one. */
  variable: string | undefined;
  /** The stack's services (or manifests' containers) that run it. */
  users: string[];
}

export interface DetectedSwarm {
  stackFiles: string[];
  /** The services whose image is one of ours (the workflow's `services:`). */
  services: string[];
  /** Image references the stack file makes that are not `${VAR}`: the user must change them. */
  literalImages: string[];
}

export interface DetectedKubernetes {
  manifests: string[];
  kustomize: string | undefined;
}

export interface Detection {
  app: string;
  /** `ghcr.io/<owner>/<repo>` from a GitHub origin, else undefined (a placeholder is written). */
  registryBase: string | undefined;
  githubRepository: string | undefined;
  dockerfile: string;
  stages: string[];
  images: DetectedImage[];
  swarm: DetectedSwarm | undefined;
  kubernetes: DetectedKubernetes | undefined;
  /** Secret names (env placeholders are written for them, never a value). */
  secrets: string[];
}

export class InitError extends Error {
  override readonly name = 'InitError';
}

const SKIP_DIRS = new Set(['.git', 'node_modules', 'vendor', 'dist', 'build', '.venv', 'target', '.gantry']);
/** How deep listFiles looks (a manifests folder such as deploy/k8s/overlays/prod/ is 4 levels down). */
export const MAX_DEPTH = 5;

/** Whether the lister should descend into this directory (by its name). */
export const skipDirectory = (name: string): boolean => SKIP_DIRS.has(name) || name.startsWith('.');

const base = (file: string): string => file.split('/').at(-1) ?? file;
const dirOf = (file: string): string => file.split('/').slice(0, -1).join('/');
const isYaml = (file: string): boolean => /\.ya?ml$/i.test(file);

/** Dockerfile, Dockerfile.prod, api.Dockerfile (not .dockerignore). */
export const isDockerfile = (file: string): boolean =>
  /^(Dockerfile(\..+)?|.+\.Dockerfile)$/i.test(base(file));

/** The files worth reading: Dockerfiles and YAML files (not gantry.yml, not workflows). */
export function filesToRead(files: readonly string[]): string[] {
  return files.filter(
    (f) => isDockerfile(f) || (isYaml(f) && !/^gantry\.ya?ml$/.test(f) && !f.startsWith('.github/')),
  );
}

// ---------------------------------------------------------------------------------------------------
// The Dockerfile

export interface Stage {
  name: string | undefined;
  from: string;
}

/** Every `FROM image [AS name]` of a Dockerfile, and the stages other stages copy from or build on. */
export function dockerfileStages(text: string): { stages: Stage[]; used: Set<string> } {
  const stages: Stage[] = [];
  const used = new Set<string>();
  const joined = text.replace(/\\\r?\n/g, ' ');
  for (const line of joined.split(/\r?\n/)) {
    const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(line);
    if (from) {
      stages.push({ from: (from[1] ?? '').toLowerCase(), name: from[2]?.toLowerCase() });
      used.add((from[1] ?? '').toLowerCase());
    }
    for (const m of line.matchAll(/--from=(\S+)/gi)) used.add((m[1] ?? '').toLowerCase());
  }
  return { stages, used };
}

/** Named stages nothing else builds on or copies from: each could be an image of its own. */
export function finalStages(text: string): string[] {
  const { stages, used } = dockerfileStages(text);
  return stages.flatMap((s) => (s.name !== undefined && !used.has(s.name) ? [s.name] : []));
}

function chooseDockerfile(files: readonly string[]): string | undefined {
  const found = files.filter(isDockerfile);
  return found.includes('Dockerfile')
    ? 'Dockerfile'
    : [...found].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];
}

// ---------------------------------------------------------------------------------------------------
// git origin

/** `ghcr.io/<owner>/<repo>` (lower-cased) and `owner/repo` from a GitHub remote URL; else undefined. */
export function githubRepositoryOf(origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  const m =
    /^(?:git@github\.com:|(?:https?|ssh|git):\/\/(?:[^@/]+@)?github\.com(?::\d+)?\/)([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(
      origin.trim(),
    );
  return m ? `${m[1]}/${m[2]}` : undefined;
}

// ---------------------------------------------------------------------------------------------------
// YAML files: stacks, manifests, kustomizations

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);

function yamlDocs(text: string): unknown[] {
  try {
    return parseAllDocuments(text).flatMap((d) => ('errors' in d && d.errors.length === 0 ? [d.toJS()] : []));
  } catch {
    return [];
  }
}

const isKustomization = (file: string, doc: unknown): boolean =>
  /^kustomization\.ya?ml$/i.test(base(file)) ||
  (isDict(doc) && doc.kind === 'Kustomization' && typeof doc.apiVersion === 'string');

const isManifest = (doc: unknown): boolean =>
  isDict(doc) && typeof doc.apiVersion === 'string' && typeof doc.kind === 'string';

const isStack = (doc: unknown): doc is Dict & { services: Dict } =>
  isDict(doc) && isDict(doc.services) && !('apiVersion' in doc);

/** Stack files first (docker-stack.yml), then compose files; only at the top of the directory. */
function stackRank(file: string): number {
  const order = [
    'docker-stack.yml',
    'docker-stack.yaml',
    'stack.yml',
    'stack.yaml',
    'docker-compose.yml',
    'docker-compose.yaml',
    'compose.yml',
    'compose.yaml',
  ];
  const i = order.indexOf(file);
  if (i >= 0) return i;
  return /stack/i.test(file) ? 10 : 20;
}

/** `${VAR}`, `${VAR:-x}`, `$VAR` as a whole image reference, or `${VAR}:tag`: the variable. */
export function imageVariable(image: string): string | undefined {
  const m = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?:[:?-][^}]*)?\}?(?::[^/]*)?$/.exec(image.trim());
  return m?.[1];
}

interface ImageUse {
  /** Service or container name. */
  owner: string;
  image: string;
  buildTarget: string | undefined;
}

function stackImageUses(stack: Dict & { services: Dict }): ImageUse[] {
  return Object.entries(stack.services).flatMap(([name, service]) => {
    if (!isDict(service) || typeof service.image !== 'string') return [];
    const build = service.build;
    const buildTarget = isDict(build) && typeof build.target === 'string' ? build.target : undefined;
    return [{ owner: name, image: service.image, buildTarget }];
  });
}

function containerImageUses(doc: unknown): ImageUse[] {
  const out: ImageUse[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (isDict(node)) {
      if (typeof node.image === 'string' && typeof node.name === 'string')
        out.push({ owner: node.name, image: node.image, buildTarget: undefined });
      for (const v of Object.values(node)) walk(v);
    }
  };
  walk(doc);
  return out;
}

/** The stack file's external secrets: `name: ${X_SECRET}` gives X, else the key upper-cased. */
function stackSecrets(stack: Dict): string[] {
  if (!isDict(stack.secrets)) return [];
  return Object.entries(stack.secrets).flatMap(([key, s]) => {
    if (!isDict(s) || !(s.external === true || isDict(s.external))) return [];
    const named = typeof s.name === 'string' ? /^\$\{([A-Za-z_][A-Za-z0-9_]*)_SECRET\}$/.exec(s.name) : null;
    return [named?.[1] ?? key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')];
  });
}

/** `${NAME_SECRET}` references in a file's text (how manifests name Gantry's versioned Secrets). */
const secretReferences = (text: string): string[] =>
  [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)_SECRET\}/g)].map((m) => m[1] ?? '');

interface YamlFindings {
  stackFiles: string[];
  stackUses: ImageUse[];
  manifestFiles: string[];
  kustomizations: string[];
  manifestUses: ImageUse[];
  secrets: string[];
}

function readYamlFiles(input: InitInput): YamlFindings {
  const found: YamlFindings = {
    stackFiles: [],
    stackUses: [],
    manifestFiles: [],
    kustomizations: [],
    manifestUses: [],
    secrets: [],
  };
  const stacks = filesToRead(input.files)
    .filter(isYaml)
    .flatMap((file) => {
      const text = input.texts[file];
      if (text === undefined) return [];
      const docs = yamlDocs(text);
      if (docs.some((d) => isKustomization(file, d))) found.kustomizations.push(file);
      else if (docs.some(isManifest)) {
        found.manifestFiles.push(file);
        found.manifestUses.push(...docs.flatMap(containerImageUses));
        found.secrets.push(...secretReferences(text));
      } else if (!file.includes('/') && docs.length > 0 && isStack(docs[0])) return [{ file, doc: docs[0] }];
      return [];
    })
    .sort((a, b) => stackRank(a.file) - stackRank(b.file) || a.file.localeCompare(b.file));
  const stack = stacks[0];
  if (stack !== undefined) {
    found.stackFiles.push(stack.file);
    found.stackUses.push(...stackImageUses(stack.doc));
    found.secrets.push(...stackSecrets(stack.doc), ...secretReferences(input.texts[stack.file] ?? ''));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Images

const imageKey = (stage: string): string =>
  stage
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Whether an image use refers to this stage: by build target, service name or variable name. */
function usesStage(use: ImageUse, stage: string): boolean {
  const variable = imageVariable(use.image)?.toLowerCase();
  const key = stage.replaceAll('-', '_');
  return (
    use.buildTarget?.toLowerCase() === stage ||
    use.owner.toLowerCase() === stage ||
    variable === `${key}_image` ||
    variable === key
  );
}

function decideImages(
  stages: string[],
  uses: ImageUse[],
  registryBase: string,
): { images: DetectedImage[]; ours: ImageUse[] } {
  const referenced = stages.filter((s) => uses.some((u) => usesStage(u, s)));
  if (referenced.length >= 2) {
    const ours: ImageUse[] = [];
    const images = referenced.map((stage): DetectedImage => {
      const mine = uses.filter((u) => usesStage(u, stage));
      ours.push(...mine);
      const variable = mine.map((u) => imageVariable(u.image)).find((v) => v !== undefined);
      const users = [...new Set(mine.map((u) => u.owner))];
      return {
        key: imageKey(stage),
        name: `${registryBase}/${imageKey(stage)}`,
        target: stage,
        variable,
        users,
      };
    });
    return { images, ours };
  }
  // One image: the stack's (or manifests') image variable, GANTRY_IMAGE preferred when it is used.
  const withVariable = uses.filter((u) => imageVariable(u.image) !== undefined);
  const variables = [...new Set(withVariable.map((u) => imageVariable(u.image) ?? ''))];
  const variable = variables.includes('GANTRY_IMAGE') ? 'GANTRY_IMAGE' : variables[0];
  const ours = withVariable.filter((u) => imageVariable(u.image) === variable);
  const users = [...new Set(ours.map((u) => u.owner))];
  return { images: [{ key: undefined, name: registryBase, target: undefined, variable, users }], ours };
}

// ---------------------------------------------------------------------------------------------------
// Kubernetes

/** The manifests as folders (`k8s/`) when every YAML file of the folder is a manifest, else the files. */
function manifestPaths(manifestFiles: string[], files: readonly string[]): string[] {
  const out = new Set<string>();
  for (const file of manifestFiles) {
    const dir = dirOf(file);
    const siblings = files.filter((f) => isYaml(f) && f.startsWith(`${dir}/`));
    out.add(dir !== '' && siblings.every((f) => manifestFiles.includes(f)) ? `${dir}/` : file);
  }
  // A folder covers the files and folders under it.
  const all = [...out].sort();
  return all.filter((p) => !all.some((q) => q !== p && q.endsWith('/') && p.startsWith(q)));
}

/** The kustomization to deploy: a production overlay when there is one, else the shallowest. */
function chooseKustomization(kustomizations: string[]): string | undefined {
  const dirs = kustomizations.map(dirOf);
  const prod = dirs.find((d) => /(^|\/)(prod|production)$/.test(d));
  return prod ?? [...dirs].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];
}

const appName = (repository: string | undefined, dirName: string): string => {
  const raw = (repository?.split('/')[1] ?? dirName).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const name = raw.replace(/^-+|-+$/g, '').slice(0, 40);
  return name === '' ? 'app' : name;
};

/** Everything `gantry init` writes, decided from the directory; throws InitError without a Dockerfile. */
export function detect(input: InitInput): Detection {
  const dockerfile = chooseDockerfile(input.files);
  if (dockerfile === undefined)
    throw new InitError(
      'no Dockerfile found (looked for Dockerfile, Dockerfile.*, *.Dockerfile): gantry releases an image built from one',
    );
  const repository = githubRepositoryOf(input.origin);
  const app = appName(repository, input.dirName);
  const registryBase = repository === undefined ? undefined : `ghcr.io/${repository.toLowerCase()}`;
  const yaml = readYamlFiles(input);
  const stages = finalStages(input.texts[dockerfile] ?? '');
  const { images, ours } = decideImages(
    stages,
    [...yaml.stackUses, ...yaml.manifestUses],
    registryBase ?? `registry.example.com/${app}`,
  );
  const kustomize = chooseKustomization(yaml.kustomizations);
  const manifests = kustomize === undefined ? manifestPaths(yaml.manifestFiles, input.files) : [];
  return {
    app,
    registryBase,
    githubRepository: repository,
    dockerfile,
    stages,
    images,
    swarm:
      yaml.stackFiles.length === 0
        ? undefined
        : {
            stackFiles: yaml.stackFiles,
            services: [...new Set(ours.filter((u) => yaml.stackUses.includes(u)).map((u) => u.owner))],
            literalImages: yaml.stackUses.filter((u) => !ours.includes(u)).map((u) => u.image),
          },
    kubernetes:
      kustomize === undefined && manifests.length === 0
        ? undefined
        : { manifests, kustomize: kustomize === undefined ? undefined : kustomize || '.' },
    secrets: [...new Set(yaml.secrets)].filter((s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s)).sort(),
  };
}
