# Shared part of the CMake toolchain files wasm32posix.cmake and wasm64posix.cmake.
# Expects WPK_TOOLCHAIN_ARCH (wasm32 or wasm64) to be set by the including file.
#
#   cmake -DCMAKE_TOOLCHAIN_FILE=<wpk>/toolchain/cmake/wasm32posix.cmake ...
#
# The compilers are the wrappers in toolchain/bin/, which find the sysroot themselves
# ($WPK_SYSROOT_WASM32/64, else $WPK_CACHE/toolchain/<arch>); libraries, headers and packages
# are searched only under that sysroot. Programs are static wasm modules without a file suffix,
# as with autoconf builds; shared libraries are not supported.
get_filename_component(_wpk_toolchain_dir "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(_wpk_bin "${_wpk_toolchain_dir}/bin")

set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${WPK_TOOLCHAIN_ARCH})

set(CMAKE_C_COMPILER "${_wpk_bin}/${WPK_TOOLCHAIN_ARCH}posix-cc")
set(CMAKE_CXX_COMPILER "${_wpk_bin}/${WPK_TOOLCHAIN_ARCH}posix-c++")
set(CMAKE_AR "${_wpk_bin}/${WPK_TOOLCHAIN_ARCH}posix-ar" CACHE FILEPATH "wpk archiver")
set(CMAKE_RANLIB "${_wpk_bin}/${WPK_TOOLCHAIN_ARCH}posix-ranlib" CACHE FILEPATH "wpk ranlib")
set(CMAKE_NM "${_wpk_bin}/${WPK_TOOLCHAIN_ARCH}posix-nm" CACHE FILEPATH "wpk nm")
set(CMAKE_STRIP "${_wpk_bin}/${WPK_TOOLCHAIN_ARCH}posix-strip" CACHE FILEPATH "wpk strip")
set(PKG_CONFIG_EXECUTABLE "${_wpk_bin}/${WPK_TOOLCHAIN_ARCH}posix-pkg-config"
    CACHE FILEPATH "wpk pkg-config")

string(TOUPPER "${WPK_TOOLCHAIN_ARCH}" _wpk_arch_upper)
if(DEFINED ENV{WPK_SYSROOT_${_wpk_arch_upper}})
  set(_wpk_sysroot "$ENV{WPK_SYSROOT_${_wpk_arch_upper}}")
elseif(DEFINED ENV{WPK_CACHE})
  set(_wpk_sysroot "$ENV{WPK_CACHE}/toolchain/${WPK_TOOLCHAIN_ARCH}")
else()
  set(_wpk_sysroot "$ENV{HOME}/.cache/wpk/toolchain/${WPK_TOOLCHAIN_ARCH}")
endif()
# try_compile projects re-read this file; keep the environment they need.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES WPK_TOOLCHAIN_ARCH)

set(CMAKE_FIND_ROOT_PATH "${_wpk_sysroot}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# try_run / check_c_source_runs and cross-built test programs run in the reference runtime when it
# is part of this checkout (programs that fork need the fork instrumentation first).
if(EXISTS "${_wpk_toolchain_dir}/../kernel-abi/runtime/bin/wpk-run")
  get_filename_component(_wpk_run "${_wpk_toolchain_dir}/../kernel-abi/runtime/bin/wpk-run" ABSOLUTE)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${_wpk_run}")
endif()

set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)
set(BUILD_SHARED_LIBS OFF CACHE BOOL "wasm modules are linked statically")
set(CMAKE_EXECUTABLE_SUFFIX "")
