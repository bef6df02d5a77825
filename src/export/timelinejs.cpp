// TimelineJS 3 data (Knight Lab): date objects with numbers only (a month
// name makes TimelineJS fail), the date as readers write it in
// display_date, HTML-escaped text (TimelineJS treats headline, text, group,
// display_date and the media credit as HTML), a group per source when a few
// sources are merged (2 … kMaxGroups; more lanes than that help nobody).
//
// A slide spans what its date spans: a month, a year, a quarter or "Anfang
// 2024" gets an end_date (its last day); a day is a point, with hour and
// minute when the event has a clock time.
//
// Vague and undated events are in only when asked for (ExportOptions::
// include). TimelineJS needs a start_date for every slide and knows no vague
// dates, so such a slide starts where the text places it, never at a date
// made up from its neighbours: an undated event at the event its cue links
// it to ("nach August 2024" at August 2024, "vor dem 12. Juli" at 12 July),
// else at its own bound (früher: the publication it precedes, künftig: the
// publication it follows, derzeit: the publication); display_date says what
// is known. With nothing to place it by, it is left out and reported.
// TimelineJS sorts slides by start date with a stable sort, so slides on the
// same date keep the timeline order.
#include "support.hpp"

#include <map>

namespace chronik::exporting {

namespace {

constexpr std::size_t kMaxGroups = 4;

enum class Precision : std::uint8_t { year, month, day };

json date_object(date::sys_days d, Precision p) {
    const date::year_month_day ymd{d};
    json j;
    j["year"] = int(ymd.year());
    if (p >= Precision::month) j["month"] = unsigned(ymd.month());
    if (p >= Precision::day) j["day"] = unsigned(ymd.day());
    return j;
}

struct Placement {
    json start;
    json end;  // null: a point in time
};

// The coarsest unit whose boundaries the days fall on: a year, a month or
// days; a span longer than a day ends on its last day.
Placement place_days(const DayInterval& days, const EventTime& when) {
    const date::year_month_day a{days.first}, b{days.last};
    const bool months = a.day() == date::day{1} && b == b.year() / b.month() / date::last;
    const bool years = months && a.month() == date::January && b.month() == date::December;
    const Precision p = years ? Precision::year : months ? Precision::month : Precision::day;
    Placement out{date_object(days.first, p), json(nullptr)};
    // A span of several units ends in its last unit (1990 … 1999, October …
    // December); one month or one year ends on its last day, so that the
    // slide spans it.
    const bool one_unit = years ? a.year() == b.year() : months ? a.year() / a.month() == b.year() / b.month() : true;
    if (days.first != days.last) out.end = date_object(days.last, one_unit ? Precision::day : p);
    if (days.first == days.last && when.minute_of_day) {
        out.start["hour"] = *when.minute_of_day / 60 % 24;
        out.start["minute"] = *when.minute_of_day % 60;
    }
    return out;
}

// Where a slide without calendar days starts: see the comment at the top.
std::optional<Placement> place_vague(const Timeline& t, std::size_t index) {
    const EventTime& w = t.events[index].when;
    if (w.kind == TimeKind::undated) {
        for (const Link& link : t.links) {
            if (!link.from_cue || link.order != Order::before || (link.from != index && link.to != index)) continue;
            const std::size_t other = link.from == index ? link.to : link.from;
            if (other >= t.events.size()) continue;
            if (const auto days = calendar_days(t.events[other].when))
                return Placement{place_days(*days, t.events[other].when).start, json(nullptr)};
        }
    }
    const std::optional<date::sys_days> day = w.kind == TimeKind::past ? w.latest : w.earliest ? w.earliest : w.latest;
    if (!day) return std::nullopt;
    return Placement{date_object(*day, Precision::day), json(nullptr)};
}

// One group label per source, told apart when two sources share a name.
std::vector<std::string> group_labels(const Timeline& t) {
    std::map<std::string, int> uses;
    for (const Source& s : t.sources) ++uses[s.name];
    std::vector<std::string> labels;
    for (const Source& s : t.sources)
        labels.push_back(uses[s.name] > 1 || s.name.empty() ? std::string(display_name(s)) + " (" + s.id + ")" : s.name);
    return labels;
}

// HTML-escaped text with line breaks as <br>.
std::string html_lines(std::string_view text) {
    std::string html = xml_escape(clean_text(text));
    for (std::size_t at = html.find('\n'); at != std::string::npos; at = html.find('\n', at + 4))
        html.replace(at, 1, "<br>");
    return html;
}

// Text as an HTML paragraph (already HTML when `html`).
std::string paragraph(std::string_view text, std::string_view css_class = {}, bool html = false) {
    const std::string open = css_class.empty() ? "<p>" : "<p class=\"" + std::string(css_class) + "\">";
    return open + (html ? std::string(text) : html_lines(text)) + "</p>";
}

}  // namespace

std::string write_timelinejs(const Timeline& t, Writing& w) {
    const Locale& l = locale_of(t);
    const bool grouped = t.sources.size() > 1 && t.sources.size() <= kMaxGroups;
    const std::vector<std::string> groups = group_labels(t);

    json root;
    if (!t.title.empty() || !t.sources.empty()) {
        std::vector<const Source*> sources;
        for (const Source& s : t.sources) sources.push_back(&s);
        const std::string credits = credit_markup(sources, l, html_escape, html_link, t.title);
        json text = {{"headline", xml_escape(title_of(t))}, {"text", ""}};
        if (!credits.empty()) text["text"] = paragraph(credits, {}, true);
        root["title"] = {{"text", std::move(text)}};
    }
    json events = json::array();
    const std::vector<std::size_t> placing = placing_links(t);
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        const auto days = calendar_days(e.when);
        const std::optional<Placement> at =
            !shown(e, w.options.include) ? std::nullopt : days ? std::optional(place_days(*days, e.when)) : place_vague(t, i);
        if (!at) {
            w.left_out.push_back(e.id);
            continue;
        }
        json slide;
        slide["unique_id"] = stable_key(t, e);
        slide["start_date"] = at->start;
        if (!at->end.is_null()) slide["end_date"] = at->end;
        slide["display_date"] = xml_escape(format_event_time(t, i, l, placing));
        const std::vector<const Source*> sources = sources_of(t, e);
        const std::string credit = credit_markup(sources, l, html_escape, html_link, t.title);
        const Source* linked = first_source(t, e);
        std::string text;
        if (linked && valid_source_url(linked->url)) {
            // The article's words as a quote, credited with a link to it.
            slide["media"] = {{"url", "<blockquote>" + html_lines(reader_text(e)) + "</blockquote>"},
                              {"credit", credit_markup({linked}, l, html_escape, html_link, t.title)}};
            if (!credit.empty()) text = paragraph(credit, "chronik-credit", true);
        } else {
            text = paragraph(reader_text(e));
            if (!credit.empty()) text += paragraph(credit, "chronik-credit", true);
        }
        slide["text"] = {{"headline", xml_escape(one_line(e.headline))}, {"text", std::move(text)}};
        if (grouped && !e.mentions.empty() && e.mentions.front().source < groups.size())
            slide["group"] = xml_escape(one_line(groups[e.mentions.front().source]));
        events.push_back(std::move(slide));
    }
    root["events"] = std::move(events);
    root["scale"] = "human";
    return dump_json(root);
}

}  // namespace chronik::exporting
