// error.h — the one exception type of the driver.
//
// Every user-facing failure (bad recipe, missing package, failed download, unsafe archive entry)
// is reported as a wpk::Error whose message already says where (file:line:col when known) and
// what was expected. The CLI prints the message and exits non-zero; nothing else catches it.
#pragma once

#include <stdexcept>
#include <string>

namespace wpk {

class Error : public std::runtime_error {
public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

} // namespace wpk
