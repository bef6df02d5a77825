// libFuzzer target: several articles built into one timeline. The input is
// split at form feeds into up to six articles (plain text or TimeML); the
// first bytes choose the genre, the language, each article's publication
// date and source, and the export options. Bad articles are refused with
// InputError or MissingPublicationDate; otherwise the timeline is written
// in every format, its JSON reads back to the same bytes, and its TimeML is
// well-formed XML.
#include "fuzz_common.hpp"

#include <chronik/build.hpp>
#include <chronik/document.hpp>
#include <chronik/grammar.hpp>

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Choices c{std::string_view(reinterpret_cast<const char*>(data), size)};
    chronik::BuildOptions options;
    const std::uint8_t g = c.next();
    options.genre = g & 1 ? chronik::Genre::narrative : chronik::Genre::news;
    options.language = chronik::find_language(g & 2 ? "en" : "de");
    if (g & 4) options.title = "Titel";
    const chronik::ExportOptions export_options = fuzz::export_options(c);

    std::vector<std::string> texts;
    std::string_view rest = c.data;
    while (texts.size() < 6) {
        const std::size_t cut = rest.find('\f');
        texts.emplace_back(rest.substr(0, cut));
        if (cut == std::string_view::npos) break;
        rest.remove_prefix(cut + 1);
    }
    std::vector<chronik::SourceDocument> docs;
    docs.reserve(texts.size());
    std::vector<chronik::ArticleInput> articles;
    try {
        for (std::size_t i = 0; i < texts.size(); ++i) {
            docs.push_back(chronik::parse_document("a" + std::to_string(i) + ".txt", texts[i]));
            chronik::ArticleInput a;
            a.document = &docs.back();
            const std::uint8_t d = static_cast<std::uint8_t>(i < 8 ? (g >> 3) + i * 37 : 0);
            if (d % 5 != 0) a.published = date::year{2000 + d % 30} / date::month{unsigned(1 + d % 12)} / date::day{unsigned(1 + d % 28)};
            if (d % 3 == 0) a.source_name = "Quelle " + std::to_string(i % 2);
            if (d % 7 == 0) a.source_url = "https://example.org/" + std::to_string(i);
            articles.push_back(a);
        }
        const chronik::Timeline t = chronik::build_timeline(articles, options);
        for (const chronik::ExportFormat f :
             {chronik::ExportFormat::ics, chronik::ExportFormat::jsonfeed, chronik::ExportFormat::timelinejs,
              chronik::ExportFormat::markdown, chronik::ExportFormat::html})
            (void)chronik::export_timeline(t, f, export_options);
        const std::string json = chronik::export_timeline(t, chronik::ExportFormat::json);
        fuzz::require(chronik::export_timeline(chronik::read_timeline_json(json), chronik::ExportFormat::json) == json,
                      "the timeline JSON does not read back to the same bytes");
        fuzz::require(fuzz::parse_xml(chronik::export_timeline(t, chronik::ExportFormat::timeml)) != nullptr,
                      "the timeline's TimeML is not well-formed");
    } catch (const chronik::InputError&) {
    } catch (const chronik::MissingPublicationDate&) {
    }
    return 0;
}
