// cxx-runtime.cpp — what the sysroot's C++ library (libc++, libc++abi and the WebAssembly
// unwinder of toolchain/libcxx/) must do in a wpk program. It also builds natively (any C++17
// library), so the runtime test compares the outputs: the program prints only what the C++
// standard fixes, never a library's own message texts.
//
// Usage: cxx-runtime DIR   (DIR: a writable scratch directory)
// Prints one line per check and exits 0 when every check passed. Covers: throwing and catching
// by type, by base class, by pointer and with catch (...); cleanups on the way out; rethrow;
// nested handlers; std::exception_ptr; exceptions from the library (at, stoi, bad_alloc,
// filesystem errors); noexcept; RTTI; static constructors and destructors; thread-local objects;
// streams, containers, regex, filesystem, random, chrono; threads (std::thread, thread_local,
// mutex, condition_variable, async); and fork() inside a try block, where parent and child each
// throw and catch.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <random>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <typeinfo>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace {

int failures = 0;

void check(bool ok, const std::string& what) {
  std::printf("%s %s\n", ok ? "ok  " : "FAIL", what.c_str());
  if (!ok)
    failures++;
}

struct Shape {
  virtual ~Shape() = default;
  virtual std::string name() const { return "shape"; }
};
struct Circle : Shape {
  std::string name() const override { return "circle"; }
};
struct ShapeError : std::runtime_error {
  explicit ShapeError(int code_) : std::runtime_error("shape error"), code(code_) {}
  int code;
};

// Counts destructor runs, so a check can see that cleanups ran while an exception passed.
int destroyed = 0;
struct Guard {
  ~Guard() { destroyed++; }
};

[[noreturn]] void throw_through_frames(int depth) {
  Guard guard;
  if (depth == 0)
    throw ShapeError(depth + 17);
  throw_through_frames(depth - 1);
}

// A static object whose constructor ran before main and whose destructor prints at exit.
struct AtExit {
  int value = 0;
  AtExit() : value(41) {}
  ~AtExit() { std::printf("ok   static destructor ran at exit\n"); }
};
AtExit at_exit_object;

thread_local int thread_counter = 5;

__attribute__((noinline)) void exception_checks() {
  try {
    throw 42;
  } catch (int value) {
    check(value == 42, "catch int by value");
  }

  try {
    throw_through_frames(5);
  } catch (const std::exception& e) {
    const auto* shape_error = dynamic_cast<const ShapeError*>(&e);
    check(shape_error != nullptr && shape_error->code == 17, "catch a derived class by base");
    check(destroyed == 6, "cleanups ran in all 6 frames the exception left");
  }

  try {
    throw Circle();
  } catch (const Shape& shape) {
    check(shape.name() == "circle", "catch by base reference keeps the dynamic type");
  }

  Circle circle;
  try {
    throw &circle;
  } catch (Shape* shape) {
    check(shape == &circle, "catch a pointer to derived as pointer to base");
  }

  try {
    try {
      throw std::string("inner");
    } catch (std::string& s) {
      s += "+rethrown";
      throw;
    }
  } catch (const std::string& s) {
    check(s == "inner+rethrown", "rethrow passes the same object on");
  }

  try {
    try {
      throw std::logic_error("first");
    } catch (const std::logic_error&) {
      throw std::out_of_range("second");
    }
  } catch (const std::out_of_range&) {
    check(true, "throw from a handler");
  } catch (...) {
    check(false, "throw from a handler");
  }

  std::exception_ptr saved;
  try {
    throw ShapeError(3);
  } catch (...) {
    saved = std::current_exception();
  }
  check(std::uncaught_exceptions() == 0, "no uncaught exceptions between handlers");
  try {
    std::rethrow_exception(saved);
  } catch (const ShapeError& e) {
    check(e.code == 3, "exception_ptr rethrows the saved object");
  }

  auto made = std::make_exception_ptr(std::invalid_argument("made"));
  try {
    std::rethrow_exception(made);
  } catch (const std::invalid_argument&) {
    check(true, "make_exception_ptr");
  }

  try {
    throw 1.5;
  } catch (int) {
    check(false, "catch (...) after a non-matching clause");
  } catch (...) {
    check(true, "catch (...) after a non-matching clause");
  }
}

