// ci_matrix.h — `wpk ci`: the commands the CI workflows run (ci/README.md).
//
// `wpk ci matrix` decides which package x arch jobs a change affects, by cache key (never by path
// patterns), and prints them as the JSON a workflow's `strategy.matrix` consumes:
//   - with --changed-from REF, the plan is also computed at REF (its tree extracted from git into
//     a temp folder, keys computed there with the same built tools) and a node is a candidate
//     when its key differs from the key the same node has at REF, or it has none there. A recipe
//     or patch change changes that node's key and, through the `depends` inputs, the keys of its
//     dependents, and nothing else. The instrumenter is the one built tool that is a key input:
//     when its sources differ between REF and the work tree, REF gets a different identity, so
//     every node it instruments is a candidate.
//   - a candidate whose key is already in the local store or in the shared cache (--cache-url,
//     HEAD of the entry's manifest) is omitted: a job would only fetch it.
// Jobs are grouped in dependency levels: a job's level is one more than the highest level among
// the selected nodes it depends on (transitively), 0 when none, so the jobs of level k only need
// results of levels < k (everything else is in the caches). Within a level, jobs are sorted by
// package then arch. Toolchain (sysroot) nodes are not jobs; the sysroot key of every arch is
// reported so the workflow can key its sysroot cache on it.
//
// `wpk ci record` completes the index ledger of the final status job: it merges the ledgers the
// level jobs produced (--merge FILE) and records every node of the selection that is built in
// the local store or the shared cache, so `wpk status` describes the whole set.
#pragma once

#include "cli_context.h"
#include "json.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace wpk {

struct MatrixJob {
  std::string package;
  std::string arch;
  std::string key;
  std::string reason; // why it is selected, or why it is omitted
};

// Keys of the same selection at another commit.
struct RefKeys {
  std::string commit;                            // full hash of REF
  bool comparable = true;                        // false: REF's plan could not be computed
  std::string note;                              // why not comparable
  std::map<std::string, std::string> nodes;      // "package/arch" -> key
  std::map<std::string, std::string> toolchains; // arch -> sysroot key
};

struct CiMatrix {
  int abi_version = 0;
  std::string changed_from;                          // commit compared with; empty when none
  std::map<std::string, std::string> toolchain_keys; // arch -> sysroot key
  std::map<std::string, bool> toolchain_changed;     // arch -> key differs at REF (with a REF)
  std::vector<std::vector<MatrixJob>> levels;
  std::vector<MatrixJob> omitted; // package nodes that need no job, with the reason
  size_t job_count() const;
};

// Answers where a key is already built: "in the local store", "in the shared cache", or empty.
using CacheLookup = std::function<std::string(const std::string& key)>;

// Level of every node (graph order) among the `selected` ones; -1 for unselected nodes.
std::vector<int> dependency_levels(const PackageGraph& graph, const std::vector<bool>& selected);

// The selection and its levels. `previous` null: no comparison (every node is a candidate).
CiMatrix select_matrix(const PackageGraph& graph, const std::vector<CacheKey>& keys,
                       const KeyContext& key_context, const RefKeys* previous,
                       const CacheLookup& lookup);

// {"abi_version", "changed_from", "toolchain": {arch: {"key", "changed"}}, "jobs", "depth",
//  "levels": [{"include": [{"package", "arch", "key", "reason"}...]}...], "omitted": [...]}.
Json matrix_to_json(const CiMatrix& matrix);

// Step outputs for $GITHUB_OUTPUT, one "name=value" line each: level0 .. level<slots-1> (the
// level's {"include": [...]} as one line, empty for levels beyond the depth), jobs, depth and
// toolchain-<arch> (the sysroot key). A level with more jobs than one GitHub Actions matrix
// takes is an error.
inline constexpr size_t kGithubMatrixLimit = 256;
std::string github_outputs(const Json& matrix, size_t level_slots);

// Keys of `roots` (those REF's registry has) at git revision `ref` of the repository holding the
// registry. Throws when `ref` is not a commit; a registry or graph that does not load at REF
// gives comparable = false (then every node is a candidate).
RefKeys keys_at_ref(Context& context, const std::string& ref, const std::vector<NodeRequest>& roots,
                    const std::vector<std::string>& arches);

int cmd_ci(Context& context, const std::vector<std::string>& args);

} // namespace wpk
