#include "build_runner.h"

#include "archive_checksum.h"
#include "archive_writer.h"
#include "build_path_scan.h"
#include "dependency_merge.h"
#include "error.h"
#include "fs_util.h"
#include "manifest.h"
#include "output_match.h"
#include "post_link.h"
#include "safe_extract.h"
#include "sha256.h"
#include "source_fetch.h"
#include "subprocess.h"

#include <fstream>
#include <unistd.h>

namespace wpk {

namespace {

// The failure message of a build step that threw `e`: its text for a wpk::Error or a filesystem
// error (a cache folder that cannot be written), "internal error: " and its text otherwise.
std::string failure_message(const std::exception& e) {
  if (dynamic_cast<const Error*>(&e) || dynamic_cast<const std::filesystem::filesystem_error*>(&e))
    return e.what();
  return std::string("internal error: ") + e.what();
}

std::string dependency_variable(const std::string& name) {
  std::string variable = "WPK_DEP_";
  for (char c : name)
    variable += std::isalnum(static_cast<unsigned char>(c))
                    ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                    : '_';
  return variable;
}

// ${NAME} -> env[NAME] (unknown names expand to nothing).
std::string expand(const std::string& text, const Environment& env) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') {
      size_t close = text.find('}', i + 2);
      if (close != std::string::npos) {
        auto it = env.find(text.substr(i + 2, close - i - 2));
        if (it != env.end())
          out += it->second;
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::string tool_or(const ToolchainInfo& tools, const std::string& arch, const std::string& tool,
                    const std::string& fallback) {
  const auto wrapper = tools.wrapper(arch, tool);
  return ::access(wrapper.c_str(), X_OK) == 0 ? wrapper.string() : fallback;
}

struct Step {
  std::vector<std::string> argv;
  std::filesystem::path cwd;
  Environment extra;
  // A Ninja build (no jobserver support): "-jN" is appended at run time, N = the free tokens of
  // the job server taken for the step, plus the package's own.
  bool takes_free_tokens = false;
};

class NodeBuilder {
public:
  NodeBuilder(const GraphNode& node, const CacheKey& key,
              const std::vector<BuiltDependency>& dependencies, int jobs,
              const ToolchainInfo& tools, const CacheStore& store, JobServer* job_server,
              bool replace_entry)
      : node_(node), recipe_(*node.recipe), key_(key), dependencies_(dependencies), jobs_(jobs),
        tools_(tools), store_(store), job_server_(job_server), replace_entry_(replace_entry) {}

  BuildOutcome run() {
    BuildOutcome outcome;
    const auto kept_log = store_.root() / "logs" / (recipe_.name + "-" + node_.arch + ".log");
    try {
      // The log folder first: a build that could not keep its log is not started.
      std::filesystem::create_directories(kept_log.parent_path());
      scratch_ = store_.new_scratch(recipe_.name + "-" + node_.arch + "-" + key_.short_key());
      log_ = scratch_ / "build.log";
      prepare_source();
      prepare_dependencies();
      const Environment env = environment();
      run_build_system(env);
      assemble_entry();
      outcome.ok = true;
    } catch (const std::exception& e) {
      outcome.error = failure_message(e);
    }
    if (log_.empty()) // no scratch folder, so no log to keep
      return outcome;
    if (!outcome.ok)
      log(outcome.error);
    { // a reader of logs/ sees the previous log or this one, never half of it
      std::error_code failed;
      const auto temp = unique_temp_path(kept_log, "log");
      std::filesystem::copy_file(log_, temp, failed);
      if (!failed)
        std::filesystem::rename(temp, kept_log, failed);
      if (failed)
        remove_tree_quietly(temp);
    }
    outcome.log = kept_log;
    if (!outcome.ok)
      outcome.log_tail = tail_of_file(log_, 20);
    if (env_or("WPK_KEEP_SCRATCH", "").empty())
      remove_tree_quietly(scratch_);
    return outcome;
  }

private:
  void log(const std::string& text) {
    std::ofstream(log_, std::ios::app) << "[wpk] " << text << "\n";
  }

  void prepare_source() {
    const auto src = scratch_ / "src";
    if (!recipe_.source.local.empty()) {
      copy_tree(recipe_.directory / recipe_.source.local, src);
    } else if (!recipe_.source.url.empty()) {
      // Extracted through the descriptor that was verified, never by opening the path again.
      const FetchedSource tarball = fetch_source(recipe_, tools_.repo(), tools_.cache());
      log("extracting " + tarball.path.string());
      safe_extract_fd(tarball.fd.get(), tarball.path.string(), src,
                      recipe_.source.strip_components);
    } else {
      std::filesystem::create_directories(src);
    }
    if (recipe_.source.debian_patches)
      apply_debian_patches(src);
    for (const auto& patch : recipe_.source.patches)
      apply_patch(src, recipe_.directory / patch, patch, "patch " + patch);
  }

  // `patch -p1` of `file` in `src`; the log says "applying <logged>", a failure "<named> does not
  // apply".
  void apply_patch(const std::filesystem::path& src, const std::filesystem::path& file,
                   const std::string& logged, const std::string& named) {
    log("applying " + logged);
    const int status = run_logged(
        {"patch", "-p1", "--batch", "--forward", "--no-backup-if-mismatch", "-i", file.string()},
        current_environment(), src, log_);
    if (status != 0)
      throw Error(named + " does not apply (exit " + std::to_string(status) + ")");
  }

  // Debian's tarball is unpacked (safely) beside the source, and the patches the recipe names are
  // applied from its debian/patches/ in the recipe's order.
  void apply_debian_patches(const std::filesystem::path& src) {
    const DebianPatches& patches = *recipe_.source.debian_patches;
    const FetchedSource tarball = fetch_debian_patches(recipe_, tools_.repo(), tools_.cache());
    const auto unpacked = scratch_ / "debian-tarball";
    log("extracting " + tarball.path.string());
    safe_extract_fd(tarball.fd.get(), tarball.path.string(), unpacked, 0);
    for (const auto& name : patches.apply) {
      const auto patch = unpacked / "debian/patches" / name;
      if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(patch)))
        throw Error(recipe_.file.string() + ": source.debian_patches: " + patches.file +
                    " has no file debian/patches/" + name);
      apply_patch(src, patch, "Debian's " + name, "Debian's patch " + name);
    }
  }

