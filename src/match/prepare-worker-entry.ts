/** Entry of a feature-preparation worker: compile cache first (see audit/worker-entry.ts), then the worker. */

import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./prepare-worker.ts');
