// memory-map.mjs — a process's address space: linear memory handed out by brk and mmap.
//
// Wasm memory only grows, so mmap takes pages from a free list (regions returned by munmap)
// or grows the memory; brk extends the program break only while nothing was mapped above it
// (as on Linux, where brk fails when it would run into a mapping), and the C library then falls
// back to mmap. Regions handed out again are zeroed, as anonymous mappings must be (memory grown
// for a mapping is zero already and is not touched, so its pages are not committed). The state
// is a plain object so fork can hand it to the child, whose memory is an exact copy.
//
// Who holds it: for a module that defines its own memory (single-threaded by construction) the
// process's worker (worker.mjs), which alone touches that memory. For a module that imports
// `wpk.memory` (shared; every thread of the process is an instance on it) the kernel
// (Process.memoryMap, syscalls-memory.mjs): brk/mmap/munmap of any thread then act on the one
// map, on Node's main thread, one call at a time, and the kernel can grow and read the shared
// Memory itself (fork copies it there). The fork save buffer is placed by the same code in both
// cases (placeSaveBuffer, usedPieces).
import { anyConstant, E } from './abi.mjs';
import { growMemory } from './shared-memory.mjs';

const WASM_PAGE = 65536;
const GRAIN = 4096;
const roundUp = (n, k) => Math.ceil(n / k) * k;

export class MemoryMap {
  constructor(memory, state) {
    this.memory = memory;
    this.state = state ? structuredClone(state) : { brk: null, brkEndsAtTop: true, free: [] };
    this.MAP_FIXED = anyConstant('MAP_FIXED');
    this.MAP_ANONYMOUS = anyConstant('MAP_ANONYMOUS');
  }

  top() {
    return this.memory.buffer.byteLength;
  }

  // Grows memory so that it covers `end`; false when the module's maximum forbids it.
  growTo(end) {
    const need = end - this.top();
    if (need <= 0) return true;
    try {
      growMemory(this.memory, Math.ceil(need / WASM_PAGE));
      return true;
    } catch {
      return false;
    }
  }

  // Grows memory by `bytes` (whole pages) and returns the start of the new pages, or null when the
  // maximum forbids it. memory.grow returns the old size atomically, so the new pages are the
  // caller's even when another thread grows the shared memory at the same time (the C library's
  // allocator grows memory itself); top() read before growing could be stale.
  growFresh(bytes) {
    try {
      return growMemory(this.memory, Math.ceil(bytes / WASM_PAGE)) * WASM_PAGE;
    } catch {
      return null;
    }
  }

  brk(addr) {
    const s = this.state;
    if (s.brk === null) s.brk = this.top();
    if (addr === 0 || addr < s.brk) return s.brk;
    if (addr <= this.top() && s.brkEndsAtTop) {
      s.brk = addr;
      return addr;
    }
    if (!s.brkEndsAtTop || !this.growTo(addr)) return s.brk;
    s.brk = addr;
    return addr;
  }

  // Returns {addr} (plus fileFd/offset/length for a file mapping the caller must fill) or -errno.
  mmap(addr, length, prot, flags, fd, offset) {
    if (length === 0) return -E.EINVAL;
    const len = roundUp(length, GRAIN);
    const fixed = this.MAP_FIXED !== undefined && (flags & this.MAP_FIXED) !== 0;
    const anonymous = this.MAP_ANONYMOUS !== undefined && (flags & this.MAP_ANONYMOUS) !== 0;
    const oldTop = this.top(); // memory grown by this call is zero already: not filled (or committed)
    let at;
    if (fixed) {
      if (addr % GRAIN !== 0) return -E.EINVAL;
      if (!this.growTo(addr + len)) return -E.ENOMEM;
      this.carve(addr, len);
      at = addr;
    } else {
      at = this.takeFree(len);
      if (at === null) {
        const fresh = roundUp(len, WASM_PAGE);
        at = this.growFresh(fresh);
        if (at === null) return -E.ENOMEM;
        if (fresh > len) this.release(at + len, fresh - len);
        this.state.brkEndsAtTop = false;
      }
    }
    const used = Math.min(at + len, oldTop) - at; // the part that was memory before this call
    if (used > 0) new Uint8Array(this.memory.buffer, at, used).fill(0);
    if (!anonymous) return { addr: at, fileFd: fd, offset, length };
    return { addr: at };
  }

