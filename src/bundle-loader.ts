import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

export interface CliModule {
  main(argv: string[]): Promise<number>;
  scannedDocuments?(): number;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundled CLI with V8's code cache: the compiled code of the bundle is
 * kept in the OS temp directory, keyed by the bundle's size, time and Node
 * version, so later starts skip compiling it. The cache is made when the process
 * exits, so that it holds the functions the run compiled as it went; a run that
 * only printed help or the version compiles few of them, so the first run that
 * scans a document writes a second, fuller cache, which later starts prefer.
 * A cache that cannot be read or written is simply not used.
 */
export function loadBundle(file: string): CliModule {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  const base = join(tmpdir(), 'personvernsjekk', `${process.version}-${size}-${Math.floor(mtimeMs)}`);
  const startCache = `${base}.v8cache`;
  const scanCache = `${base}.scan.v8cache`;
  const fromScan = readCache(scanCache);
  const cachedData = fromScan ?? readCache(startCache);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const usable = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as CliModule };
  process.once('exit', () => {
    const scanned = (module.exports.scannedDocuments?.() ?? 0) > 0;
    if (scanned && !(usable && fromScan)) writeCache(scanCache, () => script.createCachedData());
    else if (!scanned && !usable) writeCache(startCache, () => script.createCachedData());
  });
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** Caches written this long ago are removed when a new cache is written (a cache still in use is simply written again). */
const STALE_CACHE_MS = 30 * 24 * 60 * 60 * 1000;

function writeCache(cacheFile: string, data: () => Buffer): void {
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, data());
    renameSync(partial, cacheFile);
    removeStaleCaches(dirname(cacheFile));
  } catch {
    // a read-only or full temp directory: the next run compiles again
  }
}

/** Every build and every upgrade keys a new cache; the old ones would stay in the temp directory for good. */
function removeStaleCaches(dir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (!/\.v8cache(?:\.\d+)?$/.test(name)) continue;
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > STALE_CACHE_MS) unlinkSync(file);
    } catch {
      // removed by another run meanwhile
    }
  }
}
