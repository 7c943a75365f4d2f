// abi_json.cc — converts the ABI model to JSON values (see abi_json.h).
#include "abi_json.h"

#include <algorithm>

namespace wpk::abi {
namespace {

JsonValue string_array(const std::vector<std::string>& items) {
  JsonArray out;
  for (const auto& s : items)
    out.emplace_back(s);
  return out;
}

} // namespace

JsonValue signature_json(const FunctionSignature& signature) {
  return JsonObject{{"params", string_array(signature.params)},
                    {"results", string_array(signature.results)}};
}

JsonValue signature_json(const FunctionSignature& signature, Arch arch) {
  FunctionSignature resolved;
  for (const auto& p : signature.params)
    resolved.params.push_back(resolve_value_type(p, arch));
  for (const auto& r : signature.results)
    resolved.results.push_back(resolve_value_type(r, arch));
  return signature_json(resolved);
}

JsonValue syscall_json(const Syscall& syscall) {
  JsonArray args;
  for (const auto& arg : syscall.args) {
    JsonObject a{{"name", arg.name}, {"kind", arg.kind}};
    if (!arg.struct_name.empty())
      a["struct"] = arg.struct_name;
    if (!arg.len.empty()) {
      const bool is_count =
          std::all_of(arg.len.begin(), arg.len.end(), [](char c) { return c >= '0' && c <= '9'; });
      a["len"] = is_count ? JsonValue(static_cast<int64_t>(std::stoll(arg.len))) : arg.len;
    }
    args.emplace_back(std::move(a));
  }
  JsonObject out{{"nr", syscall.nr}, {"args", std::move(args)}};
  if (!syscall.aliases.empty())
    out["aliases"] = string_array(syscall.aliases);
  return out;
}

JsonValue layout_json(const StructLayout& layout) {
  JsonObject fields;
  for (const auto& [name, field] : layout.fields)
    fields[name] = JsonObject{{"offset", field.offset}, {"size", field.size}};
  return JsonObject{{"size", layout.size}, {"align", layout.align}, {"fields", std::move(fields)}};
}

JsonValue struct_layouts_json(const StructDef& def) {
  JsonObject out;
  for (const auto& [arch, layout] : def.layouts)
    out[arch_name(arch)] = layout_json(layout);
  return out;
}

JsonValue program_json(const Program& program) {
  JsonObject exports;
  for (const auto& [name, exp] : program.exports) {
    JsonObject e{{"kind", exp.kind}};
    if (exp.kind == "function") {
      e["params"] = string_array(exp.signature.params);
      e["results"] = string_array(exp.signature.results);
    }
    exports[name] = std::move(e);
  }
  JsonObject sections;
  for (const auto& [name, section] : program.custom_sections)
    sections[name] = JsonObject{{"contents", section.contents}};
  return JsonObject{{"exports", std::move(exports)}, {"custom_sections", std::move(sections)}};
}

JsonValue constants_json(const std::map<std::string, ConstantGroup>& constants) {
  JsonObject out;
  for (const auto& [group, g] : constants) {
    JsonObject values;
    for (const auto& [name, value] : g.values)
      values[name] = value;
    out[group] = std::move(values);
  }
  return out;
}

JsonValue commands_json(const std::map<std::string, std::map<std::string, CommandArg>>& commands,
                        const Abi* abi) {
  JsonObject out;
  for (const auto& [syscall, requests] : commands) {
    JsonObject entries;
    for (const auto& [request, arg] : requests) {
      JsonObject e{{"kind", arg.kind}};
      if (!arg.struct_name.empty())
        e["struct"] = arg.struct_name;
      if (abi)
        for (const auto& [group, g] : abi->constants)
          if (auto it = g.values.find(request); it != g.values.end())
            e["value"] = it->second;
      entries[request] = std::move(e);
    }
    out[syscall] = std::move(entries);
  }
  return out;
}

} // namespace wpk::abi
