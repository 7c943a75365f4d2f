// cli_test.cc — the wpk-abi binary's exit codes: 0 ok, 1 failed / bad input, 2 usage.
#include "abi_repo.h"
#include "process.h"
#include "test_support.h"
#include "wasm_test_builder.h"

#include <gtest/gtest.h>

namespace wpk::abi {
namespace {

ProcessResult wpk_abi(std::vector<std::string> args) {
  args.insert(args.begin(), WPK_ABI_EXE);
  return run_process(args);
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(wpk_abi({}).exit_code, 2);
  EXPECT_EQ(wpk_abi({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(wpk_abi({"check", "--no-such-option"}).exit_code, 2);
  EXPECT_EQ(wpk_abi({"check", "--base"}).exit_code, 2);
  EXPECT_EQ(wpk_abi({"check-artifact"}).exit_code, 2);
  EXPECT_EQ(wpk_abi({"check-artifact", "a.wasm", "--arch", "wasm16"}).exit_code, 2);
}

TEST(Cli, MalformedWasmIsAClearErrorExitOne) {
  test::TempDir dir;
  test::write_text(dir.file("junk.wasm"), "this is not wasm");
  ProcessResult r =
      wpk_abi({"check-artifact", dir.file("junk.wasm"), "--abi-dir", test::real_abi_dir()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("junk.wasm: malformed wasm: offset 0: not a WebAssembly module"),
            std::string::npos)
      << r.output;
  r = wpk_abi({"check-artifact", dir.file("missing.wasm"), "--abi-dir", test::real_abi_dir()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("missing.wasm: cannot read"), std::string::npos) << r.output;
}

TEST(Cli, BadDefinitionExitsOneWithLocation) {
  test::TempDir dir;
  test::write_text(dir.file("abi.yaml"), "import_module: wpk\nimprots: {}\n");
  test::write_text(dir.file("ABI_VERSION"), "1\n");
  ProcessResult r = wpk_abi({"update", "--abi-dir", dir.path()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find(dir.file("abi.yaml") + ":2:1: unknown key 'improts'"), std::string::npos)
      << r.output;
}

// A program module for the real ABI, with an extra unknown import when asked, and without its
// memory (but still exporting memory 0) when asked.
std::string program_bytes(bool unknown_import, bool with_memory = true) {
  const AbiRepo repo = load_abi_repo(test::real_abi_dir());
  wasm::test::ModuleBuilder b;
  if (unknown_import)
    b.import_function("wpk", "spawn", b.type({}, {}));
  const uint32_t start = b.function(b.type({}, {}));
  const uint32_t version = b.function(b.type({}, {"i32"}));
  if (with_memory)
    b.memory(false);
  b.export_("_start", 0, start);
  b.export_("memory", 2, 0);
  b.export_("wpk_abi_version", 0, version);
  b.abi_version(static_cast<uint32_t>(repo.abi_version));
  const auto bytes = b.build();
  return std::string(bytes.begin(), bytes.end());
}

TEST(Cli, CheckArtifactOkAndOffender) {
  test::TempDir dir;
  test::write_text(dir.file("good.wasm"), program_bytes(false));
  ProcessResult r =
      wpk_abi({"check-artifact", dir.file("good.wasm"), "--abi-dir", test::real_abi_dir()});
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("good.wasm: ok (wasm32"), std::string::npos) << r.output;
  test::write_text(dir.file("bad.wasm"), program_bytes(true));
  r = wpk_abi({"check-artifact", dir.file("bad.wasm"), "--abi-dir", test::real_abi_dir()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("bad.wasm: import wpk.spawn is not part of the kernel ABI"),
            std::string::npos)
      << r.output;
}

TEST(Cli, CheckArtifactWithArchStillNeedsAMemory) {
  // --arch only says which signatures to expect; a module without memory 0 is no program, even
  // when it exports "memory" as memory 0.
  test::TempDir dir;
  test::write_text(dir.file("nomem.wasm"), program_bytes(false, false));
  ProcessResult r = wpk_abi({"check-artifact", dir.file("nomem.wasm"), "--arch", "wasm32",
                             "--abi-dir", test::real_abi_dir()});
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("memory 0"), std::string::npos) << r.output;
}

} // namespace
} // namespace wpk::abi
