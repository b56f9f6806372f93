#!/usr/bin/env node
import module from 'node:module';

// Node ≥ 22.1 can keep compiled module code between runs (in the OS temp directory) instead of compiling it at every start; older Node skips this.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main } = await import('./cli-program.js');
process.exitCode = await main(process.argv);
