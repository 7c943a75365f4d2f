// run_in_order: jobs run at most `jobs` at once, results are reported in index order whatever
// order the jobs end in, and a job's exception stops the run after the results before it.
#include "ordered_pool.h"

#include <atomic>
#include <future>
#include <gtest/gtest.h>
#include <stdexcept>
#include <string>

namespace wpk {
namespace {

TEST(OrderedPool, ReportsInIndexOrderWhenLaterJobsEndFirst) {
  // Job i waits until job i + 1 has ended, so they end in reverse order: 3, 2, 1, 0.
  constexpr size_t kCount = 4;
  std::vector<std::promise<void>> ended(kCount);
  std::vector<std::shared_future<void>> ended_future;
  for (auto& promise : ended)
    ended_future.push_back(promise.get_future().share());
  std::vector<size_t> end_order;
  std::mutex end_mutex;
  std::vector<size_t> reported;
  run_in_order<std::string>(
      kCount, static_cast<int>(kCount),
      [&](size_t i) {
        if (i + 1 < kCount)
          ended_future[i + 1].wait();
        {
          std::lock_guard<std::mutex> lock(end_mutex);
          end_order.push_back(i);
        }
        ended[i].set_value();
        return "result " + std::to_string(i);
      },
      [&](size_t i, std::string& result) {
        EXPECT_EQ(result, "result " + std::to_string(i));
        reported.push_back(i);
      });
  EXPECT_EQ(end_order, (std::vector<size_t>{3, 2, 1, 0}));
  EXPECT_EQ(reported, (std::vector<size_t>{0, 1, 2, 3}));
}

TEST(OrderedPool, RunsAtMostJobsAtOnce) {
  std::atomic<int> running{0}, most{0};
  int reports = 0;
  run_in_order<int>(
      12, 3,
      [&](size_t i) {
        const int now = ++running;
        for (int seen = most.load(); now > seen && !most.compare_exchange_weak(seen, now);)
          ;
        std::this_thread::yield();
        --running;
        return static_cast<int>(i) * 2;
      },
      [&](size_t i, int& result) {
        EXPECT_EQ(result, static_cast<int>(i) * 2);
        ++reports;
      });
  EXPECT_EQ(reports, 12);
  EXPECT_LE(most.load(), 3);
  EXPECT_GE(most.load(), 1);
}

TEST(OrderedPool, OneJobRunsThemInOrderOnOneThread) {
  std::vector<size_t> work_order;
  run_in_order<size_t>(
      5, 1,
      [&](size_t i) {
        work_order.push_back(i);
        return i;
      },
      [](size_t, size_t&) {});
  EXPECT_EQ(work_order, (std::vector<size_t>{0, 1, 2, 3, 4}));
}

TEST(OrderedPool, AThrowingJobStopsTheRunAfterTheResultsBeforeIt) {
  std::vector<size_t> reported;
  std::atomic<size_t> started{0};
  try {
    run_in_order<size_t>(
        100, 1,
        [&](size_t i) {
          ++started;
          if (i == 3)
            throw std::runtime_error("job 3 failed");
          return i;
        },
        [&](size_t i, size_t&) { reported.push_back(i); });
    FAIL() << "the job's exception did not reach the caller";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "job 3 failed");
  }
  EXPECT_EQ(reported, (std::vector<size_t>{0, 1, 2}));
  EXPECT_EQ(started.load(), 4u); // with one thread nothing after job 3 started
}

TEST(OrderedPool, AThrowingReportStopsTheReports) {
  std::vector<size_t> reported;
  EXPECT_THROW(run_in_order<size_t>(
                   100, 2, [](size_t i) { return i; },
                   [&](size_t i, size_t&) {
                     reported.push_back(i);
                     if (i == 1)
                       throw std::runtime_error("report 1 failed");
                   }),
               std::runtime_error);
  EXPECT_EQ(reported, (std::vector<size_t>{0, 1}));
}

TEST(OrderedPool, NoJobsNoReports) {
  run_in_order<int>(
      0, 4, [](size_t) -> int { throw std::logic_error("no job should run"); },
      [](size_t, int&) { FAIL() << "nothing to report"; });
}

} // namespace
} // namespace wpk
