// abi_loader.cc — closed-schema reader for abi.yaml and abi-snapshot.json (see abi_loader.h).
//
// Every mapping is checked key by key: unknown keys, duplicate keys, missing required keys and
// scalars of the wrong type are reported at the position of the offending node. After the
// shape, the cross references are validated (struct names, `len` arguments, unique syscall
// numbers and names, argument slots).
#include "abi_loader.h"

#include "abi_error.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <set>
#include <sstream>
#include <yaml-cpp/yaml.h>

namespace wpk::abi {
namespace {

enum class Source { definition, snapshot };

class Reader {
public:
  Reader(std::string file, Source source) : file_(std::move(file)), source_(source) {}

  Abi read_abi(const YAML::Node& root, int64_t* abi_version);

private:
  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
    // A node without a position (the null document of an empty file) is reported at 1:1.
    const YAML::Mark mark = node.Mark();
    throw AbiError(file_, std::max(mark.line, 0) + 1, std::max(mark.column, 0) + 1, message);
  }

  // Checks that `node` is a mapping whose keys are all in required/optional, each present once,
  // and that every required key is present. Returns the values by key.
  std::map<std::string, YAML::Node> fields(const YAML::Node& node, const std::string& what,
                                           const std::vector<std::string>& required,
                                           const std::vector<std::string>& optional = {}) {
    expect_map(node, what);
    std::map<std::string, YAML::Node> out;
    for (auto entry : node) {
      const std::string key = scalar_key(entry.first, what);
      const bool known = std::find(required.begin(), required.end(), key) != required.end() ||
                         std::find(optional.begin(), optional.end(), key) != optional.end();
      if (!known) {
        std::string allowed;
        for (const auto* list : {&required, &optional})
          for (const auto& k : *list)
            allowed += (allowed.empty() ? "" : ", ") + k;
        fail(entry.first, "unknown key '" + key + "' in " + what + " (expected: " + allowed + ")");
      }
      if (out.count(key))
        fail(entry.first, "duplicate key '" + key + "' in " + what);
      out.emplace(key, entry.second);
    }
    for (const auto& key : required)
      if (!out.count(key))
        fail(node, "missing field '" + key + "' in " + what);
    return out;
  }

  // A mapping with free-form keys (names); duplicates are errors.
  std::vector<std::pair<std::string, YAML::Node>> named_entries(const YAML::Node& node,
                                                                const std::string& what) {
    expect_map(node, what);
    std::vector<std::pair<std::string, YAML::Node>> out;
    std::set<std::string> seen;
    for (auto entry : node) {
      const std::string key = scalar_key(entry.first, what);
      if (!seen.insert(key).second)
        fail(entry.first, "duplicate key '" + key + "' in " + what);
      out.emplace_back(key, entry.second);
    }
    return out;
  }

  void expect_map(const YAML::Node& node, const std::string& what) {
    if (!node.IsMap())
      fail(node, what + ": expected a mapping");
  }

  std::string scalar_key(const YAML::Node& key, const std::string& what) {
    if (!key.IsScalar())
      fail(key, what + ": keys must be plain names");
    return key.Scalar();
  }

  std::string string_value(const YAML::Node& node, const std::string& what) {
    if (!node.IsScalar())
      fail(node, what + ": expected a string");
    return node.Scalar();
  }

  std::string identifier(const YAML::Node& node, const std::string& what) {
    std::string value = string_value(node, what);
    if (!is_identifier(value))
      fail(node, what + ": expected an identifier, got '" + value + "'");
    return value;
  }

