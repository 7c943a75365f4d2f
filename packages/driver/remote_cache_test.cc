// Remote cache fetch, against a small HTTP server in the test: a good entry installs (with its
// archive.sha256 in the normal "<sha256>  <archive>\n" form whatever form the server had); an
// entry whose unpacked tree is not exactly what its manifest lists (a folder replaced by a
// symlink to outside, an unlisted file) or whose archive.sha256 is malformed is refused, leaves
// no local entry, and the warning names the entry and the reason. The archive is streamed to a
// file as it arrives, never held in memory.
#include "archive_writer.h"
#include "error.h"
#include "http_client.h"
#include "json.h"
#include "remote_cache.h"
#include "sha256.h"
#include "test_util.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <random>
#include <sys/socket.h>
#include <thread>

namespace wpk {
namespace {

// GET and HEAD of fixed documents on 127.0.0.1, one connection at a time, "Connection: close".
class TinyHttpServer {
public:
  TinyHttpServer() {
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(listen_fd_, 16) != 0 ||
        ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
      std::abort();
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~TinyHttpServer() {
    ::shutdown(listen_fd_, SHUT_RDWR); // wakes accept()
    thread_.join();
    ::close(listen_fd_);
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/c"; }
  void put(const std::string& path, const std::string& body) {
    std::lock_guard<std::mutex> lock(mutex_);
    documents_[path] = body;
  }
  // A GET of `path` sends the headers and `bytes` bytes of the body, runs `hook` (in the server's
  // thread, the client waiting for the rest), then sends the rest.
  void pause_after(const std::string& path, size_t bytes, std::function<void()> hook) {
    std::lock_guard<std::mutex> lock(mutex_);
    pauses_[path] = {bytes, std::move(hook)};
  }
  // The head (request line and headers) of every request so far.
  std::vector<std::string> requests() {
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
  }

private:
  void serve() {
    for (;;) {
      const int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
      if (client < 0 && errno == EINTR)
        continue;
      if (client < 0)
        return;
      answer(client);
      ::close(client);
    }
  }
  void answer(int client) {
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
      const ssize_t n = ::read(client, buffer, sizeof buffer);
      if (n <= 0)
        return;
      request.append(buffer, static_cast<size_t>(n));
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      requests_.push_back(request.substr(0, request.find("\r\n\r\n")));
    }
    const std::string method = request.substr(0, request.find(' '));
    const size_t path_start = method.size() + 1;
    const std::string path = request.substr(path_start, request.find(' ', path_start) - path_start);
    std::string body;
    bool found = false;
    std::pair<size_t, std::function<void()>> pause;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      auto it = documents_.find(path);
      found = it != documents_.end() && (method == "GET" || method == "HEAD");
      if (found)
        body = it->second;
      if (auto paused = pauses_.find(path); paused != pauses_.end() && method == "GET")
        pause = paused->second;
    }
    std::string response = std::string("HTTP/1.1 ") + (found ? "200 OK" : "404 Not Found") +
                           "\r\nContent-Length: " + std::to_string(body.size()) +
                           "\r\nConnection: close\r\n\r\n" + (method == "HEAD" ? "" : body);
    const size_t first = pause.second ? response.size() - body.size() + pause.first : 0;
    if (!send(client, response.substr(0, first)))
      return;
    if (pause.second)
      pause.second();
    send(client, response.substr(first));
  }
  static bool send(int client, const std::string& data) {
    for (size_t done = 0; done < data.size();) {
      const ssize_t n = ::write(client, data.data() + done, data.size() - done);
      if (n <= 0)
        return false;
      done += static_cast<size_t>(n);
    }
    return true;
  }

