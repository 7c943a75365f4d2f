// fork_transform.cpp — see fork_transform.h for the transform and its invariants.
#include "fork_transform.h"

#include "fork_liveness.h"
#include "instrument_error.h"
#include "ir/find_all.h"
#include "ir/iteration.h"
#include "ir/label-utils.h"
#include "ir/utils.h"
#include "pass.h"
#include "wasm-builder.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace wpk::instrument {

using namespace wasm;

namespace {

struct SiteRange {
  Index lo = 1;
  Index hi = 0;
  bool empty() const { return lo > hi; }
  void add(const SiteRange& other) {
    if (other.empty()) {
      return;
    }
    if (empty()) {
      *this = other;
      return;
    }
    lo = std::min(lo, other.lo);
    hi = std::max(hi, other.hi);
  }
};

bool isPureIntUnary(UnaryOp op) {
  switch (op) {
  case ClzInt32:
  case CtzInt32:
  case PopcntInt32:
  case EqZInt32:
  case ClzInt64:
  case CtzInt64:
  case PopcntInt64:
  case EqZInt64:
  case ExtendSInt32:
  case ExtendUInt32:
  case WrapInt64:
  case ExtendS8Int32:
  case ExtendS16Int32:
  case ExtendS8Int64:
  case ExtendS16Int64:
  case ExtendS32Int64:
    return true;
  default:
    return false;
  }
}

bool isPureIntBinary(BinaryOp op) {
  switch (op) {
  case AddInt32:
  case SubInt32:
  case MulInt32:
  case AndInt32:
  case OrInt32:
  case XorInt32:
  case ShlInt32:
  case ShrUInt32:
  case ShrSInt32:
  case RotLInt32:
  case RotRInt32:
  case EqInt32:
  case NeInt32:
  case LtSInt32:
  case LtUInt32:
  case LeSInt32:
  case LeUInt32:
  case GtSInt32:
  case GtUInt32:
  case GeSInt32:
  case GeUInt32:
  case AddInt64:
  case SubInt64:
  case MulInt64:
  case AndInt64:
  case OrInt64:
  case XorInt64:
  case ShlInt64:
  case ShrUInt64:
  case ShrSInt64:
  case RotLInt64:
  case RotRInt64:
  case EqInt64:
  case NeInt64:
  case LtSInt64:
  case LtUInt64:
  case LeSInt64:
  case LeUInt64:
  case GtSInt64:
  case GtUInt64:
  case GeSInt64:
  case GeUInt64:
    return true;
  default:
    return false;
  }
}

// Constants, local.get and non-trapping integer operations on them: recomputing such an
// expression has no side effect and gives the same value when its locals are unchanged.
bool isPureScalar(Expression* e) {
  if (!e->type.isSingle() || !e->type.isNumber()) {
    return false;
  }
  if (e->is<Const>() || e->is<LocalGet>()) {
    return true;
  }
  if (auto* unary = e->dynCast<Unary>()) {
    return isPureIntUnary(unary->op) && isPureScalar(unary->value);
  }
  if (auto* binary = e->dynCast<Binary>()) {
    return isPureIntBinary(binary->op) && isPureScalar(binary->left) && isPureScalar(binary->right);
  }
  return false;
}

// An operand whose value is not needed on rewind may still be evaluated there when that has no
// observable effect: pure scalars, global.get, and loads from a constant address (the same load
// ran before the unwind, so it cannot trap; memory never shrinks, the child's is a copy).
bool isHarmlessToRepeat(Expression* e) {
  if (isPureScalar(e) || (e->is<GlobalGet>() && e->type.isNumber())) {
    return true;
  }
  if (auto* load = e->dynCast<Load>()) {
    return !load->isAtomic && load->ptr->is<Const>() && load->type.isNumber();
  }
  if (auto* unary = e->dynCast<Unary>()) {
    return isPureIntUnary(unary->op) && isHarmlessToRepeat(unary->value);
  }
  if (auto* binary = e->dynCast<Binary>()) {
    return isPureIntBinary(binary->op) && isHarmlessToRepeat(binary->left) &&
           isHarmlessToRepeat(binary->right);
  }
  return false;
}

struct Slot {
  Index local;
  Index element; // index within a tuple local, 0 for single
  Type type;
};

class FunctionTransformer {
public:
  FunctionTransformer(Module& module, Function* func, const ForkRuntime& runtime,
                      const ForkSelection& selection, FrameHelpers& helpers)
      : module_(module), func_(func), runtime_(runtime), selection_(selection), helpers_(helpers),
        builder_(module) {}

