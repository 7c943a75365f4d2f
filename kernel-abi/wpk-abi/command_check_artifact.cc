// command_check_artifact.cc — `wpk-abi check-artifact FILE.wasm [--arch ...]`.
#include "abi_repo.h"
#include "artifact_check.h"
#include "commands.h"

namespace wpk::abi {

int run_check_artifact(const std::string& file, const CommandOptions& options, std::ostream& out,
                       std::ostream& err) {
  AbiRepo repo = load_abi_repo(find_abi_dir(options.abi_dir));
  wasm::Module module;
  try {
    module = wasm::read_module_file(file);
  } catch (const wasm::WasmError& e) {
    err << "wpk-abi: " << e.what() << "\n";
    return 1;
  }
  const std::optional<Arch> forced =
      options.arch == "auto" ? std::nullopt : parse_arch(options.arch);
  ArtifactReport report = check_artifact(repo.abi, repo.abi_version, module, forced);
  for (const auto& offender : report.offenders)
    err << file << ": " << offender << "\n";
  if (!report.offenders.empty()) {
    err << file << ": " << report.offenders.size() << " problem(s) against kernel ABI version "
        << repo.abi_version << "\n";
    return 1;
  }
  out << file << ": ok (" << arch_name(*report.arch) << ", kernel ABI version " << repo.abi_version
      << ")\n";
  return 0;
}

} // namespace wpk::abi
