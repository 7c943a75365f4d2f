// artifact_check.cc — see artifact_check.h.
#include "artifact_check.h"

namespace wpk::abi {
namespace {

std::string type_text(const std::vector<std::string>& params,
                      const std::vector<std::string>& results) {
  auto list = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v)
      out += (out.empty() ? "" : ", ") + s;
    return "(" + out + ")";
  };
  return list(params) + " -> " + list(results);
}

wasm::FuncType resolve(const FunctionSignature& s, Arch arch) {
  wasm::FuncType t;
  for (const auto& p : s.params)
    t.params.push_back(resolve_value_type(p, arch));
  for (const auto& r : s.results)
    t.results.push_back(resolve_value_type(r, arch));
  return t;
}

} // namespace

ArtifactReport check_artifact(const Abi& abi, int64_t abi_version, const wasm::Module& module,
                              std::optional<Arch> forced_arch) {
  ArtifactReport report;
  auto& offenders = report.offenders;

  bool memory_imported = false;
  const std::optional<wasm::Limits> memory0 = module.memory(0, &memory_imported);
  if (memory0) {
    const Arch detected = memory0->is64 ? Arch::wasm64 : Arch::wasm32;
    if (forced_arch && *forced_arch != detected)
      offenders.push_back(std::string("memory 0 is ") + (memory0->is64 ? "64" : "32") +
                          "-bit but --arch " + arch_name(*forced_arch) + " was given");
    report.arch = forced_arch.value_or(detected);
  } else if (forced_arch) {
    report.arch = forced_arch;
  } else {
    offenders.push_back("the module has no memory, so its arch is unknown (pass --arch)");
  }
  // A program defines its memory, or (a program that can run threads) imports it shared, with a
  // maximum, as `<import module>.memory`: every thread is an instance on that one memory.
  if (memory0 && memory_imported && !(memory0->shared && memory0->max))
    offenders.push_back("memory 0 is imported but not shared with a maximum; a program defines "
                        "its own memory or imports a shared one");

  for (const auto& imp : module.imports) {
    const std::string name = imp.module + "." + imp.name;
    if (imp.kind == wasm::ExternalKind::memory && imp.module == abi.import_module &&
        imp.name == "memory")
      continue;
    if (imp.module != abi.import_module || imp.kind != wasm::ExternalKind::function) {
      offenders.push_back("import " + name + " (" + wasm::external_kind_name(imp.kind) +
                          ") is not part of the kernel ABI");
      continue;
    }
    auto it = abi.imports.find(imp.name);
    if (it == abi.imports.end()) {
      offenders.push_back("import " + name + " is not part of the kernel ABI (unknown function)");
      continue;
    }
    if (!report.arch)
      continue;
    const wasm::FuncType expected = resolve(it->second.signature, *report.arch);
    const wasm::FuncType& actual = module.types.at(imp.type_index);
    if (!(expected == actual))
      offenders.push_back("import " + name + " has type " +
                          type_text(actual.params, actual.results) + ", the ABI says " +
                          type_text(expected.params, expected.results) + " on " +
                          arch_name(*report.arch));
  }

  for (const auto& [name, required] : abi.program.exports) {
    const wasm::Export* found = nullptr;
    for (const auto& e : module.exports)
      if (e.name == name)
        found = &e;
    if (!found) {
      offenders.push_back("missing required export " + name + " (" + required.kind + ")");
      continue;
    }
    if (required.kind != wasm::external_kind_name(found->kind)) {
      offenders.push_back("export " + name + " is a " + wasm::external_kind_name(found->kind) +
                          ", the ABI requires a " + required.kind);
      continue;
    }
    if (required.kind == "function" && report.arch) {
      const auto actual = module.function_type(found->index);
      const wasm::FuncType expected = resolve(required.signature, *report.arch);
      if (!actual)
        offenders.push_back("export " + name + " names a function that does not exist");
      else if (!(*actual == expected))
        offenders.push_back("export " + name + " has type " +
                            type_text(actual->params, actual->results) + ", the ABI requires " +
                            type_text(expected.params, expected.results));
    }
    if (required.kind == "memory" && found->index != 0)
      offenders.push_back("export " + name + " is memory " + std::to_string(found->index) +
                          ", the ABI requires memory 0");
  }

  for (const auto& [name, section] : abi.program.custom_sections) {
    const auto found = module.custom_sections_named(name);
    if (found.empty()) {
      offenders.push_back("missing custom section " + name);
      continue;
    }
    if (found.size() > 1) {
      offenders.push_back("custom section " + name + " appears " + std::to_string(found.size()) +
                          " times");
      continue;
    }
    // contents == abi_version_u32le (the loader accepts nothing else).
    const auto& payload = found[0]->payload;
    if (payload.size() != 4) {
      offenders.push_back("custom section " + name + " has " + std::to_string(payload.size()) +
                          " bytes, expected a 4-byte little-endian ABI version");
      continue;
    }
    const uint32_t version =
        payload[0] | payload[1] << 8 | payload[2] << 16 | static_cast<uint32_t>(payload[3]) << 24;
    if (version != abi_version)
      offenders.push_back("custom section " + name + " says ABI version " +
                          std::to_string(version) + ", the ABI is version " +
                          std::to_string(abi_version));
  }
  return report;
}

} // namespace wpk::abi
