#include "scheduler.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace wpk {

const char* to_string(NodeStatus status) {
  switch (status) {
  case NodeStatus::cached:
    return "cached";
  case NodeStatus::built:
    return "built";
  case NodeStatus::failed:
    return "failed";
  case NodeStatus::blocked:
    return "blocked";
  case NodeStatus::not_started:
    return "not started";
  }
  return "?";
}

namespace {

// An exception out of an action fails its node like any failed build: thrown in a worker
// thread, it would otherwise end the whole process (std::terminate) with no ledger written.
BuildOutcome run_action(const std::function<BuildOutcome(size_t)>& action, size_t node) {
  BuildOutcome outcome;
  try {
    return action(node);
  } catch (const std::exception& e) { // wpk::Error, std::filesystem::filesystem_error, ...
    outcome.error = e.what();
  } catch (...) {
    outcome.error = "internal error: an exception that is not a std::exception";
  }
  return outcome;
}

} // namespace

std::vector<NodeResult> run_schedule(const PackageGraph& graph, const std::vector<bool>& selected,
                                     const ScheduleOptions& options,
                                     const std::function<BuildOutcome(size_t)>& action) {
  const size_t count = graph.nodes().size();
  std::vector<NodeResult> results(count);
  std::vector<size_t> waiting(count, 0);
  std::vector<std::vector<size_t>> dependents(count);
  std::vector<bool> finished(count, false);
  size_t total = 0;
  for (size_t i = 0; i < count; ++i) {
    if (!selected[i]) {
      finished[i] = true;
      continue;
    }
    ++total;
    results[i].status = NodeStatus::not_started;
  }
  for (size_t i = 0; i < count; ++i)
    for (size_t dep : graph.node(i).dependencies)
      if (selected[i] && !finished[dep]) {
        ++waiting[i];
        dependents[dep].push_back(i);
      }

  std::mutex mutex;
  std::condition_variable wake;
  std::deque<size_t> ready; // in graph order, so runs are reproducible with -j1
  for (size_t i = 0; i < count; ++i)
    if (selected[i] && waiting[i] == 0)
      ready.push_back(i);
  size_t started = 0, running = 0;
  bool stop = false;

  // Marks everything downstream of a failed node as blocked.
  std::function<void(size_t)> block = [&](size_t node) {
    for (size_t dependent : dependents[node])
      if (results[dependent].status == NodeStatus::not_started) {
        results[dependent].status = NodeStatus::blocked;
        results[dependent].outcome.error = "dependency " + graph.node(node).label() + " failed";
        block(dependent);
      }
  };

  auto worker = [&] {
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      wake.wait(lock, [&] { return !ready.empty() || running == 0 || stop; });
      if (ready.empty() || stop) {
        if (running == 0 || stop) {
          wake.notify_all();
          return;
        }
        continue;
      }
      const size_t node = ready.front();
      ready.pop_front();
      ++running;
      JobServer::Token token;
      if (options.job_server) {
        lock.unlock();
        token = options.job_server->acquire();
        lock.lock();
      }
      ++started;
      if (options.progress)
        options.progress("[" + std::to_string(started) + "/" + std::to_string(total) + "] " +
                         graph.node(node).label());
      lock.unlock();
      const auto begin = std::chrono::steady_clock::now();
      BuildOutcome outcome = run_action(action, node);
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
      token = JobServer::Token(); // give the slot back
      lock.lock();
      --running;
      results[node].seconds = seconds;
      results[node].status = outcome.ok ? NodeStatus::built : NodeStatus::failed;
      results[node].outcome = std::move(outcome);
      if (results[node].status == NodeStatus::built) {
        for (size_t dependent : dependents[node])
          if (--waiting[dependent] == 0 && results[dependent].status == NodeStatus::not_started)
            ready.push_back(dependent);
      } else {
        block(node);
        if (!options.keep_going)
          stop = true;
      }
      wake.notify_all();
    }
  };

  const int threads = std::max(1, options.jobs);
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i)
    pool.emplace_back(worker);
  for (auto& thread : pool)
    thread.join();
  return results;
}

} // namespace wpk
