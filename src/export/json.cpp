// chronik's own timeline JSON, and reading it back (for `chronik render`).
// The schema is src/export/schema/timeline.schema.json. Derived fields
// (edtf, display) are written for readers and ignored when read: the
// timex3 value with its granularity, mod and bounds are what count.
#include "support.hpp"

#include "../io/output_sink.hpp"

#include <map>
#include <ostream>
#include <sstream>

namespace chronik::exporting {

namespace {

constexpr std::string_view kFormatName = "chronik-timeline";
constexpr int kFormatVersion = 1;


json when_json(const Timeline& t, std::size_t event, const Locale& l, const std::vector<std::size_t>& placing) {
    const EventTime& w = t.events[event].when;
    json j;
    j["kind"] = std::string(to_string(w.kind));
    j["timex3"] = null_if_empty(w.timex3());
    j["granularity"] = w.period ? json(std::string(to_string(w.period->granularity()))) : json(nullptr);
    j["mod"] = w.mod == Mod::none ? json(nullptr) : json(std::string(to_string(w.mod)));
    j["until"] = w.until ? json{{"timex3", w.until->timex3()}, {"granularity", std::string(to_string(w.until->granularity()))}}
                         : json(nullptr);
    j["earliest"] = day_or_null(w.earliest);
    j["latest"] = day_or_null(w.latest);
    j["edtf"] = null_if_empty(w.edtf());
    j["display"] = format_event_time(t, event, l, placing);
    j["time"] = null_if_empty(clock_time(w));
    return j;
}

json mention_json(const Timeline& t, const EventMention& m) {
    json j;
    const Source* s = source_of(t, m);
    j["source"] = s ? json(s->id) : json(nullptr);
    j["sentence"] = m.sentence;
    j["sentence_begin"] = m.sentence_begin;
    j["sentence_end"] = m.sentence_end;
    json anchors = json::array();
    for (const TimeAnchor& a : m.anchors)
        anchors.push_back({{"text", a.text}, {"value", a.value}, {"begin", a.begin}, {"end", a.end}});
    j["anchors"] = std::move(anchors);
    return j;
}

json event_ref(const Timeline& t, std::size_t index) {
    return index < t.events.size() ? json(t.events[index].id) : json(nullptr);
}

}  // namespace

namespace {

// nlohmann's dump(2) of `j`, as it stands `depth` levels deep in a document.
void put_dumped(io::OutputSink& out, const json& j, std::size_t depth) {
    const std::string d = j.dump(2, ' ', false, json::error_handler_t::replace);
    const std::string pad(2 * depth, ' ');
    const std::string_view v = d;
    std::size_t run = 0;
    for (std::size_t i = v.find('\n'); i != std::string_view::npos; i = v.find('\n', i + 1)) {
        out.put(v.substr(run, i + 1 - run));
        out.put(pad);
        run = i + 1;
    }
    out.put(v.substr(run));
}

}  // namespace

// The document is written piece by piece as it is produced, each event
// dumped on its own, so that neither a JSON tree nor the text of the whole
// timeline is ever held; the bytes are those of dump_json() of the whole tree.
void write_json(std::ostream& stream, const Timeline& t) {
    const Locale& l = locale_of(t);
    const std::vector<std::size_t> placing = placing_links(t);
    io::OutputSink out(stream);
    out.put('{');
    bool first = true;
    auto member = [&](std::string_view key, auto&& write_value) {
        out.put(first ? "\n  \"" : ",\n  \"");
        first = false;
        out.put(key);
        out.put("\": ");
        write_value();
    };
    auto value = [&](const json& j) { return [&out, &j] { put_dumped(out, j, 1); }; };
    member("format", value(json(std::string(kFormatName))));
    member("version", value(json(kFormatVersion)));
    member("title", value(json(t.title)));
    member("language", value(json(t.language)));
    member("time_zone", value(null_if_empty(t.time_zone)));
    json sources = json::array();
    for (const Source& s : t.sources)
        sources.push_back({{"id", s.id},
                           {"name", s.name},
                           {"path", s.path},
                           {"published", s.published.ok() ? json(iso_date(s.published)) : json(nullptr)},
                           {"language", s.language},
                           {"url", null_if_empty(s.url)}});
    member("sources", value(sources));
    sources = json();
    member("events", [&] {
        if (t.events.empty()) {
            out.put("[]");
            return;
        }
        out.put('[');
        for (std::size_t i = 0; i < t.events.size(); ++i) {
            const Event& e = t.events[i];
            json mentions = json::array();
            for (const EventMention& m : e.mentions) mentions.push_back(mention_json(t, m));
            const json event = {{"id", e.id},         {"headline", e.headline}, {"when", when_json(t, i, l, placing)},
                                {"salience", e.salience}, {"hidden", e.hidden},     {"mentions", std::move(mentions)}};
            out.put(i == 0 ? "\n    " : ",\n    ");
            put_dumped(out, event, 2);
        }
        out.put("\n  ]");
    });
    // The links and notes a member at a time as well: a timeline can have
    // as many links as events.
    member("links", [&] {
        if (t.links.empty()) {
            out.put("[]");
            return;
        }
        out.put('[');
        for (std::size_t i = 0; i < t.links.size(); ++i) {
            const Link& k = t.links[i];
            const json link = {{"from", event_ref(t, k.from)},
                               {"to", event_ref(t, k.to)},
                               {"order", std::string(to_string(k.order))},
                               {"from_cue", k.from_cue}};
            out.put(i == 0 ? "\n    " : ",\n    ");
            put_dumped(out, link, 2);
        }
        out.put("\n  ]");
    });
    member("notes", value(json(t.notes)));
    out.put("\n}\n");
}

std::string write_json(const Timeline& t) {
    std::ostringstream out;
    write_json(out, t);
    return std::move(out).str();
}

}  // namespace chronik::exporting

