// wasm_test_builder.h — builds small wasm modules byte by byte, for tests.
//
// Only what the tests need: function types, function/memory imports, defined functions with
// empty bodies, one memory, exports and custom sections. Sections are emitted in the order the
// binary format requires.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wpk::wasm::test {

using Bytes = std::vector<uint8_t>;

inline void put_u(Bytes& out, uint64_t v) {
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    out.push_back(v ? (b | 0x80) : b);
  } while (v);
}

inline void put_name(Bytes& out, const std::string& s) {
  put_u(out, s.size());
  out.insert(out.end(), s.begin(), s.end());
}

inline uint8_t type_byte(const std::string& t) {
  if (t == "i32")
    return 0x7f;
  if (t == "i64")
    return 0x7e;
  if (t == "f32")
    return 0x7d;
  return 0x7c; // f64
}

class ModuleBuilder {
public:
  // Returns the type index.
  uint32_t type(const std::vector<std::string>& params, const std::vector<std::string>& results) {
    Bytes t{0x60};
    put_u(t, params.size());
    for (const auto& p : params)
      t.push_back(type_byte(p));
    put_u(t, results.size());
    for (const auto& r : results)
      t.push_back(type_byte(r));
    types_.push_back(t);
    return static_cast<uint32_t>(types_.size() - 1);
  }
  // Returns the function index.
  uint32_t import_function(const std::string& module, const std::string& name, uint32_t type) {
    Bytes i;
    put_name(i, module);
    put_name(i, name);
    i.push_back(0x00);
    put_u(i, type);
    imports_.push_back(i);
    return imported_functions_++;
  }
  // A memory import of 1 page; `shared` gives it the shared flag and a maximum of 2 pages.
  void import_memory(const std::string& module, const std::string& name, bool memory64,
                     bool shared = false) {
    Bytes i;
    put_name(i, module);
    put_name(i, name);
    i.push_back(0x02);
    i.push_back(static_cast<uint8_t>((memory64 ? 0x04 : 0x00) | (shared ? 0x03 : 0x00)));
    put_u(i, 1);
    if (shared)
      put_u(i, 2);
    imports_.push_back(i);
  }
  uint32_t function(uint32_t type) {
    functions_.push_back(type);
    return imported_functions_ + static_cast<uint32_t>(functions_.size() - 1);
  }
  void memory(bool memory64, uint64_t min_pages = 1) {
    has_memory_ = true;
    memory64_ = memory64;
    min_pages_ = min_pages;
  }
  void table() { ++tables_; }   // a funcref table of minimum 0
  void global() { ++globals_; } // an immutable i32 global, 0
  void export_(const std::string& name, uint8_t kind, uint32_t index) {
    Bytes e;
    put_name(e, name);
    e.push_back(kind);
    put_u(e, index);
    exports_.push_back(e);
  }
  void custom(const std::string& name, const Bytes& payload) {
    customs_.push_back({name, payload});
  }
  void abi_version(uint32_t v) {
    custom("wpk.abi_version", {static_cast<uint8_t>(v), static_cast<uint8_t>(v >> 8),
                               static_cast<uint8_t>(v >> 16), static_cast<uint8_t>(v >> 24)});
  }

  Bytes build() const {
    Bytes out{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
    auto section = [&](uint8_t id, const std::vector<Bytes>& entries) {
      if (entries.empty())
        return;
      Bytes body;
      put_u(body, entries.size());
      for (const auto& e : entries)
        body.insert(body.end(), e.begin(), e.end());
      out.push_back(id);
      put_u(out, body.size());
      out.insert(out.end(), body.begin(), body.end());
    };
    section(1, types_);
    section(2, imports_);
    std::vector<Bytes> funcs;
    for (uint32_t t : functions_) {
      Bytes f;
      put_u(f, t);
      funcs.push_back(f);
    }
    section(3, funcs);
    section(4, std::vector<Bytes>(tables_, Bytes{0x70, 0x00, 0x00}));
    if (has_memory_) {
      Bytes m{static_cast<uint8_t>(memory64_ ? 0x04 : 0x00)};
      put_u(m, min_pages_);
      section(5, {m});
    }
    section(6, std::vector<Bytes>(globals_, Bytes{0x7f, 0x00, 0x41, 0x00, 0x0b}));
    section(7, exports_);
    std::vector<Bytes> bodies;
    for (size_t i = 0; i < functions_.size(); ++i)
      bodies.push_back(Bytes{0x02, 0x00, 0x0b}); // size 2: no locals, end
    section(10, bodies);
    for (const auto& [name, payload] : customs_) {
      Bytes body;
      put_name(body, name);
      body.insert(body.end(), payload.begin(), payload.end());
      out.push_back(0);
      put_u(out, body.size());
      out.insert(out.end(), body.begin(), body.end());
    }
    return out;
  }

private:
  std::vector<Bytes> types_, imports_, exports_;
  size_t tables_ = 0, globals_ = 0;
  std::vector<uint32_t> functions_;
  uint32_t imported_functions_ = 0;
  bool has_memory_ = false, memory64_ = false;
  uint64_t min_pages_ = 1;
  std::vector<std::pair<std::string, Bytes>> customs_;
};

} // namespace wpk::wasm::test
