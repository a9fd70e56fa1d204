/** The config kempt ships: good practice for a B2B CRM, and the starting point for a team's own. */

import { fileURLToPath } from 'node:url';
import { loadConfigOrThrow } from './load.ts';
import type { ResolvedConfig } from './schema.ts';

export const DEFAULT_CONFIG_PATH = fileURLToPath(
  new URL('../../../config/kempt.config.yaml', import.meta.url),
);

let cached: ResolvedConfig | undefined;

/** The shipped default config, resolved. Each call returns a fresh copy, so callers may change it. */
export function defaultConfig(): ResolvedConfig {
  cached ??= loadConfigOrThrow(DEFAULT_CONFIG_PATH);
  return structuredClone(cached);
}
