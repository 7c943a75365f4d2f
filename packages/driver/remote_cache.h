// remote_cache.h — an optional HTTP cache shared between machines (`--cache-url URL`).
//
// Objects per key: URL/<key>/<archive>.tar.zst, URL/<key>/archive.sha256 and
// URL/<key>/manifest.json. push() uploads the archive and its checksum first and the manifest
// last, so a manifest's presence means the entry is complete. fetch() downloads the manifest,
// the checksum and the archive, verifies the archive's sha256 (archive.sha256 holds the digest
// alone or as sha256sum prints it, "<sha256>  <archive>" or "<sha256> *<archive>":
// parse_archive_checksum in archive_checksum.h; the local entry gets the "<sha256>  <archive>"
// line; the archive is streamed into a temporary file in the entry's scratch folder and hashed as
// it arrives, never held in memory, and renamed into place only when it matches), checks that the
// archive's own manifest.json is the downloaded one and that the unpacked tree is exactly what the
// manifest lists (manifest_check.h: same paths, types, file digests read without following
// symlinks, symlink targets), and installs a local cache entry atomically. A broken or unreachable
// server, or an entry that fails a check, means "not in the remote cache" (a warning naming the key
// and the reason; the package is then built locally), never a corrupt local entry.
#pragma once

#include "cache_store.h"

#include <string>

namespace wpk {

class RemoteCache {
public:
  explicit RemoteCache(std::string url);
  const std::string& url() const { return url_; }
  bool fetch(const std::string& key, const CacheStore& store) const;
  bool has(const std::string& key) const; // HEAD of the manifest; false when unreachable
  bool push(const std::string& key, const CacheStore& store) const; // false when already there

private:
  std::string url_;
};

} // namespace wpk
