// Reads the relative links of a markdown page and the anchors GitHub gives its headings, so a test can
// check that every link between the documentation pages resolves.
import path from 'node:path';

/** The page with fenced code blocks blanked (lines kept, so line numbers stay right). */
function withoutFences(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined) {
      if (open) {
        fence = (open[1] as string)[0]?.repeat((open[1] as string).length);
        return '';
      }
      return line;
    }
    if (open && (open[1] as string).startsWith(fence)) fence = undefined;
    return '';
  });
}

/** The anchor GitHub gives a heading's text: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Every heading anchor of a page, with GitHub's `-1`, `-2` suffixes for repeated headings. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1] as string);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

export interface Link {
  line: number;
  target: string;
}

/** The links and images of a page outside code (fenced blocks and inline code spans). */
export function markdownLinks(markdown: string): Link[] {
  const links: Link[] = [];
  withoutFences(markdown).forEach((raw, index) => {
    const line = raw.replace(/(`+)[^`]*?\1/g, '');
    for (const match of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      links.push({ line: index + 1, target: match[1] as string });
    for (const match of line.matchAll(/^\s{0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s+"[^"]*")?\s*$/g))
      links.push({ line: index + 1, target: match[1] as string });
  });
  return links;
}

export interface Files {
  /** Whether a path relative to the repository is a file or folder of it. */
  exists(relative: string): boolean;
  /** The text of a markdown file relative to the repository. */
  read(relative: string): string;
}

/**
 * The relative links of `page` (a path relative to the repository) that point at no file or folder, leave
 * the repository, or name an anchor that the target page has no heading for. External links (a scheme
 * such as https: or mailto:) are not checked.
 */
export function brokenLinks(page: string, markdown: string, files: Files): string[] {
  const broken: string[] = [];
  for (const { line, target } of markdownLinks(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const hash = target.indexOf('#');
    const file = decodeURI(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const where = `${page}:${line}: ${target}`;
    const resolved =
      file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
    if (resolved.startsWith('../') || resolved === '..' || path.posix.isAbsolute(file)) {
      broken.push(`${where} (outside the repository)`);
      continue;
    }
    const relative = resolved.replace(/\/$/, '') || '.';
    if (!files.exists(relative)) {
      broken.push(`${where} (no such file)`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!relative.endsWith('.md')) broken.push(`${where} (an anchor on a file that is not markdown)`);
    else if (!headingAnchors(files.read(relative)).has(anchor)) broken.push(`${where} (no such heading)`);
  }
  return broken;
}
