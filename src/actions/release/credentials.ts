import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { Target } from '../../core/config/model.ts';
import { parseKubeconfig } from '../../core/kubernetes/kubeconfig.ts';
import { runnerTemp } from '../../runtime/connection.ts';
import type { Credentials } from './inputs.ts';

/** A private folder holding the credentials the inputs gave, and the target that reads them. */
export interface CredentialFiles {
  target: Target;
  remove(): void;
}

/**
 * Writes each credential input to a file of its own (mode 0600, in a 0700 folder under RUNNER_TEMP)
 * and points the target at it: ssh-key and kubeconfig (workflow secrets) take the place of the
 * file's ssh-key-file and kubeconfig, which name files on an operator's machine.
 */
export function writeCredentials(target: Target, credentials: Credentials): CredentialFiles {
  const dir = mkdtempSync(path.join(runnerTemp(), 'gantry-release-'));
  chmodSync(dir, 0o700);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, content.endsWith('\n') ? content : `${content}\n`, { mode: 0o600 });
    return file;
  };
  core.saveState('credentials-dir', dir);
  if (target.kind === 'swarm') {
    const sshKeyFile =
      credentials.sshKey.trim() === '' ? target.sshKeyFile : write('ssh-key', credentials.sshKey);
    const knownHostsFile =
      credentials.knownHosts.trim() === ''
        ? target.knownHostsFile
        : write('known_hosts', credentials.knownHosts);
    return { target: { ...target, sshKeyFile, knownHostsFile }, remove };
  }
  const kubeconfig =
    credentials.kubeconfig.trim() === ''
      ? target.kubeconfig
      : write('kubeconfig', parseKubeconfig(credentials.kubeconfig).text);
  return { target: { ...target, kubeconfig }, remove };
}

/** The post step: the folder is gone even when the main step was killed. */
export function removeCredentialsFromState(): void {
  const dir = core.getState('credentials-dir');
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
}