namespace chronik {

namespace {

using exporting::json;

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw TimelineFormatError("timeline JSON: " + where + ": " + what);
}

// A cursor over a TIMEX3 value or date, for the forms Period::timex3 and iso_date write.
struct Cursor {
    std::string_view s;
    std::size_t i = 0;

    bool literal(std::string_view w) {
        if (s.substr(i, w.size()) != w) return false;
        i += w.size();
        return true;
    }
    bool number(std::size_t digits, int& out) {
        if (i + digits > s.size()) return false;
        out = 0;
        for (std::size_t k = i; k < i + digits; ++k) {
            if (s[k] < '0' || s[k] > '9') return false;
            out = out * 10 + (s[k] - '0');
        }
        i += digits;
        return true;
    }
    bool year(int& y) {
        // "BC0500" is 500 BC, astronomical year -499 (Period::timex3).
        if (literal("BC")) {
            if (!number(4, y)) return false;
            // Astronomical -9999 is 10000 BC: five digits.
            if (int d = 0; y == 1000 && number(1, d)) y = y * 10 + d;
            y = 1 - y;
            return true;
        }
        const bool negative = literal("-");
        if (!number(4, y)) return false;
        if (negative) y = -y;
        return true;
    }
    // A century or decade index, "BC05" → -6.
    bool index(std::size_t digits, int& n) {
        const bool bc = literal("BC");
        if (!number(digits, n)) return false;
        if (bc) n = -n - 1;
        return true;
    }
    bool day(date::year_month_day& ymd) {
        int y, m, d;
        if (!year(y) || !literal("-") || !number(2, m) || !literal("-") || !number(2, d)) return false;
        ymd = date::year{y} / date::month{unsigned(m)} / date::day{unsigned(d)};
        return true;
    }
    // One of the codes code(E(1)) .. code(E(last)): SP SU FA WI, MO .. DT.
    template <class E>
    bool code(E last, E& out) {
        for (unsigned v = 1; v <= unsigned(last); ++v)
            if (literal(timex_code(E(v)))) return out = E(v), true;
        return false;
    }
    bool done() const { return i == s.size(); }
};

// Reads one value of a required field; `where` names it in errors ("events[2].id").
class Reader {
public:
    Reader(const json& object, std::string where) : object_(object), where_(std::move(where)) {
        if (!object_.is_object()) fail(where_, "expected an object");
    }

