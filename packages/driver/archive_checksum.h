// archive_checksum.h — the archive.sha256 file of a cache entry: one line "<sha256>  <archive>\n",
// the form sha256sum prints (and `sha256sum -c` reads).
#pragma once

#include <string>
#include <string_view>

namespace wpk {

// "<sha256>  <archive>\n".
std::string archive_checksum_line(const std::string& sha256, const std::string& archive);

// The sha256 in `text`, an archive.sha256 read back from a cache entry or downloaded from a remote
// cache. Accepted: 64 lowercase hex digits, optionally followed by "  <archive>" or " *<archive>"
// (sha256sum's text and binary forms) naming this very archive, optionally followed by one "\n".
// Anything else throws wpk::Error
// "<origin>: expected '<64 lowercase hex digits>  <archive>' (one line), got '...'".
std::string parse_archive_checksum(std::string_view text, const std::string& archive,
                                   const std::string& origin);

} // namespace wpk
