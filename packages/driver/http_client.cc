#include "http_client.h"

#include "error.h"
#include "fs_util.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace wpk {

namespace {

struct Url {
  std::string host;
  std::string port = "80";
  std::string path;
};

Url parse_url(const std::string& url) {
  const std::string scheme = "http://";
  if (url.rfind(scheme, 0) != 0)
    throw Error("remote cache URL must start with http:// (got '" + url + "')");
  Url parsed;
  std::string rest = url.substr(scheme.size());
  size_t slash = rest.find('/');
  std::string authority = slash == std::string::npos ? rest : rest.substr(0, slash);
  parsed.path = slash == std::string::npos ? "/" : rest.substr(slash);
  size_t colon = authority.rfind(':');
  if (colon != std::string::npos) {
    parsed.host = authority.substr(0, colon);
    parsed.port = authority.substr(colon + 1);
  } else {
    parsed.host = authority;
  }
  return parsed;
}

void send_all(int fd, const std::string& data, const std::string& url) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      throw Error("cannot send to " + url + ": " + std::strerror(errno));
    }
    done += static_cast<size_t>(n);
  }
}

} // namespace

HttpResponse http_request(const std::string& method, const std::string& url,
                          const std::string& body) {
  const Url parsed = parse_url(url);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* addresses = nullptr;
  if (getaddrinfo(parsed.host.c_str(), parsed.port.c_str(), &hints, &addresses) != 0)
    throw Error("cannot resolve " + parsed.host);
  int fd = -1;
  for (addrinfo* a = addresses; a; a = a->ai_next) {
    fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0)
      continue;
    timeval timeout{60, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0)
      break;
    ::close(fd);
    fd = -1;
  }
  freeaddrinfo(addresses);
  if (fd < 0)
    throw Error("cannot connect to " + url);
  std::string request = method + " " + parsed.path + " HTTP/1.1\r\nHost: " + parsed.host + ":" +
                        parsed.port + "\r\nConnection: close\r\nUser-Agent: wpk\r\n";
  // A shared cache behind an authenticating proxy: WPK_CACHE_TOKEN becomes a bearer token.
  const std::string token = env_or("WPK_CACHE_TOKEN", "");
  if (!token.empty() && token.find_first_of("\r\n") == std::string::npos)
    request += "Authorization: Bearer " + token + "\r\n";
  if (method == "PUT" || method == "POST")
    request += "Content-Length: " + std::to_string(body.size()) +
               "\r\nContent-Type: application/octet-stream\r\n";
  request += "\r\n";
  try {
    send_all(fd, request, url);
    if (method == "PUT" || method == "POST")
      send_all(fd, body, url);
    std::string response;
    char buffer[1 << 16];
    for (;;) {
      ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
      if (n < 0) {
        if (errno == EINTR)
          continue;
        throw Error("cannot read from " + url + ": " + std::strerror(errno));
      }
      if (n == 0)
        break;
      response.append(buffer, static_cast<size_t>(n));
    }
    ::close(fd);
    fd = -1;
    const size_t header_end = response.find("\r\n\r\n");
    if (response.rfind("HTTP/1.", 0) != 0 || header_end == std::string::npos)
      throw Error("malformed HTTP response from " + url);
    HttpResponse result;
    result.status = std::stoi(response.substr(9, 3));
    std::string headers = response.substr(0, header_end);
    std::string content = response.substr(header_end + 4);
    for (auto& c : headers)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (headers.find("transfer-encoding: chunked") != std::string::npos) {
      std::string decoded;
      size_t position = 0;
      for (;;) {
        size_t line_end = content.find("\r\n", position);
        if (line_end == std::string::npos)
          throw Error("malformed chunked response from " + url);
        size_t size = std::stoul(content.substr(position, line_end - position), nullptr, 16);
        if (size == 0)
          break;
        decoded += content.substr(line_end + 2, size);
        position = line_end + 2 + size + 2;
      }
      content = decoded;
    }
    if (method != "HEAD")
      result.body = content;
    return result;
  } catch (...) {
    if (fd >= 0)
      ::close(fd);
    throw;
  }
}

} // namespace wpk
