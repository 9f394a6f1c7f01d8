// release.yml's images job (src/workflow-steps/collect-images.mjs), run as the workflow runs it: one file
// per merged image in a folder, IMAGES_MATRIX, a GITHUB_OUTPUT file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandFile } from '../../helpers/run-action-bundle.ts';

const SCRIPT = path.resolve(import.meta.dirname, '../../../src/workflow-steps/collect-images.mjs');
const ref = (name: string, c: string) => `ghcr.io/acme/${name}@sha256:${c.repeat(64)}`;
const matrix = (...keys: string[]) =>
  JSON.stringify(keys.map((k) => ({ key: k, image: `ghcr.io/acme/${k}` })));

function collect(files: Record<string, string>, imagesMatrix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gantry-collect-'));
  const images = path.join(dir, 'images');
  spawnSync('mkdir', [images]);
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(images, f), text);
  const output = path.join(dir, 'output');
  writeFileSync(output, '');
  const r = spawnSync(process.execPath, [SCRIPT, images], {
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, IMAGES_MATRIX: imagesMatrix },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, outputs: parseCommandFile(readFileSync(output, 'utf8')) };
}

describe('collect-images.mjs', () => {
  it("gives images in the matrix's order, and no image-ref/digest for several images", () => {
    const r = collect(
      {
        web: `web=${ref('web', 'b')}\n`,
        api: `api=${ref('api', 'a')}\n`,
        admin: `admin=${ref('admin', 'c')}\n`,
      },
      matrix('api', 'web', 'admin'),
    );
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      images: JSON.stringify({ api: ref('api', 'a'), web: ref('web', 'b'), admin: ref('admin', 'c') }),
    });
  });

  it('one image: also image-ref and digest', () => {
    const r = collect({ shop: `shop=${ref('shop', 'd')}\n` }, matrix('shop'));
    expect(r.outputs).toEqual({
      images: JSON.stringify({ shop: ref('shop', 'd') }),
      'image-ref': ref('shop', 'd'),
      digest: `sha256:${'d'.repeat(64)}`,
    });
  });

  it.each([
    [{ api: `api=${ref('api', 'a')}\n` }, matrix('api', 'web'), 'no merged image for web'],
    [
      { api: `api=${ref('api', 'a')}\n`, x: `x=${ref('x', 'e')}\n` },
      matrix('api'),
      'merged images not in this release: x',
    ],
    [{ api: 'api=ghcr.io/acme/api:v1\n' }, matrix('api'), 'expected <key>=<name>@sha256:<digest>'],
    [
      { api: `api=${ref('api', 'a')}\n`, b: `api=${ref('api', 'f')}\n` },
      matrix('api'),
      'image api was merged twice',
    ],
  ])('fails naming what is wrong (%#), with no output', (files, imagesMatrix, message) => {
    const r = collect(files, imagesMatrix);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=images::');
    expect(r.stdout).toContain(message);
    expect(r.outputs).toEqual({});
  });
});