  static bool is_identifier(const std::string& s) {
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0])))
      return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
  }

  int64_t int_value(const YAML::Node& node, const std::string& what) {
    // A quoted scalar ("63") is a string, not an integer.
    if (!node.IsScalar() || node.Tag() == "!")
      fail(node, what + ": expected an integer");
    const std::string& text = node.Scalar();
    int64_t value = 0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    int base = 10;
    bool negative = false;
    if (begin != end && *begin == '-') {
      negative = true;
      ++begin;
    }
    if (end - begin > 2 && begin[0] == '0' && (begin[1] == 'x' || begin[1] == 'X')) {
      base = 16;
      begin += 2;
    }
    uint64_t magnitude = 0;
    auto [ptr, ec] = std::from_chars(begin, end, magnitude, base);
    if (begin == end || ec != std::errc() || ptr != end ||
        magnitude > (negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1))
      fail(node, what + ": expected an integer, got '" + text + "'");
    value = negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
    return value;
  }

  int64_t non_negative(const YAML::Node& node, const std::string& what) {
    int64_t v = int_value(node, what);
    if (v < 0)
      fail(node, what + ": expected a non-negative integer");
    return v;
  }

  std::vector<std::string> string_list(const YAML::Node& node, const std::string& what) {
    if (!node.IsSequence())
      fail(node, what + ": expected a list");
    std::vector<std::string> out;
    for (const auto& item : node)
      out.push_back(string_value(item, what));
    return out;
  }

  std::vector<std::string> value_types(const YAML::Node& node, const std::string& what) {
    if (!node.IsSequence())
      fail(node, what + ": expected a list of wasm value types");
    std::vector<std::string> out;
    for (const auto& item : node) {
      std::string t = string_value(item, what);
      if (!is_value_type_name(t))
        fail(item, what + ": unknown value type '" + t + "' (expected i32, i64, f32, f64, iptr)");
      out.push_back(t);
    }
    return out;
  }

  Import read_import(const YAML::Node& node, const std::string& what) {
    auto f = definition() ? fields(node, what, {"c_prototype", "params", "results"}, {"doc"})
                          : fields(node, what, {"params", "results"});
    Import import;
    if (f.count("doc"))
      import.doc = string_value(f["doc"], what + ".doc");
    if (f.count("c_prototype"))
      import.c_prototype = string_value(f["c_prototype"], what + ".c_prototype");
    import.signature.params = value_types(f["params"], what + ".params");
    import.signature.results = value_types(f["results"], what + ".results");
    return import;
  }

  Program read_program(const YAML::Node& node) {
    auto f = fields(node, "program", {"exports", "custom_sections"});
    Program program;
    for (auto& [name, value] : named_entries(f["exports"], "program.exports")) {
      const std::string what = "program.exports." + name;
      auto e = fields(value, what, {"kind"}, {"params", "results"});
      ProgramExport exp;
      exp.kind = string_value(e["kind"], what + ".kind");
      static const std::vector<std::string> kinds = {"function", "memory", "global", "table"};
      if (std::find(kinds.begin(), kinds.end(), exp.kind) == kinds.end())
        fail(e["kind"], what + ".kind: expected one of function, memory, global, table");
      if (exp.kind == "function") {
        if (!e.count("params") || !e.count("results"))
          fail(value, what + ": a function export needs params and results");
        exp.signature.params = value_types(e["params"], what + ".params");
        exp.signature.results = value_types(e["results"], what + ".results");
      } else if (e.count("params") || e.count("results")) {
        fail(value, what + ": only function exports have params/results");
      }
      program.exports[name] = exp;
    }
    for (auto& [name, value] : named_entries(f["custom_sections"], "program.custom_sections")) {
      const std::string what = "program.custom_sections." + name;
      auto c = fields(value, what, {"contents"});
      CustomSection section{string_value(c["contents"], what + ".contents")};
      if (section.contents != "abi_version_u32le")
        fail(c["contents"], what + ".contents: expected abi_version_u32le");
      program.custom_sections[name] = section;
    }
    return program;
  }

  Syscall read_syscall(const YAML::Node& node, const std::string& what) {
    auto f = fields(node, what, {"nr", "args"}, {"aliases"});
    Syscall sc;
    sc.nr = non_negative(f["nr"], what + ".nr");
    if (f.count("aliases")) {
      if (!f["aliases"].IsSequence())
        fail(f["aliases"], what + ".aliases: expected a list");
      for (const auto& a : f["aliases"])
        sc.aliases.push_back(identifier(a, what + ".aliases"));
    }
    const YAML::Node& args = f["args"];
    if (!args.IsSequence())
      fail(args, what + ".args: expected a list");
    for (const auto& a : args) {
      const std::string awhat = what + ".args[" + std::to_string(sc.args.size()) + "]";
      auto af = fields(a, awhat, {"name", "kind"}, {"struct", "len"});
      SyscallArg arg;
      arg.name = identifier(af["name"], awhat + ".name");
      arg.kind = string_value(af["kind"], awhat + ".kind");
      const auto& kinds = syscall_arg_kinds();
      if (std::find(kinds.begin(), kinds.end(), arg.kind) == kinds.end()) {
        std::string allowed;
        for (const auto& k : kinds)
          allowed += (allowed.empty() ? "" : ", ") + k;
        fail(af["kind"],
             awhat + ".kind: unknown kind '" + arg.kind + "' (expected: " + allowed + ")");
      }
      if (af.count("struct"))
        arg.struct_name = identifier(af["struct"], awhat + ".struct");
      if (arg_kind_needs_struct(arg.kind) && arg.struct_name.empty())
        fail(a, awhat + ": kind " + arg.kind + " needs a 'struct' field");
      if (!arg_kind_needs_struct(arg.kind) && !arg.struct_name.empty())
        fail(af["struct"], awhat + ".struct: kind " + arg.kind + " takes no struct");
      if (af.count("len"))
        arg.len = string_value(af["len"], awhat + ".len");
      sc.args.push_back(arg);
      arg_nodes_[what].push_back(a);
    }
    return sc;
  }

  StructLayout read_layout(const YAML::Node& node, const std::string& what) {
    auto f = fields(node, what, {"size", "align", "fields"});
    StructLayout layout;
    layout.size = non_negative(f["size"], what + ".size");
    layout.align = non_negative(f["align"], what + ".align");
    if (layout.align == 0 || (layout.align & (layout.align - 1)) != 0)
      fail(f["align"], what + ".align: expected a power of two");
    for (auto& [name, value] : named_entries(f["fields"], what + ".fields")) {
      const std::string fwhat = what + ".fields." + name;
      auto ff = fields(value, fwhat, {"offset", "size"});
      FieldLayout field{non_negative(ff["offset"], fwhat + ".offset"),
                        non_negative(ff["size"], fwhat + ".size")};
      if (field.offset + field.size > layout.size)
        fail(value, fwhat + ": field ends at " + std::to_string(field.offset + field.size) +
                        ", past the struct size " + std::to_string(layout.size));
      layout.fields[name] = field;
    }
    return layout;
  }

  StructDef read_struct(const YAML::Node& node, const std::string& what) {
    auto f = definition()
                 ? fields(node, what, {"c_type", "headers", "wasm32", "wasm64"}, {"c_definition"})
                 : fields(node, what, {"wasm32", "wasm64"});
    StructDef def;
    if (definition()) {
      def.c_type = string_value(f["c_type"], what + ".c_type");
      def.headers = string_list(f["headers"], what + ".headers");
      if (f.count("c_definition"))
        def.c_definition = string_value(f["c_definition"], what + ".c_definition");
    }
    for (Arch arch : kArches)
      def.layouts[arch] = read_layout(f[arch_name(arch)], what + "." + arch_name(arch));
    return def;
  }

  ConstantGroup read_constant_group(const YAML::Node& node, const std::string& what) {
    ConstantGroup group;
    // (YAML::Node's operator= rebinds the referenced node, so no Node is ever reassigned.)
    std::map<std::string, YAML::Node> f;
    if (definition()) {
      f = fields(node, what, {"headers", "values"});
      group.headers = string_list(f.at("headers"), what + ".headers");
    }
    for (auto& [name, value] : named_entries(definition() ? f.at("values") : node, what))
      group.values[name] = int_value(value, what + "." + name);
    return group;
  }

  void validate(const Abi& abi, const YAML::Node& root);
  void read_commands(const YAML::Node& node, Abi& abi);

  bool definition() const { return source_ == Source::definition; }

  std::string file_;
  Source source_;
  std::map<std::string, std::vector<YAML::Node>> arg_nodes_; // for located cross-ref errors
  std::map<std::string, YAML::Node> syscall_nodes_;
  std::map<std::string, YAML::Node> constant_nodes_;
};

