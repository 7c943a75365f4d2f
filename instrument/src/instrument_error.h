// instrument_error.h — the error raised for invalid or unsupported input (CLI exit status 1).
#pragma once

#include <stdexcept>
#include <string>

namespace wpk::instrument {

class InstrumentError : public std::runtime_error {
public:
  explicit InstrumentError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace wpk::instrument
