// wasm_reader.cc — see wasm_reader.h.
//
// A Cursor walks a byte range and checks every read against its end; sections get their own
// sub-cursor so that a section that claims more bytes than it holds, or holds more bytes than
// its entries use, is an error rather than a silent misread.
#include "wasm_reader.h"

#include <fstream>
#include <iterator>
#include <set>

namespace wpk::wasm {
namespace {

class Cursor {
public:
  Cursor(const std::vector<uint8_t>& bytes, size_t begin, size_t end)
      : bytes_(bytes), pos_(begin), end_(end) {}

  size_t pos() const { return pos_; }
  size_t end() const { return end_; }
  bool at_end() const { return pos_ == end_; }

  [[noreturn]] void fail(const std::string& message) const { fail_at(pos_, message); }
  [[noreturn]] static void fail_at(size_t offset, const std::string& message) {
    throw WasmError("offset " + std::to_string(offset) + ": " + message);
  }

  uint8_t byte(const char* what) {
    if (pos_ >= end_)
      fail(std::string("unexpected end while reading ") + what);
    return bytes_[pos_++];
  }

  uint64_t leb_u(int bits, const char* what) {
    const size_t start = pos_;
    uint64_t result = 0;
    int shift = 0;
    for (;;) {
      const uint8_t b = byte(what);
      if (shift >= bits || (shift + 7 > bits && (b & 0x7f) >> (bits - shift)) != 0)
        fail_at(start, std::string("LEB128 ") + what + " is too long or out of range");
      result |= static_cast<uint64_t>(b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80))
        return result;
    }
  }
  uint32_t u32(const char* what) { return static_cast<uint32_t>(leb_u(32, what)); }

  std::string name(const char* what) {
    const uint32_t length = u32(what);
    if (length > end_ - pos_)
      fail(std::string(what) + " runs past the end of its section");
    std::string out(bytes_.begin() + static_cast<std::ptrdiff_t>(pos_),
                    bytes_.begin() + static_cast<std::ptrdiff_t>(pos_ + length));
    pos_ += length;
    return out;
  }

  Cursor sub(size_t length, const char* what) {
    if (length > end_ - pos_)
      fail(std::string(what) + " runs past the end of the module");
    Cursor c(bytes_, pos_, pos_ + length);
    pos_ += length;
    return c;
  }

  // Entries of a vector are bounded by the bytes left (each takes at least one byte).
  uint32_t count(const char* what) {
    const uint32_t n = u32(what);
    if (n > end_ - pos_)
      fail(std::string(what) + " count exceeds the section size");
    return n;
  }

