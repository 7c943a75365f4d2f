// wasm_module.h — reads what the post-link pipeline needs from a WebAssembly binary: imports,
// exports, custom sections and section sizes. It does not decode code; malformed input is a
// wpk::Error naming the file and byte offset.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace wpk {

struct WasmImport {
  std::string module;
  std::string name;
  int kind = 0; // 0 func, 1 table, 2 memory, 3 global, 4 tag
};

struct WasmExport {
  std::string name;
  int kind = 0;
};

struct WasmCustomSection {
  std::string name;
  std::string payload;
};

struct WasmModule {
  std::vector<WasmImport> imports;
  std::vector<WasmExport> exports;
  std::vector<WasmCustomSection> custom_sections;
  uint64_t code_section_size = 0;
  uint64_t file_size = 0;

  bool imports_function(const std::string& module, const std::string& name) const;
  bool exports_name(const std::string& name) const;
  const WasmCustomSection* custom_section(const std::string& name) const;
};

bool looks_like_wasm(const std::string& bytes);
WasmModule parse_wasm_module(const std::string& bytes, const std::string& origin);
WasmModule read_wasm_module(const std::filesystem::path& file);

} // namespace wpk
