// instrument_module.h — wasm binary in, instrumented wasm binary and statistics out.
#pragma once

#include "binary_sections.h"
#include "fork_selection.h"
#include "fork_transform.h"

#include <string>
#include <vector>

namespace wpk::instrument {

struct InstrumentOptions {
  std::vector<ImportName> entries; // extra seeds besides wpk.fork
  bool forceAll = false;
  bool hostWritesTables = false; // see SelectionPolicy
  bool discoverOnly = false;
};

struct FunctionStats {
  std::string name;
  SelectionReason reason = SelectionReason::Direct;
  FunctionTransformReport transform;
  uint64_t bytesBefore = 0;
  uint64_t bytesAfter = 0;
};

struct InstrumentStats {
  uint64_t functionsTotal = 0; // defined functions of the input
  std::vector<std::string> seeds;
  std::vector<FunctionStats> functions; // selected functions, module order
  std::vector<SectionSize> sectionsBefore;
  std::vector<SectionSize> sectionsAfter;
  bool changed = false;
};

struct InstrumentResult {
  std::vector<char> output; // empty with discoverOnly
  InstrumentStats stats;
};

// Instruments a module in memory (the module's features must allow what it uses). Fills the
// selection and transform parts of the statistics (not the byte counts). Returns whether the
// module was changed. Throws InstrumentError for unsupported input.
bool instrumentModule(wasm::Module& module, const InstrumentOptions& options,
                      InstrumentStats& stats);

// Throws InstrumentError for invalid or unsupported input.
InstrumentResult instrumentBinary(const std::vector<char>& input, const InstrumentOptions& options);

} // namespace wpk::instrument
