#!/usr/bin/env node
// The CLI is TypeScript run by Node's type stripping (Node >= 24), so there is no build step.
import { main } from '../src/channels/cli/main.ts';

process.exitCode = await main(process.argv);
