// command_update.cc — `wpk-abi update`: regenerates the snapshot and the generated files.
#include "abi_repo.h"
#include "commands.h"

namespace wpk::abi {

int run_update(const CommandOptions& options, std::ostream& out, std::ostream& err) {
  AbiRepo repo = load_abi_repo(find_abi_dir(options.abi_dir));
  auto changed = update_generated_files(repo);
  for (const auto& path : changed)
    out << "updated " << repo.dir << "/" << path << "\n";
  if (changed.empty())
    out << "generated files are up to date (ABI version " << repo.abi_version << ")\n";
  (void)err;
  return 0;
}

} // namespace wpk::abi
