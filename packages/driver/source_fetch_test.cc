// Source fetching: a file:// tarball is copied into the cache only when its sha256 matches; a
// mismatch is an error and leaves nothing in the cache; a cached file is verified again. The
// cache name holds the sha256 (two recipes with the same file name keep their own bytes), and
// the returned descriptor reads the verified bytes even after the cache name was replaced.
#include "archive_writer.h"
#include "error.h"
#include "recipe_parser.h"
#include "safe_extract.h"
#include "sha256.h"
#include "source_fetch.h"
#include "test_util.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace wpk {
namespace {

Recipe recipe_for(const testing::ScratchDir& dir, const std::string& url, const std::string& sha,
                  const std::string& name = "demo") {
  const std::string text = "name: " + name +
                           "\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\n"
                           "arches: [wasm32]\nsource:\n  url: " +
                           url + "\n  sha256: " + sha + "\n";
  return parse_recipe(text, dir.write("registry/" + name + "/package.yaml", text));
}

bool read_only(int fd) {
  return (::fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY;
}

// Everything the descriptor reads from offset 0.
std::string read_fd(int fd) {
  std::string content;
  char buffer[4096];
  off_t offset = 0;
  for (ssize_t n; (n = ::pread(fd, buffer, sizeof buffer, offset)) > 0; offset += n)
    content.append(buffer, static_cast<size_t>(n));
  return content;
}

TEST(SourceFetch, CopiesAVerifiedFileUrlIntoTheCache) {
  testing::ScratchDir dir;
  const auto tarball = dir.write("upstream/demo-1.tar.gz", "pretend tarball");
  const std::string sha = sha256_hex("pretend tarball");
  const Recipe recipe = recipe_for(dir, "file://" + tarball.string(), sha);
  const FetchedSource fetched = fetch_source(recipe, dir.path(), dir.path() / "cache");
  EXPECT_EQ(fetched.path, dir.path() / "cache/sources" / sha / "demo-1.tar.gz");
  EXPECT_EQ(read_file(fetched.path), "pretend tarball");
  EXPECT_EQ(read_fd(fetched.fd.get()), "pretend tarball");
  EXPECT_TRUE(read_only(fetched.fd.get()));
  EXPECT_TRUE(read_only(fetch_source(recipe, dir.path(), dir.path() / "cache").fd.get())); // cached
  // A cached file that was tampered with is not trusted: it is fetched again.
  write_file_atomically(fetched.path, "tampered");
  const FetchedSource again = fetch_source(recipe, dir.path(), dir.path() / "cache");
  EXPECT_EQ(read_fd(again.fd.get()), "pretend tarball");
  EXPECT_EQ(read_file(again.path), "pretend tarball");
}

TEST(SourceFetch, RejectsAChecksumMismatch) {
  testing::ScratchDir dir;
  const auto tarball = dir.write("upstream/demo-1.tar.gz", "evil tarball");
  const Recipe recipe =
      recipe_for(dir, "file://" + tarball.string(), sha256_hex("pretend tarball"));
  try {
    fetch_source(recipe, dir.path(), dir.path() / "cache");
    ADD_FAILURE() << "accepted a tarball with the wrong sha256";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("sha256 mismatch"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(sha256_hex("evil tarball")), std::string::npos)
        << e.what();
  }
  EXPECT_TRUE(list_files_recursively(dir.path() / "cache/sources").empty());
}

// Recipes whose URLs end in the same file name but whose tarballs differ (in parallel jobs, or one
// after the other) each get their own cache file: with one cache name per file name, fetching the
// second would replace the first's file, and whoever opened the path afterwards would read the
// wrong bytes.
TEST(SourceFetch, SameFileNameDifferentTarballsKeepTheirOwnBytes) {
  testing::ScratchDir dir;
  const auto a = dir.write("srcA/pkg.tar", "tarball A");
  const auto b = dir.write("srcB/pkg.tar", "tarball B");
  const Recipe ra = recipe_for(dir, "file://" + a.string(), sha256_hex("tarball A"), "sa");
  const Recipe rb = recipe_for(dir, "file://" + b.string(), sha256_hex("tarball B"), "sb");
  const FetchedSource fa = fetch_source(ra, dir.path(), dir.path() / "cache");
  const FetchedSource fb = fetch_source(rb, dir.path(), dir.path() / "cache");
  EXPECT_NE(fa.path, fb.path);
  EXPECT_EQ(read_file(fa.path), "tarball A");
  EXPECT_EQ(read_file(fb.path), "tarball B");
  EXPECT_EQ(read_fd(fa.fd.get()), "tarball A");
  EXPECT_EQ(read_fd(fb.fd.get()), "tarball B");
  // Cached: both come back from the cache, each with its own bytes.
  EXPECT_EQ(read_fd(fetch_source(ra, dir.path(), dir.path() / "cache").fd.get()), "tarball A");
  EXPECT_EQ(read_fd(fetch_source(rb, dir.path(), dir.path() / "cache").fd.get()), "tarball B");
}

// Another process renames different bytes over the cache name between the check and the
// extraction: the extraction still reads the verified tarball.
TEST(SourceFetch, ExtractionReadsTheVerifiedBytesAfterTheNameWasReplaced) {
  testing::ScratchDir dir;
  auto make_tarball = [&](const std::string& relative, const std::string& content) {
    ArchiveMember member;
    member.path = "pkg-1/lib.a";
    member.from_memory = true;
    member.content = content;
    write_deterministic_archive(dir.path() / relative, {member}, 0);
    return dir.path() / relative;
  };
  const auto good = make_tarball("srcA/pkg.tar.zst", "A");
  const auto other = make_tarball("other/pkg.tar.zst", "B");
  const Recipe recipe = recipe_for(dir, "file://" + good.string(), sha256_file_hex(good));
  const auto cache = dir.path() / "cache";
  // What a concurrent writer does: a complete file renamed over the name.
  auto replace_with_other = [&](const std::filesystem::path& path) {
    const auto swap = path.parent_path() / ".swap";
    std::filesystem::copy_file(other, swap);
    std::filesystem::rename(swap, path);
  };

  const FetchedSource fetched = fetch_source(recipe, dir.path(), cache); // copied
  replace_with_other(fetched.path);
  safe_extract_fd(fetched.fd.get(), fetched.path.string(), dir.path() / "out1", 1);
  EXPECT_EQ(read_file(dir.path() / "out1/lib.a"), "A");

  // The next fetch does not trust the replaced file: it checks it and copies the source again.
  const FetchedSource refetched = fetch_source(recipe, dir.path(), cache);
  EXPECT_EQ(read_fd(refetched.fd.get()), read_file(good));

  const FetchedSource hit = fetch_source(recipe, dir.path(), cache); // from the cache
  replace_with_other(hit.path);
  safe_extract_fd(hit.fd.get(), hit.path.string(), dir.path() / "out2", 1);
  EXPECT_EQ(read_file(dir.path() / "out2/lib.a"), "A");
}

// A Debian source comes through scripts/lib/debian-source (its own layout, sources/<file>): the
// driver keeps a verified copy under sources/<sha256>/ and rejects a file with other bytes.
TEST(SourceFetch, DebianSourceIsCopiedUnderItsSha256AndVerified) {
  testing::ScratchDir dir;
  const auto script =
      dir.write("scripts/lib/debian-source",
                "#!/bin/sh\nf=$WPK_CACHE/sources/$3\nmkdir -p ${f%/*}\n"
                "cat \"$(dirname \"$0\")/../../upstream/$3\" > \"$f\"\necho \"$f\"\n");
  std::filesystem::permissions(script, std::filesystem::perms::owner_all);
  dir.write("upstream/demo_1.orig.tar.gz", "debian tarball");
  const std::string text = "name: demo\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\n"
                           "arches: [wasm32]\nsource:\n"
                           "  url: https://example.org/demo-1.tar.gz\n"
                           "  sha256: " +
                           sha256_hex("debian tarball") +
                           "\n  debian: {package: demo, version: 1-1, file: demo_1.orig.tar.gz}\n";
  const Recipe recipe = parse_recipe(text, dir.write("registry/demo/package.yaml", text));
  const auto cache = dir.path() / "cache";
  const FetchedSource fetched = fetch_source(recipe, dir.path(), cache);
  EXPECT_EQ(fetched.path, cache / "sources" / sha256_hex("debian tarball") / "demo_1.orig.tar.gz");
  EXPECT_EQ(read_fd(fetched.fd.get()), "debian tarball");
  EXPECT_TRUE(read_only(fetched.fd.get()));
  EXPECT_EQ(read_file(cache / "sources/demo_1.orig.tar.gz"), "debian tarball"); // script's layout

  dir.write("upstream/demo_1.orig.tar.gz", "other bytes");
  std::filesystem::remove(fetched.path);
  try {
    fetch_source(recipe, dir.path(), cache);
    ADD_FAILURE() << "accepted a Debian file with the wrong sha256";
  } catch (const Error& e) {
    const std::string message = e.what();
    EXPECT_EQ(message.rfind(recipe.file.string() + ": debian-source returned ", 0), 0) << message;
    EXPECT_NE(message.find("does not match the recipe's sha256: expected " +
                           sha256_hex("debian tarball") + ", got " + sha256_hex("other bytes")),
              std::string::npos)
        << message;
  }
  EXPECT_FALSE(std::filesystem::exists(fetched.path));
}

// A file:// source is read only when it is a regular file: a symlink is not followed and a FIFO
// is refused at once (opening it to read would wait for a writer).
TEST(SourceFetch, FileUrlMustBeARegularFile) {
  testing::ScratchDir dir;
  const auto tarball = dir.write("upstream/demo-1.tar.gz", "pretend tarball");
  const auto link = dir.path() / "upstream/link.tar.gz";
  std::filesystem::create_symlink(tarball, link);
  const auto fifo = dir.path() / "upstream/fifo.tar.gz";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  for (const auto& [path, reason] :
       {std::pair{link, "a symlink (not followed)"}, std::pair{fifo, "not a regular file"}}) {
    const Recipe recipe = recipe_for(dir, "file://" + path.string(), sha256_hex("pretend tarball"));
    try {
      fetch_source(recipe, dir.path(), dir.path() / "cache");
      ADD_FAILURE() << "read " << path;
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()),
                recipe.file.string() + ": cannot copy " + path.string() + ": " + reason);
    }
  }
  EXPECT_TRUE(list_files_recursively(dir.path() / "cache/sources").empty());
}

TEST(SourceFetch, OfflineUrlWithoutDebianSourceIsAClearError) {
  testing::ScratchDir dir;
  const std::string text = "name: demo\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\n"
                           "arches: [wasm32]\n";
  Recipe recipe = parse_recipe(text, dir.write("registry/demo/package.yaml", text));
  recipe.source.url = "https://example.org/demo-1.tar.gz";
  recipe.source.sha256 = sha256_hex("x");
  try {
    fetch_source(recipe, dir.path(), dir.path() / "cache");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("offline"), std::string::npos) << e.what();
  }
}

TEST(SourceFetch, AUrlWithoutAFileNameIsAClearError) {
  testing::ScratchDir dir;
  const Recipe recipe = recipe_for(dir, "file://" + dir.path().string() + "/", sha256_hex("x"));
  try {
    fetch_source(recipe, dir.path(), dir.path() / "cache");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("expected a URL ending in a file name"), std::string::npos)
        << e.what();
  }
}

} // namespace
} // namespace wpk