  int listen_fd_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::map<std::string, std::string> documents_;
  std::map<std::string, std::pair<size_t, std::function<void()>>> pauses_;
  std::vector<std::string> requests_;
};

const std::string kKey = sha256_hex("the key of alpha");
const std::string kArchive = "alpha-1-rev0-abi1-wasm32-" + kKey.substr(0, 8) + ".tar.zst";

// The manifest of alpha: usr/lib/libalpha.a ("alpha archive") and usr/lib/libalpha.so ->
// libalpha.a, and usr/share/alpha/data with `data` when that is not empty.
std::string alpha_manifest(const std::string& data = "") {
  Json outputs = Json::array();
  Json library = Json::object();
  library.set("path", "usr/lib/libalpha.a");
  library.set("type", "library");
  library.set("sha256", sha256_hex("alpha archive"));
  library.set("size", 13);
  outputs.push(library);
  Json link = Json::object();
  link.set("path", "usr/lib/libalpha.so");
  link.set("type", "library");
  link.set("sha256", "symlink:libalpha.a");
  link.set("size", 0);
  outputs.push(link);
  if (!data.empty()) {
    Json file = Json::object();
    file.set("path", "usr/share/alpha/data");
    file.set("type", "data");
    file.set("sha256", sha256_hex(data));
    file.set("size", static_cast<uint64_t>(data.size()));
    outputs.push(file);
  }
  Json manifest = Json::object();
  manifest.set("name", "alpha");
  manifest.set("key", kKey);
  manifest.set("outputs", outputs);
  manifest.set("archive", kArchive);
  return manifest.dump();
}

ArchiveMember file_member(const std::string& path, const std::string& content) {
  ArchiveMember member;
  member.path = path;
  member.from_memory = true;
  member.content = content;
  return member;
}

ArchiveMember symlink_member(const std::string& path, const std::string& target) {
  ArchiveMember member;
  member.path = path;
  member.type = ArchiveMember::Type::symlink;
  member.link_target = target;
  return member;
}

// Publishes an entry made of these archive members (plus manifest.json) on the server; the
// archive.sha256 is `checksum_form` with "SHA" replaced by the archive's digest.
void publish(TinyHttpServer& server, const testing::ScratchDir& dir,
             std::vector<ArchiveMember> members, const std::string& checksum_form,
             const std::string& manifest = alpha_manifest()) {
  members.push_back(file_member("manifest.json", manifest));
  const auto archive = dir.path() / "published" / kArchive;
  std::filesystem::create_directories(archive.parent_path());
  write_deterministic_archive(archive, members, 0);
  std::string checksum = checksum_form;
  checksum.replace(checksum.find("SHA"), 3, sha256_file_hex(archive));
  server.put("/c/" + kKey + "/manifest.json", manifest);
  server.put("/c/" + kKey + "/archive.sha256", checksum);
  server.put("/c/" + kKey + "/" + kArchive, read_file(archive));
}

// The remote cache's token goes to the remote cache only: `wpk outdated`'s HEAD requests to the
// Debian archive never carry it.
TEST(HttpClient, HeadWithoutTokenLeavesTheCacheTokenOut) {
  TinyHttpServer server;
  server.put("/c/present", "body");
  ::setenv("WPK_CACHE_TOKEN", "s3cret", 1);
  const int with_token = http_request("HEAD", server.url() + "/present").status;
  const int without = http_head_without_token(server.url() + "/present");
  const int missing = http_head_without_token(server.url() + "/absent");
  ::unsetenv("WPK_CACHE_TOKEN");
  EXPECT_EQ(with_token, 200);
  EXPECT_EQ(without, 200);
  EXPECT_EQ(missing, 404);
  const auto requests = server.requests();
  ASSERT_EQ(requests.size(), 3u);
  EXPECT_NE(requests[0].find("Authorization: Bearer s3cret"), std::string::npos) << requests[0];
  EXPECT_EQ(requests[1].rfind("HEAD /c/present ", 0), 0u) << requests[1];
  EXPECT_EQ(requests[1].find("Authorization"), std::string::npos) << requests[1];
  EXPECT_EQ(requests[2].find("Authorization"), std::string::npos) << requests[2];
  EXPECT_THROW(http_head_without_token("file:///etc/passwd"), Error);
}

TEST(RemoteCache, FetchesAMatchingEntryAndNormalisesItsChecksumLine) {
  testing::ScratchDir dir;
  TinyHttpServer server;
  publish(server, dir,
          {file_member("usr/lib/libalpha.a", "alpha archive"),
           symlink_member("usr/lib/libalpha.so", "libalpha.a")},
          "SHA\n"); // no file name: the local entry still gets "<sha256>  <archive>\n"
  const CacheStore store(dir.path() / "cache");
  ASSERT_TRUE(RemoteCache(server.url()).fetch(kKey, store));
  const auto entry = store.entry(kKey);
  EXPECT_EQ(read_file(entry / "tree/usr/lib/libalpha.a"), "alpha archive");
  EXPECT_EQ(std::filesystem::read_symlink(entry / "tree/usr/lib/libalpha.so"), "libalpha.a");
  EXPECT_EQ(read_file(entry / "archive.sha256"),
            sha256_file_hex(entry / kArchive) + "  " + kArchive + "\n");
  EXPECT_FALSE(std::filesystem::exists(entry / "tree/manifest.json"));
}

// The archive is written to a file in the entry's scratch folder as it arrives, not collected in
// memory first: halfway through the transfer (the server holds the rest back), a file under
// cache/tmp/ already has the first half; the entry then installs as usual and the download's
// temporary is gone.
TEST(RemoteCache, StreamsTheArchiveToAFileAsItArrives) {
  testing::ScratchDir dir;
  TinyHttpServer server;
  std::mt19937 random(7);
  std::string data(4 << 20, '\0'); // incompressible: the archive is as large
  for (auto& byte : data)
    byte = static_cast<char>(random());
  publish(server, dir,
          {file_member("usr/lib/libalpha.a", "alpha archive"),
           symlink_member("usr/lib/libalpha.so", "libalpha.a"),
           file_member("usr/share/alpha/data", data)},
          "SHA  " + kArchive + "\n", alpha_manifest(data));
  const auto tmp = dir.path() / "cache/tmp";
  const size_t half = 2 << 20;
  bool on_disk = false;
  server.pause_after("/c/" + kKey + "/" + kArchive, half, [&] {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!on_disk && std::chrono::steady_clock::now() < deadline) {
      std::error_code error;
      for (auto it = std::filesystem::recursive_directory_iterator(tmp, error);
           !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error))
        if (it->is_regular_file(error) && it->file_size(error) >= half - 65536)
          on_disk = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  const CacheStore store(dir.path() / "cache");
  ASSERT_TRUE(RemoteCache(server.url()).fetch(kKey, store));
  EXPECT_TRUE(on_disk) << "no file under " << tmp << " held the first half of the archive";
  EXPECT_EQ(read_file(store.entry(kKey) / "tree/usr/share/alpha/data"), data);
  EXPECT_EQ(sha256_file_hex(store.entry(kKey) / kArchive),
            sha256_file_hex(dir.path() / "published" / kArchive));
  EXPECT_TRUE(std::filesystem::is_empty(tmp)) << "the scratch folder and the download's temporary";
}

// A corrupted archive (its bytes do not match archive.sha256) is refused and leaves nothing.
TEST(RemoteCache, RefusesAnArchiveThatDoesNotMatchItsChecksum) {
  testing::ScratchDir dir;
  TinyHttpServer server;
  publish(server, dir,
          {file_member("usr/lib/libalpha.a", "alpha archive"),
           symlink_member("usr/lib/libalpha.so", "libalpha.a")},
          "SHA  " + kArchive + "\n");
  std::string archive = read_file(dir.path() / "published" / kArchive);
  archive.back() ^= 1;
  server.put("/c/" + kKey + "/" + kArchive, archive);
  const CacheStore store(dir.path() / "cache");
  ::testing::internal::CaptureStderr();
  EXPECT_FALSE(RemoteCache(server.url()).fetch(kKey, store));
  const std::string warning = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(warning.find(kArchive + " does not match its archive.sha256"), std::string::npos)
      << warning;
  EXPECT_FALSE(std::filesystem::exists(store.entry(kKey)));
  const auto tmp = dir.path() / "cache/tmp";
  EXPECT_TRUE(!std::filesystem::exists(tmp) || std::filesystem::is_empty(tmp));
}

// An entry whose usr/lib is a symlink to a folder outside that holds files with the listed bytes
// (read through the symlink, every listed digest would match) is refused, and so is one with an
// unlisted file; the warning names the entry and the reason.
TEST(RemoteCache, RefusesATreeThatIsNotExactlyTheManifest) {
  testing::ScratchDir dir;
  dir.write("outside/lib/libalpha.a", "alpha archive");
  std::filesystem::create_symlink("libalpha.a", dir.path() / "outside/lib/libalpha.so");
  TinyHttpServer server;
  publish(server, dir, {symlink_member("usr/lib", (dir.path() / "outside/lib").string())},
          "SHA  " + kArchive + "\n");
  const CacheStore store(dir.path() / "cache");
  ::testing::internal::CaptureStderr();
  EXPECT_FALSE(RemoteCache(server.url()).fetch(kKey, store));
  const std::string warning = ::testing::internal::GetCapturedStderr();
  EXPECT_FALSE(store.has(kKey));
  EXPECT_FALSE(std::filesystem::exists(store.entry(kKey)));
  EXPECT_NE(warning.find("not using entry " + kKey + ": "), std::string::npos) << warning;
  EXPECT_NE(warning.find(kKey + "/" + kArchive +
                         ": usr/lib: expected a folder (the manifest lists files in it), got a "
                         "symlink\n"),
            std::string::npos)
      << warning;

  // Only an unlisted file (in a folder of its own): refused too.
  publish(server, dir,
          {file_member("usr/lib/libalpha.a", "alpha archive"),
           symlink_member("usr/lib/libalpha.so", "libalpha.a"), file_member("usr/bin/evil", "")},
          "SHA  " + kArchive + "\n");
  ::testing::internal::CaptureStderr();
  EXPECT_FALSE(RemoteCache(server.url()).fetch(kKey, store));
  const std::string unlisted = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(
      unlisted.find(kKey + "/" + kArchive + ": usr/bin/: a folder the manifest does not list\n"),
      std::string::npos)
      << unlisted;
  EXPECT_FALSE(store.has(kKey));
}

TEST(RemoteCache, RefusesAMalformedChecksumFile) {
  testing::ScratchDir dir;
  TinyHttpServer server;
  publish(server, dir,
          {file_member("usr/lib/libalpha.a", "alpha archive"),
           symlink_member("usr/lib/libalpha.so", "libalpha.a")},
          "SHA\ngarbage\n");
  const CacheStore store(dir.path() / "cache");
  ::testing::internal::CaptureStderr();
  EXPECT_FALSE(RemoteCache(server.url()).fetch(kKey, store));
  const std::string warning = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(warning.find("archive.sha256: expected"), std::string::npos) << warning;
  EXPECT_FALSE(store.has(kKey));
}

} // namespace
} // namespace wpk
