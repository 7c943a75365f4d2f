// sha256.h — SHA-256 digests as lowercase hex (OpenSSL's libcrypto does the hashing).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace wpk {

class Sha256 {
public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view data);
  std::string hex_digest(); // finishes the hash

private:
  void* context_;
};

std::string sha256_hex(std::string_view data);
std::string sha256_file_hex(const std::filesystem::path& path);
// The digest of everything in the open file `fd` from offset 0 (pread: the descriptor's offset is
// left alone). `name` is only for the error message.
std::string sha256_fd_hex(int fd, const std::string& name);
bool is_sha256_hex(std::string_view text);

} // namespace wpk
