// source_fetch.h — gets a recipe's source tarball into $WPK_CACHE/sources/, verified by sha256.
//
// The cache name is sources/<sha256>/<file name>: two recipes whose URLs end in the same file name
// (or a recipe whose sha256 changed) never share, evict or overwrite each other's file. (Files of
// the older layout, sources/<file name>, are not read by the driver; scripts/lib/debian-source
// still keeps its Debian files there, and the driver copies what it returns.) `wpk gc` removes the
// folders of sha256s no recipe names and the temporaries of dead fetches; it waits for no fetch:
// fetch_source holds locks/sources.lock shared, and gc leaves sources/ alone while it is held
// (cache_store.h).
//
// Order: a cached file whose sha256 matches; a file:// URL; the Debian source package named by
// the recipe, through scripts/lib/debian-source (which verifies too). There is no network besides
// Debian's archive, so an http(s) URL alone is not fetched. Whatever is read (the cached file, the
// file:// path, the file debian-source returns) must be a regular file: a symlink is not followed
// and a FIFO or device is refused, not read. Errors of a file:// or Debian fetch start with the
// recipe's file; a mismatch is an error naming where the bytes came from (the file:// URL, or the
// file debian-source returned) and both digests, and the bad file is never used or kept.
//
// What is returned is an open, read-only descriptor of the very file whose bytes were hashed:
// a fetched file is copied into a private temporary file (hashed as it is written) that is then
// renamed into the cache; a cached file is hashed through the descriptor that is returned. Cache
// files are only ever replaced by rename(2), never written in place, so another process (or
// another -j job) renaming a different file over the cache name cannot change what the
// descriptor reads: extract through it (safe_extract_fd), never by opening `path` again.
#pragma once

#include "recipe.h"
#include "unique_fd.h"

#include <filesystem>

namespace wpk {

struct FetchedSource {
  std::filesystem::path path; // where it is cached (for messages and `wpk fetch`)
  UniqueFd fd;                // the verified bytes
};

FetchedSource fetch_source(const Recipe& recipe, const std::filesystem::path& repo,
                           const std::filesystem::path& cache);

// The Debian tarball of `source.debian_patches` (the same cache, checks and order; it comes only
// through debian-source, with the recipe's Debian package and version).
FetchedSource fetch_debian_patches(const Recipe& recipe, const std::filesystem::path& repo,
                                   const std::filesystem::path& cache);

} // namespace wpk