  std::vector<uint8_t> rest() {
    std::vector<uint8_t> out(bytes_.begin() + static_cast<std::ptrdiff_t>(pos_),
                             bytes_.begin() + static_cast<std::ptrdiff_t>(end_));
    pos_ = end_;
    return out;
  }

private:
  const std::vector<uint8_t>& bytes_;
  size_t pos_;
  size_t end_;
};

std::string value_type(Cursor& c) {
  const size_t at = c.pos();
  switch (c.byte("value type")) {
  case 0x7f:
    return "i32";
  case 0x7e:
    return "i64";
  case 0x7d:
    return "f32";
  case 0x7c:
    return "f64";
  case 0x7b:
    return "v128";
  case 0x70:
    return "funcref";
  case 0x6f:
    return "externref";
  default:
    Cursor::fail_at(at, "unknown value type");
  }
}

Limits limits(Cursor& c) {
  const size_t at = c.pos();
  const uint8_t flags = c.byte("limits flags");
  if (flags & ~0x07u)
    Cursor::fail_at(at, "unknown limits flags");
  Limits l;
  l.shared = flags & 0x02;
  l.is64 = flags & 0x04;
  const int bits = l.is64 ? 64 : 32;
  l.min = c.leb_u(bits, "limits minimum");
  if (flags & 0x01)
    l.max = c.leb_u(bits, "limits maximum");
  return l;
}

void read_types(Cursor& c, Module& m) {
  for (uint32_t n = c.count("type"), i = 0; i < n; ++i) {
    const size_t at = c.pos();
    if (c.byte("type form") != 0x60)
      Cursor::fail_at(at, "unsupported type form (only function types are read)");
    FuncType t;
    for (uint32_t k = 0, np = c.count("parameter"); k < np; ++k)
      t.params.push_back(value_type(c));
    for (uint32_t k = 0, nr = c.count("result"); k < nr; ++k)
      t.results.push_back(value_type(c));
    m.types.push_back(std::move(t));
  }
}

void read_imports(Cursor& c, Module& m) {
  for (uint32_t n = c.count("import"), i = 0; i < n; ++i) {
    Import imp;
    imp.module = c.name("import module name");
    imp.name = c.name("import name");
    const size_t at = c.pos();
    const uint8_t kind = c.byte("import kind");
    switch (kind) {
    case 0x00:
      imp.kind = ExternalKind::function;
      imp.type_index = c.u32("function type index");
      if (imp.type_index >= m.types.size())
        Cursor::fail_at(at, "import " + imp.module + "." + imp.name + " has no such type");
      break;
    case 0x01:
      imp.kind = ExternalKind::table;
      value_type(c);
      imp.limits = limits(c);
      break;
    case 0x02:
      imp.kind = ExternalKind::memory;
      imp.limits = limits(c);
      break;
    case 0x03:
      imp.kind = ExternalKind::global;
      value_type(c);
      if (c.byte("global mutability") > 1)
        Cursor::fail_at(at, "bad global mutability");
      break;
    case 0x04:
      imp.kind = ExternalKind::tag;
      c.byte("tag attribute");
      imp.type_index = c.u32("tag type index");
      break;
    default:
      Cursor::fail_at(at, "unknown import kind");
    }
    m.imports.push_back(std::move(imp));
  }
}

void read_functions(Cursor& c, Module& m) {
  for (uint32_t n = c.count("function"), i = 0; i < n; ++i) {
    const size_t at = c.pos();
    const uint32_t t = c.u32("function type index");
    if (t >= m.types.size())
      Cursor::fail_at(at, "function type index out of range");
    m.function_type_indices.push_back(t);
  }
}

void read_memories(Cursor& c, Module& m) {
  for (uint32_t n = c.count("memory"), i = 0; i < n; ++i)
    m.memories.push_back(limits(c));
}

// How many entries of `kind` the index space holds: imports first, then the module's own.
uint64_t index_space_size(const Module& m, ExternalKind kind) {
  uint64_t n = 0;
  for (const auto& imp : m.imports)
    n += imp.kind == kind;
  switch (kind) {
  case ExternalKind::function:
    return n + m.function_type_indices.size();
  case ExternalKind::table:
    return n + m.defined_tables;
  case ExternalKind::memory:
    return n + m.memories.size();
  case ExternalKind::global:
    return n + m.defined_globals;
  case ExternalKind::tag:
    return n + m.defined_tags;
  }
  return n;
}

void read_exports(Cursor& c, Module& m) {
  std::set<std::string> names;
  for (uint32_t n = c.count("export"), i = 0; i < n; ++i) {
    Export e;
    const size_t name_at = c.pos();
    e.name = c.name("export name");
    if (!names.insert(e.name).second)
      Cursor::fail_at(name_at, "duplicate export name " + e.name);
    const size_t at = c.pos();
    const uint8_t kind = c.byte("export kind");
    if (kind > 4)
      Cursor::fail_at(at, "unknown export kind");
    e.kind = static_cast<ExternalKind>(kind);
    e.index = c.u32("export index");
    // Every section that defines something exportable precedes the export section, so the
    // index spaces are complete here.
    if (e.index >= index_space_size(m, e.kind))
      Cursor::fail_at(at, "export " + e.name + " names " + external_kind_name(e.kind) + " " +
                              std::to_string(e.index) + ", which does not exist");
    m.exports.push_back(std::move(e));
  }
}

// The position of a known section id in the order the binary format requires (the tag section,
// 13, goes between memory and global; data count, 12, before code).
int section_rank(uint8_t id) {
  static const int ranks[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};
  return id < std::size(ranks) ? ranks[id] : -1;
}

} // namespace

const char* external_kind_name(ExternalKind kind) {
  switch (kind) {
  case ExternalKind::function:
    return "function";
  case ExternalKind::table:
    return "table";
  case ExternalKind::memory:
    return "memory";
  case ExternalKind::global:
    return "global";
  case ExternalKind::tag:
    return "tag";
  }
  return "?";
}

std::optional<FuncType> Module::function_type(uint32_t index) const {
  uint32_t imported = 0;
  for (const auto& imp : imports) {
    if (imp.kind != ExternalKind::function)
      continue;
    if (imported++ == index)
      return types.at(imp.type_index);
  }
  const uint64_t local = static_cast<uint64_t>(index) - imported;
  if (index < imported || local >= function_type_indices.size())
    return std::nullopt;
  return types.at(function_type_indices[local]);
}

