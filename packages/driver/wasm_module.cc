#include "wasm_module.h"

#include "error.h"
#include "fs_util.h"

namespace wpk {

namespace {

class Reader {
public:
  Reader(const std::string& bytes, size_t begin, size_t end, const std::string& origin)
      : bytes_(bytes), position_(begin), end_(end), origin_(origin) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw Error(origin_ + ": malformed wasm at byte " + std::to_string(position_) + ": " + what);
  }
  uint8_t byte() {
    if (position_ >= end_)
      fail("unexpected end");
    return static_cast<uint8_t>(bytes_[position_++]);
  }
  uint64_t leb() {
    uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = byte();
      value |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80))
        return value;
    }
    fail("LEB128 too long");
  }
  std::string name() {
    uint64_t length = leb();
    if (length > end_ - position_)
      fail("name runs past its section");
    std::string text = bytes_.substr(position_, length);
    position_ += length;
    return text;
  }
  void limits() {
    uint8_t flags = byte();
    leb();
    if (flags & 1)
      leb();
  }
  size_t position() const { return position_; }
  size_t end() const { return end_; }
  void skip_to(size_t position) { position_ = position; }

private:
  const std::string& bytes_;
  size_t position_;
  size_t end_;
  const std::string& origin_;
};

} // namespace

bool WasmModule::imports_function(const std::string& module, const std::string& name) const {
  for (const auto& import : imports)
    if (import.kind == 0 && import.module == module && import.name == name)
      return true;
  return false;
}

bool WasmModule::exports_name(const std::string& name) const {
  for (const auto& e : exports)
    if (e.name == name)
      return true;
  return false;
}

const WasmCustomSection* WasmModule::custom_section(const std::string& name) const {
  for (const auto& section : custom_sections)
    if (section.name == name)
      return &section;
  return nullptr;
}

bool looks_like_wasm(const std::string& bytes) {
  return bytes.size() >= 8 && bytes.compare(0, 4, std::string("\0asm", 4)) == 0;
}

WasmModule parse_wasm_module(const std::string& bytes, const std::string& origin) {
  if (!looks_like_wasm(bytes))
    throw Error(origin + ": not a WebAssembly module (bad magic)");
  if (bytes.compare(4, 4, std::string("\1\0\0\0", 4)) != 0)
    throw Error(origin + ": unsupported WebAssembly version");
  WasmModule module;
  module.file_size = bytes.size();
  Reader reader(bytes, 8, bytes.size(), origin);
  while (reader.position() < bytes.size()) {
    const uint8_t id = reader.byte();
    const uint64_t size = reader.leb();
    const size_t begin = reader.position();
    if (size > bytes.size() - begin)
      reader.fail("section " + std::to_string(id) + " runs past the end of the file");
    const size_t end = begin + size;
    Reader section(bytes, begin, end, origin);
    if (id == 0) {
      WasmCustomSection custom;
      custom.name = section.name();
      custom.payload = bytes.substr(section.position(), end - section.position());
      module.custom_sections.push_back(std::move(custom));
    } else if (id == 2) {
      for (uint64_t count = section.leb(); count > 0; --count) {
        WasmImport import;
        import.module = section.name();
        import.name = section.name();
        import.kind = section.byte();
        switch (import.kind) {
        case 0:
          section.leb();
          break;
        case 1:
          section.byte();
          section.limits();
          break;
        case 2:
          section.limits();
          break;
        case 3:
          section.byte();
          section.byte();
          break;
        case 4:
          section.byte();
          section.leb();
          break;
        default:
          section.fail("unknown import kind " + std::to_string(import.kind));
        }
        module.imports.push_back(std::move(import));
      }
    } else if (id == 7) {
      for (uint64_t count = section.leb(); count > 0; --count) {
        WasmExport e;
        e.name = section.name();
        e.kind = section.byte();
        section.leb();
        module.exports.push_back(std::move(e));
      }
    } else if (id == 10) {
      module.code_section_size = size;
    }
    reader.skip_to(end);
  }
  return module;
}

WasmModule read_wasm_module(const std::filesystem::path& file) {
  return parse_wasm_module(read_file(file), file.string());
}

} // namespace wpk
