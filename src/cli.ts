#!/usr/bin/env node
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CliModule } from './bundle-loader.js';

/** The one-file build of the CLI (`npm run build`), started faster than the separate modules. */
const bundle = fileURLToPath(new URL('../personvernsjekk.cjs', import.meta.url));

async function loadCli(): Promise<CliModule> {
  if (existsSync(bundle) && !process.env.PERSONVERNSJEKK_NO_BUNDLE) {
    const { loadBundle } = await import('./bundle-loader.js');
    return loadBundle(bundle);
  }
  // Node ≥ 22.1 can keep compiled module code between runs (in the OS temp directory); older Node skips this.
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  return import('./cli-program.js');
}

const { main } = await loadCli();
process.exitCode = await main(process.argv);
