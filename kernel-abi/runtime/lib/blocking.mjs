// blocking.mjs — how a syscall handler says "not yet".
//
// A handler that cannot complete returns a Blocked; the kernel parks the caller and runs
// retry() again whenever its state changes, until retry() returns a result instead of BLOCKED,
// the deadline (a performance.now() timestamp, monotonic) passes (onTimeout() gives the result), or a signal
// handler must run (the call fails with EINTR, or restarts under SA_RESTART when restartable;
// when partial() gives a result, the call made progress before the signal and returns that;
// interruptedOuts() gives the out buffers of the EINTR reply, e.g. nanosleep's remaining time).
export const BLOCKED = Symbol('still blocked');

export class Blocked {
  constructor(retry, { deadline = null, onTimeout = () => 0, restartable = true, onInterrupt = null, partial = () => null, interruptedOuts = () => [] } = {}) {
    Object.assign(this, { retry, deadline, onTimeout, restartable, onInterrupt, partial, interruptedOuts });
  }
}
