#include <chronik/build.hpp>
#include <chronik/events.hpp>
#include <chronik/extract.hpp>
#include <chronik/graph.hpp>
#include <chronik/locale.hpp>
#include <chronik/text.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>
#include <filesystem>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace chronik {

namespace {

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool letter_byte(char c) { return ascii_upper(c) || ascii_lower(c) || static_cast<unsigned char>(c) >= 0x80; }

std::string_view trim(std::string_view s, std::string_view chars = " \t\r\n") {
    while (!s.empty() && chars.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
    while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
    return s;
}

// A news dateline's place and agency at the start of a text: "Bozen (lu). ",
// "FELDTHURNS. ", "ROM (APA). ", "Meran/Hafling (vvm). ", "St. Michael/Eppan . ".
// Up to four capitalised words of three or more letters (or "St."), joined
// by spaces, '/' or '-', an optional agency in parentheses, then '.', ':'
// or a dash and a space. Returns the length to skip, 0 for none ("Es geschah
// am …" and "Grund allen Übels …" are sentences, not datelines).
std::size_t dateline_place_length(std::string_view s) {
    std::size_t i = 0, words = 0;
    while (words < 4) {
        if (s.substr(i, 4) == "St. ") {
            i += 4;  // the rest of the name follows ("St. Lorenzen")
            ++words;
            continue;
        } else {
            if (i >= s.size() || !(ascii_upper(s[i]) || static_cast<unsigned char>(s[i]) >= 0xC0)) break;
            std::size_t end = i;
            while (end < s.size() && (letter_byte(s[end]))) ++end;
            if (end - i < 3) return 0;
            i = end;
        }
        ++words;
        if (i < s.size() && (s[i] == '/' || s[i] == '-') && i + 1 < s.size() && ascii_upper(s[i + 1])) {
            ++i;
            continue;
        }
        std::size_t k = i;
        while (k < s.size() && s[k] == ' ') ++k;
        if (k < s.size() && k == i + 1 && (ascii_upper(s[k]) || static_cast<unsigned char>(s[k]) >= 0xC0)) {
            i = k;  // another word of the place ("Las Palmas"); the run must still end in a terminator
            continue;
        }
        break;
    }
    if (words == 0) return 0;
    while (i < s.size() && s[i] == ' ') ++i;
    if (i < s.size() && s[i] == '(') {
        const std::size_t close = s.find(')', i);
        if (close == std::string_view::npos || close - i > 24) return 0;
        i = close + 1;
        while (i < s.size() && s[i] == ' ') ++i;
    }
    if (i >= s.size()) return 0;
    if (s[i] == '.' || s[i] == ':') {
        ++i;
    } else if (s.substr(i, 3) == "\u2013" || s[i] == '-') {
        i += s[i] == '-' ? 1 : 3;
    } else {
        return 0;
    }
    if (i >= s.size() || (s[i] != ' ' && s[i] != '\n')) return 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
    return i;
}

// The text of a TimeML element outside TEXT (DOCID, TITLE, as the XML
// parser read it), on one line; "" for none.
std::string timeml_element(const std::string& element) {
    std::string text = element;
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return std::string(trim(text));
}

// A publication named on the dateline's line ("Epoch Times13. Juli 2025"):
// not a place ("BERLIN, 13.07.2025", "Bozen, am …") and not an agency in
// parentheses ("(dpa)").
std::string dateline_publication(const SourceDocument& doc, const TaggedText& tagged) {
    if (!tagged.dateline_begin) return {};
    const std::string_view text = doc.text;
    std::size_t line = text.rfind('\n', *tagged.dateline_begin);
    line = line == std::string_view::npos ? 0 : line + 1;
    std::string_view before = trim(text.substr(line, *tagged.dateline_begin - line), " \t");
    if (before.ends_with(",")) return {};  // "BERLIN, 13.07.2025": the place
    before = trim(before, " \t,;:-|/");
    if (before.ends_with(")")) {
        const std::size_t open = before.rfind('(');
        if (open == std::string_view::npos) return {};
        before = trim(before.substr(0, open), " \t,;:-|/");
    }
    if (before.ends_with("\u2013")) before = trim(before.substr(0, before.size() - 3), " \t");
    const bool has_letter = std::any_of(before.begin(), before.end(), letter_byte);
    const bool has_lower = std::any_of(before.begin(), before.end(), ascii_lower);
    if (!has_letter || !has_lower || before.size() > 60) return {};  // "BERLIN": the place
    return std::string(before);
}

// At most `most` characters. A longer text is cut where a reader would
// stop: before a colon that ends a first part of its own ("Der Verein steht
// unter neuer Leitung: Anlässlich …", no ellipsis), else after the last
// clause that fits (a comma, semicolon or dash), else after the last word
// that is not a short function word ("… der Südtiroler am" → "… der
// Südtiroler"), each with "…". Runs of spaces count as one.
std::string title_length(std::string s, std::size_t most = kMaxTitleChars) {
    s = text::collapse_spaces(s);
    if (text::prefix_bytes(s, most) == s.size()) return s;
    const std::size_t bytes = text::prefix_bytes(s, most - 1);
    auto strip = [](std::string& t) {
        while (!t.empty() && std::string_view(" ,;:-").find(t.back()) != std::string_view::npos) t.pop_back();
        if (t.ends_with("\u2013")) t.resize(t.size() - 3);
        while (!t.empty() && t.back() == ' ') t.pop_back();
    };
    if (const std::size_t colon = s.rfind(": ", bytes); colon != std::string::npos && colon >= bytes / 3) {
        s.resize(colon);
        strip(s);
        return s;
    }
    std::size_t clause = std::string::npos;
    for (const std::string_view mark : {", ", "; ", " - ", " \u2013 "}) {
        const std::size_t at = s.rfind(mark, bytes);
        if (at != std::string::npos && at >= bytes / 2 && (clause == std::string::npos || at > clause)) clause = at;
    }
    if (clause != std::string::npos) {
        s.resize(clause);
    } else {
        std::size_t space = s.rfind(' ', bytes);
        if (space == std::string::npos || space < bytes / 2) space = bytes;
        s.resize(space);
    }
    // A cut after an article, preposition or number leaves the phrase open
    // ("… und am 11."): end at the word before it (a lower-case word of three
    // letters or less, or a number).
    for (int dropped = 0; dropped < 3; ++dropped) {
        const std::size_t last = s.rfind(' ');
        if (last == std::string::npos || last < bytes / 2) break;
        const std::string_view word = std::string_view(s).substr(last + 1);
        const bool number = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == '.';
        });
        const bool short_lower = !word.empty() && ascii_lower(word.front()) && text::prefix_bytes(word, 3) == word.size() &&
                                 std::all_of(word.begin(), word.end(),
                                             [](char c) { return ascii_lower(c) || static_cast<unsigned char>(c) >= 0x80; });
        if (!number && !short_lower) break;
        s.resize(last);
    }
    strip(s);
    return s + "\u2026";
}

