// JSON Feed 1.1: one item per event, oldest first, published at its
// source's publication date. A feed has no event date, so each item carries
// the extension "_timeline" (schema: src/export/schema/jsonfeed.schema.json):
// start and end are the earliest and latest day (null for an open end),
// granularity, edtf, timex3, kind, the display date and the clock time. Vague and undated
// events stay in the feed: their extension says what is known.
#include "support.hpp"

#include <algorithm>

namespace chronik::exporting {

namespace {

constexpr std::string_view kVersion = "https://jsonfeed.org/version/1.1";

// RFC 3339 at midnight UTC: chronik knows the day of publication, not the hour.
std::string rfc3339(date::sys_days d) { return iso_date(d) + "T00:00:00Z"; }

json authors_of(const Timeline& t, const Event& e) {
    json authors = json::array();
    for (const Source* s : sources_of(t, e)) {
        json author = {{"name", display_name(*s)}};
        if (valid_source_url(s->url)) author["url"] = s->url;
        if (std::find(authors.begin(), authors.end(), author) == authors.end()) authors.push_back(std::move(author));
    }
    return authors;
}

json timeline_extension(const Timeline& t, std::size_t event, const Locale& l, const std::vector<std::size_t>& placing) {
    const EventTime& w = t.events[event].when;
    const auto g = w.granularity();
    return {{"start", day_or_null(w.earliest)},
            {"end", day_or_null(w.latest)},
            {"granularity", g ? json(std::string(to_string(*g))) : json(nullptr)},
            {"edtf", null_if_empty(w.edtf())},
            {"timex3", null_if_empty(w.timex3())},
            {"kind", std::string(to_string(w.kind))},
            {"display", format_event_time(t, event, l, placing)},
            {"time", null_if_empty(clock_time(w))}};
}

}  // namespace

std::string write_jsonfeed(const Timeline& t) {
    const Locale& l = locale_of(t);
    json feed;
    feed["version"] = std::string(kVersion);
    feed["title"] = title_of(t);
    // The page the feed is about: the article, when the timeline is one article's.
    if (t.sources.size() == 1 && valid_source_url(t.sources.front().url)) feed["home_page_url"] = t.sources.front().url;
    if (!t.language.empty()) feed["language"] = t.language;
    json items = json::array();
    const std::vector<std::size_t> placing = placing_links(t);
    for (std::size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        json item;
        item["id"] = stable_key(t, e);
        if (const Source* s = first_source(t, e); s && valid_source_url(s->url)) item["url"] = s->url;
        item["title"] = one_line(e.headline);
        std::string content = clean_text(reader_text(e));
        if (const std::string credit = credit_line(t, e, l, true); !credit.empty()) content += "\n\n" + credit;
        item["content_text"] = content;
        if (const auto published = published_of(t, e)) item["date_published"] = rfc3339(*published);
        if (json authors = authors_of(t, e); !authors.empty()) item["authors"] = std::move(authors);
        item["_timeline"] = timeline_extension(t, i, l, placing);
        items.push_back(std::move(item));
    }
    feed["items"] = std::move(items);
    return dump_json(feed);
}

}  // namespace chronik::exporting
