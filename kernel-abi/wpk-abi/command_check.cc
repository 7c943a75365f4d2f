// command_check.cc — `wpk-abi check`: (a) the snapshot and generated files match abi.yaml,
// (b) struct layouts and constants equal what clang computes against the sysroot headers of
// both arches, (c) changes since the base revision's snapshot are additive unless ABI_VERSION
// was bumped. Every failure is reported (not only the first); the exit code is 1 if any.
#include "abi_diff.h"
#include "abi_error.h"
#include "abi_loader.h"
#include "abi_repo.h"
#include "commands.h"
#include "git_base.h"
#include "layout_probe.h"

#include <cstdlib>
#include <filesystem>

namespace wpk::abi {
namespace {

std::string default_sysroot(Arch arch) {
  std::string cache;
  if (const char* c = std::getenv("WPK_CACHE"); c && *c)
    cache = c;
  else if (const char* home = std::getenv("HOME"); home && *home)
    cache = std::string(home) + "/.cache/wpk";
  else
    cache = ".cache/wpk";
  return cache + "/toolchain/" + arch_name(arch);
}

int check_generated(const AbiRepo& repo, std::ostream& out, std::ostream& err) {
  int failures = 0;
  for (const auto& path : stale_generated_files(repo)) {
    err << "FAIL stale: " << repo.dir << "/" << path
        << " does not match abi.yaml and ABI_VERSION (run wpk-abi update)\n";
    ++failures;
  }
  if (!failures)
    out << "ok: snapshot and generated files match abi.yaml\n";
  return failures;
}

int check_layouts(const AbiRepo& repo, const CommandOptions& options, std::ostream& out,
                  std::ostream& err) {
  if (options.skip_layout) {
    out << "skipped: struct layouts, syscall numbers and constants against the sysroots "
           "(--skip-layout)\n";
    return 0;
  }
  int failures = 0;
  for (Arch arch : kArches) {
    const std::string& given =
        arch == Arch::wasm32 ? options.sysroot_wasm32 : options.sysroot_wasm64;
    const std::string sysroot = given.empty() ? default_sysroot(arch) : given;
    if (!std::filesystem::is_directory(sysroot + "/include")) {
      err << "FAIL layout (" << arch_name(arch) << "): no sysroot headers at " << sysroot
          << "/include (build it with toolchain/build-sysroot " << arch_name(arch)
          << " or pass --sysroot-" << arch_name(arch) << " DIR)\n";
      ++failures;
      continue;
    }
    ProbeResult probe = run_layout_probe(repo.abi, arch, sysroot, options.clang);
    for (const auto& m : probe.mismatches) {
      err << "FAIL layout: " << m.what << ": abi.yaml says " << m.expected << ", " << sysroot
          << " gives " << m.actual << "\n";
      ++failures;
    }
    for (const auto& e : probe.other_errors) {
      err << "FAIL layout probe (" << arch_name(arch) << "): " << e << "\n";
      ++failures;
    }
    if (probe.compiled && probe.mismatches.empty() && probe.other_errors.empty())
      out << "ok: struct layouts, syscall numbers and constants match " << sysroot << "\n";
  }
  return failures;
}

int check_against_base(const AbiRepo& repo, const CommandOptions& options, std::ostream& out,
                       std::ostream& err) {
  const std::string ref = options.base_ref.empty() ? default_base_ref(repo.dir) : options.base_ref;
  auto text = snapshot_at_ref(repo.dir, ref);
  if (!text) {
    out << "ok: no ABI snapshot at base " << ref << "; everything is new\n";
    return 0;
  }
  Snapshot base = load_snapshot_text(*text, ref + ":kernel-abi/abi-snapshot.json");
  const auto changes = diff_abi(base.abi, repo.abi);
  if (repo.abi_version < base.abi_version) {
    err << "FAIL ABI_VERSION went backwards: " << base.abi_version << " at " << ref << ", now "
        << repo.abi_version << "\n";
    return 1;
  }
  const bool bumped = repo.abi_version > base.abi_version;
  int failures = 0;
  for (const auto& change : changes) {
    if (change.breaking && !bumped) {
      err << "FAIL breaking change without an ABI_VERSION bump: " << change.description << "\n";
      ++failures;
    } else {
      out << (change.breaking ? "breaking (ABI_VERSION bumped): " : "additive: ")
          << change.description << "\n";
    }
  }
  if (!failures)
    out << "ok: " << changes.size() << " change(s) since " << ref << " (ABI_VERSION "
        << base.abi_version << " -> " << repo.abi_version << ")\n";
  return failures;
}

} // namespace

int run_check(const CommandOptions& options, std::ostream& out, std::ostream& err) {
  AbiRepo repo = load_abi_repo(find_abi_dir(options.abi_dir));
  int failures = check_generated(repo, out, err);
  failures += check_layouts(repo, options, out, err);
  try {
    failures += check_against_base(repo, options, out, err);
  } catch (const AbiError& e) {
    err << "FAIL base comparison: " << e.what() << "\n";
    ++failures;
  }
  if (failures)
    err << "wpk-abi check: " << failures << " problem(s)\n";
  return failures ? 1 : 0;
}

} // namespace wpk::abi
