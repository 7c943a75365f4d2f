// fork_runtime_support.cpp — see fork_runtime_support.h and instrument/PROTOCOL.md.
#include "fork_runtime_support.h"

#include "instrument_error.h"
#include "wasm-builder.h"

namespace wpk::instrument {

using namespace wasm;

namespace {

constexpr const char* kExportNames[] = {"wpk_fork_unwind_begin", "wpk_fork_unwind_end",
                                        "wpk_fork_rewind_begin", "wpk_fork_rewind_end",
                                        "wpk_fork_state"};

bool isSavedGlobal(const Global& global) {
  return !global.imported() && global.mutable_ && global.type.isSingle() && global.type.isNumber();
}

uint32_t slotBytes(Type type) {
  return type == Type::v128 ? 16 : 8;
}

// Helper that writes builder code for one module: all pointer arithmetic uses the pointer type
// of memory 0.
struct RuntimeBuilder {
  Module& module;
  Builder builder;
  Type ptr;
  ForkRuntime names;
  Name buf, limit, base;
  uint32_t recordBytes = 8;

  explicit RuntimeBuilder(Module& m) : module(m), builder(m), ptr(m.memory.indexType) {}

  bool is64() const { return ptr == Type::i64; }
  uint32_t ptrBytes() const { return is64() ? 8 : 4; }
  Expression* ptrConst(uint64_t value) {
    return builder.makeConst(Literal::makeFromInt64(int64_t(value), ptr));
  }
  BinaryOp add() const { return is64() ? AddInt64 : AddInt32; }
  BinaryOp sub() const { return is64() ? SubInt64 : SubInt32; }
  BinaryOp leU() const { return is64() ? LeUInt64 : LeUInt32; }
  BinaryOp ltU() const { return is64() ? LtUInt64 : LtUInt32; }
  BinaryOp gtU() const { return is64() ? GtUInt64 : GtUInt32; }
  BinaryOp ne() const { return is64() ? NeInt64 : NeInt32; }
  Expression* get(Name global) {
    return builder.makeGlobalGet(global, module.getGlobal(global)->type);
  }
  Expression* set(Name global, Expression* value) { return builder.makeGlobalSet(global, value); }
  Expression* loadPtr(Expression* address, uint32_t offset = 0) {
    return builder.makeLoad(ptrBytes(), false, offset, ptrBytes(), address, ptr);
  }
  Expression* storePtr(Expression* address, Expression* value, uint32_t offset = 0) {
    return builder.makeStore(ptrBytes(), offset, ptrBytes(), address, value, ptr);
  }
  // Sets the state and the `normal` flag (1 exactly when the state is 0) together.
  Expression* setState(int32_t value) {
    return builder.makeBlock({set(names.state, builder.makeConst(Literal(value))),
                              set(names.normal, builder.makeConst(Literal(int32_t(value == 0))))});
  }
  Expression* stateIs(int32_t value) {
    return builder.makeBinary(EqInt32, get(names.state), builder.makeConst(Literal(value)));
  }
  Expression* trapUnless(Expression* condition) {
    return builder.makeIf(builder.makeUnary(EqZInt32, condition), builder.makeUnreachable());
  }

  Name uniqueGlobal(const std::string& base) {
    Name name(base);
    for (int i = 1; module.getGlobalOrNull(name); ++i) {
      name = Name(base + "_" + std::to_string(i));
    }
    return name;
  }
  Name uniqueFunction(const std::string& base) {
    Name name(base);
    for (int i = 1; module.getFunctionOrNull(name); ++i) {
      name = Name(base + "_" + std::to_string(i));
    }
    return name;
  }
  Name addGlobal(const std::string& base, Type type, int32_t initial = 0) {
    Name name = uniqueGlobal(base);
    Expression* init =
        type == Type::i32 ? builder.makeConst(Literal(initial)) : ptrConst(uint64_t(initial));
    module.addGlobal(builder.makeGlobal(name, type, init, Builder::Mutable));
    return name;
  }
  void addFunction(const std::string& exportName, std::vector<Type> params, Type results,
                   std::vector<Type> vars, Expression* body) {
    Name name = uniqueFunction(exportName);
    auto func =
        Builder::makeFunction(name, Signature(Type(params), results), std::move(vars), body);
    module.addFunction(std::move(func));
    if (!exportName.empty()) {
      module.addExport(builder.makeExport(Name(exportName), name, ExternalKind::Function));
    }
  }

