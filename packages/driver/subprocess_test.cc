// run_captured's time limit: a child past it is killed with its whole process group, its output
// until then kept; a child within it is not touched.
#include "fs_util.h"
#include "subprocess.h"
#include "test_util.h"

#include <cerrno>
#include <csignal>
#include <fstream>
#include <gtest/gtest.h>
#include <thread>

namespace wpk {
namespace {

// Whether `pid` is gone or only a zombie (a killed grandchild waits for init to reap it).
bool ended(pid_t pid) {
  if (kill(pid, 0) != 0)
    return errno == ESRCH;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string pid_field, name, state;
  stat >> pid_field >> name >> state;
  return !stat || state == "Z";
}

TEST(RunCaptured, AChildPastItsTimeLimitIsKilledWithItsProcessGroup) {
  testing::ScratchDir dir;
  ProcessResult result =
      run_captured({"/bin/sh", "-c", "sleep 300 & echo $! > sleeper; echo started; wait"},
                   current_environment(), dir.path(), "", std::chrono::milliseconds(300));
  EXPECT_TRUE(result.timed_out);
  EXPECT_EQ(result.exit_status, 128 + SIGKILL);
  EXPECT_EQ(result.output, "started\n");
  std::string sleeper;
  ASSERT_TRUE(read_file_if_exists(dir.path() / "sleeper", sleeper));
  const pid_t pid = std::stoi(sleeper);
  // The background sleep was in the child's group: it was killed too (waits for that, up to a
  // minute, without asserting on the time it takes).
  for (int i = 0; i < 600 && !ended(pid); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_TRUE(ended(pid)) << "the child's background process " << pid << " still runs";
}

TEST(RunCaptured, AChildWithinItsTimeLimitEndsAsItWould) {
  testing::ScratchDir dir;
  ProcessResult result =
      run_captured({"/bin/sh", "-c", "read line; echo \"$line\"; exit 3"}, current_environment(),
                   dir.path(), "hello\n", std::chrono::seconds(120));
  EXPECT_FALSE(result.timed_out);
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.output, "hello\n");
}

} // namespace
} // namespace wpk
