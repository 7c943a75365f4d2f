// abi_loader.h — reads the ABI definition (abi.yaml) and the snapshot (abi-snapshot.json).
//
// Both are parsed with yaml-cpp (JSON is YAML) against a closed schema: an unknown key, a value
// of the wrong type, a missing field or a dangling reference is an AbiError naming
// file:line:col. The snapshot carries only the ABI proper (no docs, no probe metadata) plus the
// ABI version; it is what abi_snapshot writes.
#pragma once

#include "abi_model.h"

#include <cstdint>
#include <string>

namespace wpk::abi {

Abi load_definition_text(const std::string& text, const std::string& file_name);
Abi load_definition_file(const std::string& path);

struct Snapshot {
  int64_t abi_version = 0;
  Abi abi;
};
Snapshot load_snapshot_text(const std::string& text, const std::string& file_name);

// Reads kernel-abi/ABI_VERSION: one positive decimal integer (and an optional newline).
int64_t parse_abi_version(const std::string& text, const std::string& file_name);

} // namespace wpk::abi
