#include "recipe.h"

#include <algorithm>
#include <sstream>

namespace wpk {

const std::vector<std::string> kKnownArches = {"wasm32", "wasm64"};

const char* to_string(PackageKind kind) {
  switch (kind) {
  case PackageKind::program:
    return "program";
  case PackageKind::library:
    return "library";
  case PackageKind::data:
    return "data";
  case PackageKind::toolchain:
    return "toolchain";
  case PackageKind::bundle:
    return "bundle";
  }
  return "?";
}

const char* to_string(BuildSystem system) {
  switch (system) {
  case BuildSystem::autotools:
    return "autotools";
  case BuildSystem::cmake:
    return "cmake";
  case BuildSystem::make:
    return "make";
  case BuildSystem::script:
    return "script";
  case BuildSystem::none:
    return "none";
  }
  return "?";
}

const char* to_string(ForkPolicy policy) {
  return policy == ForkPolicy::automatic ? "auto" : "disabled";
}

const char* to_string(AllocatorPolicy policy) {
  return policy == AllocatorPolicy::wpkmalloc ? "wpkmalloc" : "any";
}

std::string Source::archive_file_name() const {
  if (debian)
    return debian->file;
  size_t slash = url.rfind('/');
  return slash == std::string::npos ? url : url.substr(slash + 1);
}

bool Recipe::supports(const std::string& arch) const {
  return std::find(arches.begin(), arches.end(), arch) != arches.end();
}

bool Recipe::uses_fork_instrumentation() const {
  for (const auto& program : outputs.programs)
    if (program.fork == ForkPolicy::automatic)
      return true;
  return false;
}

bool Recipe::uses_wasm_optimizer() const {
  for (const auto& program : outputs.programs)
    if (program.optimize != "none")
      return true;
  return false;
}

namespace {

// One "key value" line per field; values are escaped so that a newline in a value cannot forge
// another field.
void line(std::ostringstream& out, const std::string& key, const std::string& value) {
  out << key << ' ';
  for (char c : value) {
    if (c == '\\')
      out << "\\\\";
    else if (c == '\n')
      out << "\\n";
    else
      out << c;
  }
  out << '\n';
}

} // namespace

std::string Recipe::canonical_text() const {
  std::ostringstream out;
  line(out, "recipe-format", "1");
  line(out, "name", name);
  line(out, "version", version);
  line(out, "revision", std::to_string(revision));
  line(out, "kind", to_string(kind));
  line(out, "license", license);
  line(out, "source.url", source.url);
  line(out, "source.sha256", source.sha256);
  if (source.debian) {
    line(out, "source.debian.package", source.debian->package);
    line(out, "source.debian.version", source.debian->version);
    line(out, "source.debian.file", source.debian->file);
  }
  if (source.debian_patches) { // only then: the other recipes' text stays what it was
    line(out, "source.debian_patches.file", source.debian_patches->file);
    line(out, "source.debian_patches.sha256", source.debian_patches->sha256);
    for (const auto& patch : source.debian_patches->apply)
      line(out, "source.debian_patches.apply", patch);
  }
  line(out, "source.local", source.local);
  line(out, "source.strip_components", std::to_string(source.strip_components));
  for (const auto& patch : source.patches)
    line(out, "source.patch", patch);
  std::vector<std::string> deps;
  for (const auto& dep : depends)
    deps.push_back(dep.name + "=" + dep.version);
  std::sort(deps.begin(), deps.end());
  for (const auto& dep : deps)
    line(out, "depends", dep);
  std::vector<std::string> sorted_arches = arches;
  std::sort(sorted_arches.begin(), sorted_arches.end());
  for (const auto& arch : sorted_arches)
    line(out, "arch", arch);
  line(out, "build.system", to_string(build.system));
  for (const auto& argument : build.arguments)
    line(out, "build.argument", argument);
  for (const auto& [key, value] : build.environment)
    line(out, "build.environment", key + "=" + value);
  for (const auto& [key, value] : build.configure_cache)
    line(out, "build.configure_cache", key + "=" + value);
  line(out, "build.script", build.script);
  line(out, "build.directory", build.directory);
  for (const auto& program : outputs.programs)
    line(out, "outputs.program",
         program.path + " fork=" + to_string(program.fork) +
             " allocator=" + to_string(program.allocator) + " optimize=" + program.optimize);
  for (const auto& path : outputs.libraries)
    line(out, "outputs.library", path);
  for (const auto& path : outputs.headers)
    line(out, "outputs.header", path);
  for (const auto& path : outputs.pkgconfig)
    line(out, "outputs.pkgconfig", path);
  for (const auto& path : outputs.data)
    line(out, "outputs.data", path);
  // Tests and test_depends do not influence the build output, so they are not part of the key.
  return out.str();
}

} // namespace wpk
