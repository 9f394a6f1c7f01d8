// The `images` job of release.yml: each merge job (one per image) uploads the artifact `gantry-image-<key>`
// holding one line `<key>=<name>@sha256:<digest>`; this job downloads them all into one folder and this
// script turns them into the release's `images` output, JSON `{"<key>": "<name>@sha256:…"}` in the order of
// the images matrix, plus `image-ref` and `digest` when the release has exactly one image.
// Usage: node collect-images.mjs <folder>. Reads IMAGES_MATRIX (the gantry job's `images-matrix`): an
// image of it without a line, a line for an image it does not have, or a line that is not a pinned
// reference fails the job naming it (so the deploy never runs with an image missing).
// Plain JavaScript with no dependency (it runs on the runner's own node from Gantry's checkout);
// test/unit/workflows/collect-images.test.ts runs it.
import { appendFileSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

const PINNED = /^[a-z0-9][a-z0-9._:/-]*@sha256:[0-9a-f]{64}$/;

/** `key=ref` lines of every file of the folder -> Map key -> ref; a malformed or repeated key throws. */
export function readImageLines(dir) {
  const found = new Map();
  for (const file of readdirSync(dir).sort()) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const at = line.indexOf('=');
      const key = line.slice(0, at).trim();
      const ref = line.slice(at + 1).trim();
      if (at <= 0 || !PINNED.test(ref))
        throw new Error(`${file}: expected <key>=<name>@sha256:<digest>, got "${line}"`);
      if (found.has(key) && found.get(key) !== ref)
        throw new Error(`image ${key} was merged twice: ${found.get(key)} and ${ref}`);
      found.set(key, ref);
    }
  }
  return found;
}

/** The job's outputs for the matrix's images and the merged references found. */
export function collectImages(matrix, found) {
  const keys = matrix.map((entry) => String(entry.key));
  const missing = keys.filter((k) => !found.has(k));
  if (missing.length > 0)
    throw new Error(
      `no merged image for ${missing.join(', ')} (its merge job gave no gantry-image-<key> artifact)`,
    );
  const extra = [...found.keys()].filter((k) => !keys.includes(k));
  if (extra.length > 0) throw new Error(`merged images not in this release: ${extra.join(', ')}`);
  const images = Object.fromEntries(keys.map((k) => [k, found.get(k)]));
  const outputs = { images: JSON.stringify(images) };
  if (keys.length === 1) {
    const ref = images[keys[0]];
    outputs['image-ref'] = ref;
    outputs.digest = ref.slice(ref.indexOf('@') + 1);
  }
  return outputs;
}

function main(dir) {
  try {
    const matrix = JSON.parse(process.env.IMAGES_MATRIX || '[]');
    const outputs = collectImages(matrix, readImageLines(dir));
    appendFileSync(
      process.env.GITHUB_OUTPUT,
      Object.entries(outputs)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
    );
    console.log(`Images of the release: ${outputs.images}`);
  } catch (error) {
    const message = String(error.message)
      .replaceAll('%', '%25')
      .replaceAll('\r', '%0D')
      .replaceAll('\n', '%0A');
    console.log(`::error title=images::${message}`);
    process.exit(1);
  }
}

// Compared as real paths: Node runs the main module from its real path, the caller may name it through a link.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(import.meta.filename)) {
  const dir = process.argv[2];
  if (!dir) {
    console.log('::error::usage: collect-images.mjs <folder>');
    process.exit(2);
  }
  main(dir);
}
