// binary_sections.cpp — see binary_sections.h.
#include "binary_sections.h"

#include "instrument_error.h"

namespace wpk::instrument {

namespace {

const char* kSectionNames[] = {"custom", "type",   "import",    "function", "table",
                               "memory", "global", "export",    "start",    "element",
                               "code",   "data",   "datacount", "tag"};

struct Reader {
  const std::vector<char>& bytes;
  size_t pos = 0;

  uint8_t byte() {
    if (pos >= bytes.size()) {
      throw InstrumentError("truncated wasm binary at byte " + std::to_string(pos));
    }
    return uint8_t(bytes[pos++]);
  }
  uint64_t leb() {
    uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = byte();
      value |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) {
        return value;
      }
    }
    throw InstrumentError("malformed LEB128 at byte " + std::to_string(pos));
  }
};

} // namespace

BinaryLayout parseBinaryLayout(const std::vector<char>& bytes) {
  static const char kMagic[] = {0, 'a', 's', 'm', 1, 0, 0, 0};
  if (bytes.size() < 8 || !std::equal(kMagic, kMagic + 8, bytes.begin())) {
    throw InstrumentError("not a WebAssembly binary (bad magic or version)");
  }
  BinaryLayout layout;
  Reader reader{bytes, 8};
  while (reader.pos < bytes.size()) {
    uint8_t id = reader.byte();
    uint64_t size = reader.leb();
    size_t start = reader.pos;
    if (size > bytes.size() - start) {
      throw InstrumentError("section " + std::to_string(id) + " at byte " + std::to_string(start) +
                            " runs past the end of the file");
    }
    std::string name = id < std::size(kSectionNames) ? kSectionNames[id] : "unknown";
    if (id == 0) {
      uint64_t length = reader.leb();
      if (length > start + size - reader.pos) {
        throw InstrumentError("malformed custom section name at byte " + std::to_string(start));
      }
      std::string custom(bytes.begin() + long(reader.pos),
                         bytes.begin() + long(reader.pos + length));
      name = "custom:" + custom;
      if (custom == "name") {
        layout.hasNameSection = true;
      }
    }
    if (id == 10) {
      uint64_t count = reader.leb();
      for (uint64_t i = 0; i < count; ++i) {
        uint64_t bodySize = reader.leb();
        if (bodySize > start + size - reader.pos) {
          throw InstrumentError("function body " + std::to_string(i) + " runs past its section");
        }
        layout.functionBodyBytes.push_back(bodySize);
        reader.pos += bodySize;
      }
    }
    layout.sections.push_back({name, size});
    reader.pos = start + size;
  }
  return layout;
}

} // namespace wpk::instrument
