// abi_error.h — the error type of wpk-abi: a message, optionally located at file:line:col.
#pragma once

#include <stdexcept>
#include <string>

namespace wpk::abi {

class AbiError : public std::runtime_error {
public:
  explicit AbiError(const std::string& message) : std::runtime_error(message) {}
  // "FILE:LINE:COL: MESSAGE" (line and column 1-based).
  AbiError(const std::string& file, int line, int column, const std::string& message)
      : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
                           message) {}
};

} // namespace wpk::abi
