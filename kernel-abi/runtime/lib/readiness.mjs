// readiness.mjs — what poll, select and epoll ask of an open file description, and how they wait.
//
// fileReadiness() reads a description's readiness (files.mjs: pollIn/pollOut/pollHup/pollErr,
// pollRdHup where the file knows peer shutdown); ppoll/pselect6 (syscalls-misc.mjs) and epoll
// (epoll.mjs) all take it from here. waitForReadiness() parks the caller until a scan finds
// something, the timeout passes or a signal interrupts it, with the call's temporary signal mask.
import { Blocked, BLOCKED } from './blocking.mjs';
import { useTemporaryMask } from './syscalls-proc.mjs';

export function fileReadiness(file) {
  return { in: file.pollIn(), out: file.pollOut(), hup: file.pollHup(), err: file.pollErr(), rdhup: file.pollRdHup ? file.pollRdHup() : false };
}

// A wait of ppoll, pselect6 or epoll_pwait: with a signal mask, the mask is the calling thread's while
// it waits (so a signal it unblocks interrupts the wait with EINTR: GNU make blocks SIGCHLD and
// waits for a jobserver token in pselect with it unblocked), and the original comes back when it
// ends. `scan` gives the call's result ({ret, outs}); ret > 0 ends the wait. timeoutMs null: no
// timeout.
// `thread`: the caller (the mask is per thread).
export function waitForReadiness(thread, mask, timeoutMs, scan) {
  const restore = mask ? useTemporaryMask(thread, mask) : () => {};
  const done = (result) => {
    restore();
    return result;
  };
  return new Blocked(() => {
    const r = scan();
    return r.ret > 0 ? done(r) : BLOCKED;
  }, {
    deadline: timeoutMs === null ? null : performance.now() + timeoutMs,
    onTimeout: () => done(scan()),
    restartable: false,
  });
}
