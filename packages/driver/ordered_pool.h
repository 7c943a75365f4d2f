// ordered_pool.h — runs independent jobs on a few threads and reports their results in order.
//
// run_in_order(count, jobs, work, report) calls work(0) ... work(count - 1), at most `jobs` at
// once (jobs taken in index order), and report(i, result) on the calling thread for i = 0, 1, ...
// in that order, each as soon as job i and all before it are done: the output of a parallel run
// reads as that of a sequential one. A job that throws stops the taking of new jobs; the jobs
// running finish, the results before it are reported, and its exception is rethrown to the
// caller. A report that throws is handled the same way. `wpk test -j` runs the test roots of its
// packages this way.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace wpk {

template <class Result>
void run_in_order(size_t count, int jobs, const std::function<Result(size_t)>& work,
                  const std::function<void(size_t, Result&)>& report) {
  std::mutex mutex;
  std::condition_variable done;
  std::vector<std::optional<Result>> results(count);
  std::vector<std::exception_ptr> errors(count);
  size_t next = 0;       // the next job to take
  bool stopping = false; // a job or a report threw: take no more
  auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (stopping || next == count)
          return;
        i = next++;
      }
      std::optional<Result> result;
      std::exception_ptr error;
      try {
        result.emplace(work(i));
      } catch (...) {
        error = std::current_exception();
      }
      std::lock_guard<std::mutex> lock(mutex);
      results[i] = std::move(result);
      errors[i] = error;
      if (error)
        stopping = true;
      done.notify_all();
    }
  };
  std::vector<std::thread> threads;
  const size_t thread_count = std::min(count, static_cast<size_t>(std::max(jobs, 1)));
  for (size_t t = 0; t < thread_count; ++t)
    threads.emplace_back(worker);
  std::exception_ptr failure;
  for (size_t i = 0; i < count && !failure; ++i) {
    std::unique_lock<std::mutex> lock(mutex);
    done.wait(lock, [&] { return results[i].has_value() || errors[i]; });
    if (errors[i]) {
      failure = errors[i];
      break;
    }
    lock.unlock();
    try {
      report(i, *results[i]);
    } catch (...) {
      failure = std::current_exception();
      std::lock_guard<std::mutex> relock(mutex);
      stopping = true;
    }
  }
  for (auto& thread : threads)
    thread.join();
  if (failure)
    std::rethrow_exception(failure);
}

} // namespace wpk
