#include "archive_checksum.h"

#include "error.h"
#include "sha256.h"

namespace wpk {

std::string archive_checksum_line(const std::string& sha256, const std::string& archive) {
  return sha256 + "  " + archive + "\n";
}

std::string parse_archive_checksum(std::string_view text, const std::string& archive,
                                   const std::string& origin) {
  std::string_view line = text;
  if (!line.empty() && line.back() == '\n')
    line.remove_suffix(1);
  const std::string_view sha256 = line.substr(0, 64);
  const std::string_view rest = line.substr(sha256.size());
  if (is_sha256_hex(sha256) && (rest.empty() || rest == "  " + archive || rest == " *" + archive))
    return std::string(sha256);
  std::string shown;
  for (char c : text.substr(0, 200))
    shown += c == '\n'                                           ? std::string("\\n")
             : static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? std::string("?")
                                                                 : std::string(1, c);
  throw Error(origin + ": expected '<64 lowercase hex digits>  " + archive + "' (one line), got '" +
              shown + (text.size() > 200 ? "...'" : "'"));
}

} // namespace wpk
