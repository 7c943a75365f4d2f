// fork_transform_test.cpp — IR-shape tests of the fork instrumentation: modules are built from
// WAT text with Binaryen's parser, instrumented in memory, validated, and their IR inspected.
#include "instrument_error.h"
#include "instrument_module.h"
#include "ir/find_all.h"
#include "ir/iteration.h"
#include "ir/parents.h"
#include "wasm-s-parser.h"
#include "wasm-validator.h"

#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <string>

namespace wpk::instrument {
namespace {

using namespace wasm;

std::unique_ptr<Module> parseWat(const std::string& text) {
  auto module = std::make_unique<Module>();
  module->features = FeatureSet::All & ~FeatureSet::GC & ~FeatureSet::TypedFunctionReferences;
  std::string copy = text;
  SExpressionParser parser(copy.data());
  SExpressionWasmBuilder builder(*module, *(*parser.root)[0], IRProfile::Normal);
  return module;
}

struct Instrumented {
  std::unique_ptr<Module> module;
  InstrumentStats stats;
  const FunctionStats& function(const std::string& name) const {
    for (auto& f : stats.functions) {
      if (f.name == name) {
        return f;
      }
    }
    throw std::runtime_error("function not instrumented: " + name);
  }
};

Instrumented instrument(const std::string& wat, InstrumentOptions options = {}) {
  Instrumented result;
  result.module = parseWat(wat);
  EXPECT_TRUE(WasmValidator().validate(*result.module)) << "input does not validate";
  instrumentModule(*result.module, options, result.stats);
  EXPECT_TRUE(WasmValidator().validate(*result.module)) << "output does not validate";
  return result;
}

size_t maxNesting(Expression* e) {
  size_t deepest = 0;
  ChildIterator children(e);
  for (Index i = 0; i < children.getNumChildren(); ++i) {
    deepest = std::max(deepest, maxNesting(children.getChild(i)));
  }
  bool control = e->is<Block>() || e->is<Loop>() || e->is<If>() || e->is<Try>();
  return deepest + (control ? 1 : 0);
}

size_t countCallsTo(Function* func, Name target) {
  size_t n = 0;
  for (auto* call : FindAll<Call>(func->body).list) {
    n += call->target == target;
  }
  return n;
}

const char* kPrelude = R"(
  (import "wpk" "fork" (func $fork (result i32)))
  (import "env" "log_i32" (func $log (param i32)))
  (memory 1)
  (func $side (result i32) (call $log (i32.const 1)) (i32.const 5))
)";

std::string module(const std::string& body) {
  return std::string("(module ") + kPrelude + body + ")";
}

TEST(ForkTransform, TopLevelCarryoverIsSpilledAndGuarded) {
  auto r = instrument(module(R"(
    (func $f (result i32)
      (i32.add (call $side) (call $fork))))"));
  auto& f = r.function("f");
  EXPECT_EQ(f.transform.sites, 1u);
  EXPECT_EQ(f.transform.spilled, 1u);
  EXPECT_EQ(f.transform.rematerialized, 0u);
  EXPECT_EQ(f.transform.addedLocals, 1u);
  Function* func = r.module->getFunction("f");
  // The side-effecting operand is evaluated once, inside the normal arm of a guard, into the
  // spill local.
  auto calls = FindAll<Call>(func->body).list;
  Call* side = nullptr;
  for (auto* c : calls) {
    if (c->target == "side") {
      side = c;
    }
  }
  ASSERT_NE(side, nullptr);
  EXPECT_EQ(countCallsTo(func, "side"), 1u);
  Parents parents(func->body);
  auto* tee = parents.getParent(side)->dynCast<LocalSet>();
  ASSERT_NE(tee, nullptr);
  EXPECT_TRUE(tee->isTee());
  auto* guard = parents.getParent(tee)->dynCast<If>();
  ASSERT_NE(guard, nullptr);
  EXPECT_EQ(guard->ifFalse, tee);
  auto* reload = guard->ifTrue->dynCast<LocalGet>();
  ASSERT_NE(reload, nullptr);
  EXPECT_EQ(reload->index, tee->index);
  EXPECT_EQ(f.transform.savedLocals, 1u);
}

TEST(ForkTransform, CarryoverInBlockSkipsEarlierStatements) {
  auto r = instrument(module(R"(
    (func $f (result i32)
      (i32.add (call $side)
               (block (result i32)
                 (call $log (i32.const 7))
                 (call $fork)))))"));
  auto& f = r.function("f");
  EXPECT_EQ(f.transform.sites, 1u);
  EXPECT_EQ(f.transform.spilled, 1u);
  Function* func = r.module->getFunction("f");
  // The log call before the fork is skipped on rewind: it sits in a label block that a
  // br_if on the rewinding state exits.
  Call* log = nullptr;
  for (auto* c : FindAll<Call>(func->body).list) {
    if (c->target == "log") {
      log = c;
    }
  }
  ASSERT_NE(log, nullptr);
  Parents parents(func->body);
  auto* landing = parents.getParent(log)->dynCast<Block>();
  ASSERT_NE(landing, nullptr);
  ASSERT_TRUE(landing->name.is());
  auto* dispatch = landing->list[0]->dynCast<Break>();
  ASSERT_NE(dispatch, nullptr);
  EXPECT_EQ(dispatch->name, landing->name);
  EXPECT_NE(dispatch->condition, nullptr);
}

TEST(ForkTransform, PureScalarCarryoverIsRematerialized) {
  auto r = instrument(module(R"(
    (func $f (param $x i32) (result i32)
      (i32.add (i32.mul (local.get $x) (i32.const 3)) (call $fork))))"));
  auto& f = r.function("f");
  EXPECT_EQ(f.transform.rematerialized, 1u);
  EXPECT_EQ(f.transform.spilled, 0u);
  EXPECT_EQ(f.transform.addedLocals, 0u);
  EXPECT_EQ(f.transform.savedLocals, 1u); // $x, read again by the recomputation
}

TEST(ForkTransform, NestedForkInLoopIfBlock) {
  auto r = instrument(module(R"(
    (func $f (param $n i32) (result i32)
      (local $i i32) (local $dead i32)
      (loop $l
        (local.set $dead (i32.const 9))
        (if (i32.eq (local.get $i) (i32.const 2))
          (then (block $b
            (call $log (local.get $i))
            (drop (call $fork)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
      (local.get $i)))"));
  auto& f = r.function("f");
  EXPECT_EQ(f.transform.sites, 1u);
  EXPECT_EQ(f.transform.addedLocals, 0u);
  // $i and $n are live after the fork; $dead is not.
  EXPECT_EQ(f.transform.savedLocals, 2u);
  // The (pure) if condition is overridden to select the then-arm while rewinding.
  Function* func = r.module->getFunction("f");
  bool found = false;
  for (auto* iff : FindAll<If>(func->body).list) {
    if (auto* select = iff->condition->dynCast<Select>()) {
      auto* forced = select->ifTrue->dynCast<Const>();
      found = forced && forced->value.geti32() == 1 && select->condition->is<GlobalGet>() &&
              select->ifFalse->is<Binary>();
    }
  }
  EXPECT_TRUE(found);
}

TEST(ForkTransform, CallIndirectLandingKeepsTheTarget) {
  auto r = instrument(module(R"(
    (type $t (func (param i32) (result i32)))
    (table 2 funcref)
    (elem (i32.const 0) $plain $forker)
    (func $plain (param i32) (result i32) (i32.const 0))
    (func $forker (param i32) (result i32) (call $fork))
    (func $f (param $p i32) (result i32)
      (call_indirect (type $t) (i32.const 3) (call $side))))"));
  auto& f = r.function("f");
  EXPECT_EQ(f.reason, SelectionReason::Indirect);
  EXPECT_EQ(f.transform.sites, 1u);
  EXPECT_EQ(f.transform.spilled, 1u); // the table index, not the (pure) argument
  Function* func = r.module->getFunction("f");
  auto* ci = FindAll<CallIndirect>(func->body).list.at(0);
  auto* guard = ci->target->dynCast<If>();
  ASSERT_NE(guard, nullptr);
  EXPECT_TRUE(guard->ifTrue->is<LocalGet>());
  EXPECT_TRUE(ci->operands[0]->is<Const>());
  EXPECT_FALSE(r.module->getFunction("plain")->body->is<Block>() &&
               FindAll<GlobalGet>(r.module->getFunction("plain")->body).list.size() > 0);
}

TEST(ForkSelection, ConstantIndexResolvesToItsSlot) {
  auto r = instrument(module(R"(
    (type $t (func (result i32)))
    (table 2 funcref)
    (elem (i32.const 0) $plain $forker)
    (func $plain (result i32) (i32.const 0))
    (func $forker (result i32) (call $fork))
    (func $calls_plain (result i32) (call_indirect (type $t) (i32.const 0)))
    (func $calls_forker (result i32) (call_indirect (type $t) (i32.const 1))))"));
  std::set<std::string> names;
  for (auto& f : r.stats.functions) {
    names.insert(f.name);
  }
  EXPECT_EQ(names, (std::set<std::string>{"forker", "calls_forker"}));
}

// wasm64 as clang 16 emits it: pointers are i64, the function pointer is wrapped to the i32
// table index, and (here) the segment sits at an imported global's offset, so constant indices
// cannot be resolved: every table member with the call's exact signature is a candidate, and
// only those. (The wasm32 build of the same C code selects more functions because pointer and
// int parameters share the type i32 there, so more signatures collide.)
TEST(ForkSelection, Wasm64IndirectCallsMatchI64PointerSignatures) {
  auto r = instrument(R"((module
    (import "wpk" "fork" (func $fork (result i32)))
    (import "env" "table_base" (global $base i32))
    (memory i64 1)
    (type $op (func (param i64 i32) (result i32)))
    (type $op32 (func (param i32 i32) (result i32)))
    (table 8 funcref)
    (elem (global.get $base) $add $forker $add32)
    (func $add (param $p i64) (param $x i32) (result i32) (local.get $x))
    (func $forker (param $p i64) (param $x i32) (result i32) (call $fork))
    (func $add32 (param $p i32) (param $x i32) (result i32) (local.get $x))
    (func $apply (param $fp i64) (result i32)
      (call_indirect (type $op) (i64.const 0) (i32.const 1) (i32.wrap_i64 (local.get $fp))))
    (func $apply_constant (result i32)
      (call_indirect (type $op) (i64.const 0) (i32.const 1) (i32.const 0)))
    (func $apply32 (param $fp i32) (result i32)
      (call_indirect (type $op32) (i32.const 0) (i32.const 1) (local.get $fp)))))");
  std::map<std::string, SelectionReason> selected;
  for (auto& f : r.stats.functions) {
    selected[f.name] = f.reason;
  }
  EXPECT_EQ(selected, (std::map<std::string, SelectionReason>{
                          {"forker", SelectionReason::Direct},
                          {"apply", SelectionReason::Indirect},
                          {"apply_constant", SelectionReason::Indirect}}));
  EXPECT_EQ(r.function("apply").transform.sites, 1u);
}

TEST(ForkSelection, TableSetMakesTheTableUnknown) {
  auto r = instrument(module(R"(
    (type $t (func (result i32)))
    (table $tab 2 funcref)
    (elem (i32.const 0) $plain)
    (elem declare func $forker)
    (func $plain (result i32) (i32.const 0))
    (func $forker (result i32) (call $fork))
    (func $install (table.set $tab (i32.const 1) (ref.func $forker)))
    (func $calls (result i32) (call_indirect $tab (type $t) (i32.const 0))))"));
  std::set<std::string> names;
  for (auto& f : r.stats.functions) {
    names.insert(f.name);
  }
  EXPECT_EQ(names, (std::set<std::string>{"forker", "calls"}));
}

// The kernel ABI exports the table for the host to read (signal handlers) and promises never to
// write it: an exported table still holds only its segments, so the exported `_start`, which
// reaches fork, is no candidate of a () -> nil call_indirect (exit() running atexit handlers).
// Under --host-writes-tables every exported function of the call's type is one.
TEST(ForkSelection, ExportedTableHoldsOnlyItsSegments) {
  const std::string wat = module(R"(
    (type $v (func))
    (table $tab 2 funcref)
    (export "__indirect_function_table" (table $tab))
    (elem (i32.const 1) $handler)
    (func $handler (call $log (i32.const 2)))
    (func $start (export "_start") (drop (call $fork)) (call $run_exit_handlers))
    (func $run_exit_handlers (call_indirect $tab (type $v) (i32.const 1))))");
  auto names = [](const Instrumented& r) {
    std::set<std::string> result;
    for (auto& f : r.stats.functions) {
      result.insert(f.name);
    }
    return result;
  };
  EXPECT_EQ(names(instrument(wat)), (std::set<std::string>{"start"}));
  InstrumentOptions hostWrites;
  hostWrites.hostWritesTables = true;
  EXPECT_EQ(names(instrument(wat, hostWrites)),
            (std::set<std::string>{"start", "run_exit_handlers"}));
}

TEST(ForkTransform, MultivalueParamsAndResults) {
  auto r = instrument(module(R"(
    (func $pair (param $a i32) (param $b i64) (param $c f64) (result i32 i64)
      (local $p i32)
      (local.set $p (call $fork))
      (tuple.make
        (i32.add (local.get $a) (i32.trunc_f64_s (local.get $c)))
        (i64.add (local.get $b) (i64.extend_i32_u (local.get $p)))))
    (func $user (result i32)
      (local $t (i32 i64))
      (local.set $t (call $pair (i32.const 1) (i64.const 2) (f64.const 3)))
      (i32.add (tuple.extract 0 (local.get $t))
               (i32.wrap_i64 (tuple.extract 1 (local.get $t))))))"));
  auto& pair = r.function("pair");
  // a, b, c; $p is written by the call's own result, so it is not live across it.
  EXPECT_EQ(pair.transform.savedLocals, 3u);
  EXPECT_EQ(pair.transform.frameBytes, 24u); // index, a in the hole at +4, then b and c

  auto& user = r.function("user");
  EXPECT_EQ(user.transform.sites, 1u);
}

TEST(ForkTransform, ForkInTryBody) {
  auto r = instrument(module(R"(
    (tag $e (param i32))
    (func $f (result i32)
      (local $x i32)
      (try (result i32)
        (do (local.set $x (call $fork)) (local.get $x))
        (catch $e (i32.add (pop i32) (local.get $x))))))"));
  auto& f = r.function("f");
  EXPECT_EQ(f.transform.sites, 1u);
  EXPECT_EQ(f.transform.savedLocals, 1u); // $x is read by the handler
}

TEST(ForkTransform, AForkPathCallInACatchBodyIsGuardedNotASite) {
  auto module = parseWat(std::string("(module ") + kPrelude + R"(
    (tag $e)
    (func $handler_forks (result i32)
      (try (result i32)
        (do (throw $e))
        (catch $e (call $fork))))))");
  InstrumentStats stats;
  instrumentModule(*module, {}, stats); // refused with an InstrumentError before
  auto* handler = module->getFunction("handler_forks");
  auto* tryy = FindAll<Try>(handler->body).list.at(0);
  ASSERT_EQ(tryy->catchBodies.size(), 1u);
  // The call keeps its place in the handler, followed by `if (state) unreachable`.
  EXPECT_EQ(FindAll<Call>(tryy->catchBodies[0]).list.size(), 1u);
  auto ifs = FindAll<If>(tryy->catchBodies[0]).list;
  ASSERT_EQ(ifs.size(), 1u);
  EXPECT_TRUE(ifs[0]->condition->is<GlobalGet>());
  EXPECT_TRUE(ifs[0]->ifTrue->is<Unreachable>());
}

TEST(ForkTransform, ATailCallToAForkPathInATryBodyIsRejected) {
  auto module = parseWat(std::string("(module ") + kPrelude + R"(
    (tag $e)
    (func $g (result i32) (call $fork))
    (func $tail_in_try (result i32)
      (try (result i32)
        (do (return_call $g))
        (catch $e (i32.const 99))))))");
  InstrumentStats stats;
  try {
    instrumentModule(*module, {}, stats);
    FAIL() << "expected an InstrumentError";
  } catch (const InstrumentError& e) {
    EXPECT_NE(std::string(e.what()).find("function tail_in_try"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("tail call"), std::string::npos) << e.what();
  }
}

TEST(ForkTransform, Pr701ShapeAddsNoLocals) {
  std::string wat = module(R"(
    (func $walk (param $depth i32) (result i32)
      (if (result i32) (i32.eqz (local.get $depth))
        (then (call $fork))
        (else (call $walk (i32.sub (local.get $depth) (i32.const 1)))))))");
  auto before = parseWat(wat);
  Index localsBefore = before->getFunction("walk")->getNumLocals();
  auto r = instrument(wat);
  EXPECT_EQ(r.module->getFunction("walk")->getNumLocals(), localsBefore);
  EXPECT_EQ(r.function("walk").transform.addedLocals, 0u);
  EXPECT_EQ(r.function("walk").transform.savedLocals, 0u); // nothing is live after the calls
}

TEST(ForkTransform, ThousandCallSitesKeepNestingBounded) {
  std::string body = "(func $many (param $which i32)\n";
  for (int k = 0; k < 1000; ++k) {
    body += "(call $log (i32.const " + std::to_string(k) + "))\n";
    body += "(if (i32.eq (local.get $which) (i32.const " + std::to_string(k) +
            ")) (then (drop (call $fork))))\n";
  }
  body += ")";
  auto r = instrument(module(body));
  auto& f = r.function("many");
  EXPECT_EQ(f.transform.sites, 1000u);
  size_t nesting = maxNesting(r.module->getFunction("many")->body);
  EXPECT_LE(nesting, 64u);
  EXPECT_GE(nesting, 4u); // bucketed: several dispatch levels exist
  EXPECT_EQ(f.transform.addedLocals, 0u);
}

TEST(ForkTransform, Wasm64UsesI64Pointers) {
  auto r = instrument(R"((module
    (import "wpk" "fork" (func $fork (result i32)))
    (memory i64 1)
    (global $sp (mut i64) (i64.const 1024))
    (func $f (param $p i64) (result i32)
      (i32.add (call $fork) (i32.wrap_i64 (local.get $p))))))");
  auto& f = r.function("f");
  EXPECT_EQ(f.transform.sites, 1u);
  EXPECT_EQ(f.transform.frameBytes, 16u);
  auto* begin = r.module->getFunction(r.module->getExport("wpk_fork_unwind_begin")->value);
  EXPECT_EQ(begin->getParams(), Type(Type::i64));
  bool cursorIs64 = false;
  for (auto& g : r.module->globals) {
    if (std::string(g->name.str) == "wpk_fork_cursor") {
      cursorIs64 = g->type == Type::i64;
    }
  }
  EXPECT_TRUE(cursorIs64);
}

TEST(ForkSelection, ModuleWithoutSeedIsUnchanged) {
  auto r = instrument(R"((module (memory 1) (func $f (result i32) (i32.const 1))))");
  EXPECT_FALSE(r.stats.changed);
  EXPECT_TRUE(r.stats.functions.empty());
  EXPECT_EQ(r.module->getExportOrNull("wpk_fork_state"), nullptr);
}

TEST(ForkTransform, ForceAllInstrumentsEveryFunction) {
  InstrumentOptions options;
  options.forceAll = true;
  auto r = instrument(R"((module (memory 1)
    (func $a (result i32) (i32.add (call $b) (i32.const 1)))
    (func $b (result i32) (i32.const 1))))",
                      options);
  EXPECT_EQ(r.stats.functions.size(), 2u);
  EXPECT_EQ(r.function("a").transform.sites, 1u);
  EXPECT_EQ(r.function("b").transform.sites, 0u);
}

TEST(ForkTransform, TailCallToForkPathBecomesCallAndReturn) {
  auto r = instrument(module(R"(
    (func $g (result i32) (call $fork))
    (func $f (result i32) (return_call $g)))"));
  auto& f = r.function("f");
  EXPECT_EQ(f.transform.sites, 1u);
  for (auto* call : FindAll<Call>(r.module->getFunction("f")->body).list) {
    EXPECT_FALSE(call->isReturn);
  }
}

TEST(ForkTransform, EntryImportIsASeed) {
  InstrumentOptions options;
  options.entries.push_back({"env", "vfork_like"});
  auto r = instrument(R"((module
    (import "env" "vfork_like" (func $v (result i32)))
    (memory 1)
    (func $f (result i32) (call $v))
    (func $g (result i32) (i32.const 0))))",
                      options);
  EXPECT_EQ(r.stats.functions.size(), 1u);
  EXPECT_EQ(r.stats.seeds, (std::vector<std::string>{"env.vfork_like"}));
}

} // namespace
} // namespace wpk::instrument
