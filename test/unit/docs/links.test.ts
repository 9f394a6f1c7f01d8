import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPages } from '../../../scripts/readme-tables.ts';
import { brokenLinks, type Files, headingAnchors, markdownLinks, slug } from './markdown-links.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const repository: Files = {
  exists: (relative) => existsSync(path.join(root, relative)),
  read: (relative) => readFileSync(path.join(root, relative), 'utf8'),
};

describe('documentation links', () => {
  const pages = docPages();

  it('cover the README, docs/*.md and every action page', () => {
    expect(pages).toContain('README.md');
    expect(pages).toContain('docs/scan.md');
    expect(pages).toContain('docs/workflows.md');
    expect(pages).toContain('actions/scan-run/README.md');
    expect(pages.filter((page) => page.startsWith('actions/'))).toHaveLength(9);
  });

  it.each(pages)('of %s point at existing files and headings', (page) => {
    const text = repository.read(page);
    expect(markdownLinks(text).length, `${page} links to the other pages`).toBeGreaterThan(0);
    expect(brokenLinks(page, text, repository)).toEqual([]);
  });
});

describe('the link check', () => {
  const fake: Files = {
    exists: (relative) => ['README.md', 'docs', 'docs/a.md', 'src/x.ts'].includes(relative),
    read: (relative) =>
      relative === 'docs/a.md'
        ? '# `release.yml`: tag to verified deploy\n## Stack files: what the plan understands\n## Twice\n## Twice\n'
        : '# Title\n## Contents\n',
  };

  it("gives headings GitHub's anchors", () => {
    expect(slug('`release.yml`: tag to verified deploy')).toBe('releaseyml-tag-to-verified-deploy');
    expect(slug('Quick start with `uses:`')).toBe('quick-start-with-uses');
    expect(slug("Gantry's own releases")).toBe('gantrys-own-releases');
    expect(slug('The CLI and `gantry.yml`')).toBe('the-cli-and-gantryyml');
    expect(slug('`deploy-swarm`: deploy a stack')).toBe('deploy-swarm-deploy-a-stack');
    expect(slug('A [link](x.md) in it')).toBe('a-link-in-it');
    expect([...headingAnchors('## Twice\n```\n## not a heading\n```\n## Twice\n')]).toEqual([
      'twice',
      'twice-1',
    ]);
  });

  it('finds links outside code only', () => {
    const links = markdownLinks(
      ['see [a](docs/a.md) and `[b](nope.md)`', '```', '[c](nope.md)', '```', '![d](src/x.ts "t")'].join(
        '\n',
      ),
    );
    expect(links).toEqual([
      { line: 1, target: 'docs/a.md' },
      { line: 5, target: 'src/x.ts' },
    ]);
  });

  it('accepts links that resolve, relative to the page', () => {
    const text = [
      '[a](a.md) [a](a.md#releaseyml-tag-to-verified-deploy) [twice](a.md#twice-1)',
      '[up](../README.md#contents) [x](../src/x.ts) [docs](../docs/) [web](https://example.com/#x)',
    ].join('\n');
    expect(brokenLinks('docs/b.md', text, fake)).toEqual([]);
  });

  it('reports a missing file, a missing heading, a path outside the repository and an anchor on code', () => {
    const text = [
      '[gone](gone.md)',
      '[heading](a.md#stack-files)',
      '[out](../../etc/passwd)',
      '[code](../src/x.ts#L1)',
    ].join('\n');
    expect(brokenLinks('docs/b.md', text, fake)).toEqual([
      'docs/b.md:1: gone.md (no such file)',
      'docs/b.md:2: a.md#stack-files (no such heading)',
      'docs/b.md:3: ../../etc/passwd (outside the repository)',
      'docs/b.md:4: ../src/x.ts#L1 (an anchor on a file that is not markdown)',
    ]);
  });

  it('checks an anchor on the page itself against its own headings', () => {
    expect(brokenLinks('docs/a.md', '[ok](#twice)\n[self](#nope)', fake)).toEqual([
      'docs/a.md:2: #nope (no such heading)',
    ]);
  });
});