  void prepare_dependencies() {
    std::vector<DependencyTree> trees;
    for (const auto& dep : dependencies_)
      trees.push_back({dep.name, dep.tree});
    merge_dependency_trees(trees, scratch_ / "deps");
  }

  Environment environment() {
    const std::string arch = node_.arch;
    const auto deps = scratch_ / "deps";
    Environment env;
    const Environment outer = current_environment();
    env["PATH"] = (tools_.repo() / "toolchain/bin").string() + ":" +
                  env_or("PATH", "/usr/local/bin:/usr/bin:/bin");
    env["HOME"] = (scratch_ / "home").string();
    env["TMPDIR"] = (scratch_ / "tmp").string();
    std::filesystem::create_directories(scratch_ / "home");
    std::filesystem::create_directories(scratch_ / "tmp");
    std::filesystem::create_directories(scratch_ / "out");
    env["LC_ALL"] = "C";
    env["TZ"] = "UTC";
    env["SOURCE_DATE_EPOCH"] = std::to_string(source_date_epoch());
    env["WPK_CACHE"] = tools_.cache().string(); // --cache or $WPK_CACHE, as a real path
    for (const char* name : {"WPK_SYSROOT_WASM32", "WPK_SYSROOT_WASM64"})
      if (outer.count(name))
        env[name] = outer.at(name);
    env["WPK_ARCH"] = arch;
    // The compiler wrappers map this folder to /wpk/build in debug information and __FILE__, so
    // outputs do not depend on the cache's path or this build's pid.
    env["WPK_SCRATCH"] = scratch_.string();
    env["WPK_SRCDIR"] = (scratch_ / "src").string();
    env["WPK_BUILDDIR"] = build_dir().string();
    env["WPK_DESTDIR"] = (scratch_ / "out").string();
    env["WPK_PREFIX"] = "/usr";
    env["WPK_DEPS"] = deps.string();
    env["WPK_RECIPE_DIR"] = recipe_.directory.string();
    env["WPK_JOBS"] = std::to_string(jobs_);
    if (job_server_)
      env["MAKEFLAGS"] = job_server_->makeflags();
    env["WPK_SYSROOT"] = tools_.sysroot_dir(arch).string();
    {
      // With a keyed sysroot, pin the build to exactly that one (not the moving symlink).
      std::string source;
      const std::string sysroot_key = tools_.toolchain_key(arch, &source);
      if (source.rfind("toolchain/build-sysroot", 0) == 0) {
        const auto keyed = tools_.cache() / "toolchain" / (arch + "-" + sysroot_key);
        env["WPK_SYSROOT"] = keyed.string();
        env[arch == "wasm32" ? "WPK_SYSROOT_WASM32" : "WPK_SYSROOT_WASM64"] = keyed.string();
      }
    }
    env["WPK_REPO"] = tools_.repo().string();
    for (const auto& dep : dependencies_)
      env[dependency_variable(dep.name)] = dep.tree.string();
    env["CC"] = tool_or(tools_, arch, "cc", (tools_.wrapper(arch, "cc")).string());
    env["CXX"] = tool_or(tools_, arch, "c++", (tools_.wrapper(arch, "c++")).string());
    env["AR"] = tool_or(tools_, arch, "ar", "llvm-ar-16");
    env["RANLIB"] = tool_or(tools_, arch, "ranlib", "llvm-ranlib-16");
    env["NM"] = tool_or(tools_, arch, "nm", "llvm-nm-16");
    env["STRIP"] = tool_or(tools_, arch, "strip", "llvm-strip-16");
    env["PKG_CONFIG"] = tool_or(tools_, arch, "pkg-config", "pkg-config");
    env["PKG_CONFIG_LIBDIR"] =
        (deps / "usr/lib/pkgconfig").string() + ":" + (deps / "usr/share/pkgconfig").string();
    env["PKG_CONFIG_PATH"] = "";
    env["PKG_CONFIG_SYSROOT_DIR"] = deps.string();
    env["CPPFLAGS"] = "-I" + (deps / "usr/include").string();
    env["LDFLAGS"] = "-L" + (deps / "usr/lib").string();
    const auto config_site = tools_.repo() / "toolchain/config.site";
    if (std::filesystem::exists(config_site))
      env["CONFIG_SITE"] = config_site.string();
    // ${VAR} in a recipe's value expands from the environment above, never from the recipe's own
    // variables, so the result does not depend on the order they are applied in.
    const Environment base = env;
    for (const auto& [name, value] : recipe_.build.environment)
      env[name] = expand(value, base);
    return env;
  }

