#include "index_ledger.h"

#include "error.h"
#include "fs_util.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wpk {

Json LedgerEntry::to_json() const {
  Json json = Json::object();
  json.set("name", name);
  json.set("version", version);
  json.set("arch", arch);
  json.set("status", status);
  json.set("key", key);
  json.set("archive", archive);
  json.set("archive_sha256", archive_sha256);
  json.set("error_tail", error_tail);
  Json last_good = Json::object();
  last_good.set("archive", last_good_archive);
  last_good.set("sha256", last_good_sha256);
  last_good.set("key", last_good_key);
  json.set("last_good", last_good);
  json.set("wasm_size", wasm_size);
  json.set("code_before", code_before);
  json.set("code_after", code_after);
  json.set("programs", programs);
  json.set("instrumented", instrumented);
  Json input_list = Json::array();
  for (const auto& input : inputs) {
    Json item = Json::array();
    item.push(input.name);
    item.push(input.value);
    input_list.push(item);
  }
  json.set("inputs", input_list);
  return json;
}

LedgerEntry LedgerEntry::from_json(const Json& json) {
  LedgerEntry entry;
  entry.name = json.get_string("name");
  entry.version = json.get_string("version");
  entry.arch = json.get_string("arch");
  entry.status = json.get_string("status");
  entry.key = json.get_string("key");
  entry.archive = json.get_string("archive");
  entry.archive_sha256 = json.get_string("archive_sha256");
  entry.error_tail = json.get_string("error_tail");
  if (const Json* last_good = json.find("last_good")) {
    entry.last_good_archive = last_good->get_string("archive");
    entry.last_good_sha256 = last_good->get_string("sha256");
    entry.last_good_key = last_good->get_string("key");
  }
  entry.wasm_size = static_cast<uint64_t>(json.get_number("wasm_size"));
  entry.code_before = static_cast<uint64_t>(json.get_number("code_before"));
  entry.code_after = static_cast<uint64_t>(json.get_number("code_after"));
  entry.programs = static_cast<int>(json.get_number("programs"));
  entry.instrumented = static_cast<int>(json.get_number("instrumented"));
  if (const Json* inputs = json.find("inputs"))
    for (const auto& item : inputs->items())
      if (item.items().size() == 2)
        entry.inputs.push_back({item.items()[0].as_string(), item.items()[1].as_string()});
  return entry;
}

std::map<std::string, LedgerEntry> IndexLedger::read() const {
  std::map<std::string, LedgerEntry> entries;
  std::string text;
  if (!read_file_if_exists(file_, text) || text.empty())
    return entries;
  const Json document = Json::parse(text, file_.string());
  if (const Json* list = document.find("entries"))
    for (const auto& item : list->items()) {
      LedgerEntry entry = LedgerEntry::from_json(item);
      entries[id(entry.name, entry.arch)] = entry;
    }
  return entries;
}

std::map<std::string, std::string> IndexLedger::read_summary() const {
  std::map<std::string, std::string> summary;
  std::string text;
  if (!read_file_if_exists(file_.string() + ".keys", text))
    return summary;
  for (const auto& line : split_list(text, '\n')) {
    const size_t space = line.find(' ');
    if (space != std::string::npos)
      summary[line.substr(0, space)] = line.substr(space + 1);
  }
  return summary;
}

void IndexLedger::update(const std::vector<LedgerEntry>& updates) const {
  std::filesystem::create_directories(file_.parent_path());
  const std::string lock_path = file_.string() + ".lock";
  int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw Error("cannot open " + lock_path + ": " + std::strerror(errno));
  while (::flock(fd, LOCK_EX) != 0)
    if (errno != EINTR) {
      ::close(fd);
      throw Error("cannot lock " + lock_path);
    }
  try {
    auto entries = read();
    for (const auto& entry : updates)
      entries[id(entry.name, entry.arch)] = entry;
    Json document = Json::object();
    document.set("format", 1);
    Json list = Json::array();
    for (const auto& [entry_id, entry] : entries)
      list.push(entry.to_json());
    document.set("entries", list);
    std::string summary;
    for (const auto& [entry_id, entry] : entries)
      summary += entry_id + " " + entry.status + " " + entry.key + "\n";
    // The summary is written second: a reader seeing a summary line may trust the ledger.
    write_file_atomically(file_, document.dump());
    write_file_atomically(file_.string() + ".keys", summary);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
}

} // namespace wpk
