import { isMap, isScalar, parseDocument } from 'yaml';
import { ConfigurationError } from '../errors.ts';

/**
 * The `secrets` and `secret-files` inputs. Only names, line numbers and input names ever appear in
 * an error message: a secret value (or a line that might be one) never does.
 */

/** A secret's NAME: it becomes the `<NAME>_SECRET` variable that the stack file interpolates. */
export const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function checkSecretName(input: string, name: string): string {
  if (!SECRET_NAME.test(name)) {
    throw new ConfigurationError(
      `secret name ${JSON.stringify(name)} is not valid: expected a letter or _ then letters, digits or _`,
      input,
    );
  }
  return name;
}

const LINE = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/;

const isBlankOrComment = (line: string): boolean => line.trim() === '' || line.trimStart().startsWith('#');

/**
 * `secrets`: either `NAME=value` lines, or a YAML mapping of names to strings (block scalars give
 * multi-line values). The text is read as lines when every non-blank, non-comment line starts with
 * `NAME=`; otherwise it must be a YAML mapping of scalars. YAML is read with the failsafe schema,
 * so `PORT: 0123` or `FLAG: yes` keep their exact text. Values must not be empty.
 * Lines: the value is everything after the first `=`, with the line's surrounding whitespace trimmed.
 * YAML: a `|` block keeps its final newline (as YAML says); use `|-` to drop it.
 */
export function parseSecretValues(input: string, raw: string): Map<string, string> {
  const lines = raw.split(/\r?\n/);
  if (lines.every(isBlankOrComment)) return new Map();
  const notLine = lines.findIndex((line) => !isBlankOrComment(line) && !LINE.test(line));
  return notLine === -1 ? parseValueLines(input, lines) : parseYamlMap(input, raw, notLine + 1);
}

function parseValueLines(input: string, lines: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  lines.forEach((line, index) => {
    if (isBlankOrComment(line)) return;
    const trimmed = line.trim();
    const at = trimmed.indexOf('=');
    const name = checkSecretName(input, trimmed.slice(0, at).trim());
    if (map.has(name))
      throw new ConfigurationError(`secret ${name} is given twice (line ${index + 1})`, input);
    const value = trimmed.slice(at + 1);
    if (value === '')
      throw new ConfigurationError(`secret ${name} has an empty value (line ${index + 1})`, input);
    map.set(name, value);
  });
  return map;
}

function parseYamlMap(input: string, raw: string, notLine: number): Map<string, string> {
  // linePos is only filled in with prettyErrors; the pretty message itself is never shown.
  const document = parseDocument(raw, { schema: 'failsafe', uniqueKeys: true, prettyErrors: true });
  const expected = `expected NAME=value lines or a YAML mapping of NAME: value; line ${notLine} is not NAME=value and the text is not a YAML mapping either (for a multi-line value use YAML: NAME: | and the value indented below)`;
  const [first] = document.errors;
  if (first !== undefined) {
    // The parser's own message may quote the source line, which may hold a value: give the position only.
    const line = first.linePos?.[0].line;
    const duplicate = first.code === 'DUPLICATE_KEY';
    throw new ConfigurationError(
      duplicate
        ? `a secret name is given twice${line === undefined ? '' : ` (line ${line})`}`
        : `${expected}${line === undefined ? '' : `; YAML error on line ${line}`}`,
      input,
    );
  }
  const contents = document.contents;
  if (!isMap(contents)) throw new ConfigurationError(expected, input);
  const map = new Map<string, string>();
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string')
      throw new ConfigurationError(`${expected}; found a key that is not a name`, input);
    const name = checkSecretName(input, key);
    if (!isScalar(pair.value) || typeof pair.value.value !== 'string') {
      throw new ConfigurationError(
        `secret ${name} must be a string (use a | block for several lines), not a list or mapping`,
        input,
      );
    }
    if (pair.value.value === '') throw new ConfigurationError(`secret ${name} has an empty value`, input);
    map.set(name, pair.value.value);
  }
  return map;
}

/** `secret-files`: `NAME=path` lines. The shell reads the files; an empty file is its error to raise. */
export function parseSecretFiles(input: string, raw: string): Map<string, string> {
  const map = new Map<string, string>();
  raw.split(/\r?\n/).forEach((line, index) => {
    if (isBlankOrComment(line)) return;
    const trimmed = line.trim();
    const at = trimmed.indexOf('=');
    if (at <= 0) {
      throw new ConfigurationError(
        `expected NAME=path lines, got ${JSON.stringify(trimmed)} (line ${index + 1})`,
        input,
      );
    }
    const name = checkSecretName(input, trimmed.slice(0, at).trim());
    if (map.has(name))
      throw new ConfigurationError(`secret ${name} is given twice (line ${index + 1})`, input);
    const path = trimmed.slice(at + 1).trim();
    if (path === '')
      throw new ConfigurationError(`secret ${name} has no file path (line ${index + 1})`, input);
    map.set(name, path);
  });
  return map;
}

export interface SecretInputs {
  /** NAME -> value, from `secrets`. */
  values: Map<string, string>;
  /** NAME -> file path, from `secret-files`. */
  files: Map<string, string>;
}

/** Both inputs, checked together: a NAME may come from one of them only. */
export function parseSecretInputs(
  raw: { secrets: string; secretFiles: string },
  names: { secrets: string; secretFiles: string } = { secrets: 'secrets', secretFiles: 'secret-files' },
): SecretInputs {
  const values = parseSecretValues(names.secrets, raw.secrets);
  const files = parseSecretFiles(names.secretFiles, raw.secretFiles);
  for (const name of files.keys()) {
    if (values.has(name)) {
      throw new ConfigurationError(
        `secret ${name} is also given in ${names.secrets}: give it once`,
        names.secretFiles,
      );
    }
  }
  if (values.size === 0 && files.size === 0) {
    throw new ConfigurationError(
      `no secrets given: set ${names.secrets} or ${names.secretFiles}`,
      names.secrets,
    );
  }
  return { values, files };
}

/**
 * What to register with the runner's masker for one value: the value itself and each of its lines
 * (GitHub matches log lines one at a time, so a multi-line secret is only hidden line by line).
 */
export function maskParts(value: string): string[] {
  const parts = new Set<string>([value]);
  for (const line of value.split(/\r?\n/)) if (line.trim() !== '') parts.add(line.trim());
  return [...parts];
}
