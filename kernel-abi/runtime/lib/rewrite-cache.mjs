// rewrite-cache.mjs — keeps the load-time rewrites of programs (module-rewrite.mjs) on disk, so
// that a run loads a program it has seen before without rewriting it again.
//
// Why. Rewriting is most of what starting a program costs: coreutils' 1.6 MB module takes about
// 75 ms to rewrite in a fresh process and mariadbd's 16 MB about 290 ms, while compiling either
// (lazily) takes a few. Every wpk-run is a fresh process, so every test, every script run by a
// harness and every benchmark run paid it again.
//
// An entry. Its key is the sha256 of: the entry format, the sha256 of the runtime's own sources
// (lib/*.mjs, so a changed transform, decoder or kernel never meets an entry it did not write),
// what the caller says about the rewrite (the transforms and their options), and the sha256 of
// the program's bytes. The file `<dir>/<key>.wasm` holds a header line, the format and a JSON
// object with the names of the transforms that changed the module and the length of what
// follows, then the rewritten bytes (none when no transform changed the module: the program's
// own bytes are used). A read checks the format and the length; an entry that fails that is
// removed and counts as not there, and so is one whose bytes the engine refuses to compile
// (kernel.mjs loadModule then rewrites the program again).
//
// Invariants. An entry is written to a temporary file in the same directory and renamed into
// place, so a reader sees a whole entry or none, and runs that write the same entry at once
// leave one. The cache is an optimisation only: any failure to read, write or prune it (a full
// disk, a read-only directory) leaves the run to rewrite the program as it would without a cache.
// Using an entry sets its modification time, and after each write the least recently used
// entries go until the directory holds at most `maxBytes`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 'wpk-rewrite-cache 1';
export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
// A temporary file older than this is what a killed writer left behind.
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

let runtimeVersion = null;

// The sha256 of the runtime's sources (lib/*.mjs in name order), read once per process.
export function runtimeSourceVersion() {
  if (runtimeVersion === null) {
    const lib = path.dirname(fileURLToPath(import.meta.url));
    const hash = crypto.createHash('sha256');
    for (const name of fs.readdirSync(lib).filter((n) => n.endsWith('.mjs')).sort()) {
      hash.update(`${name}\0`);
      hash.update(fs.readFileSync(path.join(lib, name)));
      hash.update('\0');
    }
    runtimeVersion = hash.digest('hex');
  }
  return runtimeVersion;
}

export class RewriteCache {
  // dir: where the entries live (made when the first one is written); version: what the entries'
  // writer was (runtimeSourceVersion() unless a test says otherwise).
  constructor(dir, { maxBytes = DEFAULT_MAX_BYTES, version = runtimeSourceVersion() } = {}) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.version = version;
  }

  // The entry's key: `rewrite` describes the rewrite (transform names and options), `bytes` are
  // the program's.
  key(rewrite, bytes) {
    const program = crypto.createHash('sha256').update(bytes).digest('hex');
    return crypto.createHash('sha256').update(`${FORMAT}\n${this.version}\n${rewrite}\n${program}`).digest('hex');
  }

  // { bytes, applied } of the entry, or null. `original` stands for the program when the entry
  // says no transform changed it.
  get(key, original) {
    const file = this.entryPath(key);
    let data;
    try {
      data = fs.readFileSync(file);
    } catch {
      return null;
    }
    const entry = parseEntry(data, original);
    if (!entry) {
      removeQuietly(file);
      return null;
    }
    const now = new Date();
    try {
      fs.utimesSync(file, now, now);
    } catch {
      // another run pruned it meanwhile: the bytes read are still good
    }
    return entry;
  }

  // Writes the entry for `key`: what rewriteModule returned for the program `original`.
  put(key, { bytes, applied }, original) {
    const payload = applied.length === 0 && bytes === original ? Buffer.alloc(0) : bytes;
    const header = Buffer.from(`${FORMAT} ${JSON.stringify({ applied, length: payload.length })}\n`);
    const file = this.entryPath(key);
    const temporary = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(temporary, Buffer.concat([header, payload]), { flag: 'wx', mode: 0o644 });
      fs.renameSync(temporary, file);
    } catch {
      removeQuietly(temporary);
      return;
    }
    this.prune();
  }

  // Removes the least recently used entries until the rest fit in maxBytes, and temporary files
  // left by writers that did not finish.
  prune() {
    let names;
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return;
    }
    const entries = [];
    const now = Date.now();
    for (const name of names) {
      const file = path.join(this.dir, name);
      let st;
      try {
        st = fs.statSync(file);
      } catch {
        continue;
      }
      if (name.endsWith('.tmp')) {
        if (now - st.mtimeMs > STALE_TEMPORARY_MS) removeQuietly(file);
      } else if (name.endsWith('.wasm')) {
        entries.push({ file, size: st.size, used: st.mtimeMs });
      }
    }
    let total = entries.reduce((sum, e) => sum + e.size, 0);
    entries.sort((a, b) => a.used - b.used || (a.file < b.file ? -1 : 1));
    for (const e of entries) {
      if (total <= this.maxBytes) break;
      removeQuietly(e.file);
      total -= e.size;
    }
  }

  // Removes the entry for `key` (one the engine refused).
  remove(key) {
    removeQuietly(this.entryPath(key));
  }

  entryPath(key) {
    return path.join(this.dir, `${key}.wasm`);
  }
}