  FunctionTransformReport run() {
    Index localsBefore = func_->getNumLocals();
    convertForkPathTailCalls();
    {
      PassRunner runner(&module_);
      runner.add("dce");
      runner.runOnFunction(func_);
    }
    numberSites();
    guardForkPathCallsInCatchBodies();
    report_.sites = uint32_t(siteCount_);
    if (siteCount_ == 0) {
      return report_;
    }
    computeRanges(func_->body);
    saved_ = liveLocalsAfterSites(module_, func_, siteIndex_);
    for (auto& set : saved_) {
      slotted_.insert(set.begin(), set.end());
    }
    labels_.emplace(func_);
    unwindLabel_ = labels_->getUnique("wpk_fork_unwind");

    rewrite(func_->body);
    finishFrames();
    ReFinalize().walkFunctionInModule(func_, &module_);
    report_.addedLocals = uint32_t(func_->getNumLocals() - localsBefore);
    return report_;
  }

private:
  // --- preparation --------------------------------------------------------------------------

  // A tail call leaves the enclosing try; the call + return it becomes would not, so the try's
  // handlers would catch what the callee throws. Rejected rather than changed (clang emits no
  // tail call inside a try; hand-written or other front ends' code might).
  void rejectForkPathTailCallsInTryBodies() {
    for (auto* tryy : FindAll<Try>(func_->body).list) {
      bool found = false;
      for (auto* call : FindAll<Call>(tryy->body).list) {
        found |= call->isReturn && selection_.isForkPathCall(call);
      }
      for (auto* call : FindAll<CallIndirect>(tryy->body).list) {
        found |= call->isReturn && selection_.isForkPathCall(call);
      }
      if (found) {
        throw InstrumentError("function " + std::string(func_->name.str) +
                              ": a tail call to a fork-path function inside a try body is not "
                              "supported (as a call it would stay inside the try, whose handlers "
                              "would then catch what the callee throws)");
      }
    }
  }

  void convertForkPathTailCalls() {
    rejectForkPathTailCallsInTryBodies();
    struct Converter : public PostWalker<Converter> {
      FunctionTransformer* self;
      void visitCall(Call* curr) {
        if (curr->isReturn && self->selection_.isForkPathCall(curr)) {
          curr->isReturn = false;
          curr->type = self->module_.getFunction(curr->target)->getResults();
          replaceCurrent(self->wrapReturn(curr));
        }
      }
      void visitCallIndirect(CallIndirect* curr) {
        if (curr->isReturn && self->selection_.isForkPathCall(curr)) {
          curr->isReturn = false;
          curr->type = curr->heapType.getSignature().results;
          replaceCurrent(self->wrapReturn(curr));
        }
      }
    } converter;
    converter.self = this;
    converter.walkFunctionInModule(func_, &module_);
  }

  Expression* wrapReturn(Expression* call) {
    if (call->type == Type::none) {
      return builder_.makeSequence(call, builder_.makeReturn());
    }
    return builder_.makeReturn(call);
  }

  void numberSites() {
    // Calls in catch bodies are never sites (guardForkPathCallsInCatchBodies).
    std::unordered_set<Expression*> inCatch;
    for (auto* tryy : FindAll<Try>(func_->body).list) {
      for (auto* body : tryy->catchBodies) {
        for (auto* call : FindAll<Call>(body).list) {
          inCatch.insert(call);
        }
        for (auto* call : FindAll<CallIndirect>(body).list) {
          inCatch.insert(call);
        }
      }
    }
    struct Numberer : public PostWalker<Numberer> {
      FunctionTransformer* self;
      const std::unordered_set<Expression*>* inCatch;
      void note(Expression* curr) {
        if (!inCatch->count(curr) && self->selection_.isForkPathCall(curr)) {
          self->siteIndex_[curr] = self->siteCount_++;
        }
      }
      void visitCall(Call* curr) { note(curr); }
      void visitCallIndirect(CallIndirect* curr) { note(curr); }
    } numberer;
    numberer.self = this;
    numberer.inCatch = &inCatch;
    numberer.walkFunctionInModule(func_, &module_);
  }

