// fork_frame_helpers.cpp — see fork_frame_helpers.h.
#include "fork_frame_helpers.h"

#include "instrument_error.h"
#include "wasm-builder.h"

#include <optional>
#include <string>

namespace wpk::instrument {

using namespace wasm;

int canonicalSlotRank(Type type) {
  uint32_t size = type.getByteSize();
  int sizeRank = size == 16 ? 0 : size == 8 ? 1 : 2;
  int floatRank = type == Type::f64 || type == Type::f32 ? 1 : 0;
  return sizeRank * 2 + floatRank;
}

FrameLayout layoutFrame(const std::vector<Type>& canonicalTypes) {
  FrameLayout layout;
  layout.offsets.resize(canonicalTypes.size());
  std::optional<size_t> first4;
  uint32_t position = 8;
  for (size_t i = 0; i < canonicalTypes.size(); ++i) {
    uint32_t size = canonicalTypes[i].getByteSize();
    if (size == 4 && !first4) {
      first4 = i;
      layout.offsets[i] = 4;
      continue;
    }
    layout.offsets[i] = position;
    position += size;
  }
  if (first4) {
    layout.readOrder.push_back(*first4);
  }
  for (size_t i = 0; i < canonicalTypes.size(); ++i) {
    if (!first4 || i != *first4) {
      layout.readOrder.push_back(i);
    }
  }
  layout.bytes = (position + 7) / 8 * 8;
  return layout;
}

FrameHelpers::FrameHelpers(Module& module, const ForkRuntime& runtime)
    : module_(module), runtime_(runtime) {}

Name FrameHelpers::addHelper(const std::string& base, Signature signature, std::vector<Type> vars,
                             Expression* body) {
  Name name(base);
  for (int i = 1; module_.getFunctionOrNull(name); ++i) {
    name = Name(base + "_" + std::to_string(i));
  }
  module_.addFunction(Builder::makeFunction(name, signature, std::move(vars), body));
  added_.push_back(name);
  return name;
}

Call* FrameHelpers::saveCall(Function* func, const std::vector<Type>& canonicalTypes,
                             const std::vector<Expression*>& operands) {
  std::vector<uintptr_t> key;
  for (Type type : canonicalTypes) {
    key.push_back(type.getID());
  }
  auto [it, inserted] = shapeIndex_.emplace(key, shapes_.size());
  if (inserted) {
    shapes_.push_back(Shape{canonicalTypes, {}, {}});
  }
  Shape& shape = shapes_[it->second];
  if (!shape.name.is()) {
    // Reserved now so that the call validates by name; the function is added in finish().
    std::string base = "wpk_fork_save_" + std::to_string(it->second);
    shape.name = Name(base);
    for (int i = 1; module_.getFunctionOrNull(shape.name); ++i) {
      shape.name = Name(base + "_" + std::to_string(i));
    }
  }
  Builder builder(module_);
  Call* call = builder.makeCall(shape.name, operands, Type::none);
  shape.calls.emplace_back(func, call);
  return call;
}

Expression* FrameHelpers::saveBody(const std::vector<Type>& types,
                                   const std::vector<Expression*>& operands) {
  Builder builder(module_);
  FrameLayout layout = layoutFrame(types);
  bool firstSlotAt8 = !types.empty() && layout.offsets[layout.readOrder[0]] == 8;
  Expression* reserve = builder.makeCall(
      runtime_.reserve,
      {operands[0], builder.makeConst(Literal::makeFromInt64(
                        int64_t(layout.bytes + (firstSlotAt8 ? 4 : 0)), runtime_.ptrType))},
      Type::i32);
  if (types.empty()) {
    return builder.makeDrop(reserve);
  }
  // The values are evaluated after the reserve call (they are local reads: nothing changes them).
  std::vector<Expression*> puts;
  for (size_t position : layout.readOrder) {
    puts.push_back(builder.makeCall(put(types[position]), {operands[position + 1]}, Type::none));
  }
  return builder.makeIf(reserve, builder.makeBlock(puts));
}

Name FrameHelpers::put(Type type) {
  auto it = puts_.find(type.getID());
  if (it != puts_.end()) {
    return it->second;
  }
  Builder builder(module_);
  Type ptr = runtime_.ptrType;
  bool is64 = ptr == Type::i64;
  uint32_t bytes = type.getByteSize();
  auto frame = [&]() { return builder.makeGlobalGet(runtime_.frame, ptr); };
  Expression* body = builder.makeBlock(
      {builder.makeStore(bytes, 0, std::min(bytes, 8u), frame(), builder.makeLocalGet(0, type),
                         type),
       builder.makeGlobalSet(
           runtime_.frame,
           builder.makeBinary(is64 ? AddInt64 : AddInt32, frame(),
                              builder.makeConst(Literal::makeFromInt64(int64_t(bytes), ptr))))});
  Name name = addHelper(std::string("wpk_fork_put_") + type.toString(), Signature(type, Type::none),
                        {}, body);
  puts_[type.getID()] = name;
  return name;
}

void FrameHelpers::finish() {
  for (Shape& shape : shapes_) {
    // Bytes, roughly: inline `if (reserve(site, S)) {stores}` per use versus a call per use
    // (2 bytes per value) plus the helper's own body.
    size_t n = shape.types.size();
    size_t uses = shape.calls.size();
    size_t inlineCost = uses * (10 + 4 * n);
    size_t helperCost = uses * (3 + 2 * n) + (16 + 4 * n);
    if (helperCost < inlineCost) {
      Builder builder(module_);
      std::vector<Type> params = {Type::i32};
      params.insert(params.end(), shape.types.begin(), shape.types.end());
      std::vector<Expression*> operands;
      for (Index i = 0; i < params.size(); ++i) {
        operands.push_back(builder.makeLocalGet(i, params[i]));
      }
      module_.addFunction(Builder::makeFunction(shape.name, Signature(Type(params), Type::none), {},
                                                saveBody(shape.types, operands)));
      added_.push_back(shape.name);
      continue;
    }
    for (auto& [func, call] : shape.calls) {
      // The tail is `(block (if rewinding ..) CALL [zeros])`, the function's body.
      auto* body = func->body->cast<Block>();
      if (body->list.size() < 2 || body->list[1] != call) {
        throw InstrumentError("internal error: the unwind tail of " + std::string(func->name.str) +
                              " moved");
      }
      std::vector<Expression*> operands(call->operands.begin(), call->operands.end());
      body->list[1] = saveBody(shape.types, operands);
    }
  }
}

Name FrameHelpers::pop() {
  if (pop_.is()) {
    return pop_;
  }
  Builder builder(module_);
  Type ptr = runtime_.ptrType;
  bool is64 = ptr == Type::i64;
  auto ptrConst = [&](int64_t v) { return builder.makeConst(Literal::makeFromInt64(v, ptr)); };
  auto cursor = [&]() { return builder.makeGlobalGet(runtime_.cursor, ptr); };
  auto size = [&]() { return builder.makeLocalGet(0, ptr); };
  BinaryOp add = is64 ? AddInt64 : AddInt32;
  BinaryOp andOp = is64 ? AndInt64 : AndInt32;
  // The argument is the frame size (a multiple of 8) plus 4 when the first slot is at +8.
  Expression* body = builder.makeBlock(
      {builder.makeGlobalSet(runtime_.cursor,
                             builder.makeBinary(is64 ? SubInt64 : SubInt32, cursor(),
                                                builder.makeBinary(andOp, size(), ptrConst(-8)))),
       builder.makeGlobalSet(runtime_.resumeIndex,
                             builder.makeLoad(4, false, 0, 4, cursor(), Type::i32)),
       builder.makeGlobalSet(
           runtime_.frame,
           builder.makeBinary(
               add, cursor(),
               builder.makeBinary(add, ptrConst(4),
                                  builder.makeBinary(andOp, size(), ptrConst(4)))))});
  pop_ = addHelper("wpk_fork_pop", Signature(ptr, Type::none), {}, body);
  return pop_;
}

Name FrameHelpers::next(Type type) {
  auto it = nexts_.find(type.getID());
  if (it != nexts_.end()) {
    return it->second;
  }
  Builder builder(module_);
  Type ptr = runtime_.ptrType;
  bool is64 = ptr == Type::i64;
  uint32_t bytes = type.getByteSize();
  auto ptrConst = [&](int64_t v) { return builder.makeConst(Literal::makeFromInt64(v, ptr)); };
  auto frame = [&]() { return builder.makeGlobalGet(runtime_.frame, ptr); };
  std::vector<Expression*> list;
  list.push_back(
      builder.makeGlobalSet(runtime_.frame, builder.makeBinary(is64 ? AddInt64 : AddInt32, frame(),
                                                               ptrConst(int64_t(bytes)))));
  list.push_back(builder.makeLoad(
      bytes, false, 0, std::min(bytes, 8u),
      builder.makeBinary(is64 ? SubInt64 : SubInt32, frame(), ptrConst(int64_t(bytes))), type));
  Expression* body = builder.makeBlock(list, type);
  Name name = addHelper(std::string("wpk_fork_next_") + type.toString(),
                        Signature(Type::none, type), {}, body);
  nexts_[type.getID()] = name;
  return name;
}

} // namespace wpk::instrument
