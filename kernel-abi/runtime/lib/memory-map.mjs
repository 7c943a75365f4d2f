// memory-map.mjs — a process's address space: linear memory handed out by brk and mmap.
//
// Wasm memory only grows, so mmap takes pages from a free list (regions returned by munmap)
// or grows the memory; brk extends the program break only while nothing was mapped above it
// (as on Linux, where brk fails when it would run into a mapping), and the C library then falls
// back to mmap. Regions handed out again are zeroed, as anonymous mappings must be (memory grown
// for a mapping is zero already and is not touched, so its pages are not committed). The state
// is a plain object so fork can hand it to the child, whose memory is an exact copy.
import { anyConstant, E } from './abi.mjs';

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
      this.memory.grow(Math.ceil(need / WASM_PAGE));
      return true;
    } catch {
      return false;
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
        at = this.top();
        if (!this.growTo(at + roundUp(len, WASM_PAGE))) return -E.ENOMEM;
        const rest = this.top() - (at + len);
        if (rest > 0) this.release(at + len, rest);
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