  SiteRange computeRanges(Expression* e) {
    SiteRange range;
    ChildIterator children(e);
    for (Index i = 0; i < children.getNumChildren(); ++i) {
      range.add(computeRanges(children.getChild(i)));
    }
    if (auto it = siteIndex_.find(e); it != siteIndex_.end()) {
      range.add(SiteRange{it->second, it->second});
    }
    if (!range.empty()) {
      ranges_[e] = range;
    }
    return range;
  }

  SiteRange rangeOf(Expression* e) const {
    if (!e) {
      return {};
    }
    auto it = ranges_.find(e);
    return it == ranges_.end() ? SiteRange{} : it->second;
  }

  // A fork-path call in a catch body stays a plain call followed by `if (state) unreachable`:
  // the state is normal whenever the call returns normally, and unwinding when a fork happened
  // under it, which cannot be resumed there. (Rewinding never passes through it: it is no site.)
  void guardForkPathCallsInCatchBodies() {
    struct Guarder : public PostWalker<Guarder> {
      FunctionTransformer* self;
      void guard(Expression* call) {
        if (!self->selection_.isForkPathCall(call) || call->type == Type::unreachable) {
          return;
        }
        auto& builder = self->builder_;
        Expression* check = builder.makeIf(self->stateGet(), builder.makeUnreachable());
        if (call->type == Type::none) {
          replaceCurrent(builder.makeSequence(call, check));
          return;
        }
        Index result = Builder::addVar(self->func_, call->type);
        replaceCurrent(builder.makeBlock(
            {builder.makeLocalSet(result, call), check, builder.makeLocalGet(result, call->type)},
            call->type));
      }
      void visitCall(Call* curr) { guard(curr); }
      void visitCallIndirect(CallIndirect* curr) { guard(curr); }
    } guarder;
    guarder.self = this;
    guarder.setModule(&module_);
    guarder.setFunction(func_);
    for (auto* tryy : FindAll<Try>(func_->body).list) {
      for (auto*& body : tryy->catchBodies) {
        guarder.walk(body);
      }
    }
  }

  // --- code helpers -------------------------------------------------------------------------

  bool is64() const { return runtime_.ptrType == Type::i64; }
  Expression* i32Const(int32_t v) { return builder_.makeConst(Literal(v)); }
  Expression* ptrConst(uint64_t v) {
    return builder_.makeConst(Literal::makeFromInt64(int64_t(v), runtime_.ptrType));
  }
  Expression* stateGet() { return builder_.makeGlobalGet(runtime_.state, Type::i32); }
  Expression* cursorGet() { return builder_.makeGlobalGet(runtime_.cursor, runtime_.ptrType); }
  Expression* rewinding() { return builder_.makeGlobalGet(runtime_.rewinding, Type::i32); }
  // The resume index of the current frame (rewinding only: the frame was popped at entry, so
  // `cursor` points at its header).
  Expression* resumeIndex() { return builder_.makeGlobalGet(runtime_.resumeIndex, Type::i32); }
  // Rewinding towards a site after `range` (the whole of `range` is skipped).
  Expression* rewindingPast(const SiteRange& range) {
    if (range.empty()) {
      return rewinding();
    }
    // The resume index is -1 whenever the module is not rewinding (fork_runtime_support.h), so
    // one signed comparison answers both questions.
    return builder_.makeBinary(GtSInt32, resumeIndex(), i32Const(int32_t(range.hi)));
  }
  Block* namedBlock(Name name, const std::vector<Expression*>& list,
                    std::optional<Type> type = std::nullopt) {
    Block* block = builder_.makeBlock(list);
    block->name = name;
    if (type) {
      block->finalize(*type);
    } else {
      // Landing blocks: statements only, and always the target of a dispatch branch. Saying so
      // avoids Block::finalize() scanning the block for branches (quadratic in nesting depth).
      block->finalize(Type::none, Block::HasBreak);
    }
    return block;
  }
  Expression* zeros(Type type) { return builder_.makeConstantExpression(Literal::makeZeros(type)); }

