import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

export interface CliModule {
  main(argv: string[]): Promise<number>;
}

/**
 * Runs the bundled CLI with V8's code cache: the compiled code of the bundle is
 * kept in the OS temp directory after the first run, keyed by the bundle's size,
 * time and Node version, so later starts skip compiling it. A cache that cannot be
 * read or written is simply not used.
 */
export function loadBundle(file: string): CliModule {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  const cacheFile = join(tmpdir(), 'personvernsjekk', `${process.version}-${size}-${Math.floor(mtimeMs)}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // made at exit, so that it holds the functions this run compiled lazily
    process.once('exit', () => writeCache(cacheFile, () => script.createCachedData()));
  }
  const module = { exports: {} as CliModule };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

function writeCache(cacheFile: string, data: () => Buffer): void {
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, data());
    renameSync(partial, cacheFile);
  } catch {
    // a read-only or full temp directory: the next run compiles again
  }
}
