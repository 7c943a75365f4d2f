// build_runner.h — builds one package x arch node into a cache entry.
//
// In a scratch folder $WPK_CACHE/tmp/<name>-<arch>-<key8>.<pid>.<n>/:
//   src/   the source (tarball extracted safely with strip_components, or the recipe's local
//          folder), patched with `patch -p1` in recipe order;
//   deps/  the outputs of every (transitive) dependency merged into one tree;
//   out/   the install root (DESTDIR; prefix /usr);
//   home/, tmp/  HOME and TMPDIR of the build;
//   build.log   everything the build printed (its tail is shown on failure; kept as
//               $WPK_CACHE/logs/<name>-<arch>.log).
// The build sees this environment (documented in packages/README.md): WPK_ARCH, WPK_SRCDIR,
// WPK_BUILDDIR, WPK_DESTDIR, WPK_PREFIX, WPK_DEPS, WPK_DEP_<NAME> (each dependency's tree),
// WPK_RECIPE_DIR, WPK_JOBS, WPK_SYSROOT, MAKEFLAGS (the shared job server, job_server.h), CC, CXX,
// AR, RANLIB, NM, STRIP, PKG_CONFIG, PKG_CONFIG_LIBDIR (dependencies only), PKG_CONFIG_SYSROOT_DIR,
// CPPFLAGS/LDFLAGS pointing at the dependencies, CONFIG_SITE, SOURCE_DATE_EPOCH, LC_ALL=C, TZ=UTC,
// then the recipe's environment (with ${VAR} expanded from the above). Then the declared outputs
// are collected (each pattern must match), programs go through the post-link pipeline, and the
// entry (tree/, manifest.json, archive) is installed atomically.
#pragma once

#include "cache_key.h"
#include "cache_store.h"
#include "job_server.h"
#include "package_graph.h"
#include "toolchain_info.h"

#include <filesystem>
#include <string>
#include <vector>

namespace wpk {

struct BuiltDependency {
  std::string name;
  std::string version;
  std::string key;
  std::filesystem::path tree; // the dependency's outputs
  bool direct = false;
};

struct BuildOutcome {
  bool ok = false;
  std::string error;    // one line: what failed
  std::string log_tail; // last lines of the log on failure
  std::filesystem::path log;
};

// With a job server, make joins its pool (MAKEFLAGS, no -j of its own) and the cmake build runs
// Ninja with the tokens free at its start plus the package's own; without one, `-j jobs`.
// `replace_entry` (--rebuild) swaps a new entry for an existing one atomically.
BuildOutcome build_node(const GraphNode& node, const CacheKey& key,
                        const std::vector<BuiltDependency>& dependencies, int jobs,
                        const ToolchainInfo& tools, const CacheStore& store,
                        JobServer* job_server = nullptr, bool replace_entry = false);

// Builds the sysroot of a toolchain node with toolchain/build-sysroot ARCH; on success writes
// the stamp that marks the node's key as built.
BuildOutcome build_toolchain(const std::string& arch, const std::string& node_key,
                             const ToolchainInfo& tools, const CacheStore& store);
std::filesystem::path toolchain_stamp(const std::filesystem::path& cache, const std::string& arch,
                                      const std::string& node_key);

} // namespace wpk