  // --- spill locals (stack allocation per type) ----------------------------------------------

  Index allocateSpill(Type type) {
    auto& pool = spillPool_[type];
    auto& used = spillUsed_[type];
    if (used == pool.size()) {
      pool.push_back(Builder::addVar(func_, type));
    }
    return pool[used++];
  }
  std::unordered_map<Type, size_t> spillMark() const { return spillUsed_; }
  void spillRelease(const std::unordered_map<Type, size_t>& mark) {
    for (auto& [type, used] : spillUsed_) {
      auto it = mark.find(type);
      used = it == mark.end() ? 0 : it->second;
    }
  }

  void saveAtSites(const SiteRange& range, Index local) {
    for (Index s = range.lo; s <= range.hi && !range.empty(); ++s) {
      saved_[s].insert(local);
    }
    if (!range.empty()) {
      slotted_.insert(local);
    }
  }

  // Like isHarmlessToRepeat, and also loads whose address is a pure scalar of slotted locals
  // (every site saves every slotted local and the rewind entry restores them all). On the rewind
  // path such a local holds its value at the site; when the caller has checked that none of them
  // is written between the original evaluation and the site, the load reads the same address as
  // before, which did not trap then and cannot now (memory never shrinks; the child's is a copy).
  // The value read may differ: callers use it only where it is ignored or overridden.
  bool harmlessToRepeatHere(Expression* e) {
    if (isHarmlessToRepeat(e)) {
      return true;
    }
    if (auto* load = e->dynCast<Load>()) {
      if (load->isAtomic || !load->type.isNumber() || !isPureScalar(load->ptr)) {
        return false;
      }
      for (auto* get : FindAll<LocalGet>(load->ptr).list) {
        if (!slotted_.count(get->index)) {
          return false;
        }
      }
      return true;
    }
    if (auto* unary = e->dynCast<Unary>()) {
      return isPureIntUnary(unary->op) && harmlessToRepeatHere(unary->value);
    }
    if (auto* binary = e->dynCast<Binary>()) {
      return isPureIntBinary(binary->op) && harmlessToRepeatHere(binary->left) &&
             harmlessToRepeatHere(binary->right);
    }
    return false;
  }

  static bool writesAnyLocalOf(Expression* code, Expression* reader) {
    std::set<Index> reads;
    for (auto* get : FindAll<LocalGet>(reader).list) {
      reads.insert(get->index);
    }
    for (auto* set : FindAll<LocalSet>(code).list) {
      if (reads.count(set->index)) {
        return true;
      }
    }
    return false;
  }

  // --- the rewrite --------------------------------------------------------------------------

  void rewrite(Expression*& slot) {
    Expression* original = slot;
    SiteRange range = rangeOf(original);
    if (range.empty()) {
      return;
    }
    if (auto* block = slot->dynCast<Block>()) {
      rewriteBlock(block);
    } else if (auto* loop = slot->dynCast<Loop>()) {
      rewrite(loop->body);
    } else if (auto* iff = slot->dynCast<If>()) {
      rewriteIf(iff);
    } else if (auto* tryy = slot->dynCast<Try>()) {
      rewrite(tryy->body); // catch bodies hold no sites (checked)
    } else if (Expression** callSlot = statementSiteCall(slot)) {
      // `local.set $x (call)` / `drop (call)`: the unwind check can follow the statement (the
      // local is not live across the call, it is written by it), which needs no block.
      Index site = siteIndex_.at(*callSlot);
      rewriteOperands(*callSlot, /*wrapSiteCall=*/false);
      slot = sequence(slot, unwindIfNotNormal(site));
    } else {
      rewriteOperands(slot);
    }
    if (slot != original) {
      ranges_[slot] = range;
    }
  }

