#include "safe_extract.h"

#include "error.h"
#include "fs_util.h"

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace wpk {

namespace {

struct ArchiveReadCloser {
  void operator()(archive* a) const { archive_read_free(a); }
};

std::string strip(const std::string& path, int components) {
  std::string rest = path;
  while (rest.rfind("./", 0) == 0)
    rest = rest.substr(2);
  for (int i = 0; i < components; ++i) {
    size_t slash = rest.find('/');
    if (slash == std::string::npos)
      return "";
    rest = rest.substr(slash + 1);
  }
  while (!rest.empty() && rest.back() == '/')
    rest.pop_back();
  return rest;
}

// Writes the entry's data to a new file. Sparse entries come as blocks at offsets; the file is
// then sized to the entry's full size, so a hole at the end is kept.
void write_data(archive* reader, const std::filesystem::path& target, mode_t mode,
                la_int64_t full_size, const timespec& mtime, const std::string& origin) {
  int fd =
      ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode & 0755);
  if (fd < 0)
    throw Error(origin + ": cannot create " + target.string() + ": " + std::strerror(errno));
  const void* block;
  size_t size;
  la_int64_t offset;
  int status;
  while ((status = archive_read_data_block(reader, &block, &size, &offset)) == ARCHIVE_OK) {
    if (::lseek(fd, offset, SEEK_SET) < 0 || ::write(fd, block, size) != (ssize_t)size) {
      ::close(fd);
      throw Error(origin + ": cannot write " + target.string());
    }
  }
  if (status == ARCHIVE_EOF && full_size > 0 && ::ftruncate(fd, full_size) != 0) {
    ::close(fd);
    throw Error(origin + ": cannot size " + target.string() + ": " + std::strerror(errno));
  }
  // Keep the archive's modification time: build systems compare them (autotools would try to
  // regenerate configure if aclocal.m4 looked older than configure.ac).
  const timespec times[2] = {mtime, mtime};
  ::futimens(fd, times);
  ::close(fd);
  if (status != ARCHIVE_EOF)
    throw Error(origin + ": corrupt data for " + target.string() + ": " +
                archive_error_string(reader));
}

// Creates one entry (its path already checked and stripped) below destination.
void extract_entry(archive* reader, archive_entry* entry, const std::filesystem::path& destination,
                   const std::string& relative, int strip_components, const std::string& origin) {
  const std::string original = archive_entry_pathname(entry);
  create_parent_folders_within(destination, relative, origin);
  const std::filesystem::path target = destination / relative;
  const mode_t type = archive_entry_filetype(entry);
  const char* hardlink = archive_entry_hardlink(entry);
  std::error_code ignored;
  if (hardlink) {
    const std::string link_relative = strip(hardlink, strip_components);
    if (!is_safe_relative_path(link_relative))
      throw Error(origin + ": refusing hard link '" + original + "' to '" + hardlink + "'");
    check_no_symlink_on_the_way(destination, link_relative, origin);
    std::filesystem::remove(target, ignored);
    std::filesystem::create_hard_link(destination / link_relative, target);
  } else if (type == AE_IFDIR) {
    if (std::filesystem::is_symlink(std::filesystem::symlink_status(target)))
      throw Error(origin + ": refusing folder '" + original + "' over a symlink");
    std::filesystem::create_directories(target);
  } else if (type == AE_IFLNK) {
    const char* link_target = archive_entry_symlink(entry);
    if (!link_target || !*link_target)
      throw Error(origin + ": refusing symlink '" + original + "' with an empty target");
    std::filesystem::remove(target, ignored);
    std::filesystem::create_symlink(link_target, target);
  } else if (type == AE_IFREG) {
    std::filesystem::remove(target, ignored); // replaces a file, never writes through a link
    timespec mtime{};
    mtime.tv_sec = archive_entry_mtime(entry);
    mtime.tv_nsec = archive_entry_mtime_nsec(entry);
    write_data(reader, target, archive_entry_perm(entry), archive_entry_size(entry), mtime, origin);
  } else {
    throw Error(origin + ": refusing special file '" + original + "'");
  }
}

// Reads every entry of an opened archive into destination.
void extract_all(archive* reader, const std::string& origin,
                 const std::filesystem::path& destination, int strip_components) {
  std::filesystem::create_directories(destination);
  archive_entry* entry;
  int status;
  while ((status = archive_read_next_header(reader, &entry)) == ARCHIVE_OK) {
    const char* raw_path = archive_entry_pathname(entry);
    const std::string original = raw_path ? raw_path : "";
    if (original.empty() || original.front() == '/')
      throw Error(origin + ": refusing absolute or empty path '" + original + "'");
    if (!is_safe_relative_path(strip(original, 0)) && !strip(original, 0).empty())
      throw Error(origin + ": refusing unsafe path '" + original + "'");
    const std::string relative = strip(original, strip_components);
    if (relative.empty())
      continue;
    if (!is_safe_relative_path(relative))
      throw Error(origin + ": refusing unsafe path '" + original + "'");
    try {
      extract_entry(reader, entry, destination, relative, strip_components, origin);
    } catch (const std::filesystem::filesystem_error& e) {
      throw Error(origin + ": cannot extract '" + original + "': " + e.code().message());
    }
  }
  if (status != ARCHIVE_EOF)
    throw Error(origin + ": corrupt archive: " + archive_error_string(reader));
}

using TarReader = std::unique_ptr<archive, ArchiveReadCloser>;

// A reader for tar archives under any compression libarchive knows.
TarReader new_tar_reader() {
  TarReader reader(archive_read_new());
  archive_read_support_filter_all(reader.get());
  archive_read_support_format_tar(reader.get());
  archive_read_support_format_gnutar(reader.get());
  return reader;
}

} // namespace

void safe_extract(const std::filesystem::path& archive_path,
                  const std::filesystem::path& destination, int strip_components) {
  const std::string origin = archive_path.string();
  TarReader reader = new_tar_reader();
  if (archive_read_open_filename(reader.get(), archive_path.c_str(), 1 << 16) != ARCHIVE_OK)
    throw Error(origin + ": cannot open archive: " + archive_error_string(reader.get()));
  extract_all(reader.get(), origin, destination, strip_components);
}

void safe_extract_fd(int fd, const std::string& origin, const std::filesystem::path& destination,
                     int strip_components) {
  if (::lseek(fd, 0, SEEK_SET) != 0)
    throw Error(origin + ": cannot rewind archive: " + std::strerror(errno));
  TarReader reader = new_tar_reader();
  if (archive_read_open_fd(reader.get(), fd, 1 << 16) != ARCHIVE_OK)
    throw Error(origin + ": cannot open archive: " + archive_error_string(reader.get()));
  extract_all(reader.get(), origin, destination, strip_components);
}

} // namespace wpk