Abi Reader::read_abi(const YAML::Node& root, int64_t* abi_version) {
  std::vector<std::string> required = {"import_module", "imports", "program",
                                       "syscalls",      "structs", "constants"};
  if (!definition())
    required.push_back("abi_version");
  auto f = fields(root, definition() ? "the ABI definition" : "the ABI snapshot", required,
                  {"commands"});
  Abi abi;
  if (abi_version) {
    *abi_version = non_negative(f["abi_version"], "abi_version");
  }
  abi.import_module = identifier(f["import_module"], "import_module");
  for (auto& [name, node] : named_entries(f["imports"], "imports"))
    abi.imports[name] = read_import(node, "imports." + name);
  abi.program = read_program(f["program"]);
  for (auto& [name, node] : named_entries(f["syscalls"], "syscalls")) {
    if (!is_identifier(name))
      fail(node, "syscalls: '" + name + "' is not an identifier");
    abi.syscalls[name] = read_syscall(node, "syscalls." + name);
    syscall_nodes_.emplace(name, node);
  }
  for (auto& [name, node] : named_entries(f["structs"], "structs"))
    abi.structs[name] = read_struct(node, "structs." + name);
  for (auto& [name, node] : named_entries(f["constants"], "constants")) {
    abi.constants[name] = read_constant_group(node, "constants." + name);
    constant_nodes_.emplace(name, node);
  }
  if (f.count("commands"))
    read_commands(f["commands"], abi);
  validate(abi, root);
  return abi;
}

