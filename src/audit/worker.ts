/**
 * An audit worker thread: analyses batches of rows and folds them into its own accumulator; sends
 * back only each row's duplicate keys (the duplicate count needs the whole file in order), and its
 * accumulator state when asked to finish.
 */

import { parentPort, workerData } from 'node:worker_threads';
import type { ContactField } from '../record/fields.ts';
import { mapColumns } from '../record/mapping.ts';
import type { Channel, ResolvedConfig } from '../rules/config/index.ts';
import { rowFolder } from './fold.ts';

export interface WorkerInit {
  header: string[];
  overrides: [ContactField, number][];
  now: number;
  staleMonths: number;
  /** The resolved config (plain data: it crosses the thread boundary as a structured clone). */
  config: ResolvedConfig;
  channel: Channel;
}

export type WorkerRequest =
  | { kind: 'batch'; seq: number; rows: number[]; cells: string[][] }
  | { kind: 'finish' };

const init = workerData as WorkerInit;
const map = mapColumns(init.header, new Map(init.overrides));
const now = new Date(init.now);
const folder = rowFolder(map, {
  now,
  staleMonths: init.staleMonths,
  config: init.config,
  channel: init.channel,
});

parentPort!.on('message', (msg: WorkerRequest) => {
  if (msg.kind === 'finish') {
    parentPort!.postMessage({ kind: 'state', state: folder.state });
    return;
  }
  const keys = folder.fold(msg.rows, msg.cells);
  parentPort!.postMessage({ kind: 'keys', seq: msg.seq, rows: msg.rows, keys });
});
