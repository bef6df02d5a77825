// TimeML 1.2.1 of the timeline. TEXT holds each event's sentence (its first
// mention; the headline when it has none), one per line in timeline order,
// with inline TIMEX3 tags at its anchors and an EVENT tag on one word. The
// text between the tags is the sentence, XML-escaped, byte for byte.
//
// - The event's date is the TIMEX3 of the anchor whose value equals
//   EventTime::timex3() (with the event's mod); when no anchor has it, an
//   empty (non-consuming) TIMEX3 at the start of the sentence carries it.
//   A TLINK IS_INCLUDED ties the event to it; undated events have none.
// - chronik has no part-of-speech tags: the EVENT tag goes on the last word
//   of the sentence outside the date expressions — in German the participle
//   of a perfect tense ("getroffen", "gestartet") often stands there. The
//   MAKEINSTANCE says so: tense and aspect NONE, pos OTHER.
// - Links map to TLINK relTypes: before → BEFORE, includes → INCLUDES,
//   simultaneous → SIMULTANEOUS, overlaps → SIMULTANEOUS. TimeML 1.2.1 has
//   no partial-overlap relation; SIMULTANEOUS, which the guidelines also use
//   for events the text does not tell apart in time, is the closest (DURING
//   and IS_INCLUDED would claim containment). origin says "cue" or "dates".
// - DCT: the publication date of the first source.
#include "support.hpp"
#include "../io/timeml_parts.hpp"

#include <chronik/document.hpp>
#include <chronik/text.hpp>

#include <algorithm>

namespace chronik::exporting {

namespace {

// A tag to put around text[begin, end) of a sentence; begin == end: an empty tag.
struct Tag {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string open;  // "<TIMEX3 ...", without the closing ">" or "/>"
    std::string name;  // "TIMEX3", "EVENT"
};

std::string_view relation(Order o) {
    switch (o) {
        case Order::before: return "BEFORE";
        case Order::includes: return "INCLUDES";
        case Order::simultaneous: return "SIMULTANEOUS";
        case Order::overlaps: return "SIMULTANEOUS";
    }
    return "SIMULTANEOUS";
}

// TIMEX3 type from the form of a value: P3D, PT2H, PXY are durations (not
// PAST_REF, PRESENT_REF), a value with a time of day is a TIME.
std::string_view timex_type(std::string_view value) {
    if (value.size() > 1 && value[0] == 'P' && ((value[1] >= '0' && value[1] <= '9') || value[1] == 'T' || value[1] == 'X'))
        return "DURATION";
    const auto t = value.find('T');
    if (t != std::string_view::npos && t + 1 < value.size() && value[t + 1] >= '0' && value[t + 1] <= '9') return "TIME";
    return "DATE";
}

std::string timex_open(std::size_t tid, std::string_view value, Mod mod) {
    return timeml::timex_open(tid, timex_type(value), valid_utf8(value), mod);
}

// Where an anchor stands in its sentence: by its offsets when they hold its
// text, else by its first occurrence; nullopt when the sentence lacks it.
std::optional<std::size_t> anchor_begin(std::string_view sentence, const EventMention& m, const TimeAnchor& a) {
    if (a.text.empty()) return std::nullopt;
    if (a.begin >= m.sentence_begin && a.end <= m.sentence_end && a.end - a.begin == a.text.size()) {
        // Offsets come from the timeline file and need not fit its sentence text.
        const std::size_t at = a.begin - m.sentence_begin;
        if (at <= sentence.size() && sentence.substr(at, a.text.size()) == a.text) return at;
    }
    const std::size_t at = sentence.find(a.text);
    if (at == std::string::npos) return std::nullopt;
    return at;
}

bool word_char(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    // Latin-1 letters on; General Punctuation (quotes, dashes) and CJK punctuation off.
    return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x3000 && c <= 0x303F);
}

// The last word of the sentence that no tag covers: [begin, end), or nullopt.
std::optional<std::pair<std::size_t, std::size_t>> event_word(std::string_view s, const std::vector<Tag>& tags) {
    std::optional<std::pair<std::size_t, std::size_t>> last;
    constexpr std::size_t kNone = std::string_view::npos;
    std::size_t start = kNone;  // of the word being read
    auto close = [&](std::size_t end) {
        if (start == kNone) return;
        const bool covered = std::any_of(tags.begin(), tags.end(), [&](const Tag& t) {
            return t.begin < t.end && start < t.end && t.begin < end;
        });
        if (!covered) last = std::pair{start, end};
        start = kNone;
    };
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        if (!word_char(text::decode(s, i)))
            close(at);
        else if (start == kNone)
            start = at;
    }
    close(s.size());
    return last;
}

}  // namespace

