import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { longFunctions } from './function-length.ts';

// Issue 16: the pipeline is short named phases. No function in src/pipeline spans more than 60
// lines (from its first token to its closing brace); a longer one is a phase waiting to be split.

const MAX_LINES = 60;

/**
 * Functions known to be too long, each named with the work that splits it. Only for code another
 * change owns while it is in flight: an entry that is no longer too long fails the check below, so
 * the list only shrinks.
 */
const PENDING_SPLIT: ReadonlyMap<string, string> = new Map([]);
const pipeline = path.resolve(import.meta.dirname, '../../src/pipeline');
const files = (readdirSync(pipeline, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.split(path.sep).join('/'))
  .sort();

/** A function named `name` of `lines` lines, `style` being how it is written. */
function fixture(style: 'declaration' | 'arrow' | 'method' | 'callback', lines: number): string {
  const body = Array.from({ length: lines - 2 }, (_, i) => `  step(${i});`).join('\n');
  switch (style) {
    case 'declaration':
      return `export async function long(): Promise<void> {\n${body}\n}\n`;
    case 'arrow':
      return `export const long = async (): Promise<void> => {\n${body}\n};\n`;
    case 'method':
      return `class Phase {\n  long(): void {\n${body}\n  }\n}\n`;
    case 'callback':
      return `run(() => {\n${body}\n});\n`;
  }
}

describe('function length in src/pipeline', () => {
  it('finds the pipeline modules (the check below has files to look at)', () => {
    expect(files).toEqual(expect.arrayContaining(['swarm/deploy.ts', 'kubernetes/deploy.ts']));
  });

  const long = () =>
    files.flatMap((f) =>
      longFunctions(`src/pipeline/${f}`, readFileSync(path.join(pipeline, f), 'utf8'), MAX_LINES),
    );

  it(`no function is longer than ${MAX_LINES} lines`, () => {
    const offenders = long()
      .filter((l) => !PENDING_SPLIT.has(`${l.file} ${l.name}`))
      .map((l) => `${l.file}:${l.line} ${l.name} (${l.lines} lines)`);
    expect(offenders).toEqual([]);
  });

  it('every function pending a split is still too long (else: remove it from PENDING_SPLIT)', () => {
    const stillLong = new Set(long().map((l) => `${l.file} ${l.name}`));
    expect([...PENDING_SPLIT.keys()].filter((k) => !stillLong.has(k))).toEqual([]);
  });
});

describe('the function-length check', () => {
  it.each(['declaration', 'arrow', 'method', 'callback'] as const)('fails a 61-line %s', (style) => {
    const found = longFunctions('fixture.ts', fixture(style, 61), MAX_LINES);
    expect(found.map((f) => f.lines)).toEqual([61]);
  });

  it.each(['declaration', 'arrow', 'method', 'callback'] as const)('passes a 60-line %s', (style) => {
    expect(longFunctions('fixture.ts', fixture(style, 60), MAX_LINES)).toEqual([]);
  });

  it('names the function and the line it starts on; nested functions are judged on their own', () => {
    const inner = fixture('arrow', 61).replace('export const long', '  const inner');
    const text = `// header\n\nexport function outer(): void {\n${inner}}\n`;
    expect(longFunctions('fixture.ts', text, MAX_LINES)).toEqual([
      { file: 'fixture.ts', name: 'outer', line: 3, lines: 63 },
      { file: 'fixture.ts', name: 'inner', line: 4, lines: 61 },
    ]);
  });

  it('does not count a leading doc comment', () => {
    const doc = `/**\n${'  * words\n'.repeat(10)} */\n`;
    expect(longFunctions('fixture.ts', doc + fixture('declaration', 60), MAX_LINES)).toEqual([]);
  });
});
