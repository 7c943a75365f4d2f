#include "http_client.h"

#include "error.h"
#include "fs_util.h"

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <curl/curl.h>
#include <functional>
#include <iostream>
#include <mutex>
#include <netinet/in.h>

namespace wpk {

namespace {

constexpr long kConnectTimeoutSeconds = 30;
constexpr long kStallSeconds = 60;
constexpr long kMaxRedirects = 5;

// The host part of an http(s) URL: between "://" and the next '/', without user info or port;
// an IPv6 literal without its brackets.
std::string url_host(const std::string& url) {
  size_t begin = url.find("://");
  begin = begin == std::string::npos ? 0 : begin + 3;
  size_t end = url.find_first_of("/?#", begin);
  std::string authority = url.substr(begin, end == std::string::npos ? end : end - begin);
  size_t at = authority.rfind('@');
  if (at != std::string::npos)
    authority = authority.substr(at + 1);
  if (authority.starts_with("[")) {
    size_t close = authority.find(']');
    return authority.substr(1, close == std::string::npos ? close : close - 1);
  }
  return authority.substr(0, authority.find(':'));
}

struct Upload {
  const std::string* data;
  size_t offset = 0;
};

size_t read_body(char* buffer, size_t size, size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  size_t n = std::min(size * count, upload->data->size() - upload->offset);
  std::memcpy(buffer, upload->data->data() + upload->offset, n);
  upload->offset += n;
  return n;
}

int seek_body(void* user, curl_off_t offset, int origin) {
  auto* upload = static_cast<Upload*>(user);
  if (origin != SEEK_SET || offset < 0 || static_cast<size_t>(offset) > upload->data->size())
    return CURL_SEEKFUNC_CANTSEEK;
  upload->offset = static_cast<size_t>(offset);
  return CURL_SEEKFUNC_OK;
}

// Where a response body goes, chunk by chunk as it arrives: `consume` returns false to stop the
// transfer (its reason in `error`).
struct Sink {
  CURL* handle = nullptr;
  std::function<bool(long status, std::string_view data)> consume;
  std::string error;
};

size_t write_body(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  long status = 0; // of the response being received (after redirects: the last one)
  curl_easy_getinfo(sink->handle, CURLINFO_RESPONSE_CODE, &status);
  return sink->consume(status, std::string_view(data, size * count)) ? size * count : 0;
}

void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
      throw Error("cannot initialize libcurl");
  });
}

void warn_cleartext_token_once(const std::string& url) {
  static std::atomic<bool> warned{false};
  if (!warned.exchange(true))
    std::cerr << "wpk: warning: remote cache: WPK_CACHE_TOKEN travels unencrypted to "
              << url_host(url) << " (use an https:// cache URL)\n";
}

// One easy handle, cleaned up on every path.
class CurlHandle {
public:
  CurlHandle() : handle_(curl_easy_init()), headers_(nullptr) {
    if (!handle_)
      throw Error("cannot create a libcurl handle");
  }
  ~CurlHandle() {
    curl_slist_free_all(headers_);
    curl_easy_cleanup(handle_);
  }
  CurlHandle(const CurlHandle&) = delete;
  CurlHandle& operator=(const CurlHandle&) = delete;

  template <typename T> void set(CURLoption option, T value) {
    if (curl_easy_setopt(handle_, option, value) != CURLE_OK)
      throw Error("libcurl rejected an option (option " + std::to_string(option) + ")");
  }
  void add_header(const std::string& line) {
    curl_slist* grown = curl_slist_append(headers_, line.c_str());
    if (!grown)
      throw Error("out of memory building HTTP headers");
    headers_ = grown;
  }
  curl_slist* headers() const { return headers_; }
  CURL* get() const { return handle_; }

private:
  CURL* handle_;
  curl_slist* headers_;
};

} // namespace

bool url_host_is_loopback(const std::string& url) {
  const std::string host = url_host(url);
  in_addr v4{};
  in6_addr v6{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1)
    return (ntohl(v4.s_addr) >> 24) == 127;
  if (inet_pton(AF_INET6, host.c_str(), &v6) == 1)
    return IN6_IS_ADDR_LOOPBACK(&v6);
  return host == "localhost";
}

