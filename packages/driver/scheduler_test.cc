// Scheduler: dependencies finish before dependents, -j runs independent nodes at once, a failure
// blocks its dependents, and --keep-going decides whether unrelated nodes still run.
#include "recipe_parser.h"
#include "scheduler.h"
#include "test_util.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>

namespace wpk {
namespace {

class SchedulerTest : public ::testing::Test {
protected:
  void SetUp() override {
    add("liba", "[]");
    add("libb", "[liba=1]");
    add("app", "[libb=1]");
    add("other", "[]");
    add("zeta", "[]");
    graph_ = PackageGraph::build(registry_,
                                 {{"app", "wasm32"}, {"other", "wasm32"}, {"zeta", "wasm32"}});
  }
  void add(const std::string& name, const std::string& depends) {
    dir_.write(name + "/x", "");
    const std::string text = "name: " + name +
                             "\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\n"
                             "arches: [wasm32]\ndepends: " +
                             depends + "\n";
    registry_.add(parse_recipe(text, dir_.write(name + "/package.yaml", text)));
  }
  std::vector<bool> all_but_toolchain() {
    std::vector<bool> selected;
    for (const auto& node : graph_.nodes())
      selected.push_back(!node.is_toolchain());
    return selected;
  }
  size_t index(const std::string& name) { return graph_.find(name, "wasm32"); }
  testing::ScratchDir dir_;
  Registry registry_;
  PackageGraph graph_;
};

TEST_F(SchedulerTest, RunsDependenciesFirstAndInParallel) {
  std::mutex mutex;
  std::vector<std::string> order;
  std::atomic<int> running{0}, peak{0};
  ScheduleOptions options;
  options.jobs = 2;
  std::vector<std::string> progress;
  options.progress = [&](const std::string& line) { progress.push_back(line); };
  auto results = run_schedule(graph_, all_but_toolchain(), options, [&](size_t node) {
    int now = ++running;
    int expected = peak.load();
    while (now > expected && !peak.compare_exchange_weak(expected, now)) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    {
      std::lock_guard<std::mutex> lock(mutex);
      order.push_back(graph_.node(node).package);
    }
    --running;
    BuildOutcome outcome;
    outcome.ok = true;
    return outcome;
  });
  ASSERT_EQ(order.size(), 5u);
  auto position = [&](const std::string& name) {
    return std::find(order.begin(), order.end(), name) - order.begin();
  };
  EXPECT_LT(position("liba"), position("libb"));
  EXPECT_LT(position("libb"), position("app"));
  EXPECT_EQ(peak.load(), 2);
  EXPECT_EQ(progress.size(), 5u);
  EXPECT_EQ(progress.back().rfind("[5/5] ", 0), 0u);
  for (size_t i = 0; i < results.size(); ++i)
    EXPECT_EQ(results[i].status,
              graph_.node(i).is_toolchain() ? NodeStatus::cached : NodeStatus::built);
}

TEST_F(SchedulerTest, FailureBlocksDependentsAndKeepGoingRunsTheRest) {
  auto fail_libb = [&](size_t node) {
    BuildOutcome outcome;
    outcome.ok = graph_.node(node).package != "libb";
    if (!outcome.ok)
      outcome.error = "boom";
    return outcome;
  };
  ScheduleOptions options;
  options.jobs = 1;
  options.keep_going = true;
  auto results = run_schedule(graph_, all_but_toolchain(), options, fail_libb);
  EXPECT_EQ(results[index("libb")].status, NodeStatus::failed);
  EXPECT_EQ(results[index("app")].status, NodeStatus::blocked);
  EXPECT_EQ(results[index("other")].status, NodeStatus::built);
  EXPECT_EQ(results[index("zeta")].status, NodeStatus::built);

  // Without keep-going, nothing starts after the first failure. With -j1 the ready nodes run in
  // graph order (liba, other, zeta, then libb), so a failing liba stops everything else.
  options.keep_going = false;
  results = run_schedule(graph_, all_but_toolchain(), options, [&](size_t node) {
    BuildOutcome outcome;
    outcome.ok = graph_.node(node).package != "liba";
    return outcome;
  });
  EXPECT_EQ(results[index("liba")].status, NodeStatus::failed);
  EXPECT_EQ(results[index("libb")].status, NodeStatus::blocked);
  EXPECT_EQ(results[index("app")].status, NodeStatus::blocked);
  EXPECT_EQ(results[index("other")].status, NodeStatus::not_started);
  EXPECT_EQ(results[index("zeta")].status, NodeStatus::not_started);
}

// An exception out of an action (a file-system error outside the builder's own error handling,
// or anything else) fails that node like any failed build instead of ending the process; its
// dependents are blocked and, with --keep-going, the other nodes still run.
TEST_F(SchedulerTest, AnExceptionFailsItsNodeAndBlocksItsDependents) {
  auto throwing = [&](size_t node) -> BuildOutcome {
    const std::string& package = graph_.node(node).package;
    if (package == "libb")
      throw std::filesystem::filesystem_error("cannot create directories", "/cache/tmp/libb",
                                              std::make_error_code(std::errc::not_a_directory));
    if (package == "zeta")
      throw 42; // not even a std::exception
    BuildOutcome outcome;
    outcome.ok = true;
    return outcome;
  };
  ScheduleOptions options;
  options.jobs = 2;
  options.keep_going = true;
  auto results = run_schedule(graph_, all_but_toolchain(), options, throwing);
  EXPECT_EQ(results[index("liba")].status, NodeStatus::built);
  EXPECT_EQ(results[index("libb")].status, NodeStatus::failed);
  EXPECT_NE(results[index("libb")].outcome.error.find("cannot create directories"),
            std::string::npos)
      << results[index("libb")].outcome.error;
  EXPECT_NE(results[index("libb")].outcome.error.find("/cache/tmp/libb"), std::string::npos)
      << results[index("libb")].outcome.error;
  EXPECT_EQ(results[index("app")].status, NodeStatus::blocked);
  EXPECT_EQ(results[index("other")].status, NodeStatus::built);
  EXPECT_EQ(results[index("zeta")].status, NodeStatus::failed);
  EXPECT_FALSE(results[index("zeta")].outcome.error.empty());

  options.jobs = 1; // without keep-going: liba, other, then zeta throws and nothing else starts
  options.keep_going = false;
  results = run_schedule(graph_, all_but_toolchain(), options, throwing);
  EXPECT_EQ(results[index("zeta")].status, NodeStatus::failed);
  EXPECT_EQ(results[index("libb")].status, NodeStatus::not_started);
}

TEST_F(SchedulerTest, UnselectedNodesCountAsDone) {
  std::vector<bool> selected(graph_.nodes().size(), false);
  selected[index("app")] = true;
  std::vector<std::string> ran;
  auto results = run_schedule(graph_, selected, {}, [&](size_t node) {
    ran.push_back(graph_.node(node).package);
    BuildOutcome outcome;
    outcome.ok = true;
    return outcome;
  });
  EXPECT_EQ(ran, (std::vector<std::string>{"app"}));
  EXPECT_EQ(results[index("liba")].status, NodeStatus::cached);
}

} // namespace
} // namespace wpk
