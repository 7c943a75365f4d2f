// git_base.cc — `git merge-base` and `git show REF:path` through run_process (see git_base.h).
#include "git_base.h"

#include "abi_error.h"
#include "process.h"

namespace wpk::abi {
namespace {

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
    s.pop_back();
  return s;
}

} // namespace

std::string default_base_ref(const std::string& abi_dir) {
  for (const char* branch : {"main", "origin/main"}) {
    ProcessResult r =
        run_process({"git", "-C", abi_dir, "merge-base", "HEAD", branch}, "", Stderr::discard);
    if (r.exit_code == 0)
      return trim(r.output);
  }
  throw AbiError("cannot find the merge base of HEAD with main or origin/main in " + abi_dir +
                 "; pass --base REF");
}

std::optional<std::string> snapshot_at_ref(const std::string& abi_dir, const std::string& ref) {
  ProcessResult verify =
      run_process({"git", "-C", abi_dir, "rev-parse", "--verify", "--quiet", ref + "^{commit}"});
  if (verify.exit_code != 0)
    throw AbiError("--base " + ref + ": not a git revision");
  // stdout only: a warning git prints (an ambiguous refname, ...) is not part of the file.
  ProcessResult show = run_process({"git", "-C", abi_dir, "show", ref + ":./abi-snapshot.json"}, "",
                                   Stderr::discard);
  if (show.exit_code != 0)
    return std::nullopt;
  return show.output;
}

} // namespace wpk::abi
