# bash 5.2 for the wpk runtime: configure + make, then function-pointer cast emulation.
#
# bash calls many functions through pointers of a K&R type that does not match their definitions
# (unwind-protect cleanups are stored as `int (*)()` and called with one argument, but are
# `void f (void)`, `void f (char *)`, ...). That is harmless on native ABIs; in WebAssembly a
# call_indirect whose type differs from the callee's traps ("function signature mismatch"), so
# every bash process died on exit. Binaryen's fpcast-emu pass gives every function in the table
# (and every indirect call) one uniform signature, which makes these calls work as in C.
# That signature has i64 parameters; the runtime calls a handler of that kind with BigInt
# arguments (conformance test handler_fpcast), so the shell's SIGCHLD handler works and bash is
# built with its job control code (jobs.c): without it (nojobs.c) `set -o pipefail` was ignored
# and PIPESTATUS stayed empty.
set -euo pipefail

# Run-time probes a cross configure cannot run, answered for musl on the wpk runtime (bash's
# defaults when cross compiling are pessimistic: no sigsetjmp, broken strcoll, ...).
cache=(
  bash_cv_func_sigsetjmp=present
  bash_cv_getcwd_malloc=yes
  bash_cv_func_strcoll_broken=no
  bash_cv_printf_a_format=yes
  bash_cv_wexitstatus_offset=8
  bash_cv_unusable_rtsigs=no
  bash_cv_must_reinstall_sighandlers=no
  bash_cv_pgrp_pipe=no
  bash_cv_opendir_not_robust=no
  bash_cv_sys_named_pipes=missing
  # The runtime has /dev/fd/N (open what descriptor N refers to) and /dev/stdin, as Linux:
  # process substitution uses /dev/fd names.
  bash_cv_dev_fd=standard
  bash_cv_dev_stdin=present
  # bash 5.2 adds its own strtoimax when the C library's IS usable (an inverted test), which is
  # a duplicate symbol against a static libc; "no" keeps musl's.
  bash_cv_func_strtoimax=no
)
./configure --prefix="$WPK_PREFIX" --build=x86_64-pc-linux-gnu --host="$WPK_ARCH-unknown-linux-musl" \
  --without-bash-malloc --disable-nls "${cache[@]}" CFLAGS="-O2"
make -j"$WPK_JOBS"
make install DESTDIR="$WPK_DESTDIR"

# The module's features (exception handling, memory64 on wasm64) come from its target_features
# section; the custom sections (wpk.abi_version, wpk.allocator) are kept.
wasm-opt --fpcast-emu "$WPK_DESTDIR/usr/bin/bash" -o "$WPK_DESTDIR/usr/bin/bash.fpcast"
mv "$WPK_DESTDIR/usr/bin/bash.fpcast" "$WPK_DESTDIR/usr/bin/bash"
chmod 755 "$WPK_DESTDIR/usr/bin/bash"
