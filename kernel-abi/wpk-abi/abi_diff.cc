// abi_diff.cc — see abi_diff.h. Walks both models section by section in sorted order.
#include "abi_diff.h"

#include <algorithm>

namespace wpk::abi {
namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items)
    out += (out.empty() ? "" : ", ") + s;
  return "(" + out + ")";
}

std::string signature_text(const FunctionSignature& s) {
  return join(s.params) + " -> " + join(s.results);
}

std::string args_text(const std::vector<SyscallArg>& args) {
  std::vector<std::string> parts;
  for (const auto& a : args) {
    std::string p = a.name + ": " + a.kind;
    if (!a.struct_name.empty())
      p += " " + a.struct_name;
    if (!a.len.empty())
      p += " [len " + a.len + "]";
    parts.push_back(p);
  }
  return join(parts);
}

class Differ {
public:
  std::vector<AbiChange> changes;

  void add(bool breaking, std::string description) {
    changes.push_back({breaking, std::move(description)});
  }

  // Calls on_added/on_removed/on_both for the keys of two maps.
  template <typename Map, typename Added, typename Removed, typename Both>
  void walk(const Map& base, const Map& current, Added on_added, Removed on_removed, Both on_both) {
    for (const auto& [key, value] : base) {
      auto it = current.find(key);
      if (it == current.end())
        on_removed(key, value);
      else
        on_both(key, value, it->second);
    }
    for (const auto& [key, value] : current)
      if (!base.count(key))
        on_added(key, value);
  }

  void imports(const Abi& base, const Abi& current) {
    if (base.import_module != current.import_module)
      add(true, "import module renamed: " + base.import_module + " -> " + current.import_module);
    walk(
        base.imports, current.imports,
        [&](const std::string& name, const Import&) { add(false, "new import " + name); },
        [&](const std::string& name, const Import&) { add(true, "removed import " + name); },
        [&](const std::string& name, const Import& b, const Import& c) {
          if (!(b.signature == c.signature))
            add(true, "import " + name + " changed signature: " + signature_text(b.signature) +
                          " -> " + signature_text(c.signature));
        });
  }

  void program(const Abi& base, const Abi& current) {
    walk(
        base.program.exports, current.program.exports,
        [&](const std::string& name, const ProgramExport&) {
          add(true, "program contract: new required export " + name);
        },
        [&](const std::string& name, const ProgramExport&) {
          add(true, "program contract: removed export " + name);
        },
        [&](const std::string& name, const ProgramExport& b, const ProgramExport& c) {
          if (!(b == c))
            add(true, "program contract: export " + name + " changed");
        });
    walk(
        base.program.custom_sections, current.program.custom_sections,
        [&](const std::string& name, const CustomSection&) {
          add(true, "program contract: new required custom section " + name);
        },
        [&](const std::string& name, const CustomSection&) {
          add(true, "program contract: removed custom section " + name);
        },
        [&](const std::string& name, const CustomSection& b, const CustomSection& c) {
          if (!(b == c))
            add(true, "program contract: custom section " + name + " changed");
        });
  }

  void syscalls(const Abi& base, const Abi& current) {
    walk(
        base.syscalls, current.syscalls,
        [&](const std::string& name, const Syscall& s) {
          add(false, "new syscall " + name + " (nr " + std::to_string(s.nr) + ")");
        },
        [&](const std::string& name, const Syscall& s) {
          add(true, "removed syscall " + name + " (nr " + std::to_string(s.nr) + ")");
        },
        [&](const std::string& name, const Syscall& b, const Syscall& c) {
          if (b.nr != c.nr)
            add(true, "renumbered syscall " + name + ": " + std::to_string(b.nr) + " -> " +
                          std::to_string(c.nr));
          if (!(b.args == c.args))
            add(true, "syscall " + name + " changed arguments: " + args_text(b.args) + " -> " +
                          args_text(c.args));
          for (const auto& alias : b.aliases)
            if (std::find(c.aliases.begin(), c.aliases.end(), alias) == c.aliases.end())
              add(true, "syscall " + name + ": removed alias " + alias);
          for (const auto& alias : c.aliases)
            if (std::find(b.aliases.begin(), b.aliases.end(), alias) == b.aliases.end())
              add(false, "syscall " + name + ": new alias " + alias);
        });
  }

