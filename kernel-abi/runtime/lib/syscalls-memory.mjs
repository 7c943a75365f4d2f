// syscalls-memory.mjs — brk, mmap and munmap of a process on shared memory (a module importing
// `wpk.memory`): its threads share one memory map, which the kernel holds (Process.memoryMap,
// memory-map.mjs) with the shared Memory it grows. The worker fills a file mapping itself (pread
// into the address the kernel returns) and answers mprotect, madvise and the like as before. A
// module with its own memory keeps its map in its worker, which never sends these calls.
import { SysError } from './files.mjs';

function mapOf(proc) {
  if (!proc.memoryMap) throw new SysError('ENOSYS');
  return proc.memoryMap;
}

function brk(k, proc, [addr]) {
  return mapOf(proc).brk(addr);
}

function mmap(k, proc, [addr, length, prot, flags, fd, offset]) {
  const r = mapOf(proc).mmap(addr, length, prot, flags, fd, offset);
  return typeof r === 'number' ? r : r.addr;
}

function munmap(k, proc, [addr, length]) {
  return mapOf(proc).munmap(addr, length);
}

export const memorySyscalls = { brk, mmap, munmap };
