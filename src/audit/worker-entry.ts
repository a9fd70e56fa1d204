/**
 * The audit worker's entry: the compile cache is per thread, so it is switched on here before the
 * worker loads kempt's modules (type-stripped once and then read from disk: ~850 → ~520 ms start).
 * The worker itself is worker.ts; its static imports would load before any code of its own ran.
 */

import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./worker.ts');
