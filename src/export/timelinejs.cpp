// TimelineJS 3 data (Knight Lab): date objects with numbers only (a month
// name makes TimelineJS fail), the date as readers write it in
// display_date, HTML-escaped text (TimelineJS treats headline, text, group
// and display_date as HTML), a group per source when sources are merged.
//
// TimelineJS needs a start_date for every slide and knows no vague dates.
// An event without calendar days (past/present/future, undated, "vor dem
// …") is placed where the timeline order puts it: at the start of the
// nearest dated event before it (else after it), moved into its own bounds
// when it has them; its display_date says what is known ("früher", "ohne
// Datum"). TimelineJS sorts slides by start date with a stable sort, so
// slides placed on the same date keep the timeline order. Only when the
// timeline has no date at all is an event left out (and reported).
#include "support.hpp"

#include <map>

namespace chronik::exporting {

namespace {

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
    date::sys_days first;
};

// The coarsest unit whose boundaries the days fall on: a year, a quarter
// (whole months) or a week (days) come out as TimelineJS writes them.
Placement place_days(const DayInterval& days, const EventTime& when) {
    const date::year_month_day a{days.first}, b{days.last};
    const bool months = a.day() == date::day{1} && b == b.year() / b.month() / date::last;
    const bool years = months && a.month() == date::January && b.month() == date::December;
    const Precision p = years ? Precision::year : months ? Precision::month : Precision::day;
    const bool point = years ? a.year() == b.year() : months ? a.year() / a.month() == b.year() / b.month() : a == b;
    Placement out{date_object(days.first, p), json(nullptr), days.first};
    if (!point) out.end = date_object(days.last, p);
    const auto g = when.granularity();
    if (point && g && (*g == Granularity::hour || *g == Granularity::minute)) {
        out.start["hour"] = when.period->hour_value();
        out.start["minute"] = when.period->minute_value();
    }
    return out;
}

// Where a slide without calendar days goes: see the comment at the top.
std::optional<Placement> place_by_order(const Timeline& t, std::size_t index,
                                        const std::vector<std::optional<Placement>>& dated) {
    const EventTime& w = t.events[index].when;
    std::optional<Placement> near;
    for (std::size_t k = index; k-- > 0 && !near;) near = dated[k];
    for (std::size_t k = index + 1; k < dated.size() && !near; ++k) near = dated[k];
    if (!near) {
        std::optional<date::sys_days> day = w.earliest ? w.earliest : w.latest;
        if (!day) day = published_of(t, t.events[index]);
        if (!day) return std::nullopt;
        return Placement{date_object(*day, Precision::day), json(nullptr), *day};
    }
    date::sys_days day = near->first;
    if (w.earliest && day < *w.earliest) day = *w.earliest;
    if (w.latest && *w.latest < day) day = *w.latest;
    if (day == near->first) return Placement{near->start, json(nullptr), day};
    return Placement{date_object(day, Precision::day), json(nullptr), day};
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

// Text as an HTML paragraph; line breaks stay as <br>.
std::string paragraph(std::string_view text, std::string_view css_class = {}) {
    std::string html = xml_escape(clean_text(text));
    for (std::size_t at = html.find('\n'); at != std::string::npos; at = html.find('\n', at + 4))
        html.replace(at, 1, "<br>");
    const std::string open = css_class.empty() ? "<p>" : "<p class=\"" + std::string(css_class) + "\">";
    return open + html + "</p>";
}

}  // namespace

std::string write_timelinejs(const Timeline& t, std::vector<std::string>& left_out) {
    const Locale& l = locale_of(t);
    std::vector<std::optional<Placement>> dated;
    for (const Event& e : t.events) {
        const auto days = calendar_days(e.when);
        dated.push_back(days ? std::optional(place_days(*days, e.when)) : std::nullopt);
    }
    const bool grouped = t.sources.size() > 1;
    const std::vector<std::string> groups = group_labels(t);

    json root;
    if (!t.title.empty() || !t.sources.empty()) {
        std::vector<const Source*> sources;
        for (const Source& s : t.sources) sources.push_back(&s);
        const std::string credits = credit_line(sources, l);
        json text = {{"headline", xml_escape(title_of(t))}, {"text", ""}};
        if (!credits.empty()) text["text"] = paragraph(credits);
        root["title"] = {{"text", std::move(text)}};
    }
    json events = json::array();
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        const std::optional<Placement> at = dated[i] ? dated[i] : place_by_order(t, i, dated);
        if (!at) {
            left_out.push_back(e.id);
            continue;
        }
        json slide;
        slide["unique_id"] = stable_key(t, e);
        slide["start_date"] = at->start;
        if (!at->end.is_null()) slide["end_date"] = at->end;
        slide["display_date"] = xml_escape(format_event_time(t, i, l));
        std::string text = paragraph(event_text(e));
        if (const std::string credit = credit_line(t, e, l); !credit.empty()) text += paragraph(credit, "chronik-credit");
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
