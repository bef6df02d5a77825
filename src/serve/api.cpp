#include "api.hpp"

#include <chronik/build.hpp>
#include <chronik/document.hpp>
#include <chronik/export.hpp>
#include <chronik/grammar.hpp>
#include <chronik/language.hpp>
#include <chronik/resolve.hpp>
#include <chronik/render.hpp>
#include <chronik/tagger.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <optional>
#include <stdexcept>

namespace chronik::serve {

namespace {

using json = nlohmann::ordered_json;

// A request the client has to change: the status says how (400, 422).
class RequestError : public std::runtime_error {
public:
    RequestError(int status, const std::string& message) : std::runtime_error(message), status(status) {}
    int status;
};

[[noreturn]] void bad_request(const std::string& message) { throw RequestError(400, message); }

json parse_body(std::string_view body) {
    try {
        return json::parse(body);
    } catch (const json::exception& e) {
        bad_request(std::string("request body: not JSON: ") + e.what());
    }
}

// The fields of one JSON object of a request, read with the place they
// stand at ("articles[1].published") for error messages. null counts as
// absent.
class Fields {
public:
    Fields(const json& value, std::string where) : value_(value), where_(std::move(where)) {
        if (!value_.is_object()) bad_request(where_ + ": must be a JSON object");
    }

    // Fails on a field not in `known` (a misspelt option would otherwise
    // be dropped without a word).
    void only(std::initializer_list<std::string_view> known) const {
        for (const auto& [key, _] : value_.items()) {
            bool found = false;
            for (std::string_view k : known) found = found || key == k;
            if (!found) bad_request(at(key) + ": unknown field");
        }
    }

    bool has(const char* key) const {
        const auto it = value_.find(key);
        return it != value_.end() && !it->is_null();
    }

    const json& field(const char* key) const { return value_.at(key); }

    std::string at(std::string_view key) const { return where_.empty() ? std::string(key) : where_ + "." + std::string(key); }

    std::string string(const char* key) const {
        if (!has(key)) bad_request(at(key) + ": missing");
        return optional_string(key).value();
    }

    std::optional<std::string> optional_string(const char* key) const {
        if (!has(key)) return std::nullopt;
        const json& v = value_.at(key);
        if (!v.is_string()) bad_request(at(key) + ": must be a string");
        return v.get<std::string>();
    }

    std::optional<date::year_month_day> date(const char* key) const {
        const auto text = optional_string(key);
        if (!text) return std::nullopt;
        const auto d = parse_iso_date(*text);
        if (!d) bad_request(at(key) + ": '" + *text + "' is not a calendar date (expected YYYY-MM-DD)");
        return d;
    }