    const json& field(const char* key) const {
        const auto it = object_.find(key);
        if (it == object_.end()) fail(at(key), "missing");
        return *it;
    }
    bool has_value(const char* key) const {
        const auto it = object_.find(key);
        return it != object_.end() && !it->is_null();
    }
    std::string string(const char* key) const {
        const json& v = field(key);
        if (!v.is_string()) fail(at(key), "expected a string");
        return v.get<std::string>();
    }
    std::optional<std::string> optional_string(const char* key) const {
        return has_value(key) ? std::optional(string(key)) : std::nullopt;
    }
    std::uint32_t offset(const char* key) const {
        const json& v = field(key);
        if (!v.is_number_unsigned() || v.get<std::uint64_t>() > 0xFFFFFFFFull)
            fail(at(key), "expected a byte offset (a whole number >= 0)");
        return v.get<std::uint32_t>();
    }
    bool boolean(const char* key) const {
        const json& v = field(key);
        if (!v.is_boolean()) fail(at(key), "expected true or false");
        return v.get<bool>();
    }
    const json& array(const char* key) const {
        const json& v = field(key);
        if (!v.is_array()) fail(at(key), "expected an array");
        return v;
    }
    std::optional<date::sys_days> day(const char* key) const {
        const auto s = optional_string(key);
        if (!s) return std::nullopt;
        // Not parse_iso_date: iso_date writes years before 1 with a sign (-0044-03-15).
        Cursor c{*s};
        date::year_month_day ymd;
        if (!c.day(ymd) || !c.done() || !ymd.ok()) fail(at(key), "'" + *s + "' is not a date YYYY-MM-DD");
        return date::sys_days{ymd};
    }
    std::string at(const char* key) const { return where_ + "." + key; }

private:
    const json& object_;
    std::string where_;
};

std::string item(const std::string& where, std::size_t i) { return where + "[" + std::to_string(i) + "]"; }

template <class E>
E read_enum(const Reader& r, const char* key, E last) {
    const std::string name = r.string(key);
    const auto e = enum_named(name, E{}, last);
    if (!e) fail(r.at(key), "unknown value '" + name + "'");
    return *e;
}

// The period a TIMEX3 value names at a granularity (the granularity tells
// an hour "T20:00" from the minute 20:00). nullopt for a malformed value;
// std::domain_error from the factories for one out of range.
std::optional<Period> period_from_timex3(std::string_view value, Granularity g) {
    Cursor c{value};
    int y = 0, n = 0, m = 0;
    date::year_month_day ymd;
    std::optional<Period> p;
    switch (g) {
        case Granularity::millennium:
            if (c.number(1, n)) p = Period::millennium(n);
            break;
        case Granularity::century:
            if (c.index(2, n)) p = Period::century(n);
            break;
        case Granularity::decade:
            if (c.index(3, n)) p = Period::decade(n);
            break;
        case Granularity::year:
            if (c.year(y)) p = Period::year(y);
            break;
        case Granularity::half:
            if (c.year(y) && c.literal("-H") && c.number(1, n)) p = Period::half(y, unsigned(n));
            break;
        case Granularity::quarter:
            if (c.year(y) && c.literal("-Q") && c.number(1, n)) p = Period::quarter(y, unsigned(n));
            break;
        case Granularity::season: {
            Season s{};
            if (c.year(y) && c.literal("-") && c.code(Season::winter, s)) p = Period::season(y, s);
            break;
        }
        case Granularity::month:
            if (c.year(y) && c.literal("-") && c.number(2, n)) p = Period::month(y, unsigned(n));
            break;
        case Granularity::week:
            if (c.year(y) && c.literal("-W") && c.number(2, n)) p = Period::iso_week(y, unsigned(n));
            break;
        case Granularity::weekend:
            if (c.year(y) && c.literal("-W") && c.number(2, n) && c.literal("-WE")) p = Period::weekend(y, unsigned(n));
            break;
        case Granularity::day:
            if (c.day(ymd)) p = Period::day(ymd);
            break;
        case Granularity::part_of_day: {
            PartOfDay part{};
            if (c.day(ymd) && c.literal("T") && c.code(PartOfDay::daytime, part)) p = Period::part_of_day(ymd, part);
            break;
        }
        case Granularity::hour:
            if (c.day(ymd) && c.literal("T") && c.number(2, n) && c.literal(":00")) p = Period::hour(ymd, unsigned(n));
            break;
        case Granularity::minute:
            if (c.day(ymd) && c.literal("T") && c.number(2, n) && c.literal(":") && c.number(2, m))
                p = Period::minute(ymd, unsigned(n), unsigned(m));
            break;
    }
    if (!c.done()) return std::nullopt;
    return p;
}

// The period a TIMEX3 value of granularity g names, as r's "timex3" field.
Period read_period(const Reader& r, const std::string& value, Granularity g) {
    std::optional<Period> p;
    try {
        p = period_from_timex3(value, g);
    } catch (const std::domain_error& e) {
        fail(r.at("timex3"), "'" + value + "': " + e.what());
    }
    if (!p) fail(r.at("timex3"), "'" + value + "' is not a TIMEX3 value of granularity " + std::string(to_string(g)));
    return *p;
}

EventTime read_when(const Reader& r) {
    EventTime w;
    w.kind = read_enum(r, "kind", TimeKind::undated);
    if (r.has_value("mod")) w.mod = read_enum(r, "mod", Mod::equal_or_more);
    w.earliest = r.day("earliest");
    w.latest = r.day("latest");
    // The clock time: "time" ("20:30") where given, else the one a TIMEX3
    // value of hour or minute granularity names (below).
    if (const auto time = r.optional_string("time")) {
        Cursor c{*time};
        int h = 0, m = 0;
        if (!c.number(2, h) || !c.literal(":") || !c.number(2, m) || !c.done() || h > 23 || m > 59)
            fail(r.at("time"), "'" + *time + "' is not a clock time HH:MM (e.g. 20:30)");
        w.minute_of_day = h * 60 + m;
    }
    const auto value = r.optional_string("timex3");
    if (w.kind == TimeKind::calendar && value) {
        if (!r.has_value("granularity")) fail(r.at("granularity"), "missing for timex3 '" + *value + "'");
        w.period = read_period(r, *value, read_enum(r, "granularity", Granularity::minute));
        if (!r.has_value("time") && !r.has_value("until")) w.minute_of_day = clock_minute(*w.period);
        if (r.has_value("until")) {
            const Reader u(r.field("until"), r.at("until"));
            const std::string end = u.string("timex3");
            w.until = read_period(u, end, read_enum(u, "granularity", Granularity::minute));
        }
    } else if (value && *value != w.timex3()) {
        fail(r.at("timex3"), "'" + *value + "' does not fit kind " + std::string(to_string(w.kind)));
    }
    if (w.minute_of_day && (w.kind != TimeKind::calendar || !w.period || w.period->granularity() < Granularity::day))
        fail(r.at("time"), "a clock time needs a calendar day (granularity day or finer)");
    return w;
}

std::size_t index_of(const std::map<std::string, std::size_t>& ids, const Reader& r, const char* key, const char* what) {
    const std::string id = r.string(key);
    const auto it = ids.find(id);
    if (it == ids.end()) fail(r.at(key), std::string("no ") + what + " with id '" + id + "'");
    return it->second;
}

void add_id(std::map<std::string, std::size_t>& ids, const std::string& id, const std::string& where) {
    if (!ids.emplace(id, ids.size()).second) fail(where, "id '" + id + "' is used twice");
}

}  // namespace