  void structs(const Abi& base, const Abi& current) {
    walk(
        base.structs, current.structs,
        [&](const std::string& name, const StructDef&) { add(false, "new struct " + name); },
        [&](const std::string& name, const StructDef&) { add(true, "removed struct " + name); },
        [&](const std::string& name, const StructDef& b, const StructDef& c) {
          for (Arch arch : kArches)
            layout(name, arch, b.layouts.at(arch), c.layouts.at(arch));
        });
  }

  void layout(const std::string& name, Arch arch, const StructLayout& b, const StructLayout& c) {
    const std::string where = std::string(" (") + arch_name(arch) + ")";
    if (b.size != c.size)
      add(true, "struct " + name + where + ": size " + std::to_string(b.size) + " -> " +
                    std::to_string(c.size));
    if (b.align != c.align)
      add(true, "struct " + name + where + ": align " + std::to_string(b.align) + " -> " +
                    std::to_string(c.align));
    walk(
        b.fields, c.fields,
        [&](const std::string& field, const FieldLayout&) {
          add(false, "struct " + name + " field " + field + where + ": new field");
        },
        [&](const std::string& field, const FieldLayout&) {
          add(true, "struct " + name + " field " + field + where + ": removed");
        },
        [&](const std::string& field, const FieldLayout& bf, const FieldLayout& cf) {
          if (bf.offset != cf.offset)
            add(true, "struct " + name + " field " + field + where + ": offset " +
                          std::to_string(bf.offset) + " -> " + std::to_string(cf.offset));
          if (bf.size != cf.size)
            add(true, "struct " + name + " field " + field + where + ": size " +
                          std::to_string(bf.size) + " -> " + std::to_string(cf.size));
        });
  }

  void commands(const Abi& base, const Abi& current) {
    using Requests = std::map<std::string, CommandArg>;
    walk(
        base.commands, current.commands,
        [&](const std::string& syscall, const Requests&) {
          add(false, "new command table for " + syscall);
        },
        [&](const std::string& syscall, const Requests&) {
          add(true, "removed command table for " + syscall);
        },
        [&](const std::string& syscall, const Requests& b, const Requests& c) {
          walk(
              b, c,
              [&](const std::string& request, const CommandArg&) {
                add(false, "new " + syscall + " command " + request);
              },
              [&](const std::string& request, const CommandArg&) {
                add(true, "removed " + syscall + " command " + request);
              },
              [&](const std::string& request, const CommandArg& ba, const CommandArg& ca) {
                if (!(ba == ca))
                  add(true, syscall + " command " + request + " changed argument: " + ba.kind +
                                (ba.struct_name.empty() ? "" : " " + ba.struct_name) + " -> " +
                                ca.kind + (ca.struct_name.empty() ? "" : " " + ca.struct_name));
              });
        });
  }

  void constants(const Abi& base, const Abi& current) {
    walk(
        base.constants, current.constants,
        [&](const std::string& group, const ConstantGroup&) {
          add(false, "new constant group " + group);
        },
        [&](const std::string& group, const ConstantGroup&) {
          add(true, "removed constant group " + group);
        },
        [&](const std::string& group, const ConstantGroup& b, const ConstantGroup& c) {
          walk(
              b.values, c.values,
              [&](const std::string& name, int64_t) {
                add(false, "new constant " + group + "." + name);
              },
              [&](const std::string& name, int64_t) {
                add(true, "removed constant " + group + "." + name);
              },
              [&](const std::string& name, int64_t bv, int64_t cv) {
                if (bv != cv)
                  add(true, "constant " + group + "." + name + " changed value: " +
                                std::to_string(bv) + " -> " + std::to_string(cv));
              });
        });
  }
};

} // namespace

std::vector<AbiChange> diff_abi(const Abi& base, const Abi& current) {
  Differ d;
  d.imports(base, current);
  d.program(base, current);
  d.syscalls(base, current);
  d.structs(base, current);
  d.constants(base, current);
  d.commands(base, current);
  return d.changes;
}

} // namespace wpk::abi
