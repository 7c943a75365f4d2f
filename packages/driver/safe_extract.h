// safe_extract.h — unpacks a tar archive (any compression libarchive reads) into a folder,
// refusing entries that could escape it.
//
// Refused: absolute paths, any ".." component, entries whose path passes through a symlink
// (already on disk or extracted earlier from the same archive), hard links pointing outside,
// device nodes and FIFOs. `strip_components` drops leading path components (like tar's
// --strip-components); entries left empty are skipped. Symlink targets are kept as they are but
// are never followed while extracting. Regular files keep the archive's modification times.
#pragma once

#include <filesystem>
#include <string>

namespace wpk {

void safe_extract(const std::filesystem::path& archive, const std::filesystem::path& destination,
                  int strip_components = 0);

// The same, reading the archive from the open file `fd` from its start (the caller keeps
// ownership): the bytes extracted are those of that file even if its name was replaced since it
// was opened (a verified source tarball, source_fetch.h). `origin` names it in errors.
void safe_extract_fd(int fd, const std::string& origin, const std::filesystem::path& destination,
                     int strip_components = 0);

} // namespace wpk
