// status_report.h — the matrix build status in markdown, JSON and self-contained HTML.
//
// Markdown, exactly:
//   ## Matrix build status — `TAG`
//   (blank line)
//   ABI vN. **X built**, **Y failed**, Z total.
//   (blank line)
//   | Package | Arch | Status | Sha |
//   |---|---|---|---|
//   | bc | wasm32 | built | 3a78fb67 |        (Sha = first 8 hex digits of the cache key)
// Rows are sorted by package then arch. The JSON carries the same rows plus sizes, archive
// names and error tails; the HTML page is one file with inline CSS (no network) showing the
// package x arch grid coloured by status with sizes and instrumentation overhead.
#pragma once

#include "index_ledger.h"

#include <string>
#include <vector>

namespace wpk {

struct StatusRow {
  std::string package;
  std::string arch;
  std::string status; // built, failed, blocked, not built
  LedgerEntry entry;  // empty fields when never built
};

struct StatusReport {
  std::string tag;
  int abi_version = 0;
  std::vector<StatusRow> rows;
  int count(const std::string& status) const;
};

std::string format_status_markdown(const StatusReport& report);
std::string format_status_json(const StatusReport& report);
std::string format_status_html(const StatusReport& report);

} // namespace wpk
