// wasm_reader_test.cc — the wasm reader on modules built byte by byte, valid and malformed.
#include "wasm_reader.h"
#include "wasm_test_builder.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace wpk::wasm {
namespace {

using test::Bytes;
using test::ModuleBuilder;

Bytes sample(bool memory64) {
  ModuleBuilder b;
  const uint32_t sys = b.type({"i32", "i64"}, {"i64"});
  const uint32_t start = b.type({}, {});
  b.import_function("wpk", "syscall", sys);
  const uint32_t f = b.function(start);
  b.memory(memory64, 2);
  b.export_("_start", 0, f);
  b.export_("memory", 2, 0);
  b.abi_version(7);
  b.custom("other", {1, 2});
  return b.build();
}

TEST(WasmReader, ReadsImportsExportsMemoryAndCustomSections) {
  const Module m = read_module(sample(false));
  ASSERT_EQ(m.types.size(), 2u);
  ASSERT_EQ(m.imports.size(), 1u);
  EXPECT_EQ(m.imports[0].module, "wpk");
  EXPECT_EQ(m.imports[0].name, "syscall");
  EXPECT_EQ(m.imports[0].kind, ExternalKind::function);
  EXPECT_EQ(m.types[m.imports[0].type_index], (FuncType{{"i32", "i64"}, {"i64"}}));
  ASSERT_EQ(m.exports.size(), 2u);
  EXPECT_EQ(m.exports[0].name, "_start");
  EXPECT_EQ(m.exports[0].index, 1u);
  EXPECT_EQ(m.function_type(1), (FuncType{{}, {}}));
  EXPECT_EQ(m.function_type(0), (FuncType{{"i32", "i64"}, {"i64"}}));
  EXPECT_FALSE(m.function_type(2).has_value());
  bool imported = true;
  auto mem = m.memory(0, &imported);
  ASSERT_TRUE(mem.has_value());
  EXPECT_FALSE(imported);
  EXPECT_FALSE(mem->is64);
  EXPECT_EQ(mem->min, 2u);
  auto version = m.custom_sections_named("wpk.abi_version");
  ASSERT_EQ(version.size(), 1u);
  EXPECT_EQ(version[0]->payload, (Bytes{7, 0, 0, 0}));
  EXPECT_EQ(m.custom_sections.size(), 2u);
}

TEST(WasmReader, AnswersLookupsAndMeasuresTheCodeSection) {
  const Bytes bytes = sample(false);
  const Module m = read_module(bytes);
  EXPECT_TRUE(m.imports_function("wpk", "syscall"));
  EXPECT_FALSE(m.imports_function("wpk", "fork"));
  EXPECT_TRUE(m.exports_name("_start"));
  EXPECT_FALSE(m.exports_name("main"));
  ASSERT_NE(m.custom_section("other"), nullptr);
  EXPECT_EQ(m.custom_section("other")->payload, (Bytes{1, 2}));
  EXPECT_EQ(m.custom_section("wpk.allocator"), nullptr);
  EXPECT_GT(m.code_section_size, 0u);
  EXPECT_LT(m.code_section_size, bytes.size());
  EXPECT_EQ(m.file_size, bytes.size());
}

TEST(WasmReader, DetectsMemory64) {
  const Module m = read_module(sample(true));
  ASSERT_TRUE(m.memory(0).has_value());
  EXPECT_TRUE(m.memory(0)->is64);
}

TEST(WasmReader, ImportedMemoryComesFirstInTheIndexSpace) {
  ModuleBuilder b;
  b.import_memory("env", "memory", true);
  const Module m = read_module(b.build());
  bool imported = false;
  ASSERT_TRUE(m.memory(0, &imported).has_value());
  EXPECT_TRUE(imported);
  EXPECT_TRUE(m.memory(0)->is64);
  EXPECT_FALSE(m.memory(1).has_value());
}

void expect_error(const Bytes& bytes, const std::string& fragment) {
  try {
    read_module(bytes);
    FAIL() << "expected a WasmError containing '" << fragment << "'";
  } catch (const WasmError& e) {
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

TEST(WasmReader, RejectsBadMagicAndVersion) {
  expect_error({}, "bad magic");
  expect_error({0x00, 0x61, 0x73, 0x6e, 1, 0, 0, 0}, "bad magic");
  expect_error({0x00, 0x61, 0x73, 0x6d, 2, 0, 0, 0}, "version");
}

// Offsets where a section ends (a module cut there is still valid).
std::vector<size_t> section_ends(const Bytes& bytes) {
  std::vector<size_t> ends;
  size_t pos = 8;
  while (pos < bytes.size()) {
    ++pos; // id
    uint64_t size = 0;
    int shift = 0;
    while (bytes[pos] & 0x80)
      size |= uint64_t{bytes[pos++] & 0x7fu} << (shift += 7, shift - 7);
    size |= uint64_t{bytes[pos++]} << shift;
    pos += size;
    ends.push_back(pos);
  }
  return ends;
}

TEST(WasmReader, RejectsEveryTruncationInsideASection) {
  const Bytes good = sample(false);
  const auto ends = section_ends(good);
  ASSERT_EQ(ends.back(), good.size());
  size_t rejected = 0;
  for (size_t length = 9; length < good.size(); ++length) {
    if (std::find(ends.begin(), ends.end(), length) != ends.end())
      continue;
    Bytes cut(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(length));
    EXPECT_THROW(read_module(cut), WasmError) << "length " << length;
    ++rejected;
  }
  EXPECT_GT(rejected, 40u);
}

TEST(WasmReader, RejectsSectionRunningPastTheFile) {
  Bytes bytes = {0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x01, 0x10, 0x00};
  expect_error(bytes, "runs past the end");
}

TEST(WasmReader, RejectsOverlongLeb) {
  Bytes bytes = {0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00};
  expect_error(bytes, "LEB128");
}

TEST(WasmReader, RejectsTrailingBytesInASection) {
  // Type section claiming 3 bytes, holding an empty vector plus two extra bytes.
  Bytes bytes = {0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x01, 0x03, 0x00, 0x00, 0x00};
  expect_error(bytes, "trailing");
}

TEST(WasmReader, RejectsUnknownSectionAndImportKind) {
  expect_error({0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x2a, 0x00}, "unknown section id 42");
  Bytes bytes = {0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0x02, 0x06, 0x01, 0x01, 'a', 0x01, 'b', 0x09};
  expect_error(bytes, "unknown import kind");
}

TEST(WasmReader, RejectsImportOfMissingType) {
  ModuleBuilder b;
  b.import_function("wpk", "fork", 3);
  expect_error(b.build(), "no such type");
}

// The sections of a module (after the header), each with its id, size and payload bytes.
std::vector<Bytes> split_sections(const Bytes& bytes) {
  std::vector<Bytes> out;
  size_t begin = 8;
  for (size_t end : section_ends(bytes)) {
    out.emplace_back(bytes.begin() + static_cast<std::ptrdiff_t>(begin),
                     bytes.begin() + static_cast<std::ptrdiff_t>(end));
    begin = end;
  }
  return out;
}

Bytes join_sections(const std::vector<Bytes>& sections) {
  Bytes out = {0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0};
  for (const auto& s : sections)
    out.insert(out.end(), s.begin(), s.end());
  return out;
}

const Bytes* section_with_id(const std::vector<Bytes>& sections, uint8_t id) {
  for (const auto& s : sections)
    if (s[0] == id)
      return &s;
  return nullptr;
}

TEST(WasmReader, RejectsDuplicateAndMisorderedSections) {
  // Each non-custom section appears at most once, in the order of the binary format; engines
  // refuse anything else, so a checker must not read such a module as if it were valid.
  const std::vector<Bytes> good = split_sections(sample(false));
  ASSERT_NO_THROW(read_module(join_sections(good)));
  for (uint8_t id : {1, 2, 3, 5, 7, 10}) {
    std::vector<Bytes> twice;
    for (const auto& s : good) {
      twice.push_back(s);
      if (s[0] == id)
        twice.push_back(s);
    }
    expect_error(join_sections(twice), "section " + std::to_string(id));
  }
  // The memory section moved before the type section.
  std::vector<Bytes> moved = {*section_with_id(good, 5)};
  for (const auto& s : good)
    if (s[0] != 5)
      moved.push_back(s);
  expect_error(join_sections(moved), "out of order");
}

TEST(WasmReader, RejectsFunctionAndCodeCountMismatch) {
  std::vector<Bytes> sections = split_sections(sample(false));
  std::vector<Bytes> no_code;
  for (const auto& s : sections)
    if (s[0] != 10)
      no_code.push_back(s);
  expect_error(join_sections(no_code), "code section");
  // A code section with two bodies for the one declared function.
  for (auto& s : sections)
    if (s[0] == 10)
      s = Bytes{10, 7, 2, 2, 0, 0x0b, 2, 0, 0x0b};
  expect_error(join_sections(sections), "code section");
}

TEST(WasmReader, RejectsDuplicateExportNamesAndDanglingExports) {
  ModuleBuilder twice;
  const uint32_t f = twice.function(twice.type({}, {}));
  twice.export_("_start", 0, f);
  twice.export_("_start", 0, f);
  expect_error(twice.build(), "duplicate export name _start");

  ModuleBuilder no_memory; // exports memory 0 but has none
  no_memory.export_("memory", 2, 0);
  expect_error(no_memory.build(), "export memory");

  ModuleBuilder tables_and_globals; // one table and one global: index 0 exists, 1 does not
  tables_and_globals.table();
  tables_and_globals.global();
  tables_and_globals.export_("__indirect_function_table", 1, 0);
  tables_and_globals.export_("answer", 3, 0);
  EXPECT_NO_THROW(read_module(tables_and_globals.build()));
  for (uint8_t kind : {1, 3, 4}) { // table, global, tag
    ModuleBuilder b = tables_and_globals;
    b.export_("dangling", kind, 1);
    expect_error(b.build(), "export dangling");
  }

  ModuleBuilder no_function; // one imported function, exports function index 1
  no_function.import_function("wpk", "fork", no_function.type({}, {"i32"}));
  no_function.export_("_start", 0, 1);
  expect_error(no_function.build(), "export _start");
}

TEST(WasmReader, MutatedModulesParseOrFailCleanly) {
  // Deterministic byte mutations of a valid module: each either parses or is a WasmError.
  const Bytes good = sample(true);
  uint32_t state = 12345;
  auto next = [&state] { return state = state * 1103515245u + 12345u; };
  size_t errors = 0;
  for (int round = 0; round < 3000; ++round) {
    Bytes bytes = good;
    for (int k = 0; k < 1 + round % 4; ++k)
      bytes[8 + next() % (bytes.size() - 8)] = static_cast<uint8_t>(next() >> 16);
    try {
      read_module(bytes);
    } catch (const WasmError&) {
      ++errors;
    }
  }
  EXPECT_GT(errors, 100u);
}

TEST(WasmReader, MissingFileIsAnError) {
  EXPECT_THROW(read_module_file("/nonexistent/file.wasm"), WasmError);
}

} // namespace
} // namespace wpk::wasm
