/* One layout for wasm32 and wasm64: the generic 64-bit Linux `struct stat` (aarch64/riscv64),
 * 128 bytes, with the padding words spelled with fixed-width types so that the ILP32 build gets
 * exactly the same offsets. The kernel fills this layout directly (see kstat.h). */
struct stat {
	dev_t st_dev;
	ino_t st_ino;
	mode_t st_mode;
	nlink_t st_nlink;
	uid_t st_uid;
	gid_t st_gid;
	dev_t st_rdev;
	unsigned long long __pad;
	off_t st_size;
	blksize_t st_blksize;
	int __pad2;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
	unsigned __unused[2];
};
