import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../core/errors.ts';
import {
  checkSecretStack,
  parseSecretInputs,
  parseVersionMode,
  type VersionMode,
} from '../../core/secrets/index.ts';
import { mask, readBoolean, readRequired, readString, readText } from '../../runtime/inputs.ts';
import { readTargetConnection, type TargetConnection } from '../../runtime/kubernetes-connection.ts';
import { workspacePath } from '../../runtime/workspace.ts';

export interface SecretsInputs {
  connection: TargetConnection;
  stack: string;
  mode: VersionMode;
  values: Map<string, string | Uint8Array>;
  dryRun: boolean;
}

/** Masks a value in every form a log could show it: as is, line by line, base64, JSON-escaped. */
export function maskValue(value: string | Uint8Array): void {
  const text = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
  mask(text);
  mask(Buffer.from(value).toString('base64'));
  mask(JSON.stringify(text).slice(1, -1));
}

export function readSecretsInputs(): SecretsInputs {
  // The values first: masked before anything else can print them.
  const raw = { secrets: readText('secrets'), secretFiles: readText('secret-files') };
  mask(raw.secrets);
  const parsed = parseSecretInputs(raw);
  for (const value of parsed.values.values()) maskValue(value);
  const values = new Map<string, string | Uint8Array>(parsed.values);
  for (const [name, file] of parsed.files) {
    let content: Buffer;
    try {
      content = readFileSync(workspacePath('secret-files', file));
    } catch (error) {
      throw new ConfigurationError(
        `cannot read ${file} for ${name} (${(error as NodeJS.ErrnoException).code})`,
        'secret-files',
      );
    }
    if (content.length === 0) throw new ConfigurationError(`${file} (for ${name}) is empty`, 'secret-files');
    maskValue(content);
    values.set(name, content);
  }
  // The stack names every secret: a bad one is refused before the connection inputs are read.
  const stack = checkSecretStack('stack', readRequired('stack'));
  return {
    connection: readTargetConnection(),
    stack,
    mode: parseVersionMode('version', readString('version') || 'content'),
    values,
    dryRun: readBoolean('dry-run', false),
  };
}
