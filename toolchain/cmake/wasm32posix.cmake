# CMake toolchain file: wasm32 (ILP32) programs against the wpk musl sysroot.
set(WPK_TOOLCHAIN_ARCH wasm32)
include("${CMAKE_CURRENT_LIST_DIR}/wasm-common.cmake")
