import * as core from '@actions/core';
import { ConfigurationError } from '../core/errors.ts';
import {
  checkLine,
  checkText,
  parseBoolean,
  parseDuration,
  parseInteger,
  parseLines,
  parseList,
  parseMap,
} from '../core/inputs/parse.ts';

/**
 * Typed readers over `core.getInput`. GitHub passes an input as INPUT_<NAME> (upper-cased, spaces
 * to underscores, hyphens kept) after applying the action.yml default, so an absent input is ''.
 */

/**
 * A one-line input (a host, an image, a name): a control character anywhere, a newline included, is
 * refused naming the input, so no value can start a line of its own in the log. Returned untrimmed.
 */
export const readString = (name: string): string => {
  const value = core.getInput(name);
  checkLine(name, value);
  return value;
};

/** A multi-line input (a list, `KEY=value` lines, a key, known_hosts): tabs and line breaks only. */
export const readText = (name: string): string => checkText(name, core.getInput(name));

/** Several multi-line inputs by name, each as `readText` reads it (the strategy inputs of a deploy). */
export const readTexts = <Name extends string>(names: readonly Name[]): Record<Name, string> =>
  Object.fromEntries(names.map((name) => [name, readText(name)])) as Record<Name, string>;

/**
 * An input whose action.yml default is not empty: a composite that runs the bundle itself (the root
 * action does) sets only the INPUT_* it names, so an absent (or blank) one reads as `fallback`.
 */
export const readOr = (name: string, fallback: string): string => readString(name).trim() || fallback;

export function readRequired(name: string): string {
  const value = readString(name);
  if (value.trim() === '') throw new ConfigurationError('is required and was empty', name);
  return value;
}

export const readBoolean = (name: string, fallback: boolean): boolean => {
  const raw = readString(name);
  return raw.trim() === '' ? fallback : parseBoolean(name, raw);
};

export const readDuration = (name: string, fallback: string): number =>
  parseDuration(name, readString(name) || fallback);

export const readInteger = (
  name: string,
  fallback: number,
  bounds: { min?: number; max?: number } = {},
): number => {
  const raw = readString(name);
  return raw.trim() === '' ? fallback : parseInteger(name, raw, bounds);
};

export const readList = (name: string): string[] => parseList(name, readText(name));
/** A list input whose action.yml default is not empty (see readOr): an empty list reads as `fallback`. */
export const readListOr = (name: string, fallback: readonly string[]): string[] => {
  const given = readList(name);
  return given.length > 0 ? given : [...fallback];
};
export const readLines = (name: string): string[] => parseLines(name, readText(name));
export const readMap = (name: string): Map<string, string> => parseMap(name, readText(name));

/** What this process has already asked the runner to mask: each is asked once. */
const masked = new Set<string>();

/**
 * Masks a secret value and every line of it (the runner masks line by line). A value already
 * masked in this process is not announced again (one `::add-mask::` line per distinct value).
 */
export function mask(value: string): void {
  if (value.trim() === '') return;
  for (const form of [value, ...value.split(/\r?\n/)]) {
    if (form.trim() === '' || masked.has(form)) continue;
    masked.add(form);
    core.setSecret(form);
  }
}

/** Reads a secret input and masks it before anything else can print it (then checks it as text). */
export function readSecret(name: string): string {
  const value = core.getInput(name);
  mask(value);
  return checkText(name, value);
}