// A title that opens a quotation its sentence does not close (the first
// sentence of a quote several sentences long) gets the closing mark:
// '"In jedem Film sterben die Männer schnell' → '… schnell"'.
std::string close_open_quote(std::string s) {
    static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
        {"\"", "\""}, {"\u201E", "\u201C"}, {"\u00BB", "\u00AB"}, {"\u00AB", "\u00BB"}, {"\u201C", "\u201D"}};
    for (const auto& [open, close] : kPairs) {
        if (!s.starts_with(open)) continue;
        std::size_t closes = 0;
        for (std::size_t at = s.find(close, open.size()); at != std::string::npos; at = s.find(close, at + close.size()))
            ++closes;
        // A symmetric mark ('"') opens and closes: closed when it occurs an even number of times.
        const bool closed = open == close ? (closes + 1) % 2 == 0 : closes > 0;
        if (!closed) s += close;
        break;
    }
    return s;
}

// The article's title: see BuildOptions::title.
std::string article_title(const SourceDocument& doc, const LanguageData& language) {
    if (std::string title = timeml_element(doc.title); !title.empty()) return title_length(std::move(title));
    std::string_view text = trim(doc.text);
    std::string_view line = trim(text.substr(0, text.find('\n')));
    if (line.empty()) return {};
    if (line.size() <= 160 && line.back() != '.') return std::string(line);  // a headline line
    // A text without a headline (as news agencies and TimeML corpora give
    // them): the first sentence, after the dateline.
    line.remove_prefix(dateline_place_length(line));
    const auto sentences = text::split_sentences(line, grammar_for(language).sentence_rules());
    if (sentences.empty()) return {};
    std::string_view first = trim(line.substr(sentences.front().begin, sentences.front().end - sentences.front().begin));
    if (first.ends_with(".")) first.remove_suffix(1);
    return close_open_quote(title_length(std::string(first)));
}

// A DOCID readers can take for a name: words ("Dolomiten 2014-02-18",
// "Reuters"), not a catalogue number or a file name ("1004479_text",
// "wsj_0136", "APW19980219.0476", "637493_text.txt.xml").
bool readable_docid(std::string_view docid) {
    if (docid.find(' ') != std::string_view::npos) return std::any_of(docid.begin(), docid.end(), letter_byte);
    return !docid.empty() && std::all_of(docid.begin(), docid.end(), [](char c) { return letter_byte(c) || c == '-'; });
}

