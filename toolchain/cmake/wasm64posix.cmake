# CMake toolchain file: wasm64 (LP64, memory64) programs against the wpk musl sysroot.
set(WPK_TOOLCHAIN_ARCH wasm64)
include("${CMAKE_CURRENT_LIST_DIR}/wasm-common.cmake")
