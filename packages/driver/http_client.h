// http_client.h — the HTTP(S) client of the remote cache, on libcurl: HEAD, GET and PUT, one
// transfer per call; http_request keeps the body in memory (manifests, checksums, uploads),
// http_get_to_file streams it to a file (archives). `wpk outdated` also asks the Debian archive
// whether it serves a file (http_head_without_token).
//
// - https:// verifies the server's certificate against the system's CA bundle, or against
//   WPK_CACHE_CA_FILE (a PEM file) when that is set; there is no switch to skip verification.
// - WPK_CACHE_TOKEN, when set, is sent as "Authorization: Bearer <token>" (not by
//   http_head_without_token). Sending it over plain http:// to a host other than loopback prints
//   a warning once per process.
// - GET and HEAD follow up to 5 redirects (http and https only; curl drops the token when a
//   redirect leaves the host). The proxy variables (https_proxy, no_proxy, ...) apply as in curl.
// - A connection that cannot be made in 30 s, or a transfer that moves nothing for 60 s, fails.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace wpk {

struct HttpResponse {
  int status = 0;
  std::string body;
};

// Throws wpk::Error when the URL is not http:// or https://, or the transfer fails (no
// connection, TLS verification, timeout). An HTTP error status is a response, not an exception.
HttpResponse http_request(const std::string& method, const std::string& url,
                          const std::string& body = "");

// HEAD `url` without WPK_CACHE_TOKEN (a request to a server other than the remote cache, such as
// the Debian archive): the status. Throws as http_request does.
int http_head_without_token(const std::string& url);

// GET `url`, writing the body to the open file `fd` as it arrives and passing each chunk written
// to `on_data` (to hash it on the way); only a 200 answer's body is written (another status's
// error page is dropped). Returns the status; throws as http_request does, and when writing to
// `fd` fails.
int http_get_to_file(const std::string& url, int fd,
                     const std::function<void(std::string_view)>& on_data);

// True when the URL's host is loopback (localhost, 127.0.0.0/8, ::1): a token may travel there
// without TLS.
bool url_host_is_loopback(const std::string& url);

} // namespace wpk
