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

namespace wpk {

void safe_extract(const std::filesystem::path& archive, const std::filesystem::path& destination,
                  int strip_components = 0);

} // namespace wpk
