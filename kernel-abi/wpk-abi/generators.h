// generators.h — the files derived from the ABI definition, as text.
//
// Each generator is a pure function of (ABI, ABI_VERSION): same input, same bytes. The formats
// are pinned (consumers: the musl port reads wpk_abi.h and syscall.h.in, the Node runtime
// imports wpk_abi.mjs, `wpk-abi check` compares abi-snapshot.json with a base revision).
#pragma once

#include "abi_model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wpk::abi {

std::string generate_snapshot(const Abi& abi, int64_t abi_version);  // abi-snapshot.json
std::string generate_c_header(const Abi& abi, int64_t abi_version);  // generated/wpk_abi.h
std::string generate_syscall_table(const Abi& abi);                  // generated/syscall.h.in
std::string generate_js_module(const Abi& abi, int64_t abi_version); // generated/wpk_abi.mjs

struct GeneratedFile {
  std::string path; // relative to kernel-abi/
  std::string contents;
};
// Every file `wpk-abi update` writes and `wpk-abi check` verifies, in a fixed order.
std::vector<GeneratedFile> generate_all(const Abi& abi, int64_t abi_version);

} // namespace wpk::abi
