#include "fs_util.h"

#include "error.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace wpk {

std::string read_file(const fs::path& path) {
  std::string content;
  if (!read_file_if_exists(path, content))
    throw Error("cannot read " + path.string() + ": " + std::strerror(errno));
  return content;
}

bool read_file_if_exists(const fs::path& path, std::string& content) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  content = buffer.str();
  return true;
}

fs::path unique_temp_path(const fs::path& near, std::string_view tag) {
  static std::atomic<unsigned> counter{0};
  std::string name = "." + near.filename().string() + "." + std::string(tag) + "." +
                     std::to_string(getpid()) + "." + std::to_string(counter++);
  return near.parent_path() / name;
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  if (!path.parent_path().empty())
    fs::create_directories(path.parent_path());
  fs::path temp = unique_temp_path(path, "tmp");
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0)
    throw Error("cannot create " + temp.string() + ": " + std::strerror(errno));
  if (!write_all(fd, content)) {
    int saved = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    throw Error("cannot write " + temp.string() + ": " + std::strerror(saved));
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(temp.c_str());
    throw Error("cannot write " + temp.string() + ": " + std::strerror(errno));
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(temp.c_str());
    throw Error("cannot rename to " + path.string() + ": " + std::strerror(saved));
  }
}

bool write_all(int fd, std::string_view data) {
  for (size_t done = 0; done < data.size();) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

std::vector<std::string> list_files_recursively(const fs::path& dir) {
  std::vector<std::string> files;
  if (!fs::is_directory(dir))
    return files;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
       ++it) {
    const auto status = it->symlink_status();
    if (fs::is_regular_file(status) || fs::is_symlink(status))
      files.push_back(it->path().lexically_relative(dir).generic_string()); // no stat calls
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<fs::path> lexically_inside(const fs::path& path, const fs::path& root) {
  fs::path relative = path.lexically_relative(root);
  if (relative.empty() || *relative.begin() == "..")
    return std::nullopt;
  return relative;
}

void copy_tree(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  for (const std::string& relative : list_files_recursively(from)) {
    fs::path source = from / relative;
    fs::path target = to / relative;
    create_parent_folders_within(to, relative, from.string());
    // A symlink already at the target (an earlier tree's) is replaced, never written through:
    // copy_file would open the file it points to, which may lie outside `to`.
    if (fs::is_symlink(fs::symlink_status(target)))
      fs::remove(target);
    if (fs::is_symlink(fs::symlink_status(source))) {
      std::error_code ignored;
      fs::remove(target, ignored);
      fs::copy_symlink(source, target);
    } else {
      fs::copy_file(source, target, fs::copy_options::overwrite_existing);
    }
  }
}

void check_no_symlink_on_the_way(const fs::path& root, const std::string& relative,
                                 const std::string& origin) {
  fs::path current = root;
  auto parts = split_list(relative, '/');
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    current /= parts[i];
    auto status = fs::symlink_status(current);
    if (fs::is_symlink(status))
      throw Error(origin + ": refusing '" + relative + "': it goes through the symlink '" +
                  parts[i] + "'");
    if (fs::exists(status) && !fs::is_directory(status))
      throw Error(origin + ": refusing '" + relative + "': '" + parts[i] + "' is not a folder");
  }
}

void create_parent_folders_within(const fs::path& root, const std::string& relative,
                                  const std::string& origin) {
  check_no_symlink_on_the_way(root, relative, origin);
  fs::create_directories((root / relative).parent_path());
}

void remove_tree_quietly(const fs::path& path) {
  std::error_code ignored;
  fs::remove_all(path, ignored);
}

bool is_safe_relative_path(std::string_view relative) {
  if (relative.empty() || relative.front() == '/')
    return false;
  size_t start = 0;
  while (start <= relative.size()) {
    size_t end = relative.find('/', start);
    if (end == std::string_view::npos)
      end = relative.size();
    std::string_view part = relative.substr(start, end - start);
    if (part.empty() || part == "." || part == "..")
      return false;
    start = end + 1;
  }
  return true;
}

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::string(value) : fallback;
}

std::optional<long long> parse_integer(std::string_view text) {
  const bool negative = !text.empty() && text.front() == '-';
  std::string_view digits = negative ? text.substr(1) : text;
  if (digits.empty() || digits.size() > 18 ||
      digits.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  long long value = 0;
  for (char c : digits)
    value = value * 10 + (c - '0');
  return negative ? -value : value;
}

int parse_positive_option(const std::string& option, const std::string& text) {
  const auto value = parse_integer(text);
  if (!value || *value < 1 || *value > 999999)
    throw Error(option + " expects a positive number (at most 999999), got '" + text + "'");
  return static_cast<int>(*value);
}

std::vector<std::string> split_list(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos)
      end = text.size();
    if (end > start)
      parts.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

} // namespace wpk