  // Stores (or loads) every saved global at base + 8 + slot.
  Expression* saveGlobals(Expression* (RuntimeBuilder::*address)()) {
    std::vector<Expression*> list;
    uint32_t offset = 8;
    for (auto& name : names.savedGlobals) {
      Type type = module.getGlobal(name)->type;
      list.push_back(builder.makeStore(type.getByteSize(), offset, type.getByteSize(),
                                       (this->*address)(), get(name), type));
      offset += slotBytes(type);
    }
    return builder.makeBlock(list);
  }
  Expression* restoreGlobals(Expression* (RuntimeBuilder::*address)()) {
    std::vector<Expression*> list;
    uint32_t offset = 8;
    for (auto& name : names.savedGlobals) {
      Type type = module.getGlobal(name)->type;
      list.push_back(set(name, builder.makeLoad(type.getByteSize(), false, offset,
                                                type.getByteSize(), (this->*address)(), type)));
      offset += slotBytes(type);
    }
    return builder.makeBlock(list);
  }
  Expression* baseAddress() { return get(base); }

  void build() {
    names.ptrType = ptr;
    for (auto& global : module.globals) {
      if (isSavedGlobal(*global)) {
        names.savedGlobals.push_back(global->name);
        recordBytes += slotBytes(global->type);
      }
    }
    names.state = addGlobal("wpk_fork_state_value", Type::i32);
    names.normal = addGlobal("wpk_fork_normal", Type::i32, 1);
    names.rewinding = addGlobal("wpk_fork_rewinding", Type::i32);
    names.resumeIndex = addGlobal("wpk_fork_resume_index", Type::i32, -1);
    buf = addGlobal("wpk_fork_buffer", ptr);
    names.cursor = addGlobal("wpk_fork_cursor", ptr);
    limit = addGlobal("wpk_fork_limit", ptr);
    base = addGlobal("wpk_fork_area", ptr);
    names.frame = addGlobal("wpk_fork_frame", ptr);

    // wpk_fork_reserve(index, size) -> i32. `size` is the frame size (a multiple of 8) plus 4
    // when the frame's first slot is at +8; on success `frame` is the address of that first
    // slot (where wpk_fork_put_<type> writes next).
    {
      auto sizeArg = [&]() { return builder.makeLocalGet(1, ptr); };
      auto size = [&]() { return builder.makeLocalGet(2, ptr); };
      std::vector<Expression*> fits = {
          set(names.frame,
              builder.makeBinary(add(), get(names.cursor),
                                 builder.makeBinary(add(), ptrConst(4),
                                                    builder.makeBinary(is64() ? AndInt64 : AndInt32,
                                                                       sizeArg(), ptrConst(4))))),
          builder.makeStore(4, 0, 4, get(names.cursor), builder.makeLocalGet(0, Type::i32),
                            Type::i32),
          set(names.cursor, builder.makeBinary(add(), get(names.cursor), size())),
          builder.makeReturn(builder.makeConst(Literal(int32_t(1))))};
      Expression* room = builder.makeBinary(sub(), get(limit), get(names.cursor));
      Expression* body = builder.makeBlock(
          {builder.makeLocalSet(2, builder.makeBinary(is64() ? AndInt64 : AndInt32, sizeArg(),
                                                      ptrConst(uint64_t(int64_t(-8))))),
           builder.makeIf(stateIs(1), builder.makeIf(builder.makeBinary(leU(), size(), room),
                                                     builder.makeBlock(fits))),
           setState(3), set(names.cursor, builder.makeBinary(add(), get(names.cursor), size())),
           builder.makeConst(Literal(int32_t(0)))});
      Name name = uniqueFunction("wpk_fork_reserve");
      module.addFunction(
          Builder::makeFunction(name, Signature(Type({Type::i32, ptr}), Type::i32), {ptr}, body));
      names.reserve = name;
    }
    // wpk_fork_unwind_begin(buf)
    {
      Expression* area = loadPtr(builder.makeLocalGet(0, ptr));
      Expression* body = builder.makeBlock(
          {trapUnless(stateIs(0)), set(buf, builder.makeLocalGet(0, ptr)), set(base, area),
           set(limit, loadPtr(get(buf), ptrBytes())),
           set(names.cursor, builder.makeBinary(add(), get(base), ptrConst(recordBytes))),
           // Room for the globals record: base <= limit and recordBytes <= limit - base.
           builder.makeIf(builder.makeBinary(
                              AndInt32, builder.makeBinary(leU(), get(base), get(limit)),
                              builder.makeBinary(leU(), ptrConst(recordBytes),
                                                 builder.makeBinary(sub(), get(limit), get(base)))),
                          setState(1), setState(3))});
      addFunction("wpk_fork_unwind_begin", {ptr}, Type::none, {}, body);
    }
    // wpk_fork_unwind_end()
    {
      Expression* body = builder.makeBlock(
          {trapUnless(builder.makeBinary(OrInt32, stateIs(1), stateIs(3))),
           builder.makeIf(stateIs(1),
                          builder.makeBlock({storePtr(get(base), get(names.cursor)),
                                             saveGlobals(&RuntimeBuilder::baseAddress)})),
           storePtr(get(buf), get(names.cursor)), setState(0)});
      addFunction("wpk_fork_unwind_end", {}, Type::none, {}, body);
    }
    // wpk_fork_rewind_begin(buf)
    {
      Expression* end = loadPtr(get(base));
      Expression* body = builder.makeBlock(
          {trapUnless(stateIs(0)), set(buf, builder.makeLocalGet(0, ptr)),
           set(base, loadPtr(get(buf))), set(limit, loadPtr(get(buf), ptrBytes())),
           trapUnless(builder.makeBinary(leU(), get(base), get(limit))),
           trapUnless(builder.makeBinary(leU(), ptrConst(recordBytes),
                                         builder.makeBinary(sub(), get(limit), get(base)))),
           set(names.cursor, end),
           trapUnless(builder.makeBinary(
               AndInt32,
               builder.makeBinary(leU(),
                                  builder.makeBinary(add(), get(base), ptrConst(recordBytes)),
                                  get(names.cursor)),
               builder.makeBinary(leU(), get(names.cursor), get(limit)))),
           restoreGlobals(&RuntimeBuilder::baseAddress), setState(2),
           set(names.rewinding, builder.makeConst(Literal(int32_t(1))))});
      addFunction("wpk_fork_rewind_begin", {ptr}, Type::none, {}, body);
    }
    // wpk_fork_rewind_end()
    {
      Expression* body = builder.makeBlock(
          {trapUnless(stateIs(2)),
           trapUnless(builder.makeUnary(
               EqZInt32,
               builder.makeBinary(ne(), get(names.cursor),
                                  builder.makeBinary(add(), get(base), ptrConst(recordBytes))))),
           storePtr(get(buf), get(names.cursor)), setState(0),
           set(names.rewinding, builder.makeConst(Literal(int32_t(0)))),
           set(names.resumeIndex, builder.makeConst(Literal(int32_t(-1))))});
      addFunction("wpk_fork_rewind_end", {}, Type::none, {}, body);
    }
    // wpk_fork_state() -> i32
    addFunction("wpk_fork_state", {}, Type::i32, {}, get(names.state));
  }
};

} // namespace

void checkInstrumentable(Module& module) {
  if (!module.memory.exists) {
    throw InstrumentError("the module has no memory 0 (the fork save buffer lives there)");
  }
  for (const char* name : kExportNames) {
    if (module.getExportOrNull(name)) {
      throw InstrumentError(std::string("the module already exports ") + name +
                            " (already instrumented?)");
    }
  }
  for (auto& global : module.globals) {
    if (!global->imported() && global->mutable_ && !global->type.isNumber()) {
      throw InstrumentError("mutable global " + std::string(global->name.str) +
                            " has a non-numeric type; it cannot be saved across fork");
    }
  }
}

ForkRuntime addForkRuntime(Module& module) {
  RuntimeBuilder runtime(module);
  runtime.build();
  return runtime.names;
}

} // namespace wpk::instrument