Timeline read_timeline_json(std::string_view text) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) {
        // parse_error, and out_of_range for numbers no double holds (1e999).
        throw TimelineFormatError(std::string("timeline JSON: not JSON: ") + e.what());
    }
    const Reader top(root, "$");
    if (!top.has_value("format") || !top.field("format").is_string() || top.string("format") != exporting::kFormatName)
        fail("$.format", "not a chronik timeline (expected \"chronik-timeline\")");
    const json& version = top.field("version");
    if (!version.is_number_integer() || version.get<long long>() != exporting::kFormatVersion)
        fail("$.version", "this chronik reads version " + std::to_string(exporting::kFormatVersion) + ", not " +
                              version.dump());

    Timeline t;
    t.title = top.string("title");
    t.language = top.string("language");
    if (const auto zone = top.optional_string("time_zone")) {
        if (!known_time_zone(*zone)) fail("$.time_zone", "unknown time zone '" + *zone + "' (an IANA name such as Europe/Berlin, or UTC)");
        t.time_zone = *zone;
    }

    std::map<std::string, std::size_t> source_ids;
    const json& sources = top.array("sources");
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const Reader r(sources[i], item("$.sources", i));
        Source s;
        s.id = r.string("id");
        add_id(source_ids, s.id, r.at("id"));
        s.name = r.string("name");
        s.path = r.string("path");
        if (const auto d = r.day("published")) s.published = date::year_month_day{*d};
        s.language = r.string("language");
        if (const auto url = r.optional_string("url")) {
            if (!valid_source_url(*url)) fail(r.at("url"), "'" + *url + "' is not an http(s) URL");
            s.url = *url;
        }
        t.sources.push_back(std::move(s));
    }

    std::map<std::string, std::size_t> event_ids;
    const json& events = top.array("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Reader r(events[i], item("$.events", i));
        Event e;
        e.id = r.string("id");
        add_id(event_ids, e.id, r.at("id"));
        e.headline = r.string("headline");
        e.when = read_when(Reader(r.field("when"), r.at("when")));
        if (r.has_value("salience")) {
            const json& v = r.field("salience");
            if (!v.is_number() || !(v.get<double>() >= 0.0 && v.get<double>() <= 1.0))
                fail(r.at("salience"), "expected a number from 0 to 1");
            e.salience = v.get<double>();
        }
        if (r.has_value("hidden")) e.hidden = r.boolean("hidden");
        const json& mentions = r.array("mentions");
        for (std::size_t k = 0; k < mentions.size(); ++k) {
            const Reader rm(mentions[k], item(r.at("mentions"), k));
            EventMention m;
            m.source = index_of(source_ids, rm, "source", "source");
            m.sentence = rm.string("sentence");
            m.sentence_begin = rm.offset("sentence_begin");
            m.sentence_end = rm.offset("sentence_end");
            const json& anchors = rm.array("anchors");
            for (std::size_t a = 0; a < anchors.size(); ++a) {
                const Reader ra(anchors[a], item(rm.at("anchors"), a));
                m.anchors.push_back({ra.string("text"), ra.string("value"), ra.offset("begin"), ra.offset("end")});
            }
            e.mentions.push_back(std::move(m));
        }
        t.events.push_back(std::move(e));
    }

    const json& notes = top.array("notes");
    for (std::size_t i = 0; i < notes.size(); ++i) {
        if (!notes[i].is_string()) fail(item("$.notes", i), "expected a string");
        t.notes.push_back(notes[i].get<std::string>());
    }

    // A link to an event that is not in the file (an editor removed it) is
    // dropped, with a note: the rest of the timeline still holds.
    const json& links = top.array("links");
    for (std::size_t i = 0; i < links.size(); ++i) {
        const Reader r(links[i], item("$.links", i));
        const std::string from = r.string("from"), to = r.string("to");
        const Order order = read_enum(r, "order", Order::overlaps);
        const bool cue = r.boolean("from_cue");
        const auto a = event_ids.find(from), b = event_ids.find(to);
        if (a == event_ids.end() || b == event_ids.end()) {
            t.notes.push_back("link " + from + " " + std::string(to_string(order)) + " " + to + " dropped: no event with id '" +
                              (a == event_ids.end() ? from : to) + "' in the file");
            continue;
        }
        t.links.push_back({a->second, b->second, order, cue});
    }
    return t;
}

}  // namespace chronik
