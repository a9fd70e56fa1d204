/** Entry of a feature-preparation worker: compile cache first (see io/row-worker.ts), then the worker. */

import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./prepare-worker.ts');
