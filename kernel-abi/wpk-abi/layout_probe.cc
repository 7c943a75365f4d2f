// layout_probe.cc — generates and runs the static_assert probes (see layout_probe.h).
//
// Every assertion message carries a marker "wpk-abi#N" where N indexes the list of facts built
// alongside the source, so failures are attributed exactly; clang-16 follows each failed
// assertion with a note "expression evaluates to 'A == B'", from which A is the actual value.
#include "layout_probe.h"

#include "file_io.h"
#include "process.h"

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>
#include <unistd.h>

namespace wpk::abi {
namespace {

struct Fact {
  std::string what;
  std::string expression;
  int64_t expected;
};

std::vector<Fact> collect_facts(const Abi& abi, Arch arch) {
  std::vector<Fact> facts;
  const std::string suffix = std::string(" (") + arch_name(arch) + ")";
  for (const auto& [name, def] : abi.structs) {
    const StructLayout& layout = def.layouts.at(arch);
    const std::string& t = def.c_type;
    const std::string label = "struct " + name;
    facts.push_back({label + " size" + suffix, "sizeof(" + t + ")", layout.size});
    facts.push_back({label + " align" + suffix, "_Alignof(" + t + ")", layout.align});
    for (const auto& [field, f] : layout.fields) {
      facts.push_back({label + " field " + field + " offset" + suffix,
                       "__builtin_offsetof(" + t + ", " + field + ")", f.offset});
      facts.push_back({label + " field " + field + " size" + suffix,
                       "sizeof(((" + t + "*)0)->" + field + ")", f.size});
    }
  }
  // The sysroot's <sys/syscall.h> must number every syscall (and alias) as the ABI does.
  for (const auto& [name, sc] : abi.syscalls) {
    facts.push_back(
        {"syscall " + name + " number" + suffix, "(long long)(SYS_" + name + ")", sc.nr});
    for (const auto& alias : sc.aliases)
      facts.push_back(
          {"syscall alias " + alias + " number" + suffix, "(long long)(SYS_" + alias + ")", sc.nr});
  }
  for (const auto& [group, g] : abi.constants) {
    if (g.headers.empty())
      continue;
    for (const auto& [name, value] : g.values)
      facts.push_back(
          {"constant " + group + "." + name + suffix, "(long long)(" + name + ")", value});
  }
  return facts;
}

std::string probe_source(const Abi& abi, Arch arch, const std::vector<Fact>& facts) {
  std::set<std::string> headers;
  if (!abi.syscalls.empty())
    headers.insert("sys/syscall.h");
  for (const auto& [name, def] : abi.structs)
    headers.insert(def.headers.begin(), def.headers.end());
  for (const auto& [group, g] : abi.constants)
    headers.insert(g.headers.begin(), g.headers.end());
  std::ostringstream out;
  out << "/* wpk-abi layout probe for " << arch_name(arch) << " (generated). */\n";
  out << "#define _GNU_SOURCE 1\n";
  for (const auto& h : headers)
    out << "#include <" << h << ">\n";
  for (const auto& [name, def] : abi.structs)
    if (!def.c_definition.empty())
      out << def.c_definition << "\n";
  for (size_t i = 0; i < facts.size(); ++i)
    out << "_Static_assert(" << facts[i].expression << " == " << facts[i].expected
        << "LL, \"wpk-abi#" << i << "\");\n";
  return out.str();
}

} // namespace

std::string layout_probe_source(const Abi& abi, Arch arch) {
  return probe_source(abi, arch, collect_facts(abi, arch));
}

ProbeResult run_layout_probe(const Abi& abi, Arch arch, const std::string& sysroot,
                             const std::string& clang) {
  namespace fs = std::filesystem;
  ProbeResult result;
  const std::vector<Fact> facts = collect_facts(abi, arch);
  std::error_code ec;
  const fs::path dir = fs::temp_directory_path(ec) /
                       ("wpk-abi-probe-" + std::to_string(::getpid()) + "-" + arch_name(arch));
  fs::create_directories(dir, ec);
  const std::string source = (dir / "probe.c").string();
  write_file_atomic(source, probe_source(abi, arch, facts));
  ProcessResult compile =
      run_process({clang, std::string("--target=") + arch_name(arch) + "-unknown-unknown",
                   "-fsyntax-only", "-ferror-limit=0", "-nostdinc", "--sysroot=" + sysroot,
                   "-isystem", sysroot + "/include", "-x", "c", "-std=c11", source});
  fs::remove_all(dir, ec);
  if (compile.exit_code == -1 || compile.exit_code == 127) {
    result.other_errors.push_back("cannot run " + clang);
    return result;
  }
  result.compiled = true;
  if (compile.exit_code == 0)
    return result;
  // Walk the diagnostics: an error with our marker, then maybe a note with the values.
  static const std::regex marker(R"(error: static assertion failed.*wpk-abi#(\d+))");
  static const std::regex evaluates(R"(note: expression evaluates to '(-?\d+)[^=]*== )");
  std::istringstream lines(compile.output);
  std::string line;
  ProbeMismatch* last = nullptr;
  while (std::getline(lines, line)) {
    std::smatch m;
    if (std::regex_search(line, m, marker)) {
      const size_t index = std::stoul(m[1].str());
      if (index < facts.size()) {
        result.mismatches.push_back(
            {facts[index].what, std::to_string(facts[index].expected), "?"});
        last = &result.mismatches.back();
      }
    } else if (last && std::regex_search(line, m, evaluates)) {
      last->actual = m[1].str();
      last = nullptr;
    } else if (line.find("error:") != std::string::npos) {
      result.other_errors.push_back(line);
      last = nullptr;
    }
  }
  if (result.mismatches.empty() && result.other_errors.empty())
    result.other_errors.push_back("the probe did not compile:\n" + compile.output);
  return result;
}

} // namespace wpk::abi
