// signal-origin.mjs — where a signal came from, as its siginfo reports it to an SA_SIGINFO
// handler, to sigwaitinfo/sigtimedwait and (for a child's end) to waitid.
//
// An origin is { code, pid?, uid?, status? }: si_code and the fields that go with it. The kernel
// keeps one per pending signal (process.mjs, addPending). A standard signal is not queued: while
// one is pending, another of the same number is dropped with its origin, so the first sender's
// stays, as with Linux's legacy signals. The origins, as Linux gives them:
//   kill                                SI_USER, the sender's pid and uid;
//   tkill, tgkill (raise, pthread_kill) SI_TKILL, the sender's pid and uid;
//   SIGPIPE, SIGXFSZ of a system call   SI_USER, the caller's own pid (Linux sends them as from
//                                       the caller);
//   SIGCHLD                             CLD_EXITED, CLD_KILLED or CLD_DUMPED, the child's pid and
//                                       uid, its exit status or the signal that ended it;
//   anything else (the interval timer, signals wpk-run forwards from its host)  SI_KERNEL.
// The uid is the host's: the runtime's getuid.
import { constant, encodeStruct } from './abi.mjs';

const SI_USER = constant('siginfo', 'SI_USER');
const SI_TKILL = constant('siginfo', 'SI_TKILL');
const SI_KERNEL = constant('siginfo', 'SI_KERNEL');
const CLD_EXITED = constant('siginfo', 'CLD_EXITED');
const CLD_KILLED = constant('siginfo', 'CLD_KILLED');
const CLD_DUMPED = constant('siginfo', 'CLD_DUMPED');

export const FROM_KERNEL = Object.freeze({ code: SI_KERNEL });

// A signal process `proc` sent with kill (or, `thread` true, with tkill/tgkill), or one a
// system call of `proc` raised for itself.
export function sentBy(proc, { thread = false } = {}) {
  return { code: thread ? SI_TKILL : SI_USER, pid: proc.pid, uid: process.getuid() };
}

// The SIGCHLD of a child that ended with wait status `child.waitStatus`.
export function childEnded(child) {
  const sig = child.waitStatus & 0x7f;
  const code = sig === 0 ? CLD_EXITED : child.waitStatus & 0x80 ? CLD_DUMPED : CLD_KILLED;
  return { code, pid: child.pid, uid: process.getuid(), status: sig || (child.waitStatus >> 8) & 0xff };
}

// The siginfo of signal `signo` from `origin`, laid out for `arch`; the rest is zero. Only the
// fields the origin has are written: si_pid shares its place with si_addr, si_status with
// si_value.
export function siginfoBytes(arch, signo, origin) {
  const fields = { si_signo: signo, si_code: origin.code };
  if (origin.pid !== undefined) Object.assign(fields, { si_pid: origin.pid, si_uid: origin.uid });
  if (origin.status !== undefined) fields.si_status = origin.status;
  return encodeStruct('siginfo', arch, fields);
}
