// manifest.h — the manifest stored in every package archive and next to it in the cache.
//
// Fields (in this order): name, version, revision, kind, arch, abi_version, license, key, inputs
// (the cache key's inputs, as listed by `wpk key --explain`), source, dependencies (name,
// version, key), outputs (path, type, sha256, size; sorted by path), programs (post-link report:
// instrumentation, allocator, sizes, instrumenter stats).
#pragma once

#include "cache_key.h"
#include "json.h"
#include "post_link.h"
#include "recipe.h"

#include <string>
#include <vector>

namespace wpk {

struct OutputFile {
  std::string path;
  std::string type; // program, library, header, pkgconfig, data
  std::string sha256;
  uint64_t size = 0;
};

struct DependencyRecord {
  std::string name;
  std::string version;
  std::string key;
};

std::string archive_file_name(const Recipe& recipe, const std::string& arch, int abi_version,
                              const std::string& key);

Json make_manifest(const Recipe& recipe, const std::string& arch, int abi_version,
                   const CacheKey& key, const std::vector<DependencyRecord>& dependencies,
                   const std::vector<OutputFile>& outputs,
                   const std::vector<ProgramReport>& programs);

} // namespace wpk