  std::filesystem::path build_dir() const {
    const auto src = scratch_ / "src";
    return recipe_.build.directory.empty() ? src : src / recipe_.build.directory;
  }

  void run_step(const Step& step, const Environment& env) {
    Environment full = env;
    for (const auto& [name, value] : step.extra)
      full[name] = value;
    std::string line;
    for (const auto& arg : step.argv)
      line += (line.empty() ? "" : " ") + arg;
    std::vector<std::string> argv = step.argv;
    std::vector<JobServer::Token> extra_tokens;
    if (step.takes_free_tokens) {
      while (job_server_ && static_cast<int>(extra_tokens.size()) + 1 < job_server_->jobs()) {
        JobServer::Token token = job_server_->try_acquire();
        if (!token.held())
          break;
        extra_tokens.push_back(std::move(token));
      }
      argv.push_back("-j" + std::to_string(job_server_ ? extra_tokens.size() + 1 : jobs_));
      line += " " + argv.back();
    }
    log("$ " + line);
    int status = run_logged(argv, full, step.cwd, log_);
    if (status != 0)
      throw Error("'" + line + "' failed with exit status " + std::to_string(status));
  }

  void run_build_system(const Environment& env) {
    const auto dir = build_dir();
    const auto out = scratch_ / "out";
    // make: the job server's MAKEFLAGS give the parallelism (a -j here would leave its pool).
    std::vector<std::string> make = {"make"};
    if (!job_server_)
      make.push_back("-j" + std::to_string(jobs_));
    const auto& args = recipe_.build.arguments;
    std::vector<Step> steps;
    switch (recipe_.build.system) {
    case BuildSystem::autotools: {
      std::vector<std::string> configure = {"./configure", "--prefix=/usr",
                                            "--build=x86_64-pc-linux-gnu"};
      bool has_host = false;
      for (const auto& arg : args)
        has_host = has_host || arg.rfind("--host=", 0) == 0;
      if (!has_host)
        configure.push_back("--host=" + node_.arch + "-unknown-linux-musl");
      for (const auto& arg : args)
        configure.push_back(expand(arg, env));
      for (const auto& [name, value] : recipe_.build.configure_cache)
        configure.push_back(name + "=" + value);
      steps.push_back({configure, dir, {}});
      steps.push_back({make, dir, {}});
      steps.push_back({{"make", "install", "DESTDIR=" + out.string()}, dir, {}});
      break;
    }
    case BuildSystem::cmake: {
      const auto toolchain_file = tools_.repo() / "toolchain/cmake" / (node_.arch + "posix.cmake");
      std::vector<std::string> configure = {"cmake",
                                            "-S",
                                            dir.string(),
                                            "-B",
                                            (scratch_ / "cmake-build").string(),
                                            "-G",
                                            "Ninja",
                                            "-DCMAKE_TOOLCHAIN_FILE=" + toolchain_file.string(),
                                            "-DCMAKE_INSTALL_PREFIX=/usr",
                                            "-DCMAKE_BUILD_TYPE=Release"};
      for (const auto& arg : args)
        configure.push_back(expand(arg, env));
      steps.push_back({configure, dir, {}});
      steps.push_back(
          {{"cmake", "--build", (scratch_ / "cmake-build").string(), "--"}, dir, {}, true});
      steps.push_back({{"cmake", "--install", (scratch_ / "cmake-build").string()},
                       dir,
                       {{"DESTDIR", out.string()}}});
      break;
    }
    case BuildSystem::make: {
      std::vector<std::string> build = make;
      std::vector<std::string> install = {"make", "install", "DESTDIR=" + out.string(),
                                          "PREFIX=/usr", "prefix=/usr"};
      for (const auto& arg : args) {
        build.push_back(expand(arg, env));
        install.push_back(expand(arg, env));
      }
      steps.push_back({build, dir, {}});
      steps.push_back({install, dir, {}});
      break;
    }
    case BuildSystem::script: {
      std::vector<std::string> script = {"bash", "-euo", "pipefail",
                                         (recipe_.directory / recipe_.build.script).string()};
      for (const auto& arg : args)
        script.push_back(expand(arg, env));
      steps.push_back({script, dir, {}});
      break;
    }
    case BuildSystem::none:
      break;
    }
    for (const auto& step : steps)
      run_step(step, env);
  }

