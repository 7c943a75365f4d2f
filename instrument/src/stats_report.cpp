// stats_report.cpp — see stats_report.h. Output is deterministic (module order, ties broken by
// name).
#include "stats_report.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace wpk::instrument {

namespace {

constexpr size_t kTopFunctions = 10;

struct Totals {
  uint64_t direct = 0, indirect = 0, forced = 0, sites = 0, savedLocals = 0, frameBytes = 0,
           rematerialized = 0, spilled = 0, addedLocals = 0;
};

Totals totals(const InstrumentStats& stats) {
  Totals t;
  for (auto& f : stats.functions) {
    t.direct += f.reason == SelectionReason::Direct;
    t.indirect += f.reason == SelectionReason::Indirect;
    t.forced += f.reason == SelectionReason::Forced;
    t.sites += f.transform.sites;
    t.savedLocals += f.transform.savedLocals;
    t.frameBytes += f.transform.frameBytes;
    t.rematerialized += f.transform.rematerialized;
    t.spilled += f.transform.spilled;
    t.addedLocals += f.transform.addedLocals;
  }
  return t;
}

std::vector<const FunctionStats*> topByBytesAdded(const InstrumentStats& stats) {
  std::vector<const FunctionStats*> top;
  for (auto& f : stats.functions) {
    top.push_back(&f);
  }
  auto added = [](const FunctionStats* f) {
    return int64_t(f->bytesAfter) - int64_t(f->bytesBefore);
  };
  std::stable_sort(top.begin(), top.end(), [&](auto* a, auto* b) {
    if (added(a) != added(b)) {
      return added(a) > added(b);
    }
    return a->name < b->name;
  });
  if (top.size() > kTopFunctions) {
    top.resize(kTopFunctions);
  }
  return top;
}

// Section sizes before/after, joined by name in first-seen order.
std::vector<std::tuple<std::string, uint64_t, uint64_t>> joinSections(const InstrumentStats& s) {
  std::vector<std::tuple<std::string, uint64_t, uint64_t>> rows;
  std::map<std::string, size_t> index;
  auto row = [&](const std::string& name) -> auto& {
    auto it = index.find(name);
    if (it == index.end()) {
      index[name] = rows.size();
      rows.emplace_back(name, 0, 0);
      return rows.back();
    }
    return rows[it->second];
  };
  for (auto& sec : s.sectionsBefore) {
    std::get<1>(row(sec.name)) += sec.bytes;
  }
  for (auto& sec : s.sectionsAfter) {
    std::get<2>(row(sec.name)) += sec.bytes;
  }
  return rows;
}

std::string jsonString(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  return out + "\"";
}

void writeTable(std::ostream& out, const InstrumentStats& stats) {
  Totals t = totals(stats);
  out << "seeds: ";
  if (stats.seeds.empty()) {
    out << "(none)";
  }
  for (size_t i = 0; i < stats.seeds.size(); ++i) {
    out << (i ? ", " : "") << stats.seeds[i];
  }
  out << "\n";
  out << "functions: " << stats.functionsTotal << " total, " << stats.functions.size()
      << " instrumented (direct " << t.direct << ", indirect " << t.indirect;
  if (t.forced) {
    out << ", forced " << t.forced;
  }
  out << ")\n";
  out << "fork-path call sites: " << t.sites << "\n";
  out << "locals saved: " << t.savedLocals << " (frame bytes, sum over functions: " << t.frameBytes
      << ")\n";
  out << "carryovers: " << t.rematerialized << " rematerialized, " << t.spilled << " spilled\n";
  out << "locals added: " << t.addedLocals << "\n";
  out << "sections (bytes before -> after):\n";
  for (auto& [name, before, after] : joinSections(stats)) {
    char line[200];
    std::snprintf(line, sizeof line, "  %-24s %10llu -> %10llu  %+lld\n", name.c_str(),
                  (unsigned long long)before, (unsigned long long)after,
                  (long long)after - (long long)before);
    out << line;
  }
  out << "top functions by bytes added:\n";
  for (auto* f : topByBytesAdded(stats)) {
    char line[400];
    std::snprintf(line, sizeof line, "  %-40s %8llu -> %8llu  %+6lld  sites %u  saved %u  (%s)\n",
                  f->name.c_str(), (unsigned long long)f->bytesBefore,
                  (unsigned long long)f->bytesAfter,
                  (long long)f->bytesAfter - (long long)f->bytesBefore, f->transform.sites,
                  f->transform.savedLocals, selectionReasonName(f->reason));
    out << line;
  }
}

void writeFunctionJson(std::ostream& out, const FunctionStats& f) {
  out << "{\"name\": " << jsonString(f.name) << ", \"reason\": \"" << selectionReasonName(f.reason)
      << "\", \"sites\": " << f.transform.sites << ", \"saved_locals\": " << f.transform.savedLocals
      << ", \"frame_bytes\": " << f.transform.frameBytes
      << ", \"rematerialized\": " << f.transform.rematerialized
      << ", \"spilled\": " << f.transform.spilled
      << ", \"added_locals\": " << f.transform.addedLocals
      << ", \"bytes_before\": " << f.bytesBefore << ", \"bytes_after\": " << f.bytesAfter << "}";
}

void writeJson(std::ostream& out, const InstrumentStats& stats) {
  Totals t = totals(stats);
  out << "{\n  \"seeds\": [";
  for (size_t i = 0; i < stats.seeds.size(); ++i) {
    out << (i ? ", " : "") << jsonString(stats.seeds[i]);
  }
  out << "],\n";
  out << "  \"functions_total\": " << stats.functionsTotal << ",\n";
  out << "  \"functions_instrumented\": " << stats.functions.size() << ",\n";
  out << "  \"instrumented_direct\": " << t.direct << ",\n";
  out << "  \"instrumented_indirect\": " << t.indirect << ",\n";
  out << "  \"instrumented_forced\": " << t.forced << ",\n";
  out << "  \"call_sites\": " << t.sites << ",\n";
  out << "  \"locals_saved\": " << t.savedLocals << ",\n";
  out << "  \"frame_bytes\": " << t.frameBytes << ",\n";
  out << "  \"carryovers_rematerialized\": " << t.rematerialized << ",\n";
  out << "  \"carryovers_spilled\": " << t.spilled << ",\n";
  out << "  \"locals_added\": " << t.addedLocals << ",\n";
  out << "  \"sections\": [";
  bool first = true;
  for (auto& [name, before, after] : joinSections(stats)) {
    out << (first ? "\n" : ",\n") << "    {\"name\": " << jsonString(name)
        << ", \"bytes_before\": " << before << ", \"bytes_after\": " << after << "}";
    first = false;
  }
  out << "\n  ],\n  \"top_functions\": [";
  first = true;
  for (auto* f : topByBytesAdded(stats)) {
    out << (first ? "\n    " : ",\n    ");
    writeFunctionJson(out, *f);
    first = false;
  }
  out << "\n  ],\n  \"functions\": [";
  first = true;
  for (auto& f : stats.functions) {
    out << (first ? "\n    " : ",\n    ");
    writeFunctionJson(out, f);
    first = false;
  }
  out << "\n  ]\n}\n";
}

} // namespace

void writeStats(std::ostream& out, const InstrumentStats& stats, StatsFormat format) {
  if (format == StatsFormat::Json) {
    writeJson(out, stats);
  } else {
    writeTable(out, stats);
  }
}

} // namespace wpk::instrument