void Reader::read_commands(const YAML::Node& node, Abi& abi) {
  std::set<std::string> constant_names;
  for (const auto& [group, g] : abi.constants)
    for (const auto& [name, value] : g.values)
      constant_names.insert(name);
  const auto& kinds = command_arg_kinds();
  for (auto& [syscall, requests] : named_entries(node, "commands")) {
    if (!abi.syscalls.count(syscall))
      fail(requests, "commands." + syscall + ": not a syscall of the ABI");
    auto& out = abi.commands[syscall];
    for (auto& [request, value] : named_entries(requests, "commands." + syscall)) {
      const std::string what = "commands." + syscall + "." + request;
      if (!constant_names.count(request))
        fail(value, what + ": '" + request + "' is not a constant of the ABI");
      auto c = fields(value, what, {"kind"}, {"struct"});
      CommandArg arg;
      arg.kind = string_value(c["kind"], what + ".kind");
      if (std::find(kinds.begin(), kinds.end(), arg.kind) == kinds.end())
        fail(c["kind"], what + ".kind: unknown kind '" + arg.kind +
                            "' (expected: none, int, int_in, int_out, struct_in, struct_out, "
                            "struct_inout)");
      if (c.count("struct"))
        arg.struct_name = identifier(c["struct"], what + ".struct");
      if (arg_kind_needs_struct(arg.kind) != !arg.struct_name.empty())
        fail(value, what + ": a struct kind needs 'struct', other kinds take none");
      if (!arg.struct_name.empty() && !abi.structs.count(arg.struct_name))
        fail(c["struct"], what + ".struct: unknown struct '" + arg.struct_name + "'");
      out.emplace(request, arg);
    }
  }
}

