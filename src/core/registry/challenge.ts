/**
 * `WWW-Authenticate` challenges (RFC 7235 auth-params, quoted strings with `\` escapes) and the
 * Docker registry token request they lead to. Pure.
 */

export interface Challenge {
  /** Lowercased: `basic`, `bearer`. */
  scheme: string;
  /** Parameter names lowercased. */
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;

/** Every challenge in the header value, in order; unparseable trailing text is ignored. */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const out: Challenge[] = [];
  let rest = header.trim();
  let current: Challenge | undefined;
  while (rest !== '') {
    rest = rest.replace(/^[\s,]+/, '');
    const word = TOKEN.exec(rest)?.[0];
    if (word === undefined) break;
    const after = rest.slice(word.length).replace(/^\s*/, '');
    if (after.startsWith('=') && current !== undefined) {
      // name=value (a parameter of the current challenge)
      let value = after.slice(1).trimStart();
      let parsed = '';
      if (value.startsWith('"')) {
        let i = 1;
        for (; i < value.length && value[i] !== '"'; i++) {
          if (value[i] === '\\' && i + 1 < value.length) i++;
          parsed += value[i];
        }
        value = value.slice(i + 1);
      } else {
        // Lenient: an unquoted value runs to the next comma or space (a bare URL, say).
        parsed = /^[^\s,]*/.exec(value)?.[0] ?? '';
        value = value.slice(parsed.length);
      }
      current.params[word.toLowerCase()] = parsed;
      rest = value;
      continue;
    }
    // A new scheme.
    current = { scheme: word.toLowerCase(), params: {} };
    out.push(current);
    rest = after;
  }
  return out;
}

/**
 * The token endpoint URL for a Bearer challenge: `realm?service=…&scope=…` (the scope defaults
 * to pulling `repository`). Returns undefined when the realm is missing or not http(s).
 */
export function tokenUrl(challenge: Challenge, repository: string): string | undefined {
  const realm = challenge.params.realm;
  if (realm === undefined || realm === '') return undefined;
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
  url.searchParams.set('scope', challenge.params.scope || `repository:${repository}:pull`);
  return url.toString();
}
