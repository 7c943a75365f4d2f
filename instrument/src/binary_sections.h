// binary_sections.h — sizes of the sections and function bodies of a wasm binary (for --stats).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wpk::instrument {

struct SectionSize {
  std::string name; // "type", "code", ... or "custom:<name>"
  uint64_t bytes;   // payload size
};

struct BinaryLayout {
  std::vector<SectionSize> sections;
  std::vector<uint64_t> functionBodyBytes; // code section entries, in order
  bool hasNameSection = false;
};

// Throws InstrumentError when the bytes are not a well-formed wasm binary at section level.
BinaryLayout parseBinaryLayout(const std::vector<char>& bytes);

} // namespace wpk::instrument
