/**
 * Path globs as Trivy reads them in `.trivyignore.yaml` `paths` (the doublestar syntax):
 * `*` any run of characters within a path segment, `?` one character, `[abc]`/`[!abc]` a class,
 * `{a,b}` alternatives, `**` as a whole segment any number of segments (including none), `\` escapes.
 */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${translate(pattern)}$`);
}

export const matchGlob = (pattern: string, path: string): boolean => globToRegExp(pattern).test(path);

function translate(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i] as string;
    if (
      char === '*' &&
      pattern[i + 1] === '*' &&
      isSegmentStart(pattern, i) &&
      isSegmentEnd(pattern, i + 2)
    ) {
      if (pattern[i + 2] === '/') {
        out += '(?:[^/]*/)*'; // `**/`: zero or more whole segments
        i += 3;
      } else if (out.endsWith('\\/')) {
        out = `${out.slice(0, -2)}(?:/.*)?`; // trailing `/**`: the folder itself and everything below
        i += 2;
      } else {
        out += '.*'; // `**` alone: any path
        i += 2;
      }
    } else if (char === '*') {
      out += '[^/]*';
      i += pattern[i + 1] === '*' ? 2 : 1; // `**` inside a segment is just `*`
    } else if (char === '?') {
      out += '[^/]';
      i += 1;
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) {
        out += '\\[';
        i += 1;
      } else {
        let body = pattern.slice(i + 1, end);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        out += `[${negated ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
        i = end + 1;
      }
    } else if (char === '{') {
      const end = closingBrace(pattern, i);
      if (end === -1) {
        out += '\\{';
        i += 1;
      } else {
        out += `(?:${splitAlternatives(pattern.slice(i + 1, end))
          .map(translate)
          .join('|')})`;
        i = end + 1;
      }
    } else if (char === '\\' && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[i + 1] as string);
      i += 2;
    } else {
      out += escapeRegExp(char);
      i += 1;
    }
  }
  return out;
}

const isSegmentStart = (pattern: string, i: number): boolean => i === 0 || pattern[i - 1] === '/';
const isSegmentEnd = (pattern: string, i: number): boolean => i === pattern.length || pattern[i] === '/';

function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Splits `a,{b,c},d` on the top-level commas only. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
