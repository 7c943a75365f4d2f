// test_support.h — helpers shared by the wpk-abi tests: a temporary directory, a minimal valid
// ABI definition, and where the real kernel-abi directory is.
#pragma once

#include <filesystem>
#include <fstream>
#include <stdlib.h>
#include <string>

namespace wpk::abi::test {

// The kernel-abi source directory (set by CMake).
inline std::string real_abi_dir() {
  return WPK_KERNEL_ABI_SOURCE_DIR;
}

class TempDir {
public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "wpk-abi-test-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& relative) const { return path_ + "/" + relative; }

private:
  std::string path_;
};

inline void write_text(const std::string& path, const std::string& text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A small but complete definition: two imports, one syscall with a struct argument, one
// struct, one constant group.
inline const char kMinimalDefinition[] = R"yaml(import_module: wpk
imports:
  syscall:
    c_prototype: "long __wpk_syscall(int, long, long, long, long, long, long)"
    params: [i32, iptr, iptr, iptr, iptr, iptr, iptr]
    results: [iptr]
  fork:
    c_prototype: "int __wpk_fork(void)"
    params: []
    results: [i32]
program:
  exports:
    _start: {kind: function, params: [], results: []}
    memory: {kind: memory}
  custom_sections:
    wpk.abi_version: {contents: abi_version_u32le}
syscalls:
  clock_gettime:
    nr: 113
    args:
      - {name: clockid, kind: int}
      - {name: tp, kind: struct_out, struct: timespec}
structs:
  timespec:
    c_type: "struct timespec"
    headers: [time.h]
    wasm32:
      size: 16
      align: 8
      fields:
        tv_sec: {offset: 0, size: 8}
        tv_nsec: {offset: 8, size: 4}
    wasm64:
      size: 16
      align: 8
      fields:
        tv_sec: {offset: 0, size: 8}
        tv_nsec: {offset: 8, size: 8}
constants:
  clock:
    headers: [time.h]
    values:
      CLOCK_MONOTONIC: 1
      CLOCK_REALTIME: 0
)yaml";

} // namespace wpk::abi::test
