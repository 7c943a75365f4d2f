// job_server.h — one budget of `-j N` jobs shared by every build running at once, through GNU
// make's jobserver protocol (a pipe holding one byte per free job slot).
//
// Without it, `wpk build -j N` would run N packages at once, each with `make -jN`: N*N jobs.
// With it, the scheduler takes a token before it starts a package and gives it back when the
// package is done; that token is the implicit slot of the package's make, which is told about the
// pipe through MAKEFLAGS (`-jN --jobserver-auth=R,W`, no -j on its command line) and takes further
// tokens for each extra job. Sub-makes join the same pool. So at most N jobs run in total, one
// package may use all N while it runs alone (a heavy build), and several packages share them.
// Ninja (cmake builds) does not speak the protocol: such a step takes the tokens that are free at
// its start (at least its own) and runs with that -j, giving them back afterwards.
//
// Invariant: tokens taken are given back (the Token destructor), so the pipe ends with N tokens.
// A token lost by a killed make cannot stall the driver: when no package holds a token and none
// is available, acquire() proceeds with a fresh one.
#pragma once

#include <atomic>
#include <string>

namespace wpk {

class JobServer {
public:
  explicit JobServer(int jobs);
  ~JobServer();
  JobServer(const JobServer&) = delete;
  JobServer& operator=(const JobServer&) = delete;

  int jobs() const { return jobs_; }
  // MAKEFLAGS for a make that joins the pool ("-jN --jobserver-auth=R,W").
  std::string makeflags() const;
  int read_fd() const { return read_fd_; }
  int write_fd() const { return write_fd_; }
  // Tokens in the pipe right now (for tests: after a run it must be jobs()).
  int available() const;

  class Token {
  public:
    Token() = default;
    Token(Token&& other) noexcept;
    Token& operator=(Token&& other) noexcept;
    ~Token();
    bool held() const { return server_ != nullptr; }

  private:
    friend class JobServer;
    Token(JobServer* server, char byte) : server_(server), byte_(byte) {}
    JobServer* server_ = nullptr;
    char byte_ = '+';
  };

  // Blocks until a token is free.
  Token acquire();
  // A token if one is free now, else an empty Token.
  Token try_acquire();

private:
  void release(char byte);

  int jobs_;
  int read_fd_ = -1;
  int write_fd_ = -1;
  int own_read_fd_ = -1;
  std::atomic<int> held_{0};
};

} // namespace wpk