  void rewriteIf(If* iff) {
    SiteRange condRange = rangeOf(iff->condition);
    SiteRange trueRange = rangeOf(iff->ifTrue);
    SiteRange falseRange = rangeOf(iff->ifFalse);
    rewrite(iff->condition);
    rewrite(iff->ifTrue);
    if (iff->ifFalse) {
      rewrite(iff->ifFalse);
    }
    if (trueRange.empty() && falseRange.empty()) {
      return;
    }
    Expression* siteArm = trueRange.empty() ? iff->ifFalse : iff->ifTrue;
    if (condRange.empty() && (trueRange.empty() || falseRange.empty()) &&
        (isPureScalar(iff->condition) ||
         (harmlessToRepeatHere(iff->condition) && !writesAnyLocalOf(siteArm, iff->condition)))) {
      // The condition has no side effect and cannot trap: evaluate it anyway and override it
      // while rewinding (cheaper than a guard).
      Expression* forced = i32Const(falseRange.empty() ? 1 : 0);
      iff->condition = builder_.makeSelect(rewinding(), forced, iff->condition);
      return;
    }
    Expression* arm;
    if (falseRange.empty()) {
      arm = i32Const(1);
    } else if (trueRange.empty()) {
      arm = i32Const(0);
    } else {
      arm = builder_.makeBinary(LtUInt32, resumeIndex(), i32Const(int32_t(falseRange.lo)));
    }
    iff->condition = builder_.makeIf(rewindingPast(condRange), arm, iff->condition, Type::i32);
  }

  // `statement; unwind check` as an unnamed block that rewriteBlock splices into its parent's
  // list (an unnamed block there would cost a `block`/`end` pair in the binary).
  Block* sequence(Expression* statement, Expression* check) {
    Block* block = builder_.makeSequence(statement, check);
    sequences_.insert(block);
    return block;
  }

  void rewriteBlock(Block* block) {
    for (auto*& child : block->list) {
      rewrite(child);
    }
    std::vector<Expression*> items;
    for (auto* child : block->list) {
      auto* seq = child->dynCast<Block>();
      if (seq && sequences_.count(seq) && seq->type == Type::none) {
        // The statement keeps its site range (it is the original expression); the check has none.
        items.insert(items.end(), seq->list.begin(), seq->list.end());
      } else {
        items.push_back(child);
      }
    }
    items = buildDispatch(std::move(items));
    block->list.set(items);
  }

  Block* makeChunk(const std::vector<Expression*>& items, size_t start, size_t end) {
    std::vector<Expression*> part(items.begin() + start, items.begin() + end);
    SiteRange range;
    for (auto* item : part) {
      range.add(rangeOf(item));
    }
    part = buildDispatch(std::move(part));
    Block* chunk = builder_.makeBlock(part);
    ranges_[chunk] = range;
    return chunk;
  }