__attribute__((noinline)) void library_exception_checks() {
  std::vector<int> numbers{1, 2, 3};
  bool at_threw = false;
  try {
    (void)numbers.at(3);
  } catch (const std::out_of_range&) {
    at_threw = true;
  }
  check(at_threw, "vector::at out of range throws std::out_of_range");

  bool stoi_threw = false;
  try {
    (void)std::stoi("not a number");
  } catch (const std::invalid_argument&) {
    stoi_threw = true;
  }
  check(stoi_threw, "stoi throws std::invalid_argument");

  bool bad_alloc_thrown = false;
  try {
    void* p = ::operator new(SIZE_MAX - 4096);
    ::operator delete(p);
  } catch (const std::bad_alloc&) {
    bad_alloc_thrown = true;
  }
  check(bad_alloc_thrown, "operator new of SIZE_MAX - 4096 bytes throws std::bad_alloc");

  volatile std::size_t huge = SIZE_MAX - 4096;
  // Through a volatile pointer: an allocation nobody uses may be left out by the compiler.
  char* volatile nothrow = new (std::nothrow) char[huge];
  check(nothrow == nullptr, "new (nothrow) returns nullptr");
  delete[] nothrow;

  bool bad_cast = false;
  try {
    Shape plain;
    (void)dynamic_cast<Circle&>(plain);
  } catch (const std::bad_cast&) {
    bad_cast = true;
  }
  check(bad_cast, "dynamic_cast to a wrong reference throws std::bad_cast");

  std::function<int()> empty;
  bool bad_call = false;
  try {
    empty();
  } catch (const std::bad_function_call&) {
    bad_call = true;
  }
  check(bad_call, "calling an empty std::function throws");
}

__attribute__((noinline)) void language_checks() {
  check(at_exit_object.value == 41, "a static constructor ran before main");
  check(thread_counter == 5 && ++thread_counter == 6, "thread_local object");
  Circle circle;
  const Shape& shape = circle;
  check(typeid(shape) == typeid(Circle) && typeid(shape) != typeid(Shape), "typeid");
  check(noexcept(std::swap(std::declval<int&>(), std::declval<int&>())), "noexcept operator");
  auto shared = std::make_shared<Circle>();
  std::weak_ptr<Shape> weak = shared;
  check(weak.lock()->name() == "circle", "shared_ptr and weak_ptr");
  shared.reset();
  check(weak.expired(), "weak_ptr expires");
}

