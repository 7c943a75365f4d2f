// index_ledger.h — the index ledger: one entry per package x arch with the outcome of its last
// build, read by `wpk status`, `wpk publish`, `wpk build --explain` and the CI.
//
// Stored as JSON at $WPK_CACHE/index.json (sorted by package then arch), with a one-line-per-
// entry summary in index.keys. Updates are
// read-modify-write under an flock on index.json.lock and land with an atomic rename, so two
// concurrent `wpk` runs never lose each other's entries or leave a torn file.
#pragma once

#include "cache_key.h"
#include "json.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace wpk {

struct LedgerEntry {
  std::string name;
  std::string version;
  std::string arch;
  std::string status; // built, failed, blocked
  std::string key;
  std::string archive;
  std::string archive_sha256;
  std::string error_tail; // on failure
  std::string last_good_archive;
  std::string last_good_sha256;
  std::string last_good_key;
  uint64_t wasm_size = 0;   // sum of program sizes after post-link
  uint64_t code_before = 0; // code section bytes before instrumentation
  uint64_t code_after = 0;  // and after
  int programs = 0;
  int instrumented = 0;
  std::vector<KeyInput> inputs; // of `key`, for --explain
  Json to_json() const;
  static LedgerEntry from_json(const Json& json);
};

class IndexLedger {
public:
  explicit IndexLedger(std::filesystem::path file) : file_(std::move(file)) {}

  std::map<std::string, LedgerEntry> read() const; // "name/arch" -> entry
  // "name/arch" -> "status key", from the small index.keys summary written next to index.json
  // (cheap to read: a no-op build checks it instead of parsing the whole ledger).
  std::map<std::string, std::string> read_summary() const;
  // Applies `updates` (replacing entries with the same name/arch) atomically.
  void update(const std::vector<LedgerEntry>& updates) const;
  static std::string id(const std::string& name, const std::string& arch) {
    return name + "/" + arch;
  }

private:
  std::filesystem::path file_;
};

} // namespace wpk