  // Returns the items of a block with a dispatch that, when rewinding, jumps to the item that
  // holds the resume site.
  std::vector<Expression*> buildDispatch(std::vector<Expression*> items) {
    std::vector<size_t> landings;
    for (size_t i = 0; i < items.size(); ++i) {
      if (!rangeOf(items[i]).empty()) {
        landings.push_back(i);
      }
    }
    if (landings.empty() || (landings.size() == 1 && landings[0] == 0)) {
      return items;
    }
    if (landings.size() > kMaxLandingsPerLevel) {
      std::vector<Expression*> chunks;
      size_t start = 0;
      for (size_t g = kMaxLandingsPerLevel; g < landings.size(); g += kMaxLandingsPerLevel) {
        chunks.push_back(makeChunk(items, start, landings[g]));
        start = landings[g];
      }
      chunks.push_back(makeChunk(items, start, items.size()));
      return buildDispatch(std::move(chunks));
    }
    size_t count = landings.size();
    std::vector<Name> labels;
    for (size_t j = 0; j < count; ++j) {
      labels.push_back(labels_->getUnique("wpk_fork_land"));
    }
    // The dispatch needs no `if (rewinding)` around it: the resume index is -1 when not
    // rewinding, which no `index >=s first site` test accepts and a br_table sends to its
    // default, the normal path.
    std::vector<Expression*> dispatch;
    bool fallThroughToFirst = false;
    if (count == 1) {
      dispatch.push_back(builder_.makeBreak(labels[0], nullptr, rewinding()));
    } else {
      SiteRange all;
      for (auto landing : landings) {
        all.add(rangeOf(items[landing]));
      }
      std::vector<Name> targets;
      for (Index s = all.lo; s <= all.hi; ++s) {
        size_t j = 0;
        while (j + 1 < count && rangeOf(items[landings[j]]).hi < s) {
          ++j;
        }
        targets.push_back(labels[j]);
      }
      // A br_table costs about a byte per site in range; a chain of comparisons (from the last
      // landing down, `index >= first site`) about seven bytes per landing. Use the smaller one.
      size_t tableCost = targets.size() + 8;
      size_t chainCost = 7 * (count - 1) + 4;
      if (chainCost < tableCost) {
        for (size_t j = count - 1; j >= 1; --j) {
          Index lo = rangeOf(items[landings[j]]).lo;
          dispatch.push_back(builder_.makeBreak(
              labels[j], nullptr,
              builder_.makeBinary(GeSInt32, resumeIndex(), i32Const(int32_t(lo)))));
        }
        if (landings[0] != 0) {
          dispatch.push_back(builder_.makeBreak(labels[0], nullptr, rewinding()));
        } else {
          fallThroughToFirst = true; // the first landing is the first item: no branch needed
        }
      } else {
        Expression* index = resumeIndex();
        if (all.lo != 0) {
          index = builder_.makeBinary(SubInt32, index, i32Const(int32_t(all.lo)));
        }
        if (landings[0] == 0) {
          // Branching to the first label is the normal path: that block holds only the dispatch.
          dispatch.push_back(builder_.makeSwitch(targets, labels[0], index));
        } else {
          Name normal = labels_->getUnique("wpk_fork_normal");
          dispatch.push_back(namedBlock(normal, {builder_.makeSwitch(targets, normal, index)}));
        }
      }
    }
    std::vector<Expression*> current = dispatch;
    if (!fallThroughToFirst) {
      current.insert(current.end(), items.begin(), items.begin() + landings[0]);
      current = {namedBlock(labels[0], current)};
    }
    for (size_t j = 1; j < count; ++j) {
      current.insert(current.end(), items.begin() + landings[j - 1], items.begin() + landings[j]);
      current = {namedBlock(labels[j], current)};
    }
    current.insert(current.end(), items.begin() + landings[count - 1], items.end());
    return current;
  }

  // For `local.set $x (call)` and `drop (call)` where the call is a site: the call's slot.
  Expression** statementSiteCall(Expression* e) {
    Expression** child = nullptr;
    if (auto* set = e->dynCast<LocalSet>(); set && !set->isTee()) {
      // The local gets the (meaningless) result before the unwind branch, so the call must not
      // need its old value: no operand may read it (e.g. a call_indirect target).
      for (auto* get : FindAll<LocalGet>(set->value).list) {
        if (get->index == set->index) {
          return nullptr;
        }
      }
      child = &set->value;
    } else if (auto* drop = e->dynCast<Drop>()) {
      child = &drop->value;
    }
    if (!child || !siteIndex_.count(*child) || !(*child)->type.isConcrete()) {
      return nullptr;
    }
    return child;
  }

  // `drop (br_if $unwind (i32.const site) (state))`: to the unwind tail unless state is normal.
  Expression* unwindIfNotNormal(Index site) {
    return builder_.makeDrop(builder_.makeBreak(unwindLabel_, i32Const(int32_t(site)), stateGet()));
  }

