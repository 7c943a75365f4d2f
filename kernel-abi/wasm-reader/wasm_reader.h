// wasm_reader.h — a small reader for WebAssembly binary modules.
//
// Reads what tools that check or classify modules need: the type, import, function, memory and
// export sections and every custom section (name + payload). Other known sections are skipped
// by size. Any malformed input (bad magic or version, truncated or overlong LEB128, a section
// running past its size or the file, an unknown section id or type form, a known section out of
// order or repeated, a function count that differs from the code section's) is a WasmError
// naming the byte offset; so are two exports with one name and an export of a function, table,
// memory, global or tag that does not exist. The reader never reads out of bounds.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace wpk::wasm {

class WasmError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

struct FuncType {
  std::vector<std::string> params; // "i32", "i64", "f32", "f64", "v128", "funcref", "externref"
  std::vector<std::string> results;
  bool operator==(const FuncType&) const = default;
};

enum class ExternalKind : uint8_t { function = 0, table = 1, memory = 2, global = 3, tag = 4 };
const char* external_kind_name(ExternalKind kind);

struct Limits {
  uint64_t min = 0;
  std::optional<uint64_t> max;
  bool shared = false;
  bool is64 = false; // memory64 (or table64)
};

struct Import {
  std::string module;
  std::string name;
  ExternalKind kind = ExternalKind::function;
  uint32_t type_index = 0; // function and tag imports
  Limits limits;           // table and memory imports
};

struct Export {
  std::string name;
  ExternalKind kind = ExternalKind::function;
  uint32_t index = 0;
};

struct CustomSection {
  std::string name;
  std::vector<uint8_t> payload;
};

struct Module {
  std::vector<FuncType> types;
  std::vector<Import> imports;
  std::vector<uint32_t> function_type_indices; // of the functions the module defines
  std::vector<Limits> memories;                // memories the module defines
  uint32_t defined_tables = 0;  // entries of the table section (their contents are not read)
  uint32_t defined_globals = 0; // entries of the global section
  uint32_t defined_tags = 0;    // entries of the tag section
  std::vector<Export> exports;
  std::vector<CustomSection> custom_sections; // in file order
  uint64_t code_section_size = 0;             // payload bytes of the code section (0: none)
  uint64_t file_size = 0;                     // bytes of the whole module

  bool imports_function(const std::string& module, const std::string& name) const;
  bool exports_name(const std::string& name) const;
  // The first custom section with this name, or null.
  const CustomSection* custom_section(const std::string& name) const;

  // The type of function `index` in the function index space (imports first).
  std::optional<FuncType> function_type(uint32_t index) const;
  // Memory `index` in the memory index space (imports first), and whether it is imported.
  std::optional<Limits> memory(uint32_t index, bool* imported = nullptr) const;
  // Custom sections with this name, in file order.
  std::vector<const CustomSection*> custom_sections_named(const std::string& name) const;
};

Module read_module(const std::vector<uint8_t>& bytes);
// Reads the file; a missing file is a WasmError naming it.
Module read_module_file(const std::string& path);

} // namespace wpk::wasm
