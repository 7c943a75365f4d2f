# OpenSSL's own Configure (perl, run on the build machine) for a generic Linux target in C only,
# with threads (the default: pthread locks, once and thread-local keys, so libcrypto and libssl
# are safe in threaded programs such as mariadbd; Configure adds -pthread):
# linux-generic32 on wasm32 (32-bit long, BN_LLONG) and linux-generic64 on wasm64 (64-bit long,
# SIXTY_FOUR_BIT_LONG), the same data models as the two arches' ABIs. The options:
#   no-asm             no assembly for wasm; every algorithm uses its C implementation
#   no-shared no-pic   static libraries only; -fPIC would make every global access go through a
#                      GOT in a statically linked module for nothing
#   no-dso             no dlopen here, so no dynamic engines or providers (the built-in
#                      providers, default/legacy/base, are linked in)
#   no-afalgeng        the AF_ALG socket engine is the Linux kernel's crypto, not ours
#   no-secure-memory   the secure heap is mmap'ed pages with guard pages (mprotect) and mlock:
#                      wasm linear memory has neither, and it needs <linux/mman.h> (no kernel
#                      headers in the sysroot)
#   no-tests           the test programs are a long build that nothing here runs (see README)
#   --with-rand-seed=getrandom   seed only from getrandom(2), which the runtime implements
#                      (crypto.randomBytes); no /dev/urandom fallback, no EGD
# The default configuration file (openssl.cnf, which `openssl req` reads) goes to
# OPENSSLDIR=/usr/lib/ssl, as on Debian.
set -euo pipefail
case $WPK_ARCH in
  wasm32) target=linux-generic32 ;;
  wasm64) target=linux-generic64 ;;
esac
# Configure reads CC, AR and RANLIB from the environment (the toolchain wrappers) and appends
# CPPFLAGS/LDFLAGS; CFLAGS stays the target's release default (-Wall -O3). The compiler line that
# `openssl version -f` prints (crypto/buildinf.h) is CC and those flags: CC by name (the driver
# puts toolchain/bin first on PATH) and no -I/-L of the dependency root (openssl has no
# dependencies), so neither the checkout's path nor the scratch folder's (which holds the pid)
# lands in the binaries: with them, two builds of the same inputs differed.
unset CFLAGS CPPFLAGS LDFLAGS
CC=$(basename "$CC")
export CC
./Configure "$target" no-asm no-shared no-pic no-dso no-afalgeng no-secure-memory \
  no-tests --with-rand-seed=getrandom --prefix="$WPK_PREFIX" --libdir=lib \
  --openssldir="$WPK_PREFIX/lib/ssl"
# build_sw: the libraries, the engines/providers (built in) and the programs; not the manual
# pages (build_docs: thousands of pod2man runs).
make -j"$WPK_JOBS" build_sw
make install_sw install_ssldirs DESTDIR="$WPK_DESTDIR"