  // A non-control-flow expression holding sites: its operands in evaluation order, then the
  // expression itself (when it is a site call).
  void rewriteOperands(Expression*& slot, bool wrapSiteCall = true) {
    Expression* e = slot;
    auto siteIt = siteIndex_.find(e);
    bool isSite = siteIt != siteIndex_.end();
    ChildIterator children(e);
    Index count = children.getNumChildren();
    std::vector<Expression**> operands;
    std::vector<SiteRange> operandRanges;
    for (Index i = 0; i < count; ++i) {
      operands.push_back(&children.getChild(i));
      operandRanges.push_back(rangeOf(children.getChild(i)));
    }
    int lastWithSites = -1;
    for (Index i = 0; i < count; ++i) {
      if (!operandRanges[i].empty()) {
        lastWithSites = int(i);
      }
    }
    SiteRange whole = rangeOf(e);
    auto mark = spillMark();
    for (Index i = 0; i < count; ++i) {
      Expression*& operand = *operands[i];
      rewrite(operand);
      bool laterSites = lastWithSites > int(i) || isSite;
      if (!laterSites) {
        continue;
      }
      // The sites evaluated after this operand, within e.
      SiteRange later;
      later.lo = operandRanges[i].empty() ? whole.lo : operandRanges[i].hi + 1;
      later.hi = whole.hi;
      bool isIndirectTarget = isSite && e->is<CallIndirect>() && i + 1 == count;
      bool valueNeeded = !isSite || lastWithSites > int(i) || isIndirectTarget;
      bool pure = operandRanges[i].empty() && isPureScalar(operand);
      if (!valueNeeded && operandRanges[i].empty() &&
          (isHarmlessToRepeat(operand) ||
           (harmlessToRepeatHere(operand) && rematerializable(operand, operands, i)))) {
        continue; // evaluating it again on rewind has no effect; the callee ignores the value
      }
      if (pure && rematerializable(operand, operands, i)) {
        for (auto* get : FindAll<LocalGet>(operand).list) {
          saveAtSites(later, get->index);
        }
        report_.rematerialized++;
        continue;
      }
      if (!valueNeeded) {
        operand = builder_.makeIf(rewindingPast(operandRanges[i]), zeros(operand->type), operand,
                                  operand->type);
        continue;
      }
      Type type = operand->type;
      if (!type.isConcrete()) {
        continue; // unreachable operand: nothing after it runs
      }
      for (auto t : type) {
        if (!t.isNumber()) {
          throw InstrumentError("function " + std::string(func_->name.str) +
                                ": a reference-typed value is live across a fork-path call");
        }
      }
      Index spill = allocateSpill(type);
      saveAtSites(later, spill);
      report_.spilled++;
      operand = builder_.makeIf(rewindingPast(operandRanges[i]), builder_.makeLocalGet(spill, type),
                                builder_.makeLocalTee(spill, operand, type), type);
    }
    spillRelease(mark);
    if (isSite && wrapSiteCall) {
      slot = wrapSite(e, siteIt->second);
    }
  }

  // A pure operand may be recomputed after the landing only when the locals it reads are not
  // written by the operands evaluated after it (before the site).
  bool rematerializable(Expression* operand, const std::vector<Expression**>& operands,
                        Index index) {
    std::set<Index> reads;
    for (auto* get : FindAll<LocalGet>(operand).list) {
      reads.insert(get->index);
    }
    for (Index j = index + 1; j < operands.size(); ++j) {
      for (auto* set : FindAll<LocalSet>(*operands[j]).list) {
        if (reads.count(set->index)) {
          return false;
        }
      }
    }
    return true;
  }

  // After a site call: when the state is not normal (unwinding), branch to the function's
  // shared unwind tail with the site index; otherwise the call's value flows on.
  Expression* wrapSite(Expression* call, Index site) {
    Type type = call->type;
    if (type == Type::unreachable) {
      return call;
    }
    auto toUnwind = [&]() { return unwindIfNotNormal(site); };
    if (type == Type::none) {
      return sequence(call, toUnwind());
    }
    if (type.isSingle()) {
      Name done = labels_->getUnique("wpk_fork_resume");
      Expression* pass = builder_.makeDrop(
          builder_.makeBreak(done, call, builder_.makeGlobalGet(runtime_.normal, Type::i32)));
      return namedBlock(done, {pass, builder_.makeBreak(unwindLabel_, i32Const(int32_t(site)))},
                        type);
    }
    // Multivalue results cannot flow through br_if: hold them in a local.
    Index result = Builder::addVar(func_, type);
    return builder_.makeBlock(
        {builder_.makeLocalSet(result, call), toUnwind(), builder_.makeLocalGet(result, type)},
        type);
  }

  // --- frames -------------------------------------------------------------------------------

  void finishFrames() {
    std::set<Index> slotted;
    for (auto& set : saved_) {
      slotted.insert(set.begin(), set.end());
    }
    std::vector<Slot> slots;
    for (Index local : slotted) {
      Type type = func_->getLocalType(local);
      Index element = 0;
      for (auto t : type) {
        if (!t.isNumber()) {
          throw InstrumentError("function " + std::string(func_->name.str) + ": local " +
                                std::to_string(local) +
                                " has a reference type and is live across a fork-path call");
        }
        slots.push_back(Slot{local, element++, t});
      }
    }
    std::stable_sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) {
      return canonicalSlotRank(a.type) < canonicalSlotRank(b.type);
    });
    std::vector<Type> shape;
    for (auto& slot : slots) {
      shape.push_back(slot.type);
    }
    FrameLayout layout = layoutFrame(shape);
    report_.savedLocals = uint32_t(slotted.size());
    report_.frameBytes = layout.bytes;

