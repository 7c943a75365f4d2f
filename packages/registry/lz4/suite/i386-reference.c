/* The compression path of lz4 1.9.4's CLI (programs/lz4io.c: one LZ4F_compressFrame for an input
 * shorter than a block, else LZ4F_compressBegin/Update/End; the legacy format's LZ4_compress_fast
 * or LZ4_compress_HC per 8 MiB) over stdin to stdout, freestanding, so that it builds for i386
 * without a 32-bit libc: the reference for what lz4 on a 32-bit target (wasm32) writes. Built for
 * x86_64 it writes what native lz4 does (i386-reference checks that). Stubs: a bump allocator,
 * byte-loop mem* functions, read/write/exit system calls.
 * usage: i386-reference legacy LEVEL
 *        i386-reference frame LEVEL BSID INDEP BLOCKCRC STREAMCRC CONTENTSIZE [DICTSIZE]
 *        (with DICTSIZE, stdin's first DICTSIZE bytes are the dictionary of -D, at most 64 KiB) */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#define LZ4F_STATIC_LINKING_ONLY
#include "lz4.h"
#include "lz4frame.h"
#include "lz4hc.h"
#ifdef __i386__
static long sys3(long n, long a, long b, long c) {
  long r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");
  return r;
}
#define SYS_read 3
#define SYS_write 4
#define SYS_exit 1
#else
static long sys3(long n, long a, long b, long c) {
  long r;
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
  return r;
}
#define SYS_read 0
#define SYS_write 1
#define SYS_exit 60
#endif
static void quit(int s) {
  sys3(SYS_exit, s, 0, 0);
  for (;;) {
  }
}
static char arena[256 << 20];
static size_t used;
void* malloc(size_t n) {
  void* p = arena + used;
  used += (n + 15) & ~(size_t)15;
  if (used > sizeof arena)
    quit(99);
  return p;
}
void* memset(void* d, int c, size_t n) {
  volatile unsigned char* p = d;
  while (n--)
    *p++ = (unsigned char)c;
  return d;
}
void* calloc(size_t a, size_t b) {
  return memset(malloc(a * b), 0, a * b);
}
void free(void* p) {
  (void)p;
}
void* memcpy(void* d, const void* s, size_t n) {
  volatile unsigned char* q = d;
  const unsigned char* r = s;
  while (n--)
    *q++ = *r++;
  return d;
}
void* memmove(void* d, const void* s, size_t n) {
  volatile unsigned char* q = d;
  const unsigned char* r = s;
  if (q < r)
    while (n--)
      *q++ = *r++;
  else {
    q += n;
    r += n;
    while (n--)
      *--q = *--r;
  }
  return d;
}
int memcmp(const void* a, const void* b, size_t n) {
  const unsigned char *p = a, *q = b;
  for (; n; n--, p++, q++)
    if (*p != *q)
      return *p - *q;
  return 0;
}
size_t strlen(const char* s) {
  size_t n = 0;
  while (s[n])
    n++;
  return n;
}
static int num(const char* s) {
  int v = 0;
  while (*s)
    v = v * 10 + (*s++ - '0');
  return v;
}
static void out(const void* p, size_t n) {
  const char* c = p;
  while (n) {
    long w = sys3(SYS_write, 1, (long)c, (long)n);
    if (w <= 0)
      quit(3);
    c += w;
    n -= (size_t)w;
  }
}
static char* input;
static size_t inputSize, inputPos;
static size_t take(char* dst, size_t n) {
  size_t k = inputSize - inputPos < n ? inputSize - inputPos : n;
  memcpy(dst, input + inputPos, k);
  inputPos += k;
  return k;
}
static void le32(char* p, unsigned v) {
  p[0] = (char)v;
  p[1] = (char)(v >> 8);
  p[2] = (char)(v >> 16);
  p[3] = (char)(v >> 24);
}
void cstart(long* sp) {
  int argc = (int)sp[0];
  char** argv = (char**)(sp + 1);
  size_t cap = 64 << 20;
  long r;
  input = malloc(cap);
  while ((r = sys3(SYS_read, 0, (long)(input + inputSize), (long)(cap - inputSize))) > 0)
    inputSize += (size_t)r;
  if (argc >= 3 && !memcmp(argv[1], "legacy", 7)) {
    int level = num(argv[2]);
    size_t const bs = 8 << 20;
    int const ob = LZ4_compressBound((int)bs);
    char* in = malloc(bs);
    char* o = malloc((size_t)ob + 4);
    size_t n;
    le32(o, 0x184C2102);
    out(o, 4);
    while ((n = take(in, bs)) > 0) {
      int s = level < 3 ? LZ4_compress_fast(in, o + 4, (int)n, ob, 1)
                        : LZ4_compress_HC(in, o + 4, (int)n, ob, level);
      le32(o, (unsigned)s);
      out(o, (size_t)s + 4);
    }
    quit(0);
  }
  if (argc < 8)
    quit(2);
  {
    LZ4F_preferences_t prefs;
    LZ4F_cctx* ctx;
    size_t bs, dbs, n;
    char *src, *dst;
    LZ4F_CDict* cdict = NULL;
    int id = num(argv[3]);
    bs = id == 4 ? 64 << 10 : id == 5 ? 256 << 10 : id == 6 ? 1 << 20 : 4 << 20;
    LZ4F_createCompressionContext(&ctx, LZ4F_VERSION);
    src = malloc(bs);
    dbs = LZ4F_compressFrameBound(bs, NULL);
    dst = malloc(dbs);
    memset(&prefs, 0, sizeof prefs);
    prefs.autoFlush = 1;
    prefs.compressionLevel = num(argv[2]);
    prefs.frameInfo.blockMode = (LZ4F_blockMode_t)num(argv[4]);
    prefs.frameInfo.blockSizeID = (LZ4F_blockSizeID_t)id;
    prefs.frameInfo.blockChecksumFlag = (LZ4F_blockChecksum_t)num(argv[5]);
    prefs.frameInfo.contentChecksumFlag = (LZ4F_contentChecksum_t)num(argv[6]);
    if (num(argv[7]))
      prefs.frameInfo.contentSize = inputSize;
    if (argc >= 9) {
      size_t ds = (size_t)num(argv[8]);
      cdict = LZ4F_createCDict(input, ds);
      inputPos = ds;
      if (prefs.frameInfo.contentSize)
        prefs.frameInfo.contentSize -= ds;
    }
    n = take(src, bs);
    if (n < bs) {
      size_t c = LZ4F_compressFrame_usingCDict(ctx, dst, dbs, src, n, cdict, &prefs);
      if (LZ4F_isError(c))
        quit(4);
      out(dst, c);
      quit(0);
    }
    {
      size_t h = LZ4F_compressBegin_usingCDict(ctx, dst, dbs, cdict, &prefs);
      if (LZ4F_isError(h))
        quit(5);
      out(dst, h);
    }
    while (n > 0) {
      size_t c = LZ4F_compressUpdate(ctx, dst, dbs, src, n, NULL);
      if (LZ4F_isError(c))
        quit(6);
      out(dst, c);
      n = take(src, bs);
    }
    {
      size_t e = LZ4F_compressEnd(ctx, dst, dbs, NULL);
      if (LZ4F_isError(e))
        quit(7);
      out(dst, e);
    }
    quit(0);
  }
}
#ifdef __i386__
__asm__(".globl _start\n_start:\n xor %ebp,%ebp\n mov %esp,%eax\n and $-16,%esp\n sub $12,%esp\n "
        "push %eax\n call cstart\n hlt\n");
#else
__asm__(
    ".globl _start\n_start:\n xor %ebp,%ebp\n mov %rsp,%rdi\n and $-16,%rsp\n call cstart\n hlt\n");
#endif
