// Index ledger: entries round-trip through the JSON file, updates replace by package/arch, and
// concurrent updaters (threads here; processes use the same flock) never lose an entry.
#include "index_ledger.h"
#include "test_util.h"

#include <gtest/gtest.h>
#include <thread>

namespace wpk {
namespace {

LedgerEntry entry(const std::string& name, const std::string& arch, const std::string& status) {
  LedgerEntry e;
  e.name = name;
  e.version = "1.0";
  e.arch = arch;
  e.status = status;
  e.key = std::string(64, 'a');
  e.error_tail = status == "failed" ? "line 1\n\"quoted\" \x01 line 2" : "";
  e.inputs = {{"arch", arch}, {"file patches/x.patch", "abc"}};
  e.wasm_size = 1234;
  return e;
}

TEST(IndexLedger, RoundTripsAndReplaces) {
  testing::ScratchDir dir;
  IndexLedger ledger(dir.path() / "index.json");
  EXPECT_TRUE(ledger.read().empty());
  ledger.update({entry("sed", "wasm32", "failed"), entry("bc", "wasm32", "built")});
  auto entries = ledger.read();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries["sed/wasm32"].error_tail, "line 1\n\"quoted\" \x01 line 2");
  EXPECT_EQ(entries["sed/wasm32"].inputs.size(), 2u);
  EXPECT_EQ(entries["bc/wasm32"].wasm_size, 1234u);
  EXPECT_EQ(ledger.read_summary()["sed/wasm32"], "failed " + std::string(64, 'a'));
  ledger.update({entry("sed", "wasm32", "built")});
  EXPECT_EQ(ledger.read_summary()["sed/wasm32"], "built " + std::string(64, 'a'));
  entries = ledger.read();
  EXPECT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries["sed/wasm32"].status, "built");
  // Sorted, stable output.
  const std::string text = read_file(dir.path() / "index.json");
  EXPECT_LT(text.find("\"bc\""), text.find("\"sed\""));
}

TEST(IndexLedger, ConcurrentUpdatesKeepEveryEntry) {
  testing::ScratchDir dir;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      IndexLedger ledger(dir.path() / "index.json");
      for (int i = 0; i < 10; ++i)
        ledger.update(
            {entry("p" + std::to_string(t) + "-" + std::to_string(i), "wasm32", "built")});
    });
  for (auto& thread : threads)
    thread.join();
  EXPECT_EQ(IndexLedger(dir.path() / "index.json").read().size(), 40u);
}

} // namespace
} // namespace wpk