  void assemble_entry() {
    const auto out = scratch_ / "out";
    const auto entry = scratch_ / "entry";
    const auto tree = entry / "tree";
    const std::vector<std::string> installed = list_files_recursively(out);
    std::map<std::string, std::string> selected; // path -> type
    std::map<std::string, const ProgramOutput*> program_policy;
    auto select = [&](const std::string& pattern, const std::string& type) {
      auto matched = match_outputs(pattern, installed);
      if (matched.empty()) {
        std::string sample;
        for (size_t i = 0; i < installed.size() && i < 8; ++i)
          sample += (sample.empty() ? "" : ", ") + installed[i];
        throw Error("output '" + pattern + "' (" + type + ") matched no installed file (" +
                    std::to_string(installed.size()) + " installed" +
                    (sample.empty() ? "" : ": " + sample + (installed.size() > 8 ? ", ..." : "")) +
                    ")");
      }
      for (const auto& path : matched)
        if (!selected.count(path))
          selected[path] = type;
      return matched;
    };
    for (const auto& program : recipe_.outputs.programs)
      for (const auto& path : select(program.path, "program"))
        if (!program_policy.count(path))
          program_policy[path] = &program;
    for (const auto& pattern : recipe_.outputs.libraries)
      select(pattern, "library");
    for (const auto& pattern : recipe_.outputs.headers)
      select(pattern, "header");
    for (const auto& pattern : recipe_.outputs.pkgconfig)
      select(pattern, "pkgconfig");
    for (const auto& pattern : recipe_.outputs.data)
      select(pattern, "data");

    std::vector<ProgramReport> programs;
    for (const auto& [path, policy] : program_policy) {
      if (std::filesystem::is_symlink(std::filesystem::symlink_status(out / path)))
        continue;
      programs.push_back(
          run_post_link(out / path, path, *policy, tools_, log_, entry / "uninstrumented"));
    }

    // No published file may hold a path of this machine (see build_path_scan.h).
    const auto needles =
        build_path_needles({scratch_, store_.root() / "toolchain", tools_.repo() / "toolchain",
                            tools_.repo() / "packages"});
    std::vector<OutputFile> outputs;
    std::vector<std::string> paths;
    for (const auto& [path, type] : selected) {
      const auto from = out / path;
      const auto to = tree / path;
      std::filesystem::create_directories(to.parent_path());
      OutputFile file{path, type, "", 0};
      if (std::filesystem::is_symlink(std::filesystem::symlink_status(from))) {
        std::filesystem::copy_symlink(from, to);
        file.sha256 = "symlink:" + std::filesystem::read_symlink(from).string();
      } else {
        std::filesystem::copy_file(from, to);
        if (const auto hit = find_build_path(to, needles))
          throw Error(path + " (" + type + ") holds the build machine's path '" + hit->needle +
                      "' at byte " + std::to_string(hit->offset) +
                      ": two builds of the same inputs would differ; keep build paths out of "
                      "installed files (packages/README.md, \"Determinism\")");
        file.sha256 = sha256_file_hex(to);
        file.size = std::filesystem::file_size(to);
      }
      outputs.push_back(file);
      paths.push_back(path);
    }

    std::vector<DependencyRecord> deps;
    for (const auto& dep : dependencies_)
      if (dep.direct)
        deps.push_back({dep.name, dep.version, dep.key});
    const int abi = tools_.abi_version();
    const std::string archive = archive_file_name(recipe_, node_.arch, abi, key_.key);
    Json manifest = make_manifest(recipe_, node_.arch, abi, key_, deps, outputs, programs);
    manifest.set("archive", archive);
    const std::string manifest_text = manifest.dump();
    write_file_atomically(entry / "manifest.json", manifest_text);
    std::vector<ArchiveMember> members = members_from_tree(tree, paths);
    ArchiveMember manifest_member;
    manifest_member.path = "manifest.json";
    manifest_member.from_memory = true;
    manifest_member.content = manifest_text;
    members.push_back(manifest_member);
    write_deterministic_archive(entry / archive, members, source_date_epoch());
    write_file_atomically(entry / "archive.sha256",
                          archive_checksum_line(sha256_file_hex(entry / archive), archive));
    if (!store_.install(entry, key_.key, replace_entry_))
      log("an identical entry was installed concurrently; keeping it");
  }