void Reader::validate(const Abi& abi, const YAML::Node& root) {
  std::map<int64_t, std::string> by_number;
  std::set<std::string> names;
  for (const auto& [name, sc] : abi.syscalls)
    names.insert(name);
  for (const auto& [name, sc] : abi.syscalls) {
    const YAML::Node& node = syscall_nodes_[name];
    auto [it, inserted] = by_number.emplace(sc.nr, name);
    if (!inserted)
      fail(node, "syscalls." + name + ": number " + std::to_string(sc.nr) + " is already used by " +
                     it->second);
    for (const auto& alias : sc.aliases)
      if (!names.insert(alias).second)
        fail(node, "syscalls." + name + ": alias '" + alias + "' is already a syscall name");
    std::set<std::string> arg_names;
    for (size_t i = 0; i < sc.args.size(); ++i) {
      const SyscallArg& arg = sc.args[i];
      const YAML::Node& anode = arg_nodes_["syscalls." + name][i];
      const std::string what = "syscalls." + name + ".args[" + std::to_string(i) + "]";
      if (!arg_names.insert(arg.name).second)
        fail(anode, what + ": duplicate argument name '" + arg.name + "'");
      if (!arg.struct_name.empty() && !abi.structs.count(arg.struct_name))
        fail(anode, what + ": unknown struct '" + arg.struct_name + "'");
    }
    for (size_t i = 0; i < sc.args.size(); ++i) {
      const SyscallArg& arg = sc.args[i];
      if (arg.len.empty())
        continue;
      const bool is_count =
          std::all_of(arg.len.begin(), arg.len.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!is_count && !arg_names.count(arg.len))
        fail(arg_nodes_["syscalls." + name][i], "syscalls." + name + ".args[" + std::to_string(i) +
                                                    "].len: '" + arg.len +
                                                    "' is neither a count nor an argument");
    }
    for (Arch arch : kArches) {
      int slots = 0;
      for (const auto& arg : sc.args)
        slots += arg_kind_slots(arg.kind, arch);
      if (slots > 6)
        fail(node, "syscalls." + name + ": needs " + std::to_string(slots) + " argument slots on " +
                       arch_name(arch) + " (wpk.syscall has 6)");
    }
  }
  for (const auto& [name, sc] : abi.syscalls)
    for (const auto& alias : sc.aliases)
      if (abi.syscalls.count(alias))
        fail(syscall_nodes_[name], "syscalls." + name + ": alias '" + alias + "' is a syscall");
  std::map<std::string, std::string> constant_owner;
  for (const auto& [group, g] : abi.constants)
    for (const auto& [cname, value] : g.values) {
      auto [it, inserted] = constant_owner.emplace(cname, group);
      if (!inserted)
        fail(constant_nodes_[group],
             "constants." + group + ": " + cname + " is already defined in group " + it->second);
    }
  (void)root;
}

YAML::Node parse_yaml(const std::string& text, const std::string& file_name) {
  try {
    return YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    throw AbiError(file_name, e.mark.line + 1, e.mark.column + 1, e.msg);
  }
}

} // namespace

Abi load_definition_text(const std::string& text, const std::string& file_name) {
  YAML::Node root = parse_yaml(text, file_name);
  Reader reader(file_name, Source::definition);
  return reader.read_abi(root, nullptr);
}

Abi load_definition_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw AbiError(path + ": cannot read the ABI definition");
  std::ostringstream text;
  text << in.rdbuf();
  return load_definition_text(text.str(), path);
}

Snapshot load_snapshot_text(const std::string& text, const std::string& file_name) {
  YAML::Node root = parse_yaml(text, file_name);
  Reader reader(file_name, Source::snapshot);
  Snapshot snapshot;
  snapshot.abi = reader.read_abi(root, &snapshot.abi_version);
  return snapshot;
}

int64_t parse_abi_version(const std::string& text, const std::string& file_name) {
  std::string digits = text;
  if (!digits.empty() && digits.back() == '\n')
    digits.pop_back();
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size() || value <= 0)
    throw AbiError(file_name, 1, 1, "expected one positive decimal integer (the ABI version)");
  return value;
}

} // namespace wpk::abi
