// kernel-symbols.mjs — markers shared by the kernel and its syscall tables.
// NO_REPLY: the handler ended or replaced the calling process; nothing is sent back.
export const NO_REPLY = Symbol('no reply');
