#!/usr/bin/env node
// The `gantry` command: the CLI bundle built from src/cli/gantry.ts.
await import('../dist/cli/index.js');
