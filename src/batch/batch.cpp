#include <chronik/batch.hpp>

#include <chronik/export.hpp>
#include <chronik/grammar.hpp>
#include <chronik/language.hpp>
#include <chronik/resolve.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace chronik {

namespace {

using json = nlohmann::ordered_json;

std::string line_name(std::uint64_t line_number) { return "line " + std::to_string(line_number); }

const std::string* string_field(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return nullptr;
    if (!it->is_string()) throw InputError(std::string("\"") + key + "\" is not a string");
    return it->get_ptr<const std::string*>();
}

}  // namespace

bool blank_line(std::string_view line) {
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

const LanguageData* batch_language(std::string_view language) {
    if (language == "auto") return nullptr;
    if (const LanguageData* l = find_language(language)) return l;
    throw InputError("language \"" + std::string(language) + "\" is not known (known: auto, " + language_codes() + ")");
}

Genre batch_genre(std::string_view genre) {
    if (const auto g = genre_named(genre)) return *g;
    throw InputError("genre \"" + std::string(genre) + "\" is not known (known: news, narrative)");
}

BatchArticle read_batch_article(std::string_view line, std::uint64_t line_number, std::string* id_json) {
    json object;
    try {
        object = json::parse(line.begin(), line.end());
    } catch (const json::parse_error& e) {
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at ..."
        std::string what = e.what();
        if (const auto at = what.find("] "); at != std::string::npos) what.erase(0, at + 2);
        throw InputError("not JSON: " + what);
    }
    if (!object.is_object()) throw InputError("not a JSON object");
    BatchArticle article;
    if (const auto it = object.find("id"); it != object.end()) {
        if (!it->is_string() && !it->is_number_integer() && !it->is_number_unsigned())
            throw InputError("\"id\" is neither a string nor an integer");
        article.id_json = it->dump(-1, ' ', false, json::error_handler_t::strict);
        if (id_json) *id_json = article.id_json;
    }
    const std::string* text = string_field(object, "text");
    if (!text) throw InputError("\"text\" is missing");
    if (const std::string* published = string_field(object, "published")) {
        article.published = parse_iso_date(*published);
        if (!article.published)
            throw InputError("\"published\" " + *published + " is not a calendar date (expected YYYY-MM-DD, e.g. 2025-07-13)");
    }
    const LanguageData* requested = nullptr;
    if (const std::string* language = string_field(object, "language")) requested = batch_language(*language);
    if (const std::string* genre = string_field(object, "genre")) article.genre = batch_genre(*genre);
    if (const std::string* name = string_field(object, "name")) article.name = *name;
    if (const std::string* url = string_field(object, "url")) {
        // As chronik build --source: a link in every export, so http(s) only.
        if (!url->empty() && !valid_source_url(*url))
            throw InputError("\"url\" '" + *url + "' is not an http(s) URL");
        article.url = *url;
    }
    std::string source = article.name;
    if (source.empty()) {
        if (const auto it = object.find("id"); it != object.end())
            source = it->is_string() ? it->get<std::string>() : article.id_json;
        else source = line_name(line_number);
    }
    article.document = parse_document(std::move(source), *text);
    article.language = requested ? requested
                                 : &choose_language("auto", article.document.language, article.document.text);
    return article;
}

namespace {

// The tagger's own JSON writer, so that the fields are those of chronik tag.
json document_json(const SourceDocument& document, const TaggedText& tagged) {
    json all = json::parse(to_json({{&document, &tagged}}));
    return std::move(all["documents"][0]);
}

}  // namespace

std::string tagged_document_json(const SourceDocument& document, const TaggedText& tagged) {
    return document_json(document, tagged).dump();
}

BatchRecord tag_batch_line(std::string_view line, std::uint64_t line_number) {
    std::string id_json;
    try {
        const BatchArticle article = read_batch_article(line, line_number, &id_json);
        TagOptions options = tag_options_for(article.document, article.published, article.language);
        options.genre = article.genre.value_or(Genre::news);
        const TaggedText tagged = tag_text(article.document.text, options);
        json document = document_json(article.document, tagged);
        json record;
        record["id"] = id_json.empty() ? json(nullptr) : json::parse(id_json);
        record["published"] = std::move(document["published"]);
        record["published_from"] = std::move(document["published_from"]);
        record["language"] = std::string(article.language->code);
        record["expressions"] = std::move(document["expressions"]);
        return {record.dump(), false};
    } catch (const std::exception& e) {
        // InputError, MissingPublicationDate: the CLI's messages; anything
        // else is reported on the record too, so that a run goes on.
        json record;
        if (!id_json.empty()) record["id"] = json::parse(id_json);
        record["line"] = line_number;
        record["error"] = e.what();
        return {record.dump(-1, ' ', false, json::error_handler_t::replace), true};
    }
}

Timeline build_timeline(const std::vector<BatchArticle>& articles, const BuildOptions& options) {
    std::vector<ArticleInput> inputs;
    inputs.reserve(articles.size());
    BuildOptions chosen = options;
    std::optional<Genre> genre;
    for (const BatchArticle& a : articles) {
        ArticleInput in{&a.document, a.published};
        in.source_name = a.name;
        in.source_url = a.url;
        in.language = a.language;
        inputs.push_back(std::move(in));
        if (!a.genre) continue;
        if (genre && *genre != *a.genre)
            throw InputError("the articles name two genres; one timeline is built in one genre");
        genre = a.genre;
    }
    if (genre) chosen.genre = *genre;
    return build_timeline(inputs, chosen);
}

}  // namespace chronik
