// file_io.h — reading files and replacing them atomically.
#pragma once

#include <optional>
#include <string>

namespace wpk::abi {

// The whole file, or nullopt when it cannot be opened.
std::optional<std::string> read_file(const std::string& path);

// Writes `contents` to a temporary file next to `path` and renames it over `path`, so readers
// see either the old or the new file. Creates the parent directory. Throws AbiError on failure.
void write_file_atomic(const std::string& path, const std::string& contents);

} // namespace wpk::abi
