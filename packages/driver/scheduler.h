// scheduler.h — runs node actions in parallel along the DAG, like Ninja does for its edges.
//
// A node runs once all its dependencies succeeded; at most `jobs` nodes run at once. When a node
// fails (its action returns !ok or throws; the exception's message becomes the error), its
// dependents are `blocked`; without keep_going no new node starts after the first
// failure (running ones finish). Nodes not in `selected` are taken as already done (cached).
// Progress is one line per started node, "[3/52] bash (wasm32)", through the `progress` callback.
// With a job server, a node starts only once it holds one of its tokens (given back when the
// node is done), so the jobs of all running builds together stay within `jobs` (job_server.h).
#pragma once

#include "build_runner.h"
#include "job_server.h"
#include "package_graph.h"

#include <functional>
#include <string>
#include <vector>

namespace wpk {

enum class NodeStatus { cached, built, failed, blocked, not_started };
const char* to_string(NodeStatus status);

struct NodeResult {
  NodeStatus status = NodeStatus::cached;
  BuildOutcome outcome;
  double seconds = 0;
};

struct ScheduleOptions {
  int jobs = 1;
  bool keep_going = false;
  std::function<void(const std::string&)> progress; // may be empty
  JobServer* job_server = nullptr;                  // may be null
};

std::vector<NodeResult> run_schedule(const PackageGraph& graph, const std::vector<bool>& selected,
                                     const ScheduleOptions& options,
                                     const std::function<BuildOutcome(size_t)>& action);

} // namespace wpk
