#include "post_link.h"

#include "debug_strip.h"
#include "error.h"
#include "fs_util.h"
#include "subprocess.h"
#include "wasm_reader.h"

#include <fstream>

namespace wpk {

namespace {

const char* kForkExports[] = {"wpk_fork_unwind_begin", "wpk_fork_unwind_end",
                              "wpk_fork_rewind_begin", "wpk_fork_rewind_end", "wpk_fork_state"};

wasm::Module parse_program_module(const std::string& bytes, const std::string& relative) {
  try {
    return wasm::read_module(std::vector<uint8_t>(bytes.begin(), bytes.end()));
  } catch (const wasm::WasmError& e) {
    throw Error("program output " + relative + " is not a valid WebAssembly module: " + e.what());
  }
}

// Puts `replacement` (a new file next to `file`) in the program's place with the program's mode:
// a post-link step writes a new file, and without the execute bits exec of the installed
// program fails with EACCES.
void replace_program(const std::filesystem::path& replacement, const std::filesystem::path& file) {
  std::filesystem::permissions(replacement, std::filesystem::status(file).permissions(),
                               std::filesystem::perm_options::replace);
  std::filesystem::rename(replacement, file);
}

void log_line(const std::filesystem::path& log_file, const std::string& text) {
  std::ofstream(log_file, std::ios::app) << "[post-link] " << text << "\n";
}

} // namespace

Json ProgramReport::to_json() const {
  Json json = Json::object();
  json.set("path", path);
  json.set("instrumented", instrumented);
  json.set("fork", fork_note);
  json.set("allocator", allocator);
  json.set("optimize", optimize);
  json.set("size_before", size_before);
  json.set("size", size_after);
  json.set("code_before", code_before);
  json.set("code", code_after);
  json.set("instrument_stats", instrument_stats);
  return json;
}

ProgramReport run_post_link(const std::filesystem::path& file, const std::string& relative,
                            const ProgramOutput& policy, const ToolchainInfo& tools,
                            const std::filesystem::path& log_file,
                            const std::filesystem::path& uninstrumented_root) {
  ProgramReport report;
  report.path = relative;
  const std::string linked = read_file(file);
  wasm::Module module = parse_program_module(linked, relative);
  const Environment env = current_environment();
  // The module as linked is kept once, before the first step that changes it.
  bool kept_as_linked = false;
  auto keep_as_linked = [&] {
    if (kept_as_linked || uninstrumented_root.empty())
      return;
    const auto kept = uninstrumented_root / relative;
    std::filesystem::create_directories(kept.parent_path());
    std::filesystem::copy_file(file, kept, std::filesystem::copy_options::overwrite_existing);
    kept_as_linked = true;
  };
  // Runs a step's tool, which writes a new module to `out`; on failure `out` and `scratch` are
  // removed and the error names `tool`.
  auto run_step_tool = [&](const std::string& tool, const std::vector<std::string>& command,
                           const std::filesystem::path& out,
                           const std::filesystem::path& scratch = {}) {
    int status = run_logged(command, env, file.parent_path(), log_file);
    if (status != 0) {
      remove_tree_quietly(out);
      if (!scratch.empty())
        remove_tree_quietly(scratch);
      throw Error(tool + " failed on " + relative + " (exit " + std::to_string(status) + ")");
    }
  };
  // Puts a step's output in the program's place (the module as linked kept first) and parses it.
  auto install_step_output = [&](const std::filesystem::path& out) {
    keep_as_linked();
    replace_program(out, file);
    module = parse_program_module(read_file(file), relative);
  };

  // 1. Debug information: the published program carries no DWARF (.debug_* sections, about half
  // of a -g -O2 program; they also name the build directory). Removed first, so that the sizes
  // recorded below do not depend on where the package was built.
  {
    DebugStripResult stripped = strip_debug_sections(linked, relative);
    if (stripped.removed_sections > 0) {
      keep_as_linked();
      const auto out = unique_temp_path(file, "stripped");
      write_file_atomically(out, stripped.module);
      replace_program(out, file);
      module = parse_program_module(stripped.module, relative);
      log_line(log_file, "removed " + std::to_string(stripped.removed_sections) +
                             " debug sections (" + std::to_string(stripped.removed_bytes) +
                             " bytes) from " + relative);
    }
  }

  // 2. Optimization with Binaryen.
  report.optimize = policy.optimize;
  if (policy.optimize != "none") {
    const std::string optimizer = tools.wasm_optimizer();
    if (optimizer.empty())
      throw Error(relative + ": optimize: " + policy.optimize +
                  " needs Binaryen's wasm-opt (apt-get install binaryen, or set WPK_WASM_OPT)");
    const auto out = unique_temp_path(file, "optimized");
    log_line(log_file, "wasm-opt -" + policy.optimize + " " + relative);
    run_step_tool("wasm-opt -" + policy.optimize,
                  {optimizer, file.string(), "-" + policy.optimize, "-o", out.string()}, out);
    install_step_output(out);
  }
  report.size_before = module.file_size;
  report.code_before = module.code_section_size;

  // 3. Fork instrumentation.
  const bool imports_fork = module.imports_function("wpk", "fork");
  if (policy.fork == ForkPolicy::disabled) {
    report.fork_note =
        imports_fork ? "disabled by policy (module imports wpk.fork)" : "disabled by policy";
  } else if (!imports_fork) {
    report.fork_note = "not needed (no wpk.fork import)";
  } else {
    const std::string instrumenter = tools.instrumenter();
    if (instrumenter.empty())
      throw Error(relative + " imports wpk.fork (fork: auto) but wpk-fork-instrument is not "
                             "built (build target wpk-fork-instrument or set "
                             "WPK_FORK_INSTRUMENT)");
    const auto out = unique_temp_path(file, "instrumented");
    const auto stats = unique_temp_path(file, "stats");
    log_line(log_file, "instrumenting " + relative);
    run_step_tool("wpk-fork-instrument",
                  {instrumenter, file.string(), "-o", out.string(), "--stats=" + stats.string(),
                   "--stats-format", "json"},
                  out, stats);
    std::string stats_text;
    if (read_file_if_exists(stats, stats_text))
      report.instrument_stats = Json::parse(stats_text, stats.string());
    remove_tree_quietly(stats);
    install_step_output(out);
    for (const char* name : kForkExports)
      if (!module.exports_name(name))
        throw Error("instrumented " + relative + " lacks the export " + name);
    report.instrumented = true;
    report.fork_note = "instrumented";
  }

  // 4. Allocator marker.
  const wasm::CustomSection* allocator = module.custom_section("wpk.allocator");
  report.allocator =
      allocator ? std::string(allocator->payload.begin(), allocator->payload.end()) : "none";
  if (policy.allocator == AllocatorPolicy::wpkmalloc &&
      report.allocator.rfind("wpkmalloc ", 0) != 0)
    throw Error(relative + ": allocator policy wpkmalloc, but the module's wpk.allocator section " +
                (allocator ? "says '" + report.allocator + "'" : "is missing"));

  // 5. ABI conformance.
  const std::string checker = tools.abi_checker();
  if (checker.empty())
    throw Error("cannot check " + relative +
                ": wpk-abi is not built (build target wpk-abi or set "
                "WPK_ABI)");
  log_line(log_file, "wpk-abi check-artifact " + relative);
  int status =
      run_logged({checker, "check-artifact", file.string()}, env, file.parent_path(), log_file);
  if (status != 0)
    throw Error("wpk-abi check-artifact rejected " + relative + " (exit " + std::to_string(status) +
                ")");

  report.size_after = module.file_size;
  report.code_after = module.code_section_size;
  log_line(log_file, relative + ": " + report.fork_note + ", allocator " + report.allocator + ", " +
                         std::to_string(report.size_after) + " bytes");
  return report;
}

} // namespace wpk
