#include <chronik/build.hpp>
#include <chronik/events.hpp>
#include <chronik/graph.hpp>

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <unordered_set>

namespace chronik {

namespace {

// A publication named on the dateline's line ("Epoch Times13. Juli 2025"),
// else the file's name.
std::string source_name(const SourceDocument& doc, const TaggedText& tagged) {
    if (tagged.dateline_begin) {
        const std::string_view text = doc.text;
        std::size_t line = text.rfind('\n', *tagged.dateline_begin);
        line = line == std::string_view::npos ? 0 : line + 1;
        std::string_view before = text.substr(line, *tagged.dateline_begin - line);
        while (!before.empty() && std::string_view(" \t,;:-–|/").find(before.back()) != std::string_view::npos)
            before.remove_suffix(1);
        while (!before.empty() && (before.front() == ' ' || before.front() == '\t')) before.remove_prefix(1);
        const bool has_letter = std::any_of(before.begin(), before.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0xC0;
        });
        if (has_letter && before.size() <= 60) return std::string(before);
    }
    if (doc.source == "-") return "stdin";
    return std::filesystem::path(doc.source).stem().string();
}

// The article's headline: its first line, when it reads like one.
std::string headline_line(const SourceDocument& doc) {
    std::string_view text = doc.text;
    while (!text.empty() && (text.front() == '\n' || text.front() == '\r' || text.front() == ' ')) text.remove_prefix(1);
    std::string_view line = text.substr(0, text.find('\n'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.size() > 160 || line.back() == '.') return {};
    return std::string(line);
}

// Near-duplicates: the same time, and headlines that share most words.
bool same_event(const Event& a, const Event& b, const LanguageData& language) {
    if (a.when.kind == TimeKind::undated || b.when.kind == TimeKind::undated) return false;
    if (!(a.when == b.when)) return false;
    return word_overlap(a.headline, b.headline, language) >= 0.6;
}

}  // namespace

Timeline build_timeline(const std::vector<ArticleInput>& articles, const BuildOptions& options) {
    const LanguageData& default_language = options.language ? *options.language : german();
    Timeline timeline;
    // The timeline speaks the language of its first article.
    const LanguageData& first_language =
        !articles.empty() && articles.front().language ? *articles.front().language : default_language;
    timeline.language = std::string(first_language.code);
    timeline.title = options.title;

    std::vector<Event> events;
    std::vector<std::uint64_t> positions;
    std::vector<Link> links;
    for (std::size_t a = 0; a < articles.size(); ++a) {
        const SourceDocument& doc = *articles[a].document;
        const LanguageData& language = articles[a].language ? *articles[a].language : default_language;
        TagOptions tag = tag_options_for(doc, articles[a].published, &language);
        tag.genre = options.genre;
        tag.keep_tokens = true;
        TaggedText tagged;
        try {
            tagged = tag_text(doc.text, tag);
        } catch (const MissingPublicationDate& e) {
            throw MissingPublicationDate(doc.source + ": " + e.what());
        }
        if (!tagged.published && tagged.sentences.empty()) continue;  // nothing in it
        Source source;
        source.id = std::string("s").append(std::to_string(a + 1));
        source.name = source_name(doc, tagged);
        source.path = doc.source;
        // A narrative may have none: not a calendar day, written as null.
        source.published = tagged.published.value_or(date::year{0} / 0 / 0);
        source.language = std::string(language.code);
        timeline.sources.push_back(source);
        if (timeline.title.empty()) timeline.title = headline_line(doc);

        ArticleEvents found = extract_events(doc.text, tagged, timeline.sources.size() - 1, language);
        // Where each of the article's events goes: a new place, or the
        // near-duplicate from an earlier article that keeps every source.
        const std::size_t earlier = events.size();
        std::vector<std::size_t> place_of(found.events.size());
        for (std::size_t k = 0; k < found.events.size(); ++k) {
            Event& e = found.events[k];
            std::size_t twin = 0;
            while (twin < earlier && !same_event(events[twin], e, language)) ++twin;
            if (twin < earlier) {
                for (auto& m : e.mentions) events[twin].mentions.push_back(std::move(m));
                place_of[k] = twin;
                continue;
            }
            place_of[k] = events.size();
            positions.push_back((std::uint64_t(timeline.sources.size() - 1) << 40) + e.mentions.front().sentence_begin);
            events.push_back(std::move(e));
        }
        for (const Link& l : found.links)
            if (place_of[l.from] != place_of[l.to])
                links.push_back(Link{place_of[l.from], place_of[l.to], l.order, l.from_cue});
    }

    Ordering ordering = order_events(events, positions, links);
    std::vector<std::size_t> place(events.size());
    for (std::size_t i = 0; i < ordering.order.size(); ++i) place[ordering.order[i]] = i;
    timeline.events.resize(ordering.order.size());
    for (std::size_t i = 0; i < ordering.order.size(); ++i) timeline.events[i] = std::move(events[ordering.order[i]]);
    for (const Link& l : ordering.links) timeline.links.push_back(Link{place[l.from], place[l.to], l.order, l.from_cue});
    std::sort(timeline.links.begin(), timeline.links.end(),
              [](const Link& a, const Link& b) { return std::tie(a.from, a.to) < std::tie(b.from, b.to); });
    timeline.notes = std::move(ordering.notes);

    // Ids are unique within a timeline (readers and feeds key on them). Two
    // articles can tell the same sentence at the same offset under the same
    // date; the later one in timeline order gets a suffix, so ids stay stable
    // from run to run.
    std::unordered_set<std::string> seen;
    for (Event& e : timeline.events) {
        if (seen.insert(e.id).second) continue;
        const std::string base = e.id;
        for (int n = 2;; ++n) {
            e.id = base + "-" + std::to_string(n);
            if (seen.insert(e.id).second) break;
        }
    }
    return timeline;
}

Timeline build_timeline(const SourceDocument& document, std::optional<date::year_month_day> published) {
    return build_timeline(std::vector<ArticleInput>{ArticleInput{&document, published}});
}

}  // namespace chronik
