#include "support.hpp"
#include "../calendar/digits.hpp"

#include <chronik/text.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace chronik::exporting {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Appends UTF-8 text, with line ends made LF and control characters replaced.
void append_clean(std::string_view s, std::string& out) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            out += kReplacement;
        } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
            out += kReplacement;  // C1 control U+0080..U+009F
            ++i;
        } else {
            out += char(c);
        }
    }
}

}  // namespace

std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    while (!s.empty()) {
        const auto bad = text::find_invalid_utf8(s);
        out.append(s.substr(0, bad.value_or(s.size())));
        if (!bad) break;
        out += kReplacement;
        s.remove_prefix(*bad + 1);
    }
    return out;
}

std::string clean_text(std::string_view s) {
    std::string out;
    append_clean(valid_utf8(s), out);
    return out;
}

std::string one_line(std::string_view s) { return text::collapse_spaces(clean_text(s)); }

std::string dump_json(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n"; }

json null_if_empty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string stable_key(const Timeline& t, const Event& e) {
    // FNV-1a, 64 bit: small, fixed by its definition, the same on every machine.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    auto mix = [&h](std::string_view part) {
        for (const char c : part) {
            h ^= static_cast<unsigned char>(c);
            h *= 0x100000001b3ULL;
        }
        h ^= 0xFF;  // a separator no UTF-8 text holds, so "ab"+"c" differs from "a"+"bc"
        h *= 0x100000001b3ULL;
    };
    mix(e.id);
    const Source* s = e.mentions.empty() ? nullptr : source_of(t, e.mentions.front());
    mix(s ? s->name : std::string());
    mix(s ? iso_date(s->published) : std::string());
    mix(event_text(e));
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return std::string("chronik-") + buf;
}

const Source* source_of(const Timeline& t, const EventMention& m) {
    return m.source < t.sources.size() ? &t.sources[m.source] : nullptr;
}

std::string_view event_text(const Event& e) {
    if (!e.mentions.empty() && !e.mentions.front().sentence.empty()) return e.mentions.front().sentence;
    return e.headline;
}

std::string reader_text(const Event& e) { return text::typographic_quotes(event_text(e)); }

std::string_view display_name(const Source& s) { return s.name.empty() ? s.path : s.name; }

std::string source_credit(const Source& s, const Locale& l) {
    const std::string name = one_line(display_name(s));
    if (!s.published.ok()) return name;
    return name + ", " + format_day(date::sys_days{s.published}, l, true);
}

std::vector<const Source*> sources_of(const Timeline& t, const Event& e) {
    std::vector<const Source*> sources;
    for (const EventMention& m : e.mentions) {
        const Source* s = source_of(t, m);
        if (s && std::find(sources.begin(), sources.end(), s) == sources.end()) sources.push_back(s);
    }
    return sources;
}

const Source* first_source(const Timeline& t, const Event& e) {
    return e.mentions.empty() ? nullptr : source_of(t, e.mentions.front());
}

std::string credit_markup(const std::vector<const Source*>& sources, const Locale& l, Escape escape, MakeLink link,
                          std::string_view title) {
    std::string list;
    for (const Source* s : sources) {
        if (!list.empty()) list += escape("; ");
        // A source that goes by the timeline's title is named by its day:
        // "Quelle: Artikel vom 13. März 2014", not the title again.
        const std::string day = s->published.ok() ? format_day(date::sys_days{s->published}, l, true) : std::string();
        const bool titled = !day.empty() && !s->name.empty() && names_title(s->name, title);
        const std::string name = escape(titled ? article_of(l, day) : one_line(display_name(*s)));
        list += link && valid_source_url(s->url) ? link(name, s->url) : name;
        if (!day.empty() && !titled) list += escape(", " + day);
    }
    if (list.empty()) return list;
    return escape(std::string(sources.size() == 1 ? l.source : l.sources) + ": ") + list;
}

namespace {
std::string as_is(std::string_view s) { return std::string(s); }
std::string with_url(std::string_view name, std::string_view url) { return std::string(name) + " (" + std::string(url) + ")"; }
}  // namespace

std::string credit_line(const std::vector<const Source*>& sources, const Locale& l, bool urls, std::string_view title) {
    return credit_markup(sources, l, as_is, urls ? with_url : nullptr, title);
}

std::string credit_line(const Timeline& t, const Event& e, const Locale& l, bool urls) {
    return credit_line(sources_of(t, e), l, urls, t.title);
}

std::string html_link(std::string_view escaped_name, std::string_view url) {
    return "<a href=\"" + xml_escape(url) + "\">" + std::string(escaped_name) + "</a>";
}

std::string html_escape(std::string_view s) { return xml_escape(clean_text(s)); }

std::optional<date::sys_days> published_of(const Timeline& t, const Event& e) {
    std::optional<date::sys_days> latest;
    for (const EventMention& m : e.mentions) {
        const Source* s = source_of(t, m);
        if (!s || !s->published.ok()) continue;
        const date::sys_days d{s->published};
        if (!latest || *latest < d) latest = d;
    }
    return latest;
}

std::optional<DayInterval> calendar_days(const EventTime& when) {
    if (when.kind != TimeKind::calendar) return std::nullopt;
    if (when.earliest && when.latest && *when.earliest <= *when.latest) return DayInterval{*when.earliest, *when.latest};
    // Bounds left unset by hand: a period without an open-ended mod still
    // names its days.
    if (when.period && !when.earliest && !when.latest && !when.open_ended()) return when.period->days();
    return std::nullopt;
}

const Locale& locale_of(const Timeline& t) { return locale_for(t.language); }

std::string clock_time(const EventTime& w) {
    if (!w.minute_of_day) return "";
    const int m = ((*w.minute_of_day % 1440) + 1440) % 1440;
    return detail::zero_padded(m / 60, 2) + ":" + detail::zero_padded(m % 60, 2);
}

std::string title_of(const Timeline& t) {
    std::string title = one_line(t.title);
    return title.empty() ? std::string("chronik") : title;
}

}  // namespace chronik::exporting
