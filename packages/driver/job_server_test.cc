// The job server: tokens are taken and given back, a lost token cannot stall the driver, and two
// real GNU makes started as two packages of `wpk build -j 2` run at most 2 jobs together (without
// the pool each would run 2: 4 in total).
#include "job_server.h"
#include "subprocess.h"
#include "test_util.h"

#include <gtest/gtest.h>
#include <thread>
#include <unistd.h>

namespace wpk {
namespace {

TEST(JobServer, TokensAreTakenAndGivenBack) {
  JobServer server(3);
  EXPECT_EQ(server.available(), 3);
  EXPECT_NE(server.makeflags().find("-j3 --jobserver-auth="), std::string::npos);
  {
    JobServer::Token a = server.acquire();
    JobServer::Token b = server.try_acquire();
    JobServer::Token c = server.try_acquire();
    EXPECT_TRUE(a.held() && b.held() && c.held());
    EXPECT_EQ(server.available(), 0);
    EXPECT_FALSE(server.try_acquire().held());
    JobServer::Token moved = std::move(b);
    EXPECT_FALSE(b.held());
    EXPECT_TRUE(moved.held());
  }
  EXPECT_EQ(server.available(), 3);
}

TEST(JobServer, ALostTokenDoesNotStallTheDriver) {
  JobServer server(1);
  char byte;
  // A make that took the only token and was killed before giving it back.
  ASSERT_EQ(::read(server.read_fd(), &byte, 1), 1);
  EXPECT_EQ(server.available(), 0);
  JobServer::Token token = server.acquire(); // nobody holds one: restored
  EXPECT_TRUE(token.held());
  token = JobServer::Token();
  EXPECT_EQ(server.available(), 1);
}

// Each recipe appends '+' when it starts and '-' when it ends; the deepest nesting is the largest
// number of jobs that ran at once.
int most_jobs_at_once(const std::string& log) {
  int running = 0, most = 0;
  for (char c : log) {
    running += c == '+' ? 1 : c == '-' ? -1 : 0;
    most = std::max(most, running);
  }
  return most;
}

TEST(JobServer, TwoMakesShareOneBudget) {
  testing::ScratchDir dir;
  const auto log = dir.path() / "jobs.log";
  std::string makefile = "all: t1 t2 t3 t4\n";
  for (int i = 1; i <= 4; ++i)
    makefile += "t" + std::to_string(i) + ":\n\t@printf + >> " + log.string() +
                "; sleep 0.5; printf - >> " + log.string() + "\n";
  dir.write("a/Makefile", makefile);
  dir.write("b/Makefile", makefile);
  JobServer server(2);
  Environment env = current_environment();
  env.erase("MAKELEVEL");
  env["MAKEFLAGS"] = server.makeflags();
  auto package = [&](const std::string& folder, int* status) {
    JobServer::Token token = server.acquire(); // as the scheduler does for each package
    *status = run_captured({"make"}, env, dir.path() / folder).exit_status;
  };
  int status_a = -1, status_b = -1;
  std::thread a(package, "a", &status_a);
  std::thread b(package, "b", &status_b);
  a.join();
  b.join();
  EXPECT_EQ(status_a, 0);
  EXPECT_EQ(status_b, 0);
  const std::string text = read_file(log);
  EXPECT_EQ(std::count(text.begin(), text.end(), '+'), 8);
  EXPECT_LE(most_jobs_at_once(text), 2) << text;
  EXPECT_EQ(server.available(), 2) << "every token came back";

  // One package alone uses the whole budget.
  std::filesystem::remove(log);
  int status = -1;
  package("a", &status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(most_jobs_at_once(read_file(log)), 2) << read_file(log);
}

} // namespace
} // namespace wpk
