import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One fault test's figures for `npm run faults` (bench/faults.ts), written to
 * bench/results/faults/<id>.json only when GANTRY_FAULT_RECORDS is set (the faults script sets it;
 * an ordinary e2e run leaves the checkout alone).
 */
export interface FaultRecord {
  /** File name and row key: fault2-ssh-drop, … */
  id: string;
  fault: string;
  injected: string;
  verdict: string;
  timeToVerdictMs: number;
  /** Requests answered / sent by a loop outside the deploy, through the fault; absent when no app serves. */
  availability?: { answered: number; sent: number };
  /** Locks, temp files, credentials found after the run: must be empty. */
  leftBehind: string[];
}

export const FAULT_RECORDS_DIR = path.resolve(import.meta.dirname, '../../../bench/results/faults');

export function writeFaultRecord(record: FaultRecord): void {
  if (!process.env.GANTRY_FAULT_RECORDS) return;
  mkdirSync(FAULT_RECORDS_DIR, { recursive: true });
  writeFileSync(
    path.join(FAULT_RECORDS_DIR, `${record.id}.json`),
    `${JSON.stringify({ ...record, at: new Date().toISOString() }, null, 2)}\n`,
  );
}
