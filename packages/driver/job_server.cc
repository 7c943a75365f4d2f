#include "job_server.h"

#include "error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace wpk {

namespace {

// Serializes taking a token with the check for lost tokens (see acquire()).
std::mutex& take_mutex() {
  static std::mutex mutex;
  return mutex;
}

} // namespace

JobServer::JobServer(int jobs) : jobs_(jobs < 1 ? 1 : jobs) {
  int fds[2];
  // Not close-on-exec: every make started by a build inherits both ends (as with make itself).
  if (::pipe(fds) != 0)
    throw Error(std::string("cannot create the jobserver pipe: ") + std::strerror(errno));
  read_fd_ = fds[0];
  write_fd_ = fds[1];
  // The driver reads through its own, non-blocking open file description of the same pipe (the
  // makes need the shared one to stay blocking).
  const std::string own = "/proc/self/fd/" + std::to_string(read_fd_);
  own_read_fd_ = ::open(own.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (own_read_fd_ < 0)
    throw Error("cannot open " + own + ": " + std::strerror(errno));
  for (int i = 0; i < jobs_; ++i)
    release('+');
}

JobServer::~JobServer() {
  ::close(own_read_fd_);
  ::close(read_fd_);
  ::close(write_fd_);
}

std::string JobServer::makeflags() const {
  return "-j" + std::to_string(jobs_) + " --jobserver-auth=" + std::to_string(read_fd_) + "," +
         std::to_string(write_fd_);
}

int JobServer::available() const {
  int bytes = 0;
  if (::ioctl(read_fd_, FIONREAD, &bytes) != 0)
    return -1;
  return bytes;
}

void JobServer::release(char byte) {
  while (::write(write_fd_, &byte, 1) < 0 && errno == EINTR) {
  }
}

JobServer::Token JobServer::try_acquire() {
  std::lock_guard<std::mutex> lock(take_mutex());
  char byte = '+';
  ssize_t got;
  while ((got = ::read(own_read_fd_, &byte, 1)) < 0 && errno == EINTR) {
  }
  if (got != 1)
    return {};
  ++held_;
  return Token(this, byte);
}

JobServer::Token JobServer::acquire() {
  for (;;) {
    struct pollfd poll_fd {
      own_read_fd_, POLLIN, 0
    };
    const int ready = ::poll(&poll_fd, 1, 200);
    if (ready > 0) {
      Token token = try_acquire();
      if (token.held())
        return token; // another reader (a make) may have been faster: poll again
      continue;
    }
    std::lock_guard<std::mutex> lock(take_mutex());
    if (held_ == 0 && available() == 0) {
      // Nobody holds a token and none is free: a killed make lost some. Restore one.
      ++held_;
      return Token(this, '+');
    }
  }
}

JobServer::Token::Token(Token&& other) noexcept : server_(other.server_), byte_(other.byte_) {
  other.server_ = nullptr;
}

JobServer::Token& JobServer::Token::operator=(Token&& other) noexcept {
  if (this != &other) {
    if (server_) {
      server_->release(byte_); // before the count drops: see acquire()
      --server_->held_;
    }
    server_ = other.server_;
    byte_ = other.byte_;
    other.server_ = nullptr;
  }
  return *this;
}

JobServer::Token::~Token() {
  if (server_) {
    server_->release(byte_); // before the count drops: see acquire()
    --server_->held_;
  }
}

} // namespace wpk