    const LanguageData* language(const char* key) const {
        const auto code = optional_string(key);
        if (!code) return nullptr;
        const LanguageData* l = find_language(*code);
        if (!l) bad_request(at(key) + ": '" + *code + "' is not a language chronik knows");
        return l;
    }

private:
    const json& value_;
    std::string where_;
};

// The genres the tagger knows: news (dates from the publication date) and
// narrative (from the narrated time).
Genre genre_field(const Fields& f, const char* key) {
    const auto genre = f.optional_string(key);
    if (!genre) return Genre::news;
    if (const auto g = genre_named(*genre)) return *g;
    bad_request(f.at(key) + ": '" + *genre + "' is not a genre chronik knows (known: news, narrative)");
}

Reply json_reply(std::string body) {
    Reply r;
    r.body = std::move(body);
    return r;
}

// Runs a request; library errors become the status they stand for.
template <class F>
Reply answer(F&& f) {
    try {
        return f();
    } catch (const RequestError& e) {
        return error_reply(e.status, e.what());
    } catch (const MissingPublicationDate& e) {
        return error_reply(422, e.what());
    } catch (const InputError& e) {
        return error_reply(400, e.what());
    } catch (const TimelineFormatError& e) {
        return error_reply(400, std::string("not a chronik timeline: ") + e.what());
    }
}

// How a format is sent: its media type and a file name for downloads.
struct Delivery {
    const char* content_type;
    const char* filename;
};

Delivery delivery(ExportFormat f) {
    switch (f) {
        case ExportFormat::json: return {"application/json", "timeline.json"};
        case ExportFormat::ics: return {"text/calendar; charset=utf-8", "timeline.ics"};
        case ExportFormat::jsonfeed: return {"application/feed+json", "timeline.feed.json"};
        case ExportFormat::timelinejs: return {"application/json", "timeline.timelinejs.json"};
        case ExportFormat::markdown: return {"text/markdown; charset=utf-8", "timeline.md"};
        case ExportFormat::html: return {"text/html; charset=utf-8", "timeline.html"};
        case ExportFormat::timeml: return {"application/xml", "timeline.tml"};
    }
    return {"application/octet-stream", "timeline"};
}

Delivery delivery(render::Format f) {
    switch (f) {
        case render::Format::svg: return {"image/svg+xml", "timeline.svg"};
        case render::Format::pdf: return {"application/pdf", "timeline.pdf"};
        case render::Format::png: return {"image/png", "timeline.png"};
    }
    return {"application/octet-stream", "timeline"};
}

int parse_int(std::string_view name, std::string_view text, int lo, int hi) {
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < lo || n > hi)
        bad_request(std::string(name) + ": '" + std::string(text) + "' is not a whole number from " + std::to_string(lo) +
                    " to " + std::to_string(hi));
    return n;
}

bool parse_flag(std::string_view name, std::string_view text) {
    if (text.empty() || text == "1" || text == "true") return true;
    if (text == "0" || text == "false") return false;
    bad_request(std::string(name) + ": '" + std::string(text) + "' is not one of 1, true, 0, false");
}

template <class T>
T parse_choice(std::optional<T> parsed, std::string_view name, std::string_view text, const char* choices) {
    if (!parsed) bad_request(std::string(name) + ": '" + std::string(text) + "' is not one of " + choices);
    return *parsed;
}

// The query parameters of /api/render: the command line's graphic options
// under their flag names.
render::RenderOptions graphic_options(const QueryParameters& query) {
    render::RenderOptions o;
    for (const auto& [name, value] : query) {
        if (name == "format") continue;
        if (name == "size") o.size = parse_choice(render::parse_size_preset(value), name, value, "web, social, a4");
        else if (name == "theme") o.theme = parse_choice(render::parse_theme(value), name, value, "light, dark, print");
        else if (name == "orientation")
            o.orientation = parse_choice(render::parse_orientation(value), name, value, "auto, horizontal, vertical");
        else if (name == "font") {
            if (value.empty() || value.size() > 200) bad_request("font: must be a font family name of 1 to 200 bytes");
            o.font_family = value;
        } else if (name == "label-language") {
            // As --label-language: the renderer picks the locale (English for
            // codes it has none for); only the shape of a code is checked.
            const bool code = value.size() >= 2 && value.size() <= 3 &&
                              std::all_of(value.begin(), value.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            if (!code) bad_request("label-language: '" + value + "' is not a language code such as de or en");
            o.language = value;
        } else if (name == "max-lines") o.max_headline_lines = parse_int(name, value, 1, 12);
        else if (name == "title") o.title = value;
        else if (name == "subtitle") o.subtitle = value;
        else if (name == "no-hyphenation") o.hyphenate = !parse_flag(name, value);
        else
            bad_request("unknown query parameter '" + name +
                        "' (known: format, size, theme, orientation, font, label-language, max-lines, title, subtitle, "
                        "no-hyphenation)");
    }
    return o;
}

}  // namespace

Reply error_reply(int status, std::string_view message) {
    Reply r;
    r.status = status;
    r.body = json{{"error", std::string(message)}}.dump() + "\n";
    return r;
}

bool is_json_media_type(std::string_view content_type) {
    std::string_view type = content_type.substr(0, content_type.find(';'));
    while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
    while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
    constexpr std::string_view kJson = "application/json";
    if (type.size() != kJson.size()) return false;
    for (std::size_t i = 0; i < type.size(); ++i) {
        char c = type[i];
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (c != kJson[i]) return false;
    }
    return true;
}

Reply tag_request(std::string_view body) {
    return answer([&] {
        const json request = parse_body(body);
        const Fields f(request, "");
        f.only({"text", "published", "language", "genre"});
        const std::string text = f.string("text");
        const auto published = f.date("published");
        const auto requested = f.optional_string("language");
        const LanguageData* language = requested && *requested == "auto" ? nullptr : f.language("language");
        const Genre genre = genre_field(f, "genre");

        const SourceDocument doc = parse_document("request", text);
        // No language (or "auto"): as chronik tag, the TimeML xml:lang, else detected.
        if (!language) language = &choose_language("auto", doc.language, doc.text);
        TagOptions options = tag_options_for(doc, published, language);
        options.genre = genre;
        const TaggedText tagged = tag_text(doc.text, options);
        // The document as `chronik tag --format json` writes it.
        json documents = json::parse(to_json({{&doc, &tagged}}));
        return json_reply(documents.at("documents").at(0).dump(2) + "\n");
    });
}

Reply timeline_request(std::string_view body) {
    return answer([&] {
        const json request = parse_body(body);
        const Fields f(request, "");
        f.only({"articles", "options"});
        if (!f.has("articles") || !f.field("articles").is_array() || f.field("articles").empty())
            bad_request("articles: must be a non-empty array of {text, published?, name?, url?}");
        const json& articles = f.field("articles");

        BuildOptions options;
        if (f.has("options")) {
            const Fields o(f.field("options"), "options");
            o.only({"title", "language"});
            options.title = o.optional_string("title").value_or("");
            options.language = o.language("language");
        }

        struct Article {
            std::optional<std::string> name;
            std::optional<std::string> url;
        };
        std::vector<SourceDocument> docs;
        std::vector<Article> given;
        std::vector<ArticleInput> inputs;
        docs.reserve(articles.size());
        for (std::size_t i = 0; i < articles.size(); ++i) {
            const Fields a(articles[i], "articles[" + std::to_string(i) + "]");
            a.only({"text", "published", "name", "url"});
            const std::string text = a.string("text");
            Article article{a.optional_string("name"), a.optional_string("url")};
            if (article.url && !article.url->empty() && !valid_source_url(*article.url))
                bad_request(a.at("url") + ": '" + *article.url + "' is not an http(s) URL");
            const std::string source = article.name && !article.name->empty() ? *article.name : "article " + std::to_string(i + 1);
            try {
                docs.push_back(parse_document(source, text));
            } catch (const InputError& e) {
                bad_request(a.at("text") + ": " + e.what());
            }
            ArticleInput in{&docs.back(), a.date("published")};
            // Without options.language each article in its own, as chronik build --language auto.
            try {
                in.language = options.language ? options.language
                                               : &choose_language("auto", docs.back().language, docs.back().text);
            } catch (const InputError& e) {
                bad_request(a.at("text") + ": " + e.what());
            }
            inputs.push_back(in);
            given.push_back(std::move(article));
        }

        Timeline timeline = build_timeline(inputs, options);
        // What the request names an article wins over what the text suggests.
        if (timeline.sources.size() == given.size()) {
            for (std::size_t i = 0; i < given.size(); ++i) {
                if (given[i].name && !given[i].name->empty()) timeline.sources[i].name = *given[i].name;
                if (given[i].url) timeline.sources[i].url = *given[i].url;
            }
        }
        return json_reply(export_timeline(timeline, ExportFormat::json));
    });
}

Reply render_request(std::string_view body, const QueryParameters& query) {
    return answer([&] {
        std::optional<std::string> format_name;
        for (const auto& [name, value] : query)
            if (name == "format") format_name = value;
        if (!format_name)
            bad_request("format: missing (svg, pdf, png, ics, md, html, jsonfeed, timelinejs, timeml or json)");
        const std::optional<render::Format> graphic_format = render::parse_format(*format_name);
        const std::optional<ExportFormat> text_format =
            graphic_format ? std::nullopt : format_from_name(*format_name);
        if (!text_format && !graphic_format)
            bad_request("format: '" + *format_name + "' is not one of svg, pdf, png, ics, md, html, jsonfeed, timelinejs, timeml, json");
        const render::RenderOptions options = graphic_options(query);
        const Timeline timeline = read_timeline_json(body);

        Reply r;
        Delivery d{};
        if (graphic_format) {
            r.body = render::render_timeline(timeline, options, *graphic_format);
            d = delivery(*graphic_format);
        } else {
            const ExportFormat format = text_format.value_or(ExportFormat::json);
            ExportReport report;
            r.body = export_timeline(timeline, format, &report);
            r.headers.emplace_back("X-Chronik-Events-Left-Out", std::to_string(report.left_out.size()));
            d = delivery(format);
        }
        r.content_type = d.content_type;
        r.filename = d.filename;
        return r;
    });
}

}  // namespace chronik::serve
