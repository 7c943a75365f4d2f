#include "debug_strip.h"

#include "error.h"

#include <string_view>

namespace wpk {

namespace {

constexpr std::string_view kWasmHeader("\0asm\x01\0\0\0", 8);
constexpr std::string_view kDebugPrefix = ".debug_";

// Reads an unsigned LEB128 of at most 32 bits at `pos`, advancing it.
uint32_t read_u32(const std::string& bytes, size_t& pos, const std::string& what) {
  uint64_t value = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (pos >= bytes.size())
      throw Error(what + ": truncated section header at byte " + std::to_string(pos));
    const auto byte = static_cast<uint8_t>(bytes[pos++]);
    value |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) {
      if (value > UINT32_MAX)
        break;
      return static_cast<uint32_t>(value);
    }
  }
  throw Error(what + ": overlong LEB128 before byte " + std::to_string(pos));
}

} // namespace

DebugStripResult strip_debug_sections(const std::string& module, const std::string& what) {
  if (module.compare(0, kWasmHeader.size(), kWasmHeader) != 0)
    throw Error(what + ": not a WebAssembly module (bad magic or version)");
  DebugStripResult result;
  result.module.reserve(module.size());
  result.module.append(kWasmHeader);
  size_t pos = kWasmHeader.size();
  while (pos < module.size()) {
    const size_t start = pos;
    const auto id = static_cast<uint8_t>(module[pos++]);
    const uint32_t size = read_u32(module, pos, what);
    if (size > module.size() - pos)
      throw Error(what + ": section at byte " + std::to_string(start) + " runs past the end");
    const size_t end = pos + size;
    bool debug = false;
    if (id == 0) {
      size_t name_pos = pos;
      const uint32_t name_size = read_u32(module, name_pos, what);
      if (name_size > end - name_pos)
        throw Error(what + ": custom section name at byte " + std::to_string(pos) +
                    " runs past its section");
      debug = std::string_view(module).substr(name_pos, name_size).starts_with(kDebugPrefix);
    }
    if (debug) {
      result.removed_bytes += end - start;
      result.removed_sections++;
    } else {
      result.module.append(module, start, end - start);
    }
    pos = end;
  }
  return result;
}

} // namespace wpk
