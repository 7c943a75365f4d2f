#include "manifest.h"

namespace wpk {

std::string archive_file_name(const Recipe& recipe, const std::string& arch, int abi_version,
                              const std::string& key) {
  return recipe.name + "-" + recipe.version + "-rev" + std::to_string(recipe.revision) + "-abi" +
         std::to_string(abi_version) + "-" + arch + "-" + key.substr(0, 8) + ".tar.zst";
}

Json make_manifest(const Recipe& recipe, const std::string& arch, int abi_version,
                   const CacheKey& key, const std::vector<DependencyRecord>& dependencies,
                   const std::vector<OutputFile>& outputs,
                   const std::vector<ProgramReport>& programs) {
  Json manifest = Json::object();
  manifest.set("name", recipe.name);
  manifest.set("version", recipe.version);
  manifest.set("revision", recipe.revision);
  manifest.set("kind", to_string(recipe.kind));
  manifest.set("arch", arch);
  manifest.set("abi_version", abi_version);
  manifest.set("license", recipe.license);
  manifest.set("key", key.key);
  Json inputs = Json::array();
  for (const auto& input : key.inputs) {
    Json item = Json::object();
    item.set("name", input.name);
    item.set("value", input.value);
    inputs.push(item);
  }
  manifest.set("inputs", inputs);
  Json source = Json::object();
  if (!recipe.source.url.empty()) {
    source.set("url", recipe.source.url);
    source.set("sha256", recipe.source.sha256);
    if (recipe.source.debian)
      source.set("debian", recipe.source.debian->package + " " + recipe.source.debian->version +
                               " " + recipe.source.debian->file);
  } else if (!recipe.source.local.empty()) {
    source.set("local", recipe.source.local);
  }
  if (recipe.source.debian_patches) { // only then: other manifests stay byte-identical
    Json debian_patches = Json::object();
    debian_patches.set("file", recipe.source.debian_patches->file);
    debian_patches.set("sha256", recipe.source.debian_patches->sha256);
    Json apply = Json::array();
    for (const auto& patch : recipe.source.debian_patches->apply)
      apply.push(patch);
    debian_patches.set("apply", apply);
    source.set("debian_patches", debian_patches);
  }
  Json patches = Json::array();
  for (const auto& patch : recipe.source.patches)
    patches.push(patch);
  source.set("patches", patches);
  manifest.set("source", source);
  Json deps = Json::array();
  for (const auto& dep : dependencies) {
    Json item = Json::object();
    item.set("name", dep.name);
    item.set("version", dep.version);
    item.set("key", dep.key);
    deps.push(item);
  }
  manifest.set("dependencies", deps);
  Json files = Json::array();
  for (const auto& output : outputs) {
    Json item = Json::object();
    item.set("path", output.path);
    item.set("type", output.type);
    item.set("sha256", output.sha256);
    item.set("size", output.size);
    files.push(item);
  }
  manifest.set("outputs", files);
  Json reports = Json::array();
  for (const auto& program : programs)
    reports.push(program.to_json());
  manifest.set("programs", reports);
  return manifest;
}

} // namespace wpk