// Credits name a source in a few words: a title as a source name is cut.
constexpr std::size_t kMaxSourceChars = 60;

// The name a source goes by when none is given: see ArticleInput::source_name.
std::string source_name(const SourceDocument& doc, const TaggedText& tagged, const LanguageData& language) {
    const std::string docid = timeml_element(doc.docid);
    if (readable_docid(docid)) return docid;
    if (std::string name = dateline_publication(doc, tagged); !name.empty()) return name;
    // A TimeML document's file name and identifier are catalogue numbers: its title tells readers which article it is.
    if (!docid.empty() || !timeml_element(doc.title).empty())
        if (std::string title = article_title(doc, language); !title.empty()) return close_open_quote(title_length(std::move(title), kMaxSourceChars));
    if (doc.source == "-") return "stdin";
    return std::filesystem::path(doc.source).stem().string();
}

// The title of a merge of several articles: "Chronik: 3 Artikel,
// 18.02.2014–21.08.2014" from the locale's pattern and the sources'
// publication days (one day: that day; none: the count alone). No topic is
// guessed from the articles' words: `--title` names it.
std::string merged_title(const Timeline& tl) {
    const Locale& loc = locale_for(tl.language);
    std::string out(loc.merged_title);
    if (const auto at = out.find("{n}"); at != std::string::npos) out.replace(at, 3, std::to_string(tl.sources.size()));
    std::optional<date::sys_days> first, last;
    for (const Source& s : tl.sources) {
        if (!s.published.ok()) continue;
        const date::sys_days d{s.published};
        if (!first || d < *first) first = d;
        if (!last || d > *last) last = d;
    }
    if (first) {
        out += ", " + format_source_date(date::year_month_day{*first}, loc);
        if (*last != *first) out += "\u2013" + format_source_date(date::year_month_day{*last}, loc);
    }
    return out;
}

// Near-duplicates: the same time, and headlines that share most words
// (word_overlap ≥ 0.6). The search is blocked: events are filed by their
// time, and within a time by each of their headline's stems, so a new event
// is compared only with earlier events of the same time that share a stem
// (an overlap ≥ 0.6 needs one) — the earliest such near-duplicate, as a scan
// of every earlier event would find.
constexpr double kSameHeadline = 0.6;

struct WhenHash {
    std::size_t operator()(const EventTime& t) const {
        auto mix = [](std::size_t h, std::int64_t v) { return (h ^ std::size_t(v)) * 0x100000001b3ULL; };
        std::size_t h = 0xcbf29ce484222325ULL;
        h = mix(h, static_cast<int>(t.kind));
        h = mix(h, static_cast<int>(t.mod));
        h = mix(h, t.earliest ? t.earliest->time_since_epoch().count() : INT64_MIN);
        h = mix(h, t.latest ? t.latest->time_since_epoch().count() : INT64_MIN);
        h = mix(h, t.minute_of_day.value_or(-1));
        return h;
    }
};

// Earlier events by time and stem, for one language's stems (the article's
// language decides how both headlines are read).
class TwinIndex {
public:
    explicit TwinIndex(const LanguageData& language) : language_(language) {}

    // File events [indexed, upto): the events of articles before this one.
    void catch_up(const std::vector<Event>& events, std::size_t upto) {
        for (; indexed_ < upto; ++indexed_) {
            const Event& e = events[indexed_];
            stems_.push_back(e.when.kind == TimeKind::undated ? std::vector<std::string>{}
                                                               : content_stems(e.headline, language_));
            if (stems_.back().empty()) continue;  // overlaps nothing
            auto& by_stem = by_time_[e.when];
            for (const auto& stem : stems_.back()) by_stem[stem].push_back(indexed_);
        }
    }

    // The earliest filed event that is a near-duplicate of `e`, or nullopt.
    std::optional<std::size_t> twin(const Event& e) {
        if (e.when.kind == TimeKind::undated) return std::nullopt;
        const auto time = by_time_.find(e.when);
        if (time == by_time_.end()) return std::nullopt;
        const auto stems = content_stems(e.headline, language_);
        candidates_.clear();
        for (const auto& stem : stems)
            if (const auto it = time->second.find(stem); it != time->second.end())
                candidates_.insert(candidates_.end(), it->second.begin(), it->second.end());
        std::sort(candidates_.begin(), candidates_.end());
        candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
        for (const std::size_t c : candidates_)
            if (stem_overlap(stems_[c], stems) >= kSameHeadline) return c;
        return std::nullopt;
    }

private:
    const LanguageData& language_;
    std::size_t indexed_ = 0;
    std::vector<std::vector<std::string>> stems_;
    std::unordered_map<EventTime, std::unordered_map<std::string, std::vector<std::size_t>>, WhenHash> by_time_;
    std::vector<std::size_t> candidates_;
};

