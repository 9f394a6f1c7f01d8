import { readFileSync } from 'node:fs';
import type { Finding, TrivyScan } from '../../../src/core/scan/index.ts';
import { parseTrivyReport } from '../../../src/core/scan/index.ts';

const dir = new URL('../../fixtures/trivy/', import.meta.url);

/** The real Trivy reports copied from shared/trivy-reports (see SOURCES.md there). */
export const REPORTS = [
  'alpine-39',
  'alpine-39-skip',
  'centos-7',
  'debian-stretch',
  'dockerfile',
  'fluentd-gems',
  'gomod',
  'npm',
  'npm-with-suppressed',
  'secrets',
] as const;
export type ReportName = (typeof REPORTS)[number];

export const fixtureText = (file: string): string => readFileSync(new URL(file, dir), 'utf8');
export const loadReport = (name: ReportName): TrivyScan =>
  parseTrivyReport(fixtureText(`${name}.json.golden`));

/** A small synthetic finding for table tests; real reports are used wherever shape matters. */
export const finding = (overrides: Partial<Finding> & Pick<Finding, 'id'>): Finding => ({
  class: 'vulnerability',
  severity: 'HIGH',
  target: 'app (alpine 3.20.1)',
  targetClass: 'os-pkgs',
  pkg: 'openssl',
  installed: '3.0.1-r0',
  fixed: ['3.0.2-r0'],
  title: `title of ${overrides.id}`,
  status: 'fixed',
  ...overrides,
});

/** A fixed date for every test that involves ignore-entry expiry. */
export const TODAY = new Date('2025-06-15T12:00:00Z');