__attribute__((noinline)) void library_checks(const std::string& dir) {
  std::ostringstream out;
  out << 3.25 << ' ' << std::hex << 255 << ' ' << std::oct << 8 << ' ' << std::dec << -7;
  check(out.str() == "3.25 ff 10 -7", "ostringstream formats numbers");

  std::istringstream in("12 3.5 word");
  int i = 0;
  double d = 0;
  std::string w;
  in >> i >> d >> w;
  check(i == 12 && d == 3.5 && w == "word", "istringstream parses");

  std::map<std::string, int> ordered{{"pear", 3}, {"apple", 1}, {"fig", 2}};
  std::string keys;
  for (const auto& [key, value] : ordered)
    keys += key + "=" + std::to_string(value) + " ";
  check(keys == "apple=1 fig=2 pear=3 ", "map iterates in key order");

  std::unordered_map<int, std::string> hashed;
  for (int k = 0; k < 1000; ++k)
    hashed[k] = std::to_string(k * k);
  check(hashed.size() == 1000 && hashed[999] == "998001", "unordered_map with 1000 entries");

  std::vector<int> values(1000);
  std::mt19937 engine(12345);
  for (auto& v : values)
    v = static_cast<int>(engine() % 100000);
  std::sort(values.begin(), values.end());
  check(std::is_sorted(values.begin(), values.end()), "sort 1000 mt19937 numbers");
  std::mt19937 reference(5489u);
  reference.discard(9999);
  check(reference() == 4123659995u, "mt19937's 10000th number is the standard's");

  std::regex pattern("([a-z]+)-([0-9]+)");
  std::smatch match;
  std::string text = "package-1234";
  check(std::regex_match(text, match, pattern) && match[1] == "package" && match[2] == "1234",
        "regex_match with groups");
  check(std::regex_replace(std::string("a1b22c333"), std::regex("[0-9]+"), "#") == "a#b#c#",
        "regex_replace");

  namespace fs = std::filesystem;
  fs::path base = fs::path(dir) / "cxx-fs";
  fs::remove_all(base);
  fs::create_directories(base / "sub" / "deeper");
  std::ofstream(base / "sub" / "file.txt") << "hello file\n";
  std::string line;
  std::getline(std::ifstream(base / "sub" / "file.txt"), line);
  check(line == "hello file", "ofstream and ifstream");
  check(fs::file_size(base / "sub" / "file.txt") == 11, "filesystem::file_size");
  std::vector<std::string> found;
  for (const auto& entry : fs::recursive_directory_iterator(base))
    found.push_back(fs::relative(entry.path(), base).string());
  std::sort(found.begin(), found.end());
  std::string listing;
  for (const auto& f : found)
    listing += f + " ";
  check(listing == "sub sub/deeper sub/file.txt ", "recursive_directory_iterator");
  fs::rename(base / "sub" / "file.txt", base / "moved.txt");
  check(fs::exists(base / "moved.txt") && !fs::exists(base / "sub" / "file.txt"),
        "filesystem::rename");
  bool fs_error = false;
  try {
    (void)fs::file_size(base / "absent");
  } catch (const fs::filesystem_error& e) {
    fs_error = e.code() == std::errc::no_such_file_or_directory;
  }
  check(fs_error, "filesystem_error carries ENOENT");
  check(fs::remove_all(base) == 4 && !fs::exists(base), "remove_all removes 4 entries");

  auto before = std::chrono::steady_clock::now();
  auto after = std::chrono::steady_clock::now();
  check(after >= before, "steady_clock does not go back");
  auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  check(std::chrono::duration_cast<std::chrono::hours>(since_epoch).count() > 400000,
        "system_clock is past 2015");

  // Threads: std::thread with a thread_local object per thread (constructed from its
  // initialiser in each thread, destroyed at thread exit), std::mutex and
  // std::condition_variable between threads, std::async with a result and an exception.
  {
    std::vector<std::thread> workers;
    std::mutex sum_mutex;
    long sum = 0;
    std::vector<int> seen(4);
    for (int i = 0; i < 4; i++)
      workers.emplace_back([&, i] {
        seen[i] = thread_counter; // 5 in every new thread
        for (int k = 0; k < 1000; k++) {
          std::lock_guard<std::mutex> lock(sum_mutex);
          sum += k;
        }
        thread_counter += i;
      });
    for (auto& w : workers)
      w.join();
    check(sum == 4 * 499500L, "4 std::threads add under a std::mutex");
    check(std::all_of(seen.begin(), seen.end(), [](int v) { return v == 5; }) &&
              thread_counter == 6,
          "thread_local is per thread, initialised in each");
  }
  {
    std::mutex m;
    std::condition_variable ready;
    bool go = false;
    int answer = 0;
    std::thread waiter([&] {
      std::unique_lock<std::mutex> lock(m);
      ready.wait(lock, [&] { return go; });
      answer = 42;
    });
    {
      std::lock_guard<std::mutex> lock(m);
      go = true;
    }
    ready.notify_one();
    waiter.join();
    check(answer == 42, "std::condition_variable wakes a waiting thread");
  }
  {
    auto value = std::async(std::launch::async, [] { return 6 * 7; });
    auto failure = std::async(std::launch::async, []() -> int { throw std::runtime_error("x"); });
    bool caught = false;
    try {
      failure.get();
    } catch (const std::runtime_error&) {
      caught = true;
    }
    check(value.get() == 42 && caught, "std::async returns a value and carries an exception");
  }
  std::mutex mutex;
  {
    std::lock_guard<std::mutex> lock(mutex);
    check(!mutex.try_lock(), "a locked std::mutex is not locked again");
  }
  check(mutex.try_lock(), "an unlocked std::mutex locks");
  mutex.unlock();

  std::cout << "ok   iostream with std::endl" << std::endl;
}

// fork() inside a try block: both processes go on inside it, throw and catch in their own
// handler, and run the cleanups on the way. Each group of checks is a function of its own (not
// inlined into main): a fork under a catch handler cannot be resumed (the instrumentation makes
// it trap), and at -O2 clang may place the code after a try statement's handlers inside the last
// one.
__attribute__((noinline)) void fork_checks() {
  int before = destroyed;
  pid_t pid = -1;
  try {
    Guard guard;
    std::fflush(stdout);
    pid = fork();
    if (pid == 0)
      throw ShapeError(100);
    throw ShapeError(200);
  } catch (const ShapeError& e) {
    if (pid == 0) {
      std::_Exit(e.code == 100 && destroyed == before + 1 ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    check(pid > 0 && e.code == 200 && destroyed == before + 1, "fork in try: parent catches");
    check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "fork in try: child catches");
  }
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: cxx-runtime DIR\n");
    return 2;
  }
  exception_checks();
  library_exception_checks();
  language_checks();
  library_checks(argv[1]);
  fork_checks();
  std::printf("%d failures\n", failures);
  std::fflush(stdout);
  return failures == 0 ? 0 : 1;
}
