// abi_json.h — the ABI model as JSON values; shared by the snapshot and the JS module.
#pragma once

#include "abi_model.h"
#include "json_value.h"

namespace wpk::abi {

JsonValue signature_json(const FunctionSignature& signature); // value types as written (iptr)
JsonValue signature_json(const FunctionSignature& signature, Arch arch); // iptr resolved
JsonValue syscall_json(const Syscall& syscall);
JsonValue layout_json(const StructLayout& layout);
JsonValue struct_layouts_json(const StructDef& def); // {wasm32: layout, wasm64: layout}
JsonValue program_json(const Program& program);
JsonValue constants_json(const std::map<std::string, ConstantGroup>& constants);
// {syscall: {REQUEST: {kind, struct?}}}; with `abi` given, each entry also carries the request's
// numeric `value` (for the runtime).
JsonValue commands_json(const std::map<std::string, std::map<std::string, CommandArg>>& commands,
                        const Abi* abi = nullptr);

} // namespace wpk::abi