// events[order[0]], events[order[1]], …: in place when `order` is a
// permutation of all of them (as order_events gives), so that the events
// are never held twice.
std::vector<Event> in_order(std::vector<Event> events, const std::vector<std::size_t>& order) {
    if (order.size() != events.size()) {
        std::vector<Event> out(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) out[i] = std::move(events[order[i]]);
        return out;
    }
    std::vector<bool> placed(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (placed[i]) continue;
        // The cycle through i: each place takes the event `order` names for it.
        Event first = std::move(events[i]);
        for (std::size_t j = i;;) {
            placed[j] = true;
            const std::size_t from = order[j];
            if (from == i) {
                events[j] = std::move(first);
                break;
            }
            events[j] = std::move(events[from]);
            j = from;
        }
    }
    return events;
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
    std::string first_title;  // the title of a timeline of one article

    timeline.time_zone = options.time_zone;

    std::vector<Event> events;
    std::vector<std::uint64_t> positions;
    std::vector<Link> links;
    // The texts read so far, by hash: an article given twice is read once.
    std::unordered_multimap<std::size_t, const SourceDocument*> read;
    std::unordered_map<const LanguageData*, TwinIndex> twins;  // by the language that reads the headlines
    for (std::size_t a = 0; a < articles.size(); ++a) {
        const SourceDocument& doc = *articles[a].document;
        const std::size_t hash = std::hash<std::string_view>{}(doc.text);
        const auto [same, end] = read.equal_range(hash);
        const auto twin = std::find_if(same, end, [&](const auto& r) { return r.second->text == doc.text; });
        if (twin != end) {
            timeline.notes.push_back(doc.source + " is the same article as " + twin->second->source + ": read once");
            continue;
        }
        read.emplace(hash, &doc);
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
        source.id = std::string("s").append(std::to_string(timeline.sources.size() + 1));
        source.name = articles[a].source_name.empty() ? source_name(doc, tagged, language) : articles[a].source_name;
        source.url = articles[a].source_url;
        source.path = doc.source;
        // A narrative may have none: not a calendar day, written as null.
        source.published = tagged.published.value_or(date::year{0} / 0 / 0);
        source.language = std::string(language.code);
        timeline.sources.push_back(source);
        if (timeline.sources.size() == 1) first_title = article_title(doc, language);

        ArticleEvents found = extract_events(doc.text, tagged, timeline.sources.size() - 1, language);
        tagged = TaggedText{};  // its tokens are the article's largest part: gone before the events grow
        // Where each of the article's events goes: a new place, or the
        // near-duplicate from an earlier article that keeps every source.
        const std::size_t earlier = events.size();
        std::vector<std::size_t> place_of(found.events.size());
        for (std::size_t k = 0; k < found.events.size(); ++k) {
            Event& e = found.events[k];
            auto& index = twins.try_emplace(&language, language).first->second;
            index.catch_up(events, earlier);
            if (const auto found_twin = index.twin(e)) {
                const std::size_t twin = *found_twin;
                for (auto& m : e.mentions) events[twin].mentions.push_back(std::move(m));
                events[twin].salience = std::max(events[twin].salience, e.salience);
                place_of[k] = twin;
                continue;
            }
            place_of[k] = events.size();
            if (events.size() == events.capacity())  // no more than the article needs, and doubling
                events.reserve(std::max(2 * events.capacity(), events.size() + found.events.size() - k));
            positions.push_back((std::uint64_t(timeline.sources.size() - 1) << 40) + e.mentions.front().sentence_begin);
            events.push_back(std::move(e));
        }
        for (const Link& l : found.links)
            if (place_of[l.from] != place_of[l.to])
                links.push_back(Link{place_of[l.from], place_of[l.to], l.order, l.from_cue});
    }

    if (timeline.title.empty()) timeline.title = timeline.sources.size() > 1 ? merged_title(timeline) : first_title;

    weigh_salience(events);
    Ordering ordering = order_events(events, positions, links);
    std::vector<std::size_t> place(events.size());
    for (std::size_t i = 0; i < ordering.order.size(); ++i) place[ordering.order[i]] = i;
    timeline.events = in_order(std::move(events), ordering.order);
    for (const Link& l : ordering.links) timeline.links.push_back(Link{place[l.from], place[l.to], l.order, l.from_cue});
    std::sort(timeline.links.begin(), timeline.links.end(),
              [](const Link& a, const Link& b) { return std::tie(a.from, a.to) < std::tie(b.from, b.to); });
    timeline.notes.insert(timeline.notes.end(), ordering.notes.begin(), ordering.notes.end());

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