namespace {

// One transfer: the status; the body goes to `sink`.
// The remote cache's token goes along only with `send_token`.
int perform(const std::string& method, const std::string& url, const std::string& body, Sink& sink,
            bool send_token = true) {
  const bool secure = url.starts_with("https://");
  if (!secure && !url.starts_with("http://"))
    throw Error("URL must start with https:// or http:// (got '" + url + "')");
  if (url.find_first_of("\r\n") != std::string::npos)
    throw Error("URL contains a line break");
  init_curl_once();

  CurlHandle curl;
  char error_text[CURL_ERROR_SIZE] = "";
  Upload upload{&body};
  sink.handle = curl.get();
  curl.set(CURLOPT_URL, url.c_str());
  curl.set(CURLOPT_ERRORBUFFER, error_text);
  curl.set(CURLOPT_PROTOCOLS_STR, "http,https");
  curl.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl.set(CURLOPT_NOSIGNAL, 1L);
  curl.set(CURLOPT_USERAGENT, "wpk");
  curl.set(CURLOPT_CONNECTTIMEOUT, kConnectTimeoutSeconds);
  curl.set(CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl.set(CURLOPT_LOW_SPEED_TIME, kStallSeconds);
  curl.set(CURLOPT_WRITEFUNCTION, write_body);
  curl.set(CURLOPT_WRITEDATA, &sink);
  const std::string ca_file = env_or("WPK_CACHE_CA_FILE", "");
  if (!ca_file.empty())
    curl.set(CURLOPT_CAINFO, ca_file.c_str());

  const std::string token = send_token ? env_or("WPK_CACHE_TOKEN", "") : "";
  if (!token.empty()) {
    if (token.find_first_of("\r\n") != std::string::npos)
      throw Error("WPK_CACHE_TOKEN contains a line break");
    if (!secure && !url_host_is_loopback(url))
      warn_cleartext_token_once(url);
    curl.set(CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BEARER));
    curl.set(CURLOPT_XOAUTH2_BEARER, token.c_str());
  }

  if (method == "GET" || method == "HEAD") {
    curl.set(CURLOPT_FOLLOWLOCATION, 1L);
    curl.set(CURLOPT_MAXREDIRS, kMaxRedirects);
    if (method == "HEAD")
      curl.set(CURLOPT_NOBODY, 1L);
  } else if (method == "PUT") {
    curl.set(CURLOPT_UPLOAD, 1L);
    curl.set(CURLOPT_READFUNCTION, read_body);
    curl.set(CURLOPT_READDATA, &upload);
    curl.set(CURLOPT_SEEKFUNCTION, seek_body);
    curl.set(CURLOPT_SEEKDATA, &upload);
    curl.set(CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl.add_header("Content-Type: application/octet-stream");
    curl.add_header("Expect:"); // no 100-continue round trip
  } else {
    throw Error("unsupported HTTP method " + method);
  }
  if (curl.headers())
    curl.set(CURLOPT_HTTPHEADER, curl.headers());

  CURLcode result = curl_easy_perform(curl.get());
  if (result != CURLE_OK) {
    std::string why = !sink.error.empty() ? sink.error
                      : error_text[0]     ? error_text
                                          : curl_easy_strerror(result);
    throw Error("cannot " + method + " " + url + ": " + why);
  }
  long status = 0;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  return static_cast<int>(status);
}

} // namespace

HttpResponse http_request(const std::string& method, const std::string& url,
                          const std::string& body) {
  HttpResponse response;
  Sink sink;
  sink.consume = [&](long, std::string_view data) {
    response.body.append(data);
    return true;
  };
  response.status = perform(method, url, body, sink);
  return response;
}

int http_head_without_token(const std::string& url) {
  Sink sink;
  sink.consume = [](long, std::string_view) { return true; };
  return perform("HEAD", url, "", sink, false);
}

int http_get_to_file(const std::string& url, int fd,
                     const std::function<void(std::string_view)>& on_data) {
  Sink sink;
  sink.consume = [&](long status, std::string_view data) {
    if (status != 200)
      return true; // an error page: not the body asked for
    if (!write_all(fd, data)) {
      sink.error = std::string("cannot write the body: ") + std::strerror(errno);
      return false;
    }
    on_data(data);
    return true;
  };
  return perform("GET", url, "", sink);
}

} // namespace wpk