std::optional<Limits> Module::memory(uint32_t index, bool* imported) const {
  uint32_t n = 0;
  for (const auto& imp : imports) {
    if (imp.kind != ExternalKind::memory)
      continue;
    if (n++ == index) {
      if (imported)
        *imported = true;
      return imp.limits;
    }
  }
  if (index < n || index - n >= memories.size())
    return std::nullopt;
  if (imported)
    *imported = false;
  return memories[index - n];
}

bool Module::imports_function(const std::string& module, const std::string& name) const {
  for (const auto& i : imports)
    if (i.kind == ExternalKind::function && i.module == module && i.name == name)
      return true;
  return false;
}

bool Module::exports_name(const std::string& name) const {
  for (const auto& e : exports)
    if (e.name == name)
      return true;
  return false;
}

const CustomSection* Module::custom_section(const std::string& name) const {
  for (const auto& s : custom_sections)
    if (s.name == name)
      return &s;
  return nullptr;
}

std::vector<const CustomSection*> Module::custom_sections_named(const std::string& name) const {
  std::vector<const CustomSection*> out;
  for (const auto& s : custom_sections)
    if (s.name == name)
      out.push_back(&s);
  return out;
}

Module read_module(const std::vector<uint8_t>& bytes) {
  static const uint8_t header[8] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
  if (bytes.size() < 8 || !std::equal(header, header + 4, bytes.begin()))
    throw WasmError("offset 0: not a WebAssembly module (bad magic)");
  if (!std::equal(header + 4, header + 8, bytes.begin() + 4))
    throw WasmError("offset 4: unsupported WebAssembly version");
  Module m;
  m.file_size = bytes.size();
  Cursor file(bytes, 8, bytes.size());
  int last_rank = 0;                   // of the last non-custom section
  std::optional<uint32_t> code_bodies; // entries of the code section, when there is one
  while (!file.at_end()) {
    const size_t at = file.pos();
    const uint8_t id = file.byte("section id");
    const uint32_t size = file.u32("section size");
    Cursor section = file.sub(size, "section");
    if (id != 0 && section_rank(id) > 0) {
      if (section_rank(id) <= last_rank)
        Cursor::fail_at(at, "section " + std::to_string(id) +
                                " is out of order or appears twice (each known section "
                                "appears at most once, in the binary format's order)");
      last_rank = section_rank(id);
    }
    switch (id) {
    case 0: {
      CustomSection s;
      s.name = section.name("custom section name");
      s.payload = section.rest();
      m.custom_sections.push_back(std::move(s));
      break;
    }
    case 1:
      read_types(section, m);
      break;
    case 2:
      read_imports(section, m);
      break;
    case 3:
      read_functions(section, m);
      break;
    case 5:
      read_memories(section, m);
      break;
    case 7:
      read_exports(section, m);
      break;
    case 10:
      m.code_section_size = size;
      code_bodies = section.count("function body");
      section.rest();
      break;
    case 4: // table, global, tag: only how many (for the export indices)
      m.defined_tables = section.count("table");
      section.rest();
      break;
    case 6:
      m.defined_globals = section.count("global");
      section.rest();
      break;
    case 13:
      m.defined_tags = section.count("tag");
      section.rest();
      break;
    case 8:
    case 9:
    case 11:
    case 12:
      section.rest(); // start, element, data, data count
      break;
    default:
      Cursor::fail_at(at, "unknown section id " + std::to_string(id));
    }
    if (!section.at_end())
      Cursor::fail_at(section.pos(), "section " + std::to_string(id) + " has " +
                                         std::to_string(section.end() - section.pos()) +
                                         " unread trailing bytes");
  }
  if (code_bodies.value_or(0) != m.function_type_indices.size())
    Cursor::fail_at(file.pos(), "the function section declares " +
                                    std::to_string(m.function_type_indices.size()) +
                                    " functions but the code section has " +
                                    std::to_string(code_bodies.value_or(0)) + " bodies");
  return m;
}

Module read_module_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw WasmError(path + ": cannot read");
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
  try {
    return read_module(bytes);
  } catch (const WasmError& e) {
    throw WasmError(path + ": malformed wasm: " + e.what());
  }
}

} // namespace wpk::wasm
