#include <chronik/document.hpp>

#include "json_parts.hpp"

#include <nlohmann/json.hpp>

namespace chronik {

namespace {

using json = nlohmann::ordered_json;

using json_parts::day_or_null;

json expression_json(const Expression& x, std::string_view text, text::CharCounter& chars) {
    json j;
    const std::size_t phrase_char = chars.at(x.phrase_begin);
    const std::size_t begin_char = chars.at(x.begin);
    const std::size_t end_char = chars.at(x.end);
    j["text"] = std::string(text.substr(x.phrase_begin, x.end - x.phrase_begin));
    j["start"] = x.phrase_begin;
    j["end"] = x.end;
    j["char_start"] = phrase_char;
    j["char_end"] = end_char;
    j["type"] = std::string(to_string(x.type));
    j["value"] = timex3(x.value);
    j["mod"] = x.mod == Mod::none ? json(nullptr) : json(std::string(to_string(x.mod)));
    j["granularity"] = x.granularity ? json(std::string(to_string(*x.granularity))) : json(nullptr);
    j["earliest"] = day_or_null(x.earliest);
    j["latest"] = day_or_null(x.latest);
    j["rule"] = std::string(x.rule);
    // The TIMEX3 extent, as in the TimeML output: without a leading preposition.
    j["timex_text"] = std::string(text.substr(x.begin, x.end - x.begin));
    j["timex_start"] = x.begin;
    j["timex_char_start"] = begin_char;
    if (const auto* r = std::get_if<Recurrence>(&x.value)) {
        if (!r->freq().empty()) j["freq"] = r->freq();
        if (!r->quant().empty()) j["quant"] = r->quant();
    }
    return j;
}

}  // namespace

std::string to_json(const std::vector<TaggedDocument>& documents) {
    json root;
    root["documents"] = json::array();
    for (const TaggedDocument& d : documents) {
        json doc;
        doc["source"] = d.document->source;
        doc["published"] = d.tagged->published ? json(iso_date(*d.tagged->published)) : json(nullptr);
        doc["published_from"] =
            d.tagged->published ? json(std::string(to_string(d.tagged->published_from))) : json(nullptr);
        doc["format"] = d.document->timeml ? "timeml" : "text";
        doc["language"] = std::string(d.tagged->language);
        json list = json::array();
        text::CharCounter chars(d.document->text);
        for (const Expression& x : d.tagged->expressions) list.push_back(expression_json(x, d.document->text, chars));
        doc["expressions"] = std::move(list);
        root["documents"].push_back(std::move(doc));
    }
    return root.dump(2) + "\n";
}

}  // namespace chronik
