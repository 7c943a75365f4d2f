// artifact_check_test.cc — check-artifact on modules built byte by byte and on modules that
// clang-16 + wasm-ld build from C using the generated wpk_abi.h, for wasm32 and wasm64.
#include "abi_loader.h"
#include "abi_repo.h"
#include "artifact_check.h"
#include "process.h"
#include "test_support.h"
#include "wasm_test_builder.h"

#include <gtest/gtest.h>

namespace wpk::abi {
namespace {

using wasm::test::ModuleBuilder;

Abi minimal() {
  return load_definition_text(test::kMinimalDefinition, "abi.yaml");
}

// A module that satisfies kMinimalDefinition (version 1) on the arch.
ModuleBuilder good_module(bool wasm64) {
  ModuleBuilder b;
  const std::string p = wasm64 ? "i64" : "i32";
  const uint32_t sys = b.type({"i32", p, p, p, p, p, p}, {p});
  const uint32_t fork = b.type({}, {"i32"});
  const uint32_t start = b.type({}, {});
  b.import_function("wpk", "syscall", sys);
  b.import_function("wpk", "fork", fork);
  const uint32_t f = b.function(start);
  b.memory(wasm64);
  b.export_("_start", 0, f);
  b.export_("memory", 2, 0);
  b.abi_version(1);
  return b;
}

std::vector<std::string> offenders(const ModuleBuilder& b, std::optional<Arch> arch = {}) {
  return check_artifact(minimal(), 1, wasm::read_module(b.build()), arch).offenders;
}

TEST(ArtifactCheck, GoodModulesPassOnBothArches) {
  for (bool wasm64 : {false, true}) {
    const auto report =
        check_artifact(minimal(), 1, wasm::read_module(good_module(wasm64).build()), std::nullopt);
    EXPECT_TRUE(report.offenders.empty()) << report.offenders[0];
    EXPECT_EQ(report.arch, wasm64 ? Arch::wasm64 : Arch::wasm32);
  }
}

TEST(ArtifactCheck, UnknownImportIsNamed) {
  ModuleBuilder b;
  b.import_function("wpk", "spawn", b.type({"i32"}, {"i32"}));
  b.import_function("env", "getpid", b.type({}, {"i32"}));
  const uint32_t f = b.function(b.type({}, {}));
  b.memory(false);
  b.export_("_start", 0, f);
  b.export_("memory", 2, 0);
  b.abi_version(1);
  EXPECT_EQ(offenders(b), (std::vector<std::string>{
                              "import wpk.spawn is not part of the kernel ABI (unknown function)",
                              "import env.getpid (function) is not part of the kernel ABI"}));
}

TEST(ArtifactCheck, WrongImportSignatureForTheArch) {
  // A wasm32 syscall import in a memory64 module.
  ModuleBuilder b;
  const uint32_t sys = b.type({"i32", "i32", "i32", "i32", "i32", "i32", "i32"}, {"i32"});
  b.import_function("wpk", "syscall", sys);
  const uint32_t f = b.function(b.type({}, {}));
  b.memory(true);
  b.export_("_start", 0, f);
  b.export_("memory", 2, 0);
  b.abi_version(1);
  const auto o = offenders(b);
  ASSERT_EQ(o.size(), 1u);
  EXPECT_EQ(o[0], "import wpk.syscall has type (i32, i32, i32, i32, i32, i32, i32) -> (i32), the "
                  "ABI says (i32, i64, i64, i64, i64, i64, i64) -> (i64) on wasm64");
}

TEST(ArtifactCheck, MissingExportsAndVersion) {
  ModuleBuilder b;
  b.memory(false);
  EXPECT_EQ(offenders(b), (std::vector<std::string>{"missing required export _start (function)",
                                                    "missing required export memory (memory)",
                                                    "missing custom section wpk.abi_version"}));
}

TEST(ArtifactCheck, WrongVersionAndWrongStartType) {
  ModuleBuilder b;
  const uint32_t f = b.function(b.type({"i32"}, {}));
  b.memory(false);
  b.export_("_start", 0, f);
  b.export_("memory", 2, 0);
  b.abi_version(3);
  EXPECT_EQ(offenders(b),
            (std::vector<std::string>{
                "export _start has type (i32) -> (), the ABI requires () -> ()",
                "custom section wpk.abi_version says ABI version 3, the ABI is version 1"}));
}

TEST(ArtifactCheck, ImportedMemoryAndArchConflict) {
  ModuleBuilder b;
  b.import_memory("env", "memory", false);
  const uint32_t f = b.function(b.type({}, {}));
  b.export_("_start", 0, f);
  b.export_("memory", 2, 0);
  b.abi_version(1);
  EXPECT_EQ(offenders(b, Arch::wasm64),
            (std::vector<std::string>{"memory 0 is 32-bit but --arch wasm64 was given",
                                      "memory 0 is imported but not shared with a maximum; a "
                                      "program defines its own memory or imports a shared one",
                                      "import env.memory (memory) is not part of the kernel ABI"}));
}

// A module whose memory 0 is the import `module`.memory, with the exports every program has.
ModuleBuilder memory_importer(const std::string& module, bool wasm64, bool shared) {
  ModuleBuilder b;
  b.import_memory(module, "memory", wasm64, shared);
  const uint32_t f = b.function(b.type({}, {}));
  b.export_("_start", 0, f);
  b.export_("memory", 2, 0);
  b.abi_version(1);
  return b;
}

// A program that can run threads imports its memory shared, from the ABI's module, and exports
// it as `memory` like every program.
TEST(ArtifactCheck, SharedMemoryImportedFromTheAbiModule) {
  for (bool wasm64 : {false, true})
    EXPECT_EQ(offenders(memory_importer("wpk", wasm64, /*shared=*/true)),
              std::vector<std::string>{});
  EXPECT_EQ(offenders(memory_importer("wpk", false, /*shared=*/false)),
            (std::vector<std::string>{"memory 0 is imported but not shared with a maximum; a "
                                      "program defines its own memory or imports a shared one"}));
  EXPECT_EQ(offenders(memory_importer("env", false, /*shared=*/true)),
            (std::vector<std::string>{"import env.memory (memory) is not part of the kernel ABI"}));
}

// Builds a program from C with clang-16 and wasm-ld against the real generated header.
std::string build_program(const test::TempDir& dir, Arch arch, bool extra_import) {
  const std::string source = dir.file(std::string("prog-") + arch_name(arch) + ".c");
  test::write_text(source, R"c(#include "wpk_abi.h"
#define STR2(x) #x
#define STR(x) STR2(x)
__asm__(".section .custom_section.wpk.abi_version,\"\",@\n.int32 " STR(WPK_ABI_VERSION) "\n.text\n");
int wpk_abi_version(void) { return WPK_ABI_VERSION; }
#ifdef EXTRA_IMPORT
int __wpk_spawn(int) __attribute__((import_module("wpk"), import_name("spawn")));
#endif
void _start(void) {
  static char buf[4] = "hi\n";
  __wpk_syscall(WPK_SYS_write, 1, (long)buf, 3, 0, 0, 0);
#ifdef EXTRA_IMPORT
  __wpk_spawn(1);
#endif
  static unsigned long count, size;
  static char* vec[8];
  static char strings[256];
  if (__wpk_args_sizes(&count, &size) == 0 && __wpk_args_get(vec, strings) == 0 &&
      __wpk_environ_sizes(&count, &size) == 0 && __wpk_environ_get(vec, strings) == 0 &&
      __wpk_fork() == 0)
    __wpk_syscall(WPK_SYS_exit_group, 0, 0, 0, 0, 0, 0);
}
)c");
  const std::string output = source + ".wasm";
  std::vector<std::string> argv = {"clang-16",
                                   std::string("--target=") + arch_name(arch) + "-unknown-unknown",
                                   "-O2",
                                   "-nostdlib",
                                   "-fuse-ld=lld",
                                   "-I",
                                   test::real_abi_dir() + "/generated",
                                   "-Wl,--no-entry",
                                   "-Wl,--export=_start",
                                   "-Wl,--export=wpk_abi_version",
                                   source,
                                   "-o",
                                   output};
  if (extra_import)
    argv.push_back("-DEXTRA_IMPORT");
  ProcessResult r = run_process(argv);
  EXPECT_EQ(r.exit_code, 0) << r.output;
  return output;
}

TEST(ArtifactCheck, ClangBuiltProgramsFromTheGeneratedHeader) {
  const AbiRepo repo = load_abi_repo(test::real_abi_dir());
  test::TempDir dir;
  for (Arch arch : kArches) {
    const auto good =
        check_artifact(repo.abi, repo.abi_version,
                       wasm::read_module_file(build_program(dir, arch, false)), std::nullopt);
    EXPECT_EQ(good.arch, arch);
    EXPECT_TRUE(good.offenders.empty()) << arch_name(arch) << ": " << good.offenders[0];
    // Every import of the ABI is used, so the C prototypes of wpk_abi.h match the wasm
    // signatures the ABI gives for the arch.
    EXPECT_EQ(wasm::read_module_file(build_program(dir, arch, false)).imports.size(),
              repo.abi.imports.size());
    const auto bad =
        check_artifact(repo.abi, repo.abi_version,
                       wasm::read_module_file(build_program(dir, arch, true)), std::nullopt);
    EXPECT_EQ(bad.offenders,
              std::vector<std::string>{
                  "import wpk.spawn is not part of the kernel ABI (unknown function)"});
  }
}

} // namespace
} // namespace wpk::abi