function parseEntry(data, original) {
  const newline = data.indexOf(0x0a);
  if (newline < 0) return null;
  const line = data.subarray(0, newline).toString();
  if (!line.startsWith(`${FORMAT} `)) return null;
  let meta;
  try {
    meta = JSON.parse(line.slice(FORMAT.length + 1));
  } catch {
    return null;
  }
  const { applied, length } = meta;
  if (!Array.isArray(applied) || !applied.every((a) => typeof a === 'string') || !Number.isInteger(length)) return null;
  const payload = data.subarray(newline + 1);
  if (payload.length !== length) return null;
  if (length === 0) return applied.length === 0 ? { bytes: original, applied } : null;
  return { bytes: payload, applied };
}

function removeQuietly(file) {
  try {
    fs.unlinkSync(file);
  } catch {
    // gone already, or not ours to remove: either way not an error of the run
  }
}

// The cache a run uses, from its environment, or null for none:
//   WPK_RUN_MODULE_CACHE=0        none;
//   WPK_RUN_MODULE_CACHE=DIR      DIR;
//   otherwise                     $WPK_CACHE/run-modules, or, without WPK_CACHE, run-modules next
//                                 to the node-engine folder the checkout's engine/node links to
//                                 (the test harnesses run programs with HOME=/ and no
//                                 WPK_CACHE), or none.
// WPK_RUN_MODULE_CACHE_MAX_MB bounds its size in MiB (default 1024); a value that is not a whole
// number throws CacheSettingError.
export function cacheFromEnvironment(env = process.env) {
  const setting = env.WPK_RUN_MODULE_CACHE;
  if (setting === '0') return null;
  let maxBytes = DEFAULT_MAX_BYTES;
  const megabytes = env.WPK_RUN_MODULE_CACHE_MAX_MB;
  if (megabytes !== undefined) {
    if (!/^[0-9]+$/.test(megabytes)) throw new CacheSettingError(`WPK_RUN_MODULE_CACHE_MAX_MB=${megabytes}: expected a whole number of MiB`);
    maxBytes = Number(megabytes) * 1024 * 1024;
  }
  const dir = setting || (env.WPK_CACHE ? path.join(env.WPK_CACHE, 'run-modules') : engineCacheDir());
  return dir ? new RewriteCache(path.resolve(dir), { maxBytes }) : null;
}

export class CacheSettingError extends Error {}

function engineCacheDir() {
  const link = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'engine', 'node');
  let target;
  try {
    target = fs.readlinkSync(link);
  } catch {
    return null;
  }
  const marker = `${path.sep}node-engine${path.sep}`;
  const at = target.lastIndexOf(marker);
  return at < 0 ? null : path.join(target.slice(0, at), 'run-modules');
}
