// test_util.h — helpers shared by the driver's GoogleTest suites: a scratch folder that is
// removed at the end of the test, small file writers, and the CLI run on a scratch workspace.
#pragma once

#include "cli_context.h"
#include "fs_util.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace wpk::testing {

class ScratchDir {
public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "wpk-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
      std::abort();
    path_ = pattern;
  }
  ~ScratchDir() { remove_tree_quietly(path_); }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& relative, const std::string& content) const {
    auto file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

private:
  std::filesystem::path path_;
};

// Runs the wpk CLI (run_cli) as `wpk --repo REPO --registry DIR/registry --sets DIR/sets
// --cache DIR/cache --build-dir DIR/no-build COMMAND...` and returns its exit status.
inline int run_wpk_in(const std::filesystem::path& repo, const std::filesystem::path& dir,
                      const std::vector<std::string>& command) {
  std::vector<std::string> args = {"wpk",
                                   "--repo",
                                   repo.string(),
                                   "--registry",
                                   (dir / "registry").string(),
                                   "--sets",
                                   (dir / "sets").string(),
                                   "--cache",
                                   (dir / "cache").string(),
                                   "--build-dir",
                                   (dir / "no-build").string()};
  args.insert(args.end(), command.begin(), command.end());
  std::vector<char*> argv;
  for (auto& arg : args)
    argv.push_back(arg.data());
  return run_cli(static_cast<int>(argv.size()), argv.data());
}

} // namespace wpk::testing
