import { hostname, userInfo } from 'node:os';

/** Who holds a deploy lock taken from the CLI, for the messages of whoever waits for it. */
export const cliLockHolder = (command: string): string => `${userInfo().username}@${hostname()} (${command})`;