    auto slotValue = [&](const Slot& slot) -> Expression* {
      Type localType = func_->getLocalType(slot.local);
      Expression* value = builder_.makeLocalGet(slot.local, localType);
      if (localType.isTuple()) {
        value = builder_.makeTupleExtract(value, slot.element);
      }
      return value;
    };

    // The shared unwind tail: every site branches here with its index; one call saves the
    // frame (a local dead at that site just stores a value nobody reads).
    Type results = func_->getResults();
    std::vector<Expression*> normal;
    if (results == Type::none) {
      normal = {func_->body, builder_.makeReturn()};
    } else {
      normal = {builder_.makeReturn(func_->body)};
    }
    std::vector<Expression*> saveArgs = {namedBlock(unwindLabel_, normal, Type::i32)};
    for (auto& slot : slots) {
      saveArgs.push_back(slotValue(slot));
    }
    std::vector<Expression*> bodyList = {helpers_.saveCall(func_, shape, saveArgs)};
    if (results != Type::none) {
      bodyList.push_back(zeros(results));
    }

    // Rewind code at entry: pop the frame, reload every slotted local in offset order.
    bool firstSlotAt8 = !slots.empty() && layout.offsets[layout.readOrder[0]] == 8;
    std::vector<Expression*> restore = {builder_.makeCall(
        helpers_.pop(), {ptrConst(layout.bytes + (firstSlotAt8 ? 4 : 0))}, Type::none)};
    std::map<Index, std::vector<Index>> tupleParts; // tuple local -> scratch local per element
    for (size_t position : layout.readOrder) {
      const Slot& slot = slots[position];
      Type localType = func_->getLocalType(slot.local);
      Expression* value = builder_.makeCall(helpers_.next(slot.type), {}, slot.type);
      if (!localType.isTuple()) {
        restore.push_back(builder_.makeLocalSet(slot.local, value));
        continue;
      }
      auto& parts = tupleParts[slot.local];
      if (parts.empty()) {
        for (auto t : localType) {
          parts.push_back(Builder::addVar(func_, t));
        }
      }
      restore.push_back(builder_.makeLocalSet(parts[slot.element], value));
    }
    for (auto& [local, parts] : tupleParts) {
      Type localType = func_->getLocalType(local);
      std::vector<Expression*> values;
      for (Index element = 0; element < parts.size(); ++element) {
        values.push_back(builder_.makeLocalGet(parts[element], localType[element]));
      }
      restore.push_back(builder_.makeLocalSet(local, builder_.makeTupleMake(values)));
    }
    Expression* entry = builder_.makeIf(rewinding(), builder_.makeBlock(restore));
    bodyList.insert(bodyList.begin(), entry);
    func_->body = builder_.makeBlock(bodyList, results);
  }

  Module& module_;
  Function* func_;
  const ForkRuntime& runtime_;
  const ForkSelection& selection_;
  FrameHelpers& helpers_;
  Builder builder_;
  FunctionTransformReport report_;

  std::unordered_map<Expression*, Index> siteIndex_;
  Index siteCount_ = 0;
  std::unordered_map<Expression*, SiteRange> ranges_;
  std::vector<std::set<Index>> saved_;
  std::set<Index> slotted_; // union of saved_ (grows while rewriting)
  std::unordered_set<Block*> sequences_;
  Name unwindLabel_;
  std::optional<LabelUtils::LabelManager> labels_;
  std::unordered_map<Type, std::vector<Index>> spillPool_;
  std::unordered_map<Type, size_t> spillUsed_;
};

} // namespace

FunctionTransformReport instrumentFunction(Module& module, Function* func,
                                           const ForkRuntime& runtime,
                                           const ForkSelection& selection, FrameHelpers& helpers) {
  FunctionTransformer transformer(module, func, runtime, selection, helpers);
  return transformer.run();
}

} // namespace wpk::instrument