std::string write_timeml(const Timeline& t) {
    std::optional<date::year_month_day> dct;
    if (!t.sources.empty() && t.sources.front().published.ok()) dct = t.sources.front().published;
    std::string out = timeml::head(title_of(t), dct);
    std::size_t next_tid = 1;
    std::vector<std::string> event_links;  // event → its date
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        static const EventMention kNoMention;
        const EventMention& m = e.mentions.empty() ? kNoMention : e.mentions.front();
        // Repaired first: the word scan decodes UTF-8, and XML must be well-formed.
        const std::string sentence = valid_utf8(event_text(e));
        const std::string value = e.when.timex3();

        std::vector<Tag> tags;
        std::optional<std::size_t> date_tid;
        if (!m.sentence.empty()) {
            for (const TimeAnchor& a : m.anchors) {
                const auto begin = anchor_begin(sentence, m, a);
                if (!begin) continue;
                const std::size_t end = *begin + a.text.size();
                const bool overlaps = std::any_of(tags.begin(), tags.end(),
                                                  [&](const Tag& x) { return *begin < x.end && x.begin < end; });
                if (overlaps) continue;
                const bool dates_event = !date_tid && !value.empty() && a.value == value;
                if (dates_event) date_tid = next_tid;
                tags.push_back({*begin, end, timex_open(next_tid++, a.value, dates_event ? e.when.mod : Mod::none), "TIMEX3"});
            }
        }
        if (!date_tid && !value.empty()) {
            date_tid = next_tid;
            tags.push_back({0, 0, timex_open(next_tid++, value, e.when.mod), "TIMEX3"});
        }
        // Built by appending: GCC 12 warns (-Wrestrict) on a literal + temporary string here.
        std::string event_open = "<EVENT eid=\"e";
        event_open += std::to_string(i + 1);
        event_open += "\" class=\"OCCURRENCE\"";
        if (const auto word = event_word(sentence, tags))
            tags.push_back({word->first, word->second, event_open, "EVENT"});
        else
            tags.push_back({0, 0, event_open, "EVENT"});
        std::stable_sort(tags.begin(), tags.end(), [](const Tag& a, const Tag& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;  // an empty tag before the text at its place
        });

        if (i > 0) out += "\n";
        std::size_t pos = 0;
        for (const Tag& tag : tags) {
            out += xml_escape(std::string_view(sentence).substr(pos, tag.begin - pos));
            if (tag.begin == tag.end) {
                out += tag.open + "/>";
            } else {
                out += tag.open + ">" + xml_escape(std::string_view(sentence).substr(tag.begin, tag.end - tag.begin)) + "</" +
                       tag.name + ">";
            }
            pos = tag.end;
        }
        out += xml_escape(std::string_view(sentence).substr(pos));
        if (date_tid)
            event_links.push_back("relType=\"IS_INCLUDED\" eventInstanceID=\"ei" + std::to_string(i + 1) +
                                  "\" relatedToTime=\"t" + std::to_string(*date_tid) + "\" origin=\"dates\"");
    }
    out += "</TEXT>\n";
    for (std::size_t i = 0; i < t.events.size(); ++i)
        out += "<MAKEINSTANCE eiid=\"ei" + std::to_string(i + 1) + "\" eventID=\"e" + std::to_string(i + 1) +
               "\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\" pos=\"OTHER\"/>\n";
    for (const Link& k : t.links) {
        if (k.from >= t.events.size() || k.to >= t.events.size()) continue;
        event_links.push_back("relType=\"" + std::string(relation(k.order)) + "\" eventInstanceID=\"ei" +
                              std::to_string(k.from + 1) + "\" relatedToEventInstance=\"ei" + std::to_string(k.to + 1) +
                              "\" origin=\"" + (k.from_cue ? "cue" : "dates") + "\"");
    }
    for (std::size_t n = 0; n < event_links.size(); ++n)
        out += "<TLINK lid=\"l" + std::to_string(n + 1) + "\" " + event_links[n] + "/>\n";
    out += "</TimeML>\n";
    return out;
}

}  // namespace chronik::exporting
