// The JSON API as plain functions of a request body (and query): no
// sockets here, so the server only routes, limits and logs.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chronik::serve {

struct Reply {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::string filename;  // for Content-Disposition; "" for none
    std::vector<std::pair<std::string, std::string>> headers;  // more response headers
};

// {"error": message} with the status.
Reply error_reply(int status, std::string_view message);

// POST /api/tag {text, published?, language?, genre?} → one document of
// `chronik tag --format json`.
Reply tag_request(std::string_view body);

// POST /api/timeline {articles: [{text, published?, name?, url?}], options?}
// → the timeline JSON.
Reply timeline_request(std::string_view body);

// POST /api/render?format=… with a timeline JSON body; the graphic options
// as query parameters (the names of the command line's flags).
using QueryParameters = std::vector<std::pair<std::string, std::string>>;
Reply render_request(std::string_view body, const QueryParameters& query);

// Whether a Content-Type header names JSON ("application/json", with or
// without parameters such as "; charset=utf-8").
bool is_json_media_type(std::string_view content_type);

}  // namespace chronik::serve