  const GraphNode& node_;
  const Recipe& recipe_;
  const CacheKey& key_;
  const std::vector<BuiltDependency>& dependencies_;
  int jobs_;
  const ToolchainInfo& tools_;
  const CacheStore& store_;
  JobServer* job_server_;
  bool replace_entry_;
  std::filesystem::path scratch_;
  std::filesystem::path log_;
};

} // namespace

BuildOutcome build_node(const GraphNode& node, const CacheKey& key,
                        const std::vector<BuiltDependency>& dependencies, int jobs,
                        const ToolchainInfo& tools, const CacheStore& store, JobServer* job_server,
                        bool replace_entry) {
  return NodeBuilder(node, key, dependencies, jobs, tools, store, job_server, replace_entry).run();
}

std::filesystem::path toolchain_stamp(const std::filesystem::path& cache, const std::string& arch,
                                      const std::string& node_key) {
  return cache / "toolchain" / (".wpk-node-" + arch + "-" + node_key);
}

BuildOutcome build_toolchain(const std::string& arch, const std::string& node_key,
                             const ToolchainInfo& tools, const CacheStore& store) {
  BuildOutcome outcome;
  try {
    outcome.log = store.root() / "logs" / ("toolchain-" + arch + ".log");
    std::filesystem::create_directories(outcome.log.parent_path());
    std::filesystem::remove(outcome.log);
    const auto builder = tools.sysroot_builder();
    if (::access(builder.c_str(), X_OK) != 0) {
      outcome.error = "toolchain/build-sysroot is missing: cannot build the " + arch + " sysroot";
      return outcome;
    }
    Environment env = current_environment();
    env["WPK_CACHE"] = tools.cache().string();
    int status = run_logged({builder.string(), arch}, env, tools.repo(), outcome.log);
    if (status != 0) {
      outcome.error =
          "toolchain/build-sysroot " + arch + " failed with exit status " + std::to_string(status);
      outcome.log_tail = tail_of_file(outcome.log, 20);
      return outcome;
    }
    write_file_atomically(toolchain_stamp(tools.cache(), arch, node_key), node_key + "\n");
    outcome.ok = true;
  } catch (const std::exception& e) {
    outcome.error = failure_message(e);
  }
  return outcome;
}

} // namespace wpk
