// abi_model.h — the kernel ABI as data: what abi.yaml (and the committed snapshot) describe.
//
// Invariants once loaded by abi_loader: every map is keyed by name (std::map, so iteration is
// sorted and output built from it is deterministic), every struct named by a syscall argument
// exists, syscall numbers and names (including aliases) are unique, and every syscall fits in
// the six argument slots of wpk.syscall on both arches.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wpk::abi {

enum class Arch { wasm32, wasm64 };
inline constexpr Arch kArches[] = {Arch::wasm32, Arch::wasm64};
const char* arch_name(Arch arch);
std::optional<Arch> parse_arch(const std::string& name);

// A wasm value type as written in the definition: i32, i64, f32, f64, or iptr (the pointer-sized
// integer: i32 on wasm32, i64 on wasm64).
bool is_value_type_name(const std::string& name);
std::string resolve_value_type(const std::string& name, Arch arch);

struct FunctionSignature {
  std::vector<std::string> params; // value type names, possibly "iptr"
  std::vector<std::string> results;
  bool operator==(const FunctionSignature&) const = default;
};

struct Import {
  std::string doc;         // not part of the ABI proper (not in the snapshot)
  std::string c_prototype; // C declaration for wpk_abi.h (not in the snapshot)
  FunctionSignature signature;
};

struct ProgramExport {
  std::string kind;            // "function", "memory", "global" or "table"
  FunctionSignature signature; // only for functions
  bool operator==(const ProgramExport&) const = default;
};

struct CustomSection {
  std::string contents; // what the payload must be; "abi_version_u32le"
  bool operator==(const CustomSection&) const = default;
};

struct Program {
  std::map<std::string, ProgramExport> exports;
  std::map<std::string, CustomSection> custom_sections;
};

struct SyscallArg {
  std::string name;
  std::string kind;        // one of syscall_arg_kinds()
  std::string struct_name; // for struct kinds
  std::string len;         // argument name or decimal count; empty when none
  bool operator==(const SyscallArg&) const = default;
};

struct Syscall {
  int64_t nr = 0;
  std::vector<std::string> aliases;
  std::vector<SyscallArg> args;
};

struct FieldLayout {
  int64_t offset = 0;
  int64_t size = 0;
  bool operator==(const FieldLayout&) const = default;
};

struct StructLayout {
  int64_t size = 0;
  int64_t align = 0;
  std::map<std::string, FieldLayout> fields;
  bool operator==(const StructLayout&) const = default;
};

struct StructDef {
  std::string c_type;               // e.g. "struct stat"
  std::vector<std::string> headers; // included by the layout probe
  std::string c_definition;         // C definition compiled by the probe, for kernel-side structs
  std::map<Arch, StructLayout> layouts;
};

struct ConstantGroup {
  std::vector<std::string> headers; // where the libc defines them; empty: not probed
  std::map<std::string, int64_t> values;
};

// What the third argument of a multiplexed syscall (ioctl, fcntl) is for one request: kind
// none, int (the value itself), int_in/int_out (int* read/written), or struct_in/struct_out/
// struct_inout with `struct_name`.
struct CommandArg {
  std::string kind;
  std::string struct_name;
  bool operator==(const CommandArg&) const = default;
};

struct Abi {
  std::string import_module;
  std::map<std::string, Import> imports;
  Program program;
  std::map<std::string, Syscall> syscalls;
  std::map<std::string, StructDef> structs;
  std::map<std::string, ConstantGroup> constants;
  // syscall name ("ioctl", "fcntl") -> request constant name -> its argument.
  std::map<std::string, std::map<std::string, CommandArg>> commands;
};

// The argument kinds a command (an ioctl or fcntl request) may have.
const std::vector<std::string>& command_arg_kinds();

// The argument kinds a syscall argument may have.
const std::vector<std::string>& syscall_arg_kinds();
// Whether the kind names a struct (and so needs `struct:`).
bool arg_kind_needs_struct(const std::string& kind);
// Argument slots the kind takes on the arch (a 64-bit `off` takes two slots on wasm32).
int arg_kind_slots(const std::string& kind, Arch arch);

} // namespace wpk::abi
