// http_client.h — a minimal HTTP/1.1 client (http:// only) for the remote cache: HEAD, GET and
// PUT with Content-Length bodies, one connection per request. When WPK_CACHE_TOKEN is set, every
// request carries "Authorization: Bearer <token>". Enough for a cache server on the
// CI network or loopback (nginx with dav_methods PUT); no TLS, no redirects, no chunked uploads.
#pragma once

#include <string>

namespace wpk {

struct HttpResponse {
  int status = 0;
  std::string body;
};

// Throws wpk::Error when the server cannot be reached or the URL is not http://.
HttpResponse http_request(const std::string& method, const std::string& url,
                          const std::string& body = "");

} // namespace wpk
