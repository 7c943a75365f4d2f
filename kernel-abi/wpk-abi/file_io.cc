// file_io.cc — see file_io.h.
#include "file_io.h"

#include "abi_error.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace wpk::abi {

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file_atomic(const std::string& path, const std::string& contents) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  std::error_code ec;
  // A device, pipe or `/dev/stdout` is written in place: renaming over it would replace it
  // (or its symlink) with a regular file.
  const auto existing = fs::status(target, ec);
  if (!ec && fs::exists(existing) && !fs::is_regular_file(existing)) {
    std::ofstream out(path, std::ios::binary);
    out << contents;
    out.flush();
    if (!out)
      throw AbiError(path + ": cannot write: " + std::strerror(errno));
    return;
  }
  if (target.has_parent_path())
    fs::create_directories(target.parent_path(), ec);
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << contents;
    out.flush();
    if (!out) {
      fs::remove(temp, ec);
      throw AbiError(path + ": cannot write: " + std::strerror(errno));
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    throw AbiError(path + ": cannot replace: " + ec.message());
  }
}

} // namespace wpk::abi
