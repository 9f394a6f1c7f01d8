// A bundle whose text is all ASCII is read by Node as a one-byte string: no UTF-8 decoding into a
// two-byte string, and V8 scans it faster (a few ms of every start-up for the larger bundles).
// esbuild already escapes non-ASCII characters in strings, template literals, regular expressions
// and names (its default charset); the ones it leaves are in comments, dependencies' own. There they
// are written as \u{…} instead, which changes no code: checked by comparing esbuild's whitespace-
// minified form (comments dropped) of the bundle before and after.
import { readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';

const nonAscii = /[\u0080-\u{10ffff}]/gu;

/** Rewrites the non-ASCII characters of `file`'s comments as \u{…}; throws if any is not in a comment. */
export async function asciiBundle(file: string): Promise<void> {
  const text = readFileSync(file, 'utf8');
  if (!/[\u0080-\u{10ffff}]/u.test(text)) return;
  const ascii = text.replace(nonAscii, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
  const code = async (source: string) =>
    (
      await transform(source.replace(/^#!.*\n/, ''), {
        format: 'esm',
        minifyWhitespace: true,
        legalComments: 'none',
      })
    ).code;
  if ((await code(text)) !== (await code(ascii)))
    throw new Error(`${file}: a non-ASCII character outside a comment; it would not be escaped safely`);
  writeFileSync(file, ascii);
}
