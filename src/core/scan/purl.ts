/** A package URL (`pkg:type/namespace/name@version?qualifiers#subpath`), components percent-decoded. */
export interface PackageUrl {
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: Record<string, string>;
  subpath: string;
}

/** Parses a package URL; `undefined` when it is not one. */
export function parsePurl(text: string): PackageUrl | undefined {
  if (!text.startsWith('pkg:')) return undefined;
  let rest = text.slice('pkg:'.length).replace(/^\/+/, '');
  let subpath = '';
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    subpath = decodeSegments(rest.slice(hash + 1).replace(/^\/+|\/+$/g, ''));
    rest = rest.slice(0, hash);
  }
  const qualifiers: Record<string, string> = {};
  const question = rest.indexOf('?');
  if (question !== -1) {
    for (const pair of rest.slice(question + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq > 0) qualifiers[pair.slice(0, eq).toLowerCase()] = decode(pair.slice(eq + 1));
    }
    rest = rest.slice(0, question);
  }
  let version = '';
  const at = rest.lastIndexOf('@');
  if (at > rest.lastIndexOf('/')) {
    version = decode(rest.slice(at + 1));
    rest = rest.slice(0, at);
  }
  const segments = rest.replace(/\/+$/, '').split('/');
  const type = segments.shift()?.toLowerCase() ?? '';
  const name = segments.pop();
  if (type === '' || name === undefined || name === '') return undefined;
  return {
    type,
    namespace: segments.map(decode).join('/'),
    name: decode(name),
    version,
    qualifiers,
    subpath,
  };
}

/**
 * Trivy's rule for `.trivyignore.yaml` `purls`: type, namespace and name must be equal; the pattern's
 * version and subpath only when it has them; and every qualifier of the pattern must be in the target.
 */
export function purlMatches(pattern: PackageUrl, target: PackageUrl): boolean {
  if (
    pattern.type !== target.type ||
    pattern.namespace !== target.namespace ||
    pattern.name !== target.name
  ) {
    return false;
  }
  if (pattern.version !== '' && pattern.version !== target.version) return false;
  if (pattern.subpath !== '' && pattern.subpath !== target.subpath) return false;
  return Object.entries(pattern.qualifiers).every(([key, value]) => target.qualifiers[key] === value);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const decodeSegments = (text: string): string => text.split('/').map(decode).join('/');
