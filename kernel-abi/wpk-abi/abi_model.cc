// abi_model.cc — small helpers over the ABI data model (arch names, value types, arg kinds).
#include "abi_model.h"

#include <algorithm>

namespace wpk::abi {

const char* arch_name(Arch arch) {
  return arch == Arch::wasm32 ? "wasm32" : "wasm64";
}

std::optional<Arch> parse_arch(const std::string& name) {
  if (name == "wasm32")
    return Arch::wasm32;
  if (name == "wasm64")
    return Arch::wasm64;
  return std::nullopt;
}

bool is_value_type_name(const std::string& name) {
  return name == "i32" || name == "i64" || name == "f32" || name == "f64" || name == "iptr";
}

std::string resolve_value_type(const std::string& name, Arch arch) {
  if (name == "iptr")
    return arch == Arch::wasm32 ? "i32" : "i64";
  return name;
}

const std::vector<std::string>& syscall_arg_kinds() {
  // Scalars: int/uint (C int), long/ulong (pointer-sized), size (size_t), fd (int; AT_FDCWD
  // allowed), pid (pid_t), mode (mode_t), off (64-bit; two slots on wasm32, low word first).
  // Pointers: pointer (opaque address), cstring (NUL-terminated, read), cstring_array
  // (NULL-terminated array of cstring), buffer_in/buffer_out (bytes read/written, length in
  // `len`), struct_in/struct_out/struct_inout (one struct), struct_array_in/struct_array_inout
  // (`len` structs), struct_array_out (up to `len` structs written, as many as the result
  // says), addr_in/addr_out (a sockaddr of `len` bytes; addr_out's `len` argument is a
  // socklen_inout), socklen_inout (socklen_t*, read and written), int_out/uint_out (int*
  // written), fd_pair_out (int[2] written), off_inout (64-bit off_t*, read and written),
  // fcntl_arg/ioctl_arg (depends on the command: int or pointer, see the constants).
  static const std::vector<std::string> kinds = {"addr_in",
                                                 "addr_out",
                                                 "buffer_in",
                                                 "buffer_out",
                                                 "cstring",
                                                 "cstring_array",
                                                 "fcntl_arg",
                                                 "fd",
                                                 "fd_pair_out",
                                                 "int",
                                                 "int_out",
                                                 "ioctl_arg",
                                                 "long",
                                                 "mode",
                                                 "off",
                                                 "off_inout",
                                                 "pid",
                                                 "pointer",
                                                 "size",
                                                 "socklen_inout",
                                                 "struct_array_in",
                                                 "struct_array_inout",
                                                 "struct_array_out",
                                                 "struct_in",
                                                 "struct_inout",
                                                 "struct_out",
                                                 "uint",
                                                 "uint_out",
                                                 "ulong"};
  return kinds;
}

const std::vector<std::string>& command_arg_kinds() {
  static const std::vector<std::string> kinds = {"int",       "int_in",     "int_out",     "none",
                                                 "struct_in", "struct_out", "struct_inout"};
  return kinds;
}

bool arg_kind_needs_struct(const std::string& kind) {
  return kind.rfind("struct_", 0) == 0;
}

int arg_kind_slots(const std::string& kind, Arch arch) {
  return kind == "off" && arch == Arch::wasm32 ? 2 : 1;
}

} // namespace wpk::abi