  munmap(addr, length) {
    if (addr % GRAIN !== 0 || length === 0) return -E.EINVAL;
    this.release(addr, roundUp(length, GRAIN));
    return 0;
  }

  // Internal allocation for the runtime's own buffers (fork save area).
  allocate(length) {
    const r = this.mmap(0, length, 0, this.MAP_ANONYMOUS, -1, 0);
    return typeof r === 'number' ? null : r.addr;
  }

  takeFree(len) {
    const free = this.state.free;
    for (let i = 0; i < free.length; i++) {
      const [a, n] = free[i];
      if (n >= len) {
        if (n === len) free.splice(i, 1);
        else free[i] = [a + len, n - len];
        return a;
      }
    }
    return null;
  }

  // Removes [addr, addr+len) from the free list (a fixed mapping over free space).
  carve(addr, len) {
    const out = [];
    for (const [a, n] of this.state.free) {
      const e = a + n;
      if (e <= addr || a >= addr + len) out.push([a, n]);
      else {
        if (a < addr) out.push([a, addr - a]);
        if (e > addr + len) out.push([addr + len, e - addr - len]);
      }
    }
    this.state.free = out;
  }

  // The free region at the top of linear memory: its start, or the top when the top is in use.
  freeTail() {
    const top = this.top();
    const free = this.state.free;
    const last = free[free.length - 1];
    return last && last[0] + last[1] === top ? last[0] : top;
  }

  // Where a fork save buffer of `bytes` goes (fork-driver.mjs): the first free region that holds
  // it, else the start of the free tail, growing memory so that the tail holds that much (or as
  // much as the module's maximum allows; the new pages join the free tail, and brk no longer ends
  // at the top, as after an mmap there). On wasm32 the buffer stops 8 bytes short of 4 GiB so
  // that its limit (start + size) stays an address. Returns {buffer, bufferBytes} or null (no
  // room for even a header).
  placeSaveBuffer(bytes, wide) {
    const header = wide ? 16 : 8;
    const within = (start, n) => (wide ? n : Math.min(n, 2 ** 32 - 8 - start));
    const fit = this.state.free.find(([, n]) => n >= bytes);
    if (fit) return { buffer: fit[0], bufferBytes: within(fit[0], bytes) };
    let start = this.freeTail();
    const top = this.top();
    if (top - start < bytes) {
      // Grow by what the tail lacks, or by half of it, and so on, while the maximum refuses.
      for (let want = roundUp(bytes - (top - start), WASM_PAGE); want >= WASM_PAGE; want = roundUp(Math.floor(want / 2), WASM_PAGE)) {
        const at = this.growFresh(want);
        if (at !== null) {
          this.release(at, want); // joins the free tail unless another thread grew memory meanwhile
          this.state.brkEndsAtTop = false;
          if (at !== top) start = at;
          break;
        }
        if (want === WASM_PAGE) break;
      }
    }
    const region = this.state.free.find(([a]) => a === start);
    const room = within(start, region ? region[1] : 0);
    if (room < 2 * header) return null;
    return { buffer: start, bufferBytes: Math.min(room, bytes) };
  }

  // The ranges [from, to) of linear memory a fork child needs: all but the free regions of
  // 64 KiB and more, with the saved frames [buffer, frameEnd) put back (they lie in one free
  // region: the save buffer never extends past its region).
  usedPieces(buffer, frameEnd) {
    const holes = this.state.free.filter(([, n]) => n >= WASM_PAGE).map(([a, n]) => [a, a + n]);
    const pieces = [];
    let at = 0;
    for (const [a, e] of holes) {
      if (a > at) pieces.push([at, a]);
      if (a <= buffer && buffer < e) pieces.push([buffer, Math.min(e, frameEnd)]);
      at = Math.max(at, e);
    }
    const size = this.top();
    if (size > at) pieces.push([at, size]);
    return pieces.filter(([f, t]) => t > f);
  }

  release(addr, len) {
    this.carve(addr, len);
    const free = this.state.free;
    free.push([addr, len]);
    free.sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const r of free) {
      const last = merged[merged.length - 1];
      if (last && last[0] + last[1] === r[0]) last[1] += r[1];
      else merged.push([r[0], r[1]]);
    }
    this.state.free = merged;
  }
}
