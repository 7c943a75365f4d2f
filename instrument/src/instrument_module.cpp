// instrument_module.cpp — see instrument_module.h.
#include "instrument_module.h"

#include "fork_runtime_support.h"
#include "instrument_error.h"
#include "parsing.h"
#include "wasm-binary.h"
#include "wasm-validator.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace wpk::instrument {

using namespace wasm;

namespace {

// Features the instrumenter accepts (what clang-16 emits for wpk, atomics included since every
// program has shared memory, plus what Binaryen's fuzzer produces without GC).
constexpr FeatureSet::Feature kAcceptedFeatures = FeatureSet::Feature(
    FeatureSet::Atomics | FeatureSet::MutableGlobals | FeatureSet::TruncSat | FeatureSet::SIMD |
    FeatureSet::BulkMemory | FeatureSet::SignExt | FeatureSet::ExceptionHandling |
    FeatureSet::TailCall | FeatureSet::ReferenceTypes | FeatureSet::Multivalue |
    FeatureSet::Memory64 | FeatureSet::ExtendedConst);

void validateOrThrow(Module& module, const std::string& what) {
  std::ostringstream log;
  std::streambuf* saved = std::cerr.rdbuf(log.rdbuf());
  bool valid = WasmValidator().validate(module, WasmValidator::Globally);
  std::cerr.rdbuf(saved);
  if (!valid) {
    std::string details = log.str();
    if (details.size() > 2000) {
      details = details.substr(0, 2000) + "\n[...]";
    }
    throw InstrumentError(what + " does not validate:\n" + details);
  }
}

std::vector<Function*> definedFunctions(Module& module) {
  std::vector<Function*> result;
  for (auto& func : module.functions) {
    if (!func->imported()) {
      result.push_back(func.get());
    }
  }
  return result;
}

} // namespace

InstrumentResult instrumentBinary(const std::vector<char>& input,
                                  const InstrumentOptions& options) {
  InstrumentResult result;
  InstrumentStats& stats = result.stats;
  BinaryLayout before = parseBinaryLayout(input);
  stats.sectionsBefore = before.sections;

  Module module;
  try {
    // MVP here: the module's target_features section (if any) then says what it uses, and is
    // written back unchanged.
    WasmBinaryBuilder parser(module, FeatureSet(FeatureSet::MVP), input);
    parser.setDebugInfo(before.hasNameSection);
    parser.read();
  } catch (ParseException& e) {
    std::ostringstream message;
    message << "cannot read the module: " << e.text;
    if (e.line != size_t(-1)) {
      message << " (at byte " << e.line << ")";
    }
    throw InstrumentError(message.str());
  }
  FeatureSet originalFeatures = module.features;
  module.features.enable(FeatureSet(kAcceptedFeatures));
  validateOrThrow(module, "the input module");

  auto definedIndex = [&]() {
    std::map<Name, size_t> index;
    std::vector<Function*> defined = definedFunctions(module);
    for (size_t i = 0; i < defined.size(); ++i) {
      index[defined[i]->name] = i;
    }
    return index;
  };
  std::map<Name, size_t> indexBefore = definedIndex();
  bool changed = instrumentModule(module, options, stats);
  for (auto& fs : stats.functions) {
    fs.bytesBefore = before.functionBodyBytes.at(indexBefore.at(Name(fs.name)));
  }
  if (options.discoverOnly) {
    return result;
  }
  if (!changed) {
    result.output = input; // nothing can fork: the module is left unchanged
    stats.sectionsAfter = before.sections;
    for (auto& fs : stats.functions) {
      fs.bytesAfter = fs.bytesBefore;
    }
    return result;
  }
  validateOrThrow(module, "internal error: the instrumented module");

  if (module.hasFeaturesSection) {
    module.features = originalFeatures;
  }
  // DWARF describes code offsets that instrumentation changes; Binaryen's DWARF rewriting is
  // partial and crashes on malformed sections, so the (stale) DWARF sections are dropped.
  auto& sections = module.userSections;
  sections.erase(std::remove_if(sections.begin(), sections.end(),
                                [](const UserSection& section) {
                                  return section.name.rfind(".debug_", 0) == 0;
                                }),
                 sections.end());
  BufferWithRandomAccess buffer;
  WasmBinaryWriter writer(&module, buffer);
  writer.setNamesSection(before.hasNameSection);
  writer.write();
  result.output.assign(buffer.begin(), buffer.end());

  BinaryLayout after = parseBinaryLayout(result.output);
  stats.sectionsAfter = after.sections;
  std::map<Name, size_t> indexAfter = definedIndex();
  for (auto& fs : stats.functions) {
    fs.bytesAfter = after.functionBodyBytes.at(indexAfter.at(Name(fs.name)));
  }
  return result;
}

bool instrumentModule(Module& module, const InstrumentOptions& options, InstrumentStats& stats) {
  stats.functionsTotal = definedFunctions(module).size();
  std::vector<ImportName> seeds = {{"wpk", "fork"}};
  seeds.insert(seeds.end(), options.entries.begin(), options.entries.end());
  ForkSelection selection(module, seeds, {options.forceAll, options.hostWritesTables});
  for (auto& seed : selection.seeds()) {
    auto* func = module.getFunction(seed);
    stats.seeds.push_back(std::string(func->module.str) + "." + std::string(func->base.str));
  }
  for (auto& [name, reason] : selection.instrumented()) {
    FunctionStats fs;
    fs.name = name.str;
    fs.reason = reason;
    stats.functions.push_back(fs);
  }
  if (options.discoverOnly || (selection.seeds().empty() && !options.forceAll)) {
    return false;
  }
  checkInstrumentable(module);
  ForkRuntime runtime = addForkRuntime(module);
  FrameHelpers helpers(module, runtime);
  for (auto& fs : stats.functions) {
    fs.transform =
        instrumentFunction(module, module.getFunction(Name(fs.name)), runtime, selection, helpers);
  }
  helpers.finish();
  // The frame helpers are called from every instrumented function: give them the smallest
  // function indices (right after the imports) so that each call is 2 bytes.
  std::set<Name> hot(helpers.added().begin(), helpers.added().end());
  std::stable_partition(module.functions.begin(), module.functions.end(),
                        [&](const std::unique_ptr<Function>& func) {
                          return func->imported() || hot.count(func->name);
                        });
  stats.changed = true;
  return true;
}

} // namespace wpk::instrument
