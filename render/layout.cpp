// The layout stage: a Timeline to pure geometry. No drawing library here;
// text is measured through TextMeasurer.
//
// Coordinates are worked out along the time axis ("along") and across it
// ("across"); horizontal layouts map along → x, vertical ones along → y, so
// both orientations share one code path.
//
// The canvas never grows. A graphic shows the most salient events that fit
// its preset (found by a search over how many); a print chronology cuts
// the events, in time order, into pages that each fit. Every layout of a
// set of k events costs O(k log k); the searches add a log factor.
#include <chronik/locale.hpp>
#include <chronik/render.hpp>
#include <chronik/text.hpp>

#include "hyphenate.hpp"
#include "placement.hpp"
#include "scale.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace chronik::render {

using detail::TimeScale;
using detail::TimeSpan;

namespace {

// Sizes derive from one base unit, the headline's font size, so that every
// preset keeps the same proportions.
struct Metrics {
    double width = 0, height = 0, base = 14;
    // The frame's unit (margins, title, subtitle, credit, note, legend): the
    // preset's headline size, which larger type for few events leaves be, so
    // that a sparse graphic's title keeps its length and its page margins.
    double frame = 14;

    double margin() const { return 2.4 * frame; }
    double label_width() const { return 13 * base; }   // horizontal: a label's wrap width
    double column_width() const { return 19 * base; }    // vertical: a label column
    double band() const { return 1.8 * base; }           // thickness of the horizontal axis band
    double dot() const { return 0.38 * base; }           // point marker radius
    double bar() const { return 0.5 * base; }            // range bar thickness
    double row_pitch() const { return 0.8 * base; }      // range rows
    double leader_room() const { return 1.5 * base; }    // between markers and the first labels
    // From the axis to the first label layer: markers in `rows` range rows, then the leader room.
    double marker_room(int rows) const { return std::max(dot(), rows * row_pitch() + 0.3 * base) + leader_room(); }
    double level_gap() const { return 0.5 * base; }      // between label layers
    double label_gap() const { return 0.6 * base; }      // between labels of one layer
    double pad() const { return 0.25 * base; }           // inside a label box
    double break_length() const { return 1.6 * base; }
    double lane_gap() const { return 1.2 * base; }
    double relative_offset() const { return 1.8 * base; }  // undated event beside its partner

    TextStyle style(TextRole r) const {
        switch (r) {
            case TextRole::title: return {2.0 * frame, true};
            case TextRole::subtitle: return {1.15 * frame, false};
            case TextRole::date: return {0.86 * base, true};
            case TextRole::headline: return {base, false};
            case TextRole::tick: return {0.86 * base, false};
            case TextRole::lane: return {0.9 * base, true};
            case TextRole::credit: return {0.8 * frame, false};
            case TextRole::note: return {0.86 * frame, true};
            case TextRole::legend: return {0.8 * frame, false};
        }
        return {base, false};
    }
};

// `type_scale` enlarges the events' type and marks (a canvas of few events).
Metrics metrics_for(SizePreset p, double type_scale = 1) {
    switch (p) {
        case SizePreset::web: return {1200, 675, 14 * type_scale, 14};
        case SizePreset::social: return {1080, 1080, 17 * type_scale, 17};
        case SizePreset::a4: return {595.28, 841.89, 8.5 * type_scale, 8.5};
    }
    return {1200, 675, 14 * type_scale, 14};
}

// A canvas of few events needs no small type, and type sized for a dozen
// labels leaves one or two lost on it. Print: 8.5 pt for ten or more, up
// to 12 pt for one to three; screen: up to 1.6 times the preset's size for
// one or two events.
double type_scale_for(SizePreset preset, std::size_t events) {
    if (preset == SizePreset::a4) {
        if (events <= 3) return 12 / 8.5;
        if (events <= 6) return 10.5 / 8.5;
        if (events <= 10) return 9.5 / 8.5;
        return 1;
    }
    if (events <= 2) return 1.6;
    if (events <= 4) return 1.4;
    if (events <= 6) return 1.2;
    return 1;
}

double day_number(date::sys_days d) { return double(d.time_since_epoch().count()); }
date::sys_days day_of(double t) { return date::sys_days{date::days{static_cast<int>(std::floor(t))}}; }

// The days the calendar (and so every tick label) can name: years −9999 to
// 9999. Axes are cut to them, so that no tick asks for a year beyond.
const double kFirstDay = day_number(date::sys_days{date::year{-9999} / 1 / 1});
const double kEndDay = day_number(date::sys_days{date::year{9999} / 12 / 31}) + 1;

// The words a graphic adds of its own, per label language. Dates and
// months come from the Locale; these few sentences belong to the graphic.
struct GraphicWords {
    std::string_view more_one, more_many;  // "{n}" is replaced by the count
    std::string_view page;                 // "{p}", "{n}"
    std::string_view more_sources;         // "+ {n}" in a credit line
};
const GraphicWords& words_for(std::string_view language) {
    static const GraphicWords de{"1 weiteres Ereignis in der Chronik", "{n} weitere Ereignisse in der Chronik",
                                 "Seite {p} von {n}", "und {n} weitere"};
    static const GraphicWords en{"1 more event in the chronology", "{n} more events in the chronology",
                                 "Page {p} of {n}", "and {n} more"};
    return language.substr(0, 2) == "de" ? de : en;
}
std::string fill_in(std::string_view pattern, std::string_view key, std::size_t value) {
    std::string out(pattern);
    if (const auto at = out.find(key); at != std::string::npos) out.replace(at, key.size(), std::to_string(value));
    return out;
}

// Where and how an event is drawn, in time (days since 1970).
struct Placed {
    MarkerShape shape = MarkerShape::point;
    double t0 = 0, t1 = 0;                   // certain core [t0, t1); open arrows: the fixed end
    double fade_before = 0, fade_after = 0;  // uncertain margins, days; open arrows: their length
    bool approximate = false;
    bool coarse = false;  // a month, season, year or coarser: not a precise span
    std::optional<int> clock;  // a point's clock time, minutes after midnight of t0
    double along_offset = 0;  // relative markers: beside the partner, in along units
    std::optional<std::size_t> partner;
    bool undated_first = true;
    Order order = Order::before;
    std::string date_text;
    std::size_t lane = 0;
    std::size_t colour = 0;
};

// The latest publication among the sources: "now" for PAST/FUTURE_REF.
std::optional<date::sys_days> latest_publication(const Timeline& tl) {
    std::optional<date::sys_days> out;
    for (const Source& s : tl.sources)
        if (s.published.ok() && (!out || date::sys_days{s.published} > *out)) out = date::sys_days{s.published};
    return out;
}

// The clock time `when` names, in minutes after midnight.
std::optional<int> clock_of(const EventTime& when) {
    if (when.minute_of_day) return when.minute_of_day;
    if (when.period) return clock_minute(*when.period);
    return std::nullopt;
}

// A clock time reads as one word: its spaces ("20.30 Uhr", "8:30 p.m.")
// become no-break spaces, so that a date line wraps before the time or
// after it ("12. Juli 2025, / 20.30 Uhr"), never inside it.
std::string keep_clock_together(std::string date_text, const EventTime& when, const Locale& loc) {
    const std::optional<int> minute = clock_of(when);
    if (!minute) return date_text;
    const std::string clock = format_clock(*minute, loc);
    const std::size_t at = date_text.rfind(clock);
    if (at == std::string::npos || clock.find(' ') == std::string::npos) return date_text;
    std::string glued;
    for (const char c : clock) glued += c == ' ' ? std::string("\u00A0") : std::string(1, c);
    date_text.replace(at, clock.size(), glued);
    return date_text;
}

// Calendar, vague and open-ended events in time; undated ones are placed
// afterwards beside the event a link ties them to.
std::vector<Placed> place_in_time(const Timeline& tl, const Locale& loc, date::sys_days now) {
    const std::size_t n = tl.events.size();
    std::vector<Placed> out(n);
    std::vector<bool> known(n, false);

    for (std::size_t i = 0; i < n; ++i) {
        const EventTime& w = tl.events[i].when;
        Placed& p = out[i];
        p.date_text = keep_clock_together(format_time(w, loc), w, loc);  // "12. Juli 2025, 20.30 Uhr"
        const double dct = day_number(now);
        switch (w.kind) {
            case TimeKind::past:
                p.shape = MarkerShape::open_start;
                p.t0 = p.t1 = w.latest ? day_number(*w.latest) + 1 : dct + 1;
                known[i] = true;
                continue;
            case TimeKind::future:
                p.shape = MarkerShape::open_end;
                p.t0 = p.t1 = w.earliest ? day_number(*w.earliest) : dct;
                known[i] = true;
                continue;
            case TimeKind::present:
                p.shape = MarkerShape::point;
                p.t0 = w.earliest ? day_number(*w.earliest) : dct;
                p.t1 = p.t0 + 1;
                p.approximate = true;
                known[i] = true;
                continue;
            case TimeKind::undated: continue;
            case TimeKind::calendar: break;
        }
        if (!w.period && !(w.earliest && w.latest)) continue;
        const DayInterval whole = w.period ? w.period->days() : DayInterval{*w.earliest, *w.latest};
        const double whole0 = day_number(whole.first), whole1 = day_number(whole.last) + 1;
        p.t0 = w.earliest ? day_number(*w.earliest) : whole0;
        p.t1 = w.latest ? day_number(*w.latest) + 1 : whole1;
        const double len = p.t1 - p.t0;
        const bool fine = w.granularity() && *w.granularity() >= Granularity::day;
        p.shape = fine && len <= 1 ? MarkerShape::point : MarkerShape::bar;
        if (p.shape == MarkerShape::point && w.mod == Mod::none) p.clock = clock_of(w);
        p.coarse = p.shape == MarkerShape::bar && w.granularity() && *w.granularity() <= Granularity::month;
        known[i] = true;
        // A cut period ("Anfang 2024") has a fuzzy inner edge: fade into the
        // rest of the period; an approximate one may spill over both ends.
        switch (w.mod) {
            case Mod::start: p.fade_after = std::min(whole1 - p.t1, len / 2); break;
            case Mod::end: p.fade_before = std::min(p.t0 - whole0, len / 2); break;
            case Mod::mid:
                p.fade_before = std::min(p.t0 - whole0, len / 2);
                p.fade_after = std::min(whole1 - p.t1, len / 2);
                break;
            case Mod::approx:
            case Mod::less_than:
            case Mod::more_than:
                p.approximate = true;
                if (p.shape == MarkerShape::bar) p.fade_before = p.fade_after = len / 4;
                break;
            case Mod::before:
            case Mod::on_or_before:
                p.shape = MarkerShape::open_start;
                p.t0 = p.t1 = w.mod == Mod::before ? whole0 : whole1;
                break;
            case Mod::after:
            case Mod::on_or_after:
                p.shape = MarkerShape::open_end;
                p.t0 = p.t1 = w.mod == Mod::after ? whole1 : whole0;
                break;
            default: break;
        }
    }

    // Undated events: beside the event a link ties them to ("Zuvor ..." →
    // before the meeting). Chains of undated events settle in a few rounds.
    for (int round = 0; round < 4; ++round) {
        for (const Link& link : tl.links) {
            if (link.from >= n || link.to >= n) continue;
            for (const bool undated_is_from : {true, false}) {
                const std::size_t u = undated_is_from ? link.from : link.to;
                const std::size_t partner = undated_is_from ? link.to : link.from;
                if (known[u] || !known[partner] || tl.events[u].when.kind != TimeKind::undated) continue;
                Placed& p = out[u];
                const Placed& q = out[partner];
                p.shape = MarkerShape::relative;
                p.partner = partner;
                p.order = link.order;
                p.undated_first = undated_is_from;
                if (link.order == Order::before) {
                    p.t0 = p.t1 = undated_is_from ? q.t0 : q.t1;
                    p.along_offset = undated_is_from ? -1 : 1;  // scaled by the caller
                } else {
                    p.t0 = p.t1 = (q.t0 + q.t1) / 2;
                }
                const EventTime& pw = tl.events[partner].when;
                if (pw.kind == TimeKind::calendar && pw.period && link.order == Order::before) {
                    EventTime rel = pw;
                    rel.mod = undated_is_from ? Mod::before : Mod::after;
                    p.date_text = keep_clock_together(format_time(rel, loc), rel, loc);
                } else {
                    p.date_text = keep_clock_together(format_time(pw, loc), pw, loc);
                }
                known[u] = true;
            }
        }
    }
    // Undated events no link places: between their neighbours in timeline
    // order, found in one pass each way.
    if (n == 0) return out;
    std::vector<std::optional<double>> prev(n), next(n);
    for (std::size_t i = 1; i < n; ++i)
        prev[i] = known[i - 1] ? std::optional<double>((out[i - 1].t0 + out[i - 1].t1) / 2) : prev[i - 1];
    for (std::size_t i = n - 1; i-- > 0;)
        next[i] = known[i + 1] ? std::optional<double>((out[i + 1].t0 + out[i + 1].t1) / 2) : next[i + 1];
    for (std::size_t i = 0; i < n; ++i) {
        if (known[i]) continue;
        const double t = prev[i] && next[i] ? (*prev[i] + *next[i]) / 2 : prev[i] ? *prev[i] : next[i] ? *next[i] : day_number(now);
        out[i].shape = MarkerShape::relative;
        out[i].t0 = out[i].t1 = t;  // date_text stays format_time's "ohne Datum"
    }
    return out;
}

std::size_t source_of(const Event& e) { return e.mentions.empty() ? 0 : e.mentions.front().source; }

// At most 40 characters, cut after a whole word with one "…" (a name that
// ends in one already keeps only that).
std::string short_name(std::string_view name) {
    constexpr std::size_t kMost = 40;
    std::size_t chars = 0, cut = std::string_view::npos, last_space = std::string_view::npos;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if ((static_cast<unsigned char>(name[i]) & 0xC0) == 0x80) continue;
        if (name[i] == ' ') last_space = i;
        if (++chars > kMost) {
            cut = last_space != std::string_view::npos ? last_space : i;
            break;
        }
    }
    std::string_view kept = name.substr(0, cut);
    if (cut == std::string_view::npos) return std::string(name);
    while (!kept.empty() && std::string_view(" ,;:-").find(kept.back()) != std::string_view::npos) kept.remove_suffix(1);
    return std::string(kept) + "\u2026";
}

using text::collapse_spaces;

constexpr std::string_view kEllipsis = "\u2026";

// "Quelle: Epoch Times, 13.07.2025"; "Source: Epoch Times, 13 July 2025";
// beyond four sources "… und 12 weitere". A source named by the graphic's
// own title is named by its day: "Quelle: Artikel vom 07.07.2015".
// One source as a credit names it: "Epoch Times, 13.07.2025" (`name` cut
// to a few words, or as given), "Artikel vom 07.07.2015" for one that goes
// by the graphic's title.
std::string source_credit(const Source& s, std::string name, const Locale& loc, std::string_view title) {
    const bool titled = names_title(s.name, title);
    std::string part = titled ? std::string() : std::move(name);
    if (s.published.ok()) {
        const std::string day = format_source_date(s.published, loc);
        if (titled) {
            part = article_of(loc, day);
        } else {
            part += part.empty() ? day : ", " + day;
        }
    }
    return part;
}

std::string credit_line(const Timeline& tl, const std::vector<std::size_t>& sources, const Locale& loc,
                        const GraphicWords& words, std::string_view title) {
    constexpr std::size_t kNamed = 4;
    std::vector<std::string> parts;
    std::size_t more = 0;
    for (const std::size_t i : sources) {
        if (i >= tl.sources.size()) continue;
        // A long name (an article's title) is cut to a few words: the credit names, it does not tell.
        std::string part = source_credit(tl.sources[i], short_name(tl.sources[i].name), loc, title);
        if (part.empty() || std::find(parts.begin(), parts.end(), part) != parts.end()) continue;
        if (parts.size() == kNamed) ++more;
        else parts.push_back(std::move(part));
    }
    if (parts.empty()) return {};
    std::string out = std::string(parts.size() + more > 1 ? loc.sources : loc.source) + ": ";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
    if (more > 0) {
        out += ' ';
        out += fill_in(words.more_sources, "{n}", more);
    }
    return out;
}

// Maps along/across coordinates to the canvas.
struct Frame {
    bool horizontal = true;
    Point point(double along, double across) const { return horizontal ? Point{along, across} : Point{across, along}; }
    Box box(double along0, double along1, double across0, double across1) const {
        const double a = std::min(along0, along1), b = std::max(along0, along1);
        const double c = std::min(across0, across1), d = std::max(across0, across1);
        return horizontal ? Box{a, c, b - a, d - c} : Box{c, a, d - c, b - a};
    }
    double along_of(const Box& b) const { return horizontal ? b.x : b.y; }
    double along_length(const Box& b) const { return horizontal ? b.w : b.h; }
    double across_length(const Box& b) const { return horizontal ? b.h : b.w; }
};

// A label measured but not yet placed.
struct LabelText {
    TextBlock date, headline;
    double w = 0, h = 0;  // of the box, padding included
};

// Bars and arrows in rows, greedily, so that none covers another; points
// and relative markers sit on the baseline (row −1). Indices are local.
template <typename ExtentOf>
std::pair<std::vector<int>, int> assign_rows(const std::vector<std::size_t>& events, const std::vector<Placed>& placed,
                                             ExtentOf extent_of, double min_gap) {
    std::vector<std::size_t> by_start = events;
    std::stable_sort(by_start.begin(), by_start.end(),
                     [&](std::size_t a, std::size_t b) { return extent_of(a).first < extent_of(b).first; });
    std::vector<double> row_end;
    std::vector<int> row_of(placed.size(), -1);
    for (std::size_t i : by_start) {
        const MarkerShape sh = placed[i].shape;
        if (sh == MarkerShape::point || sh == MarkerShape::relative) continue;
        const auto [b, e] = extent_of(i);
        std::size_t r = 0;
        while (r < row_end.size() && row_end[r] > b - min_gap) ++r;
        if (r == row_end.size()) row_end.push_back(e);
        row_end[r] = e;
        row_of[i] = int(r);
    }
    return {std::move(row_of), int(row_end.size())};
}

// One side of a lane's baseline: its labels stack outward from it.
struct Side {
    int dir = -1;           // across direction from the baseline outward
    double baseline = 0;    // across position of the baseline
    std::vector<std::size_t> events;  // local indices
    int rows = 0;
    std::vector<double> level_size;  // across size of each label layer
    double extent = 0;               // across size of the whole side
};

// How a set of events is drawn.
struct Mode {
    Orientation orientation = Orientation::horizontal;
    bool lanes = true;  // a lane a source when two to four sources tell the events
};

// What a canvas says about the events it leaves out.
struct PageInfo {
    std::size_t left_out = 0;  // "12 weitere Ereignisse in der Chronik"
    std::size_t page = 0;      // "Seite 2 von 5" when pages > 1
    std::size_t pages = 1;
};

constexpr std::size_t kMostLanes = 4;
constexpr std::size_t kColours = 5;  // the palette's lane colours (paint.cpp)

class LayoutBuilder {
public:
    LayoutBuilder(const Timeline& tl, const RenderOptions& opt, const TextMeasurer& measurer, double type_scale = 1)
        : tl_(tl), opt_(opt), measurer_(measurer), m_(metrics_for(opt.size, type_scale)),
          language_(opt.language.empty() ? tl.language : opt.language), loc_(locale_for(language_)),
          words_(words_for(language_)) {
        published_ = latest_publication(tl);
        now_ = published_.value_or(date::sys_days{date::year{2000} / 1 / 1});
        placed_ = place_in_time(tl, loc_, now_);
        for (std::size_t i = 0; i < tl.events.size(); ++i)
            if (chronik::shown(tl.events[i], opt.selection)) shown_.push_back(i);
        headlines_.resize(tl.events.size());
        std::vector<std::string> texts;
        texts.reserve(shown_.size());
        for (const std::size_t i : shown_) texts.push_back(tl.events[i].headline);
        if (opt.hyphenate) texts = detail::hyphenate(texts, language_, opt.hyphen_dir);
        for (std::size_t k = 0; k < shown_.size(); ++k) headlines_[shown_[k]] = std::move(texts[k]);
        rank();
    }

    // The layout of `members` (indices into the timeline, ascending); nullopt
    // when `must_fit` and they do not fit the canvas without overlaps.
    std::optional<Layout> build(const Mode& mode, const std::vector<std::size_t>& members, const PageInfo& info,
                                bool must_fit);

    const std::vector<std::size_t>& shown() const { return shown_; }    // timeline order
    const std::vector<std::size_t>& ranked() const { return ranked_; }  // most salient first
    const Metrics& metrics() const { return m_; }
    std::string_view preset() const { return to_string(opt_.size); }
    // The number of sources that tell `members`.
    std::size_t source_count(const std::vector<std::size_t>& members) const {
        std::set<std::size_t> s;
        for (const std::size_t i : members) s.insert(source_of(tl_.events[i]));
        return s.size();
    }
    // Forgets measured texts once there are many: a print chronology keeps
    // about a few pages' worth, however long it is.
    void release() {
        if (labels_.size() < 2048) return;
        labels_.clear();
        measurer_.release();
    }

private:
    void rank();
    TextBlock text(TextRole role, std::string s, double wrap, int max_lines) const {
        TextBlock t;
        t.role = role;
        t.text = std::move(s);
        t.style = m_.style(role);
        t.wrap_width = wrap;
        t.max_lines = max_lines;
        const TextExtent e = measurer_.measure(t.text, t.style, wrap, max_lines);
        t.box = {0, 0, e.width, e.height};
        return t;
    }
    TextBlock fitted(TextRole role, const std::string& s, double wrap, int max_lines) const;
    static void move_to(TextBlock& t, double x, double y) {
        t.box.x = x;
        t.box.y = y;
    }
    const LabelText& label_text(std::size_t event, double wrap);
    std::vector<TimeSpan> time_spans(const std::vector<Placed>& placed) const;

    const Timeline& tl_;
    const RenderOptions& opt_;
    const TextMeasurer& measurer_;
    Metrics m_;
    std::string language_;
    const Locale& loc_;
    const GraphicWords& words_;
    std::optional<date::sys_days> published_;  // the latest source's publication day
    date::sys_days now_;                       // ... or a fixed day: what vague events count from
    std::vector<Placed> placed_;               // every event of the timeline
    std::vector<std::size_t> shown_, ranked_;
    std::vector<std::string> headlines_;  // of shown events; with soft hyphens where the language allows
    std::map<std::pair<std::size_t, long long>, LabelText> labels_;  // measured, by event and wrap width
};

// Most salient first: the events' salience; where it ties (or is not yet
// scored), what a reader needs most: exact dates, the lead of an article,
// events several sources tell. Ties by timeline order, so it is deterministic.
void LayoutBuilder::rank() {
    std::vector<double> fallback(tl_.events.size(), 0);
    std::map<std::size_t, std::vector<std::size_t>> by_source;
    for (const std::size_t i : shown_) by_source[source_of(tl_.events[i])].push_back(i);
    for (auto& [source, events] : by_source) {
        auto begin_of = [&](std::size_t i) {
            const Event& e = tl_.events[i];
            return e.mentions.empty() ? 0u : e.mentions.front().sentence_begin;
        };
        std::stable_sort(events.begin(), events.end(), [&](std::size_t a, std::size_t b) { return begin_of(a) < begin_of(b); });
        for (std::size_t k = 0; k < events.size(); ++k) {
            const Event& e = tl_.events[events[k]];
            const double lead = 1.0 / (1.0 + double(k));
            const double told = double(std::min<std::size_t>(e.mentions.size(), 4)) - 1;
            fallback[events[k]] = date_precision(e.when) + 0.5 * lead + 0.15 * told;
        }
    }
    ranked_ = shown_;
    std::stable_sort(ranked_.begin(), ranked_.end(), [&](std::size_t a, std::size_t b) {
        const double sa = tl_.events[a].salience, sb = tl_.events[b].salience;
        if (sa != sb) return sa > sb;
        return fallback[a] > fallback[b];
    });
}

// The closing mark of a quotation a cut text leaves open ('„Die Brücke'
// → '“'), so that "…" ends inside the quote and the quote still closes;
// "" when every quote closes.
std::string quote_left_open(std::string_view s) {
    auto count = [&](std::string_view mark) {
        std::size_t n = 0;
        for (std::size_t at = s.find(mark); at != std::string_view::npos; at = s.find(mark, at + mark.size())) ++n;
        return n;
    };
    if (count("\u201E") > count("\u201C")) return "\u201C";  // „ … “
    if (count("\u00BB") > count("\u00AB")) return "\u00AB";  // » … «
    if (count("\"") % 2 == 1) return "\"";
    return {};
}

// A text in at most `max_lines` lines of `wrap`; one that does not fit
// ends after its last whole word that does, with "…".
TextBlock LayoutBuilder::fitted(TextRole role, const std::string& raw, double wrap, int max_lines) const {
    const std::string s = collapse_spaces(raw);
    TextBlock whole = text(role, s, wrap, max_lines);
    if (!measurer_.measure(s, whole.style, wrap, max_lines).cut) return whole;
    std::vector<std::size_t> ends;  // where each word ends
    for (std::size_t at = 0; at < s.size(); ++at)
        if (s[at] == ' ' && at > 0 && s[at - 1] != ' ') ends.push_back(at);
    auto prefix = [&](std::size_t words) {
        std::string p = s.substr(0, ends[words - 1]);
        while (!p.empty() && std::string_view(",;:–-(").find(p.back()) != std::string_view::npos) p.pop_back();
        return p + "\u2026" + quote_left_open(p);
    };
    std::size_t lo = 0, hi = ends.size() + 1;  // lo words fit (0: only the ellipsis), hi do not
    while (hi - lo > 1) {
        const std::size_t mid = (lo + hi) / 2;
        if (measurer_.measure(prefix(mid), whole.style, wrap, max_lines).cut) hi = mid;
        else lo = mid;
    }
    return lo == 0 ? whole : text(role, prefix(lo), wrap, max_lines);
}

const LabelText& LayoutBuilder::label_text(std::size_t i, double wrap) {
    const std::pair key{i, std::llround(wrap * 64)};
    if (auto it = labels_.find(key); it != labels_.end()) return it->second;
    LabelText l;
    l.date = fitted(TextRole::date, placed_[i].date_text, wrap, 2);
    l.headline = fitted(TextRole::headline, headlines_[i], wrap, std::max(1, opt_.max_headline_lines));
    l.w = std::max(l.date.box.w, l.headline.box.w) + 2 * m_.pad();
    l.h = l.date.box.h + 0.15 * m_.base + l.headline.box.h + 2 * m_.pad();
    return labels_.emplace(key, std::move(l)).first->second;
}

// The stretches of time the axis shows. The events set them, not their
// widest interval: when some events are dated to a month or finer, a
// coarser one (a year, a decade) that overlaps them is drawn as a band over
// what they show and does not widen it; one apart from them gets a stretch
// of its own beyond a break. Long empty stretches become breaks.
std::vector<TimeSpan> LayoutBuilder::time_spans(const std::vector<Placed>& placed) const {
    constexpr double kFine = 31;  // days: a month or finer
    std::vector<TimeSpan> fine, coarse;
    for (const Placed& p : placed) {
        if (p.shape == MarkerShape::relative) continue;
        const TimeSpan e{p.t0 - p.fade_before, std::max(p.t1 + p.fade_after, p.t0 + 1)};
        (e.t1 - e.t0 <= kFine ? fine : coarse).push_back(e);
    }
    if (fine.empty()) std::swap(fine, coarse);
    std::vector<TimeSpan> extents = fine;
    // The fine events' time, merged into disjoint stretches, ascending.
    std::sort(fine.begin(), fine.end(), [](const TimeSpan& a, const TimeSpan& b) { return a.t0 < b.t0; });
    std::vector<TimeSpan> covered;
    for (const TimeSpan& e : fine) {
        if (!covered.empty() && e.t0 <= covered.back().t1) covered.back().t1 = std::max(covered.back().t1, e.t1);
        else covered.push_back(e);
    }
    for (const TimeSpan& e : coarse) {
        // The first stretch that ends after the coarse event begins.
        const auto it = std::upper_bound(covered.begin(), covered.end(), e.t0,
                                         [](double t, const TimeSpan& c) { return t < c.t1; });
        if (it == covered.end() || it->t0 >= e.t1) extents.push_back(e);  // overlaps no fine event
    }
    if (extents.empty()) {
        const double now = day_number(now_);
        extents.push_back({now - 15, now + 16});
    }
    for (TimeSpan& e : extents) {
        e.t0 = std::clamp(e.t0, kFirstDay, kEndDay - 1);
        e.t1 = std::clamp(e.t1, e.t0 + 1, kEndDay);
    }
    // A break must hide real time: a gap of a few days reads better drawn
    // to scale than cut out (three weeks at least).
    constexpr double kLeastBreak = 21;
    std::vector<TimeSpan> spans = detail::time_clusters(std::move(extents), 0.25, 4, kLeastBreak);
    for (TimeSpan& s : spans) {
        s.t0 = std::max(s.t0, kFirstDay);
        s.t1 = std::min(s.t1, kEndDay);
    }
    return spans;
}

bool leaders_clear(const Layout& l, double start_room);

std::optional<Layout> LayoutBuilder::build(const Mode& mode, const std::vector<std::size_t>& members,
                                           const PageInfo& info, bool must_fit) {
    const Frame f{mode.orientation == Orientation::horizontal};
    const bool horizontal = f.horizontal;
    const std::size_t n = members.size();
    const double margin = m_.margin();
    Layout out;
    out.orientation = mode.orientation;
    out.options = opt_;
    out.width = m_.width;
    out.height = m_.height;
    out.unit = m_.base;
    out.published = published_;
    out.left_out = info.left_out;
    out.page = info.page;
    out.pages = info.pages;

    // The members' placement, with partners and lanes in local indices.
    std::vector<Placed> placed;
    placed.reserve(n);
    std::unordered_map<std::size_t, std::size_t> local;
    for (std::size_t k = 0; k < n; ++k) {
        local.emplace(members[k], k);
        placed.push_back(placed_[members[k]]);
    }
    for (Placed& p : placed) {
        if (!p.partner) continue;
        const auto it = local.find(*p.partner);
        if (it == local.end()) p.partner.reset();
        else p.partner = it->second;
    }
    std::vector<std::size_t> sources;  // of the members, ascending
    for (const std::size_t i : members) sources.push_back(source_of(tl_.events[i]));
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    // Nothing of the timeline to show: the canvas says so instead of drawing
    // an empty axis, and its credit names the articles that were read.
    const bool nothing_to_show = n == 0 && shown_.empty();
    std::vector<std::size_t> every_source;
    if (nothing_to_show)
        for (std::size_t s = 0; s < tl_.sources.size(); ++s) every_source.push_back(s);
    const std::vector<std::size_t>& credited = nothing_to_show ? every_source : sources;
    const std::size_t lanes = mode.lanes && sources.size() >= 2 && sources.size() <= kMostLanes ? sources.size() : 1;
    const bool coloured = sources.size() >= 2 && sources.size() <= kColours;
    std::vector<std::string> lane_names(lanes);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t s = std::size_t(
            std::lower_bound(sources.begin(), sources.end(), source_of(tl_.events[members[k]])) - sources.begin());
        placed[k].lane = lanes > 1 ? s : 0;
        placed[k].colour = coloured ? s : 0;
    }
    if (lanes > 1)
        for (std::size_t l = 0; l < lanes; ++l)
            lane_names[l] = sources[l] < tl_.sources.size() ? tl_.sources[sources[l]].name : std::string();

    // The time axis: stretches set by the events, open arrows fitted in.
    std::vector<TimeSpan> spans = time_spans(placed);
    for (TimeSpan& span : spans) {
        const double len = span.t1 - span.t0;
        for (const Placed& p : placed)
            if (p.shape == MarkerShape::open_end && p.t0 >= span.t0 && p.t0 <= span.t1)
                span.t1 = std::min(kEndDay, std::max(span.t1, std::ceil(p.t0 + 0.12 * len)));
    }
    for (const TimeSpan& span : spans) {
        // Open-ended arrows reach a fixed share of the stretch they start in:
        // long enough to read as "and further", never across a break.
        const double share = 0.15 * (span.t1 - span.t0);
        for (Placed& p : placed) {
            if (p.t0 < span.t0 || p.t0 > span.t1) continue;
            if (p.shape == MarkerShape::open_start) p.fade_before = std::min(share, p.t1 - span.t0);
            if (p.shape == MarkerShape::open_end) p.fade_after = std::min(share, span.t1 - p.t0);
        }
    }
    // Each stretch gets room for the events it holds, not for its length.
    std::vector<double> weights(spans.size(), 0.5);
    for (const Placed& p : placed) {
        const double mid = (p.t0 + p.t1) / 2;
        std::size_t s = 0;
        while (s + 1 < spans.size() && mid >= spans[s + 1].t0) ++s;
        weights[s] += 1;
    }

    // Title block.
    double top = margin * 0.8;
    const double content_w = m_.width - 2 * margin;
    const std::string title = opt_.title.empty() ? tl_.title : opt_.title;
    for (const auto& [role, s] : {std::pair{TextRole::title, title}, std::pair{TextRole::subtitle, opt_.subtitle}}) {
        if (s.empty()) continue;
        TextBlock t = fitted(role, s, content_w, 2);
        move_to(t, margin, top);
        top += t.box.h + 0.3 * m_.frame;
        out.texts.push_back(std::move(t));
    }
    if (!out.texts.empty()) top += 0.9 * m_.frame;

    // Footer, from the bottom up: credit line, legend, note. A legend names
    // the sources with their days after "Quellen:"; a credit line below
    // would name them again.
    const bool legend = coloured && lanes == 1;
    std::optional<TextBlock> credit, note;
    if (const std::string c = legend ? std::string() : credit_line(tl_, credited, loc_, words_, title); !c.empty())
        credit = fitted(TextRole::credit, c, content_w, 2);
    std::string note_text;
    if (info.left_out > 0)
        note_text = info.left_out == 1 ? std::string(words_.more_one) : fill_in(words_.more_many, "{n}", info.left_out);
    if (info.pages > 1) {
        const std::string page = fill_in(fill_in(words_.page, "{p}", info.page + 1), "{n}", info.pages);
        note_text = note_text.empty() ? page : note_text + " · " + page;
    }
    if (!note_text.empty()) note = fitted(TextRole::note, note_text, content_w, 1);
    double bottom = m_.height - margin * 0.7;  // the footer fills upward from here
    if (credit) {
        bottom -= credit->box.h;
        move_to(*credit, margin, bottom);
        bottom -= 0.4 * m_.frame;
    }
    if (legend) {
        // "Quellen:", then one swatch, name and day a source, in a row;
        // they share the width, the names cut to fit, the days whole.
        const TextStyle style = m_.style(TextRole::legend);
        const double swatch = 0.7 * style.size, gap = 0.4 * m_.frame, spacing = 1.2 * m_.frame;
        TextBlock lead = text(TextRole::credit, std::string(loc_.sources) + ":", 0, 1);
        move_to(lead, margin, 0);
        const double start = lead.box.right() + gap;
        const double each = (content_w - (start - margin) - double(sources.size() - 1) * spacing) / double(sources.size());
        double x = start, line_h = lead.box.h;
        for (std::size_t s = 0; s < sources.size(); ++s) {
            LegendEntry e;
            e.colour = s;
            const double room = std::max(1.0, each - swatch - gap);
            std::string entry;
            if (sources[s] < tl_.sources.size()) {
                const Source& src = tl_.sources[sources[s]];
                const std::string day = src.published.ok() ? ", " + format_source_date(src.published, loc_) : std::string();
                const double day_w = measurer_.measure(day, style, 0, 1).width;
                std::string name = fitted(TextRole::legend, src.name, std::max(1.0, room - day_w), 1).text;
                // A name cut within its first word ("Die…", "„Am…“") names
                // nothing: the day alone tells the source then.
                const std::size_t cut = name.find(kEllipsis);
                if (src.published.ok() && cut != std::string::npos && name.find(' ') > cut) name.clear();
                entry = source_credit(src, name, loc_, title);
            }
            e.text = fitted(TextRole::legend, entry, room, 1);
            line_h = std::max(line_h, e.text.box.h);
            e.swatch = {x, 0, swatch, swatch};
            move_to(e.text, x + swatch + gap, 0);
            x = e.text.box.right() + spacing;
            out.legend.push_back(std::move(e));
        }
        bottom -= line_h;
        for (LegendEntry& e : out.legend) {
            e.text.box.y = bottom + (line_h - e.text.box.h) / 2;
            e.swatch.y = bottom + (line_h - e.swatch.h) / 2;
        }
        lead.box.y = bottom + (line_h - lead.box.h) / 2;
        credit = std::move(lead);
        bottom -= 0.4 * m_.frame;
    }
    if (note) {
        bottom -= note->box.h;
        move_to(*note, margin, bottom);
        bottom -= 0.4 * m_.frame;
    }
    const double footer = m_.height - bottom + 0.5 * m_.base;  // what the labels leave free at the bottom
    if (nothing_to_show) {
        TextBlock message = fitted(TextRole::note, std::string(loc_.no_dated_events), content_w, 2);
        move_to(message, margin + (content_w - message.box.w) / 2, (top + bottom - message.box.h) / 2);
        out.texts.push_back(std::move(message));
        if (note) out.texts.push_back(std::move(*note));
        if (credit) out.texts.push_back(std::move(*credit));
        out.description = std::string(loc_.no_dated_events) + "\n";
        return out;
    }

    // Lane titles take a line before each lane's labels.
    const double lane_title = lanes > 1 ? m_.style(TextRole::lane).size * 1.6 : 0;
    // The axis band: horizontal as thick as a tick label line; vertical as
    // wide as the widest tick label.
    const TextStyle tick_style = m_.style(TextRole::tick);
    const double band = horizontal ? m_.band()
                                   : measurer_.measure("30. Sept. 2024", tick_style, 0, 1).width + 2 * m_.pad() + 2 * m_.dot() + 0.4 * m_.base;

    // Along extent of the axis.
    const double a0 = horizontal ? margin : top + lane_title;
    // A vertical axis is as long as its events need, not the page: one or
    // two events on a print page get a short axis under the title, not a
    // page-long one with empty ticks.
    const double page_end = horizontal ? m_.width - margin : m_.height - footer;
    const double a1 = horizontal ? page_end : std::min(page_end, a0 + std::max(14.0, 6.0 * double(n)) * m_.base);
    if (a1 - a0 < 4 * m_.base) {
        if (must_fit && n > 0) return std::nullopt;
    }
    // Vertical lanes side by side right of the band.
    const double band_room = band + 0.6 * m_.base;
    const double lane_w = (content_w - band_room - double(lanes - 1) * m_.lane_gap()) / double(lanes);
    // Room for markers beside a vertical axis: the range rows all of a lane's bars need.
    double marker_room = 0;
    std::vector<std::vector<std::size_t>> lane_members(lanes);
    for (std::size_t k = 0; k < n; ++k) lane_members[placed[k].lane].push_back(k);
    for (std::size_t lane = 0; lane < lanes; ++lane) {
        auto time_extent = [&](std::size_t i) {
            const Placed& p = placed[i];
            return std::pair{p.t0 - p.fade_before, p.t1 + p.fade_after};
        };
        const int rows = assign_rows(lane_members[lane], placed, time_extent, 0.0).second;
        marker_room = std::max(marker_room, m_.marker_room(rows));
    }
    // A single lane has labels on both sides of its axis (above and below,
    // or left and right when there is room for two columns); several lanes
    // have one side each.
    const double two_column_wrap = (content_w - band) / 2 - marker_room;
    const int sides_per_lane = lanes == 1 && (horizontal || two_column_wrap >= 14 * m_.base) ? 2 : 1;
    const double wrap = horizontal ? m_.label_width()
                        : sides_per_lane == 2 ? std::min(1.4 * m_.column_width(), two_column_wrap)
                                              : std::max(6 * m_.base, std::min(m_.column_width(), lane_w - 0.5 * m_.base - marker_room));

    // Labels, measured.
    std::vector<const LabelText*> texts;
    texts.reserve(n);
    for (std::size_t k = 0; k < n; ++k) texts.push_back(&label_text(members[k], wrap - 2 * m_.pad()));
    auto along_len = [&](std::size_t k) { return horizontal ? texts[k]->w : texts[k]->h; };
    auto across_len = [&](std::size_t k) { return horizontal ? texts[k]->h : texts[k]->w; };
    // Horizontal labels stack in layers (at most four a side); a vertical
    // side is one column.
    const int max_levels = horizontal ? 4 : 1;

    const TimeScale scale = detail::make_scale(spans, a0, a1, m_.break_length(), 0.12, weights);

    // Each event's anchor along the axis.
    std::vector<double> anchor(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Placed& p = placed[i];
        switch (p.shape) {
            case MarkerShape::point: {
                const double b = scale.at(p.t0, 1), e = scale.at(p.t1, -1);
                // A clock time puts the dot at its hour where a day is wide
                // enough to tell hours apart; else the middle of its day.
                anchor[i] = p.clock && e - b >= 6 * m_.dot() ? b + (e - b) * double(*p.clock) / 1440 : (b + e) / 2;
                break;
            }
            case MarkerShape::bar: anchor[i] = (scale.at(p.t0, 1) + scale.at(p.t1, -1)) / 2; break;
            case MarkerShape::open_start: anchor[i] = (scale.at(p.t1 - p.fade_before) + scale.at(p.t1)) / 2; break;
            case MarkerShape::open_end: anchor[i] = (scale.at(p.t0) + scale.at(p.t0 + p.fade_after)) / 2; break;
            case MarkerShape::relative:
                anchor[i] = std::clamp(scale.at(p.t0) + p.along_offset * m_.relative_offset(), a0, a1);
                break;
        }
    }

    // Dots of one day and lane closer than a dot's width would smear into
    // one: on a day with clock times its dots snap to a grid a dot and a
    // bit apart, so that times close together share one dot and the others
    // keep clear of each other (each within half a step of its time).
    const double pitch = 2.2 * m_.dot();
    std::set<std::pair<std::size_t, double>> timed_days;  // lane, day
    for (std::size_t i = 0; i < n; ++i)
        if (placed[i].clock && anchor[i] != (scale.at(placed[i].t0, 1) + scale.at(placed[i].t1, -1)) / 2)
            timed_days.emplace(placed[i].lane, placed[i].t0);
    for (std::size_t i = 0; i < n; ++i) {
        const Placed& p = placed[i];
        if (p.shape != MarkerShape::point || !timed_days.count({p.lane, p.t0})) continue;
        const double b = scale.at(p.t0, 1), e = scale.at(p.t1, -1);
        anchor[i] = std::clamp(b + std::round((anchor[i] - b) / pitch) * pitch, b, e);
    }

    std::vector<Side> sides(lanes * std::size_t(sides_per_lane));
    std::vector<int> side_index(n, 0), level_of(n, 0);
    std::vector<Box> boxes(n);  // along set here, across below
    bool fits = true;
    double shift = 0, typical_len = 0;  // the largest shift of a label, the longest label
    for (std::size_t lane = 0; lane < lanes; ++lane) {
        std::vector<std::size_t> order = lane_members[lane];
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return anchor[a] < anchor[b]; });
        std::vector<double> anchors, lengths;
        double typical = 0;
        for (std::size_t i : order) {
            anchors.push_back(anchor[i]);
            lengths.push_back(along_len(i));
            typical = std::max(typical, along_len(i));
        }
        const detail::Placement pl = detail::place_labels(anchors, lengths, m_.label_gap(), horizontal ? margin : a0,
                                                          horizontal ? m_.width - margin : a1,
                                                          max_levels * sides_per_lane, sides_per_lane, typical);
        fits = fits && pl.fits;
        shift = std::max(shift, pl.max_shift);
        typical_len = std::max(typical_len, typical);
        for (std::size_t k = 0; k < order.size(); ++k) {
            const std::size_t i = order[k];
            const int si = int(lane) * sides_per_lane + pl.layer[k] % sides_per_lane;
            Side& s = sides[std::size_t(si)];
            const int level = pl.layer[k] / sides_per_lane;
            s.events.push_back(i);
            if (s.level_size.size() <= std::size_t(level)) s.level_size.resize(std::size_t(level) + 1, 0);
            s.level_size[std::size_t(level)] = std::max(s.level_size[std::size_t(level)], across_len(i));
            side_index[i] = si;
            level_of[i] = level;
            boxes[i] = f.box(pl.start[k], pl.start[k] + along_len(i), 0, across_len(i));
        }
    }
    // Labels far from their dates, tied by long leaders, read as clutter:
    // such a set of events does not fit.
    if (must_fit && (!fits || shift > 2.5 * typical_len)) return std::nullopt;

    // Range rows.
    std::vector<int> row(n, -1);
    auto extent_of = [&](std::size_t i) {
        const Placed& p = placed[i];
        return std::pair{scale.at(p.t0 - p.fade_before, 1), scale.at(p.t1 + p.fade_after, -1)};
    };
    for (Side& s : sides) {
        auto [row_of, rows] = assign_rows(s.events, placed, extent_of, 0.2 * m_.base);
        for (std::size_t i : s.events) row[i] = row_of[i];
        s.rows = rows;
        double levels = 0;
        for (double size : s.level_size) levels += size + m_.level_gap();
        s.extent = m_.marker_room(s.rows) + levels;
    }

    // Across: stack sides, lanes and the axis band. A horizontal stack
    // that leaves room to spare sits in the middle of it.
    double used = 0;
    if (sides_per_lane == 2 || horizontal) {
        for (const Side& s : sides) used += s.extent;
        used += band + (lanes > 1 ? double(lanes) * (lane_title + 0.2 * m_.base + m_.lane_gap()) : 0);
    }
    const double slack = horizontal ? m_.height - footer - top - used : sides_per_lane == 2 ? content_w - used : 0;
    double c = (horizontal ? top : margin) + std::max(0.0, slack / 2);
    std::vector<double> lane_start(lanes), lane_end(lanes);
    double band0 = 0;
    if (sides_per_lane == 2) {
        Side& up = sides[0];
        Side& down = sides[1];
        up.dir = -1;
        down.dir = 1;
        lane_start[0] = c;
        up.baseline = c + up.extent;
        band0 = up.baseline;
        down.baseline = band0 + band;
        c = down.baseline + down.extent;
        lane_end[0] = c;
    } else if (horizontal) {
        for (std::size_t lane = 0; lane < lanes; ++lane) {
            lane_start[lane] = c;
            sides[lane].dir = -1;
            sides[lane].baseline = c + lane_title + sides[lane].extent;
            c = sides[lane].baseline + 0.2 * m_.base;
            lane_end[lane] = c;
            c += m_.lane_gap() * (lane + 1 < lanes ? 1 : 0.3);
        }
        band0 = c;
        c += band;
    } else {
        band0 = c;
        c += band_room;
        for (std::size_t lane = 0; lane < lanes; ++lane) {
            lane_start[lane] = c;
            sides[lane].dir = 1;
            sides[lane].baseline = c + 0.5 * m_.base;
            c += lane_w;
            lane_end[lane] = c;
            c += m_.lane_gap();
        }
        c -= m_.lane_gap();
    }
    const double across_end = c;
    if (must_fit) {
        if (horizontal && across_end > m_.height - footer + 1e-6) return std::nullopt;
        if (!horizontal && across_end > m_.width - margin + 1e-6) return std::nullopt;
    }

    // Labels across: each layer stacks outward from the markers.
    out.labels.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        Label& l = out.labels[k];
        const Side& s = sides[std::size_t(side_index[k])];
        l.event_id = tl_.events[members[k]].id;
        l.event = members[k];
        l.lane = placed[k].lane;
        l.colour = placed[k].colour;
        l.layer = level_of[k];
        double start = m_.marker_room(s.rows);
        for (int lv = 0; lv < l.layer; ++lv) start += s.level_size[std::size_t(lv)] + m_.level_gap();
        const double near = s.baseline + s.dir * start;
        const double far = near + s.dir * f.across_length(boxes[k]);
        l.box = f.box(f.along_of(boxes[k]), f.along_of(boxes[k]) + f.along_length(boxes[k]), near, far);
        l.side = s.dir;
        l.date = texts[k]->date;
        l.headline = texts[k]->headline;
        // Left of a vertical axis the lines are flush towards it.
        const bool flush = !horizontal && s.dir < 0;
        l.date.flush_end = l.headline.flush_end = flush;
        auto x_of = [&](const TextBlock& t) { return flush ? l.box.right() - m_.pad() - t.box.w : l.box.x + m_.pad(); };
        move_to(l.date, x_of(l.date), l.box.y + m_.pad());
        move_to(l.headline, x_of(l.headline), l.date.box.bottom() + 0.15 * m_.base);
    }

    // Markers, leaders and relations.
    for (std::size_t i = 0; i < n; ++i) {
        const Placed& p = placed[i];
        const Side& s = sides[std::size_t(side_index[i])];
        Marker mk;
        mk.event_id = tl_.events[members[i]].id;
        mk.event = members[i];
        mk.lane = p.lane;
        mk.colour = p.colour;
        mk.shape = p.shape;
        mk.approximate = p.approximate;
        mk.coarse = p.coarse && p.shape == MarkerShape::bar;
        mk.along_begin = scale.at(p.t0, 1);
        mk.along_end = std::max(mk.along_begin, scale.at(p.t1, -1));
        double outer;  // across position where the leader leaves the marker
        if (row[i] < 0) {
            const double r = m_.dot();
            mk.along_begin = mk.along_end = anchor[i];
            mk.core = f.box(anchor[i] - r, anchor[i] + r, s.baseline - r, s.baseline + r);
            outer = s.baseline + s.dir * r;
        } else {
            const double c0 = s.baseline + s.dir * (0.3 * m_.base + row[i] * m_.row_pitch());
            const double c1 = c0 + s.dir * m_.bar();
            const double cap = 0.25 * m_.base;  // the visible fixed end of an open arrow
            double b = mk.along_begin, e = std::max(mk.along_end, mk.along_begin + 1.5);
            if (p.shape == MarkerShape::open_start) b = e - cap;
            if (p.shape == MarkerShape::open_end) e = b + cap;
            // A range of a day or two on a scale of years would be a speck:
            // at least as long as a dot is wide, over its middle.
            if (p.shape == MarkerShape::bar && e - b < 2 * m_.dot()) {
                const double middle = (mk.along_begin + mk.along_end) / 2;
                b = middle - m_.dot();
                e = middle + m_.dot();
            }
            mk.core = f.box(b, e, c0, c1);
            if (p.fade_before > 0) mk.fade_before = f.box(std::min(b, scale.at(p.t0 - p.fade_before, 1)), b, c0, c1);
            if (p.fade_after > 0) mk.fade_after = f.box(e, std::max(e, scale.at(p.t1 + p.fade_after, -1)), c0, c1);
            outer = c1;
        }
        mk.anchor = f.point(anchor[i], outer);
        out.markers.push_back(mk);

        const Label& l = out.labels[i];
        const double l0 = f.along_of(l.box), l1 = l0 + f.along_length(l.box);
        const double inset = std::min(0.6 * m_.base, (l1 - l0) / 2);
        const double lo = horizontal ? l0 + inset : std::min(l1 - inset, l0 + l.date.box.h / 2 + m_.pad());
        double to_along = std::clamp(anchor[i], lo, l1 - inset);
        const double to_across = horizontal ? (s.dir < 0 ? l.box.bottom() : l.box.y) : (s.dir < 0 ? l.box.right() : l.box.x);
        // A leader to an outer layer bends beside the axis, then runs
        // straight through a gap between the inner labels: where its label
        // has one nearest the marker.
        const double bend_end = l.layer > 0 ? s.baseline + s.dir * m_.marker_room(s.rows) : to_across;
        if (l.layer > 0) {
            std::vector<std::pair<double, double>> blocked;  // along intervals of inner labels, with clearance
            const double clear = 0.3 * m_.base;
            for (const std::size_t j : s.events)
                if (out.labels[j].layer < l.layer) {
                    const double b0 = f.along_of(out.labels[j].box) - clear;
                    const double b1 = b0 + f.along_length(out.labels[j].box) + 2 * clear;
                    if (b1 > lo && b0 < l1 - inset) blocked.emplace_back(b0, b1);
                }
            auto free_at = [&](double a) {
                return std::none_of(blocked.begin(), blocked.end(), [&](const auto& b) { return a > b.first && a < b.second; });
            };
            std::optional<double> best;
            auto consider = [&](double a) {
                if (a < lo - 1e-9 || a > l1 - inset + 1e-9 || !free_at(a)) return;
                if (!best || std::abs(a - anchor[i]) < std::abs(*best - anchor[i])) best = a;
            };
            consider(to_along);
            for (const auto& [b0, b1] : blocked) {
                consider(b0);
                consider(b1);
            }
            if (best) to_along = *best;
        }
        const double mid = (outer + bend_end) / 2;
        out.leaders.push_back({mk.event_id, mk.anchor, f.point(anchor[i], mid), f.point(to_along, mid),
                               f.point(to_along, bend_end), f.point(to_along, to_across)});
    }
    // Leaders that cross one another or run behind another label read as
    // clutter: such a set of events does not fit.
    if (must_fit && !leaders_clear(out, m_.dot())) return std::nullopt;
    for (std::size_t i = 0; i < n; ++i) {
        const Placed& p = placed[i];
        if (!p.partner) continue;
        const Marker& a = out.markers[i];
        const Marker& b = out.markers[*p.partner];
        Relation r;
        r.event_id = a.event_id;
        r.partner_id = b.event_id;
        r.order = p.order;
        r.undated_first = p.undated_first;
        r.from = p.undated_first ? a.anchor : b.anchor;
        r.to = p.undated_first ? b.anchor : a.anchor;
        // Bulge away from the labels of the undated event, toward the axis.
        const Side& s = sides[std::size_t(side_index[i])];
        const Point mid{(r.from.x + r.to.x) / 2, (r.from.y + r.to.y) / 2};
        const double bulge = -s.dir * 0.9 * m_.base;
        r.control = horizontal ? Point{mid.x, mid.y + bulge} : Point{mid.x + bulge, mid.y};
        out.relations.push_back(r);
    }

    // Axis segments, breaks and ticks; every stretch says when it is.
    const double band1 = band0 + band;
    const auto& segs = scale.segments();
    auto label_len = [&](const std::string& s) {
        const TextExtent e = measurer_.measure(s, tick_style, 0, 1);
        return (horizontal ? e.width : e.height) + m_.pad();
    };
    for (std::size_t k = 0; k < segs.size(); ++k) {
        const detail::ScaleSegment& sg = segs[k];
        out.segments.push_back({day_of(sg.t0), day_of(sg.t1 - 1), sg.p0, sg.p1, f.box(sg.p0, sg.p1, band0, band1)});
        if (k + 1 < segs.size()) out.breaks.push_back(f.box(sg.p1, segs[k + 1].p0, band0, band1));
        const double per_day = (sg.p1 - sg.p0) / (sg.t1 - sg.t0);
        // What most events of the stretch are (days, months, years: the
        // median length) sets the finest tick step: years among a quarter
        // and a day are still ticked by the year.
        std::vector<double> lengths;
        for (const Placed& p : placed)
            if ((p.shape == MarkerShape::point || p.shape == MarkerShape::bar) && p.t1 > sg.t0 && p.t0 < sg.t1)
                lengths.push_back(p.t1 - p.t0);
        double typical = 0;
        if (!lengths.empty()) {
            const auto middle = lengths.begin() + std::ptrdiff_t((lengths.size() - 1) / 2);
            std::nth_element(lengths.begin(), middle, lengths.end());
            typical = *middle;
        }
        std::vector<detail::TickMark> marks =
            detail::choose_ticks(sg.t0, sg.t1, per_day, loc_, label_len, 0.8 * m_.base, typical);
        bool labelled = false;
        for (std::size_t t_i = 0; t_i < marks.size(); ++t_i) {
            const detail::TickMark& tm = marks[t_i];
            Tick t;
            t.day = tm.day;
            t.along = scale.at(day_number(tm.day));
            t.from = f.point(t.along, band0);
            t.to = f.point(t.along, band1);
            TextBlock lb = text(TextRole::tick, tm.label, 0, 1);
            const double lb_along = t.along + m_.pad();
            if (lb_along + (horizontal ? lb.box.w : lb.box.h) <= sg.p1) {
                if (horizontal) move_to(lb, lb_along, band0 + (band - lb.box.h) / 2);
                else move_to(lb, (band0 + band1 - lb.box.w) / 2, lb_along);
                t.label = std::move(lb);
                labelled = true;
            }
            out.ticks.push_back(std::move(t));
        }
        // A stretch too short for its first tick's label still names its start.
        if (!labelled) {
            const std::string s = detail::span_label(sg.t0, sg.t1, loc_);
            TextBlock lb = text(TextRole::tick, s, 0, 1);
            const double lb_along = sg.p0 + m_.pad();
            if (lb_along + (horizontal ? lb.box.w : lb.box.h) <= sg.p1) {
                Tick t;
                t.day = day_of(std::ceil(sg.t0));
                t.along = sg.p0;
                t.from = f.point(t.along, band0);
                t.to = f.point(t.along, band0);  // no mark: the label names the stretch
                if (horizontal) move_to(lb, lb_along, band0 + (band - lb.box.h) / 2);
                else move_to(lb, (band0 + band1 - lb.box.w) / 2, lb_along);
                t.label = std::move(lb);
                out.ticks.push_back(std::move(t));
            }
        }
    }
    std::stable_sort(out.ticks.begin(), out.ticks.end(), [](const Tick& a, const Tick& b) { return a.along < b.along; });

    // Lanes.
    for (std::size_t lane = 0; lane < lanes; ++lane) {
        Lane ln;
        ln.name = lane_names[lane];
        const Side& s = sides[lane * std::size_t(sides_per_lane)];
        if (sides_per_lane == 2) {
            ln.box = f.box(a0, a1, lane_start[0], lane_end[0]);
        } else {
            ln.box = f.box(a0 - lane_title, a1, lane_start[lane], lane_end[lane]);
        }
        ln.line_from = f.point(a0, s.baseline);
        ln.line_to = f.point(a1, s.baseline);
        if (lanes > 1) {
            TextBlock t = fitted(TextRole::lane, ln.name, horizontal ? content_w : lane_w, 1);
            if (horizontal) move_to(t, margin, lane_start[lane]);
            else move_to(t, lane_start[lane], a0 - lane_title);
            ln.title = std::move(t);
        }
        out.lanes.push_back(std::move(ln));
    }

    if (note) out.texts.push_back(std::move(*note));
    if (credit) out.texts.push_back(std::move(*credit));
    for (std::size_t i = 0; i < n; ++i) {
        const Event& e = tl_.events[members[i]];
        out.description += placed[i].date_text + ": " + e.headline + "\n";
    }
    return out;
}

// No leader crosses another or runs through a label not its own. Leaders
// that leave one marker may meet where they start (within `start_room`).
bool leaders_clear(const Layout& l, double start_room) {
    const std::size_t n = l.leaders.size();
    std::vector<std::vector<Point>> paths(n);
    std::vector<Box> bounds(n);
    for (std::size_t i = 0; i < n; ++i) {
        paths[i] = leader_path(l.leaders[i]);
        double x0 = paths[i][0].x, x1 = x0, y0 = paths[i][0].y, y1 = y0;
        for (const Point& p : paths[i]) {
            x0 = std::min(x0, p.x), x1 = std::max(x1, p.x), y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
        }
        bounds[i] = {x0 - 0.5, y0 - 0.5, x1 - x0 + 1, y1 - y0 + 1};
    }
    auto near_start = [&](std::size_t i, const Point& p) {
        return std::hypot(p.x - l.leaders[i].from.x, p.y - l.leaders[i].from.y) <= start_room;
    };
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < l.labels.size(); ++j) {
            if (j == i || !bounds[i].overlaps(l.labels[j].box)) continue;
            for (std::size_t k = 0; k + 1 < paths[i].size(); ++k)
                if (segment_enters(paths[i][k], paths[i][k + 1], l.labels[j].box)) return false;
        }
        for (std::size_t j = i + 1; j < n; ++j) {
            if (!bounds[i].overlaps(bounds[j])) continue;
            const bool shared = std::hypot(l.leaders[i].from.x - l.leaders[j].from.x,
                                           l.leaders[i].from.y - l.leaders[j].from.y) <= start_room;
            for (std::size_t a = 0; a + 1 < paths[i].size(); ++a)
                for (std::size_t b = 0; b + 1 < paths[j].size(); ++b) {
                    // From one marker: the first eighth of each curve leaves it together.
                    if (shared && (a < 2 || b < 2 || near_start(i, paths[i][a + 1]) || near_start(j, paths[j][b + 1])))
                        continue;
                    if (segments_meet(paths[i][a], paths[i][a + 1], paths[j][b], paths[j][b + 1])) return false;
                }
        }
    }
    return true;
}

// The first `k` of `ranked`, in timeline order.
std::vector<std::size_t> top(const std::vector<std::size_t>& ranked, std::size_t k) {
    std::vector<std::size_t> out(ranked.begin(), ranked.begin() + std::ptrdiff_t(std::min(k, ranked.size())));
    std::sort(out.begin(), out.end());
    return out;
}

struct Fit {
    std::optional<Layout> layout;
    std::size_t count = 0;
};

// A graphic that shows this many events tells its story in its preferred orientation.
constexpr std::size_t kEnoughEvents = 6;

// No canvas of a preset holds more labels than this; the search starts here.
constexpr std::size_t kMostOnACanvas = 160;

// The most salient events that fit in `mode`: a binary search over how
// many, each try a layout of that many (the most salient first).
Fit most_that_fit(LayoutBuilder& b, const Mode& mode, std::size_t most) {
    const std::vector<std::size_t>& ranked = b.ranked();
    const std::size_t total = ranked.size();
    auto attempt = [&](std::size_t k) { return b.build(mode, top(ranked, k), {total - k, 0, 1}, true); };
    std::size_t hi = std::min(total, most);
    if (auto l = attempt(hi)) return {std::move(l), hi};
    std::size_t lo = 0;
    std::optional<Layout> best = attempt(0);
    while (hi - lo > 1) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (auto l = attempt(mid)) {
            lo = mid;
            best = std::move(l);
        } else {
            hi = mid;
        }
    }
    if (!best) best = b.build(mode, {}, {total, 0, 1}, false);
    return {std::move(best), lo};
}

// The ways to draw, preferred first: horizontal on a landscape or square
// canvas, vertical on a portrait one (unless the options name one); lanes
// before one lane with a legend when two to four sources tell the events.
std::vector<Mode> modes_for(const RenderOptions& options, const Metrics& m, bool lanes_possible) {
    std::vector<Orientation> orientations{options.orientation};
    if (options.orientation == Orientation::automatic)
        orientations = m.width >= m.height ? std::vector{Orientation::horizontal, Orientation::vertical}
                                           : std::vector{Orientation::vertical, Orientation::horizontal};
    std::vector<Mode> out;
    for (const Orientation o : orientations) {
        if (lanes_possible) out.push_back({o, true});
        out.push_back({o, false});
    }
    return out;
}

bool lanes_possible(const LayoutBuilder& b, const std::vector<std::size_t>& events) {
    const std::size_t sources = b.source_count(events);
    return sources >= 2 && sources <= kMostLanes;
}

}  // namespace

Layout layout_timeline(const Timeline& timeline, const RenderOptions& options, const TextMeasurer& measurer) {
    LayoutBuilder b(timeline, options, measurer);
    const Metrics& m = b.metrics();
    const std::size_t total = b.ranked().size();
    if (options.max_events > 0) {
        const std::size_t k = std::min(total, std::size_t(options.max_events));
        const std::vector<std::size_t> chosen = top(b.ranked(), k);
        const std::vector<Mode> modes = modes_for(options, m, lanes_possible(b, chosen));
        for (const Mode& mode : modes)
            if (auto l = b.build(mode, chosen, {total - k, 0, 1}, true)) return std::move(*l);
        std::size_t most = 0;
        for (const Mode& mode : modes) most = std::max(most, most_that_fit(b, mode, k).count);
        throw LimitError("--max-events " + std::to_string(options.max_events) + ": only " + std::to_string(most) +
                         " events fit the " + std::string(b.preset()) + " canvas (" + std::to_string(int(m.width)) +
                         " × " + std::to_string(int(m.height)) + ") without overlapping labels; ask for --max-events " +
                         std::to_string(most) + " or fewer, fewer --max-lines, or --size a4 with a PDF for a print "
                         "chronology of every event");
    }
    // Few events: all of them in larger type, when they fit.
    if (const double scale = type_scale_for(options.size, total); scale != 1) {
        LayoutBuilder large(timeline, options, measurer, scale);
        for (const Mode& mode : modes_for(options, large.metrics(), lanes_possible(large, large.shown())))
            if (auto l = large.build(mode, large.shown(), {0, 0, 1}, true)) return std::move(*l);
    }
    // The preferred way, unless another shows clearly more events.
    Fit best;
    for (const Mode& mode : modes_for(options, m, lanes_possible(b, top(b.ranked(), kMostOnACanvas)))) {
        Fit f = most_that_fit(b, mode, best.layout ? kMostOnACanvas : kMostOnACanvas);
        // The other orientation only when the preferred one shows too few
        // events to tell the story: a landscape canvas drawn vertically
        // leaves its width empty.
        const bool same_orientation = best.layout && best.layout->orientation == mode.orientation;
        const bool too_few = best.layout && best.count < std::min(total, kEnoughEvents);
        if (!best.layout || ((same_orientation || too_few) && double(f.count) > 1.25 * double(best.count) + 0.5))
            best = std::move(f);
        if (best.count == total) break;
    }
    return std::move(*best.layout);
}

void layout_pages(const Timeline& timeline, const RenderOptions& options, const TextMeasurer& measurer,
                  const std::function<void(const Layout&)>& page) {
    LayoutBuilder b(timeline, options, measurer);
    const std::vector<std::size_t> members =
        options.max_events > 0 ? top(b.ranked(), std::size_t(options.max_events)) : b.shown();
    const std::size_t m = members.size();
    Orientation orientation = options.orientation;
    if (orientation == Orientation::automatic)
        orientation = b.metrics().width > b.metrics().height ? Orientation::horizontal : Orientation::vertical;
    const Mode mode{orientation, lanes_possible(b, members)};
    // Few events: one page in larger type, when they fit it.
    if (const double scale = type_scale_for(options.size, m); scale != 1) {
        LayoutBuilder large(timeline, options, measurer, scale);
        if (auto l = large.build(mode, members, {0, 0, 1}, true)) {
            page(*l);
            return;
        }
    }
    auto slice = [&](std::size_t from, std::size_t to) {
        return std::vector<std::size_t>(members.begin() + std::ptrdiff_t(from), members.begin() + std::ptrdiff_t(to));
    };
    // Where pages end: each takes as many events as fit, in time order
    // (found by doubling, then halving: O(k log k) a page of k events). A
    // page counts on its page note.
    auto fits = [&](std::size_t from, std::size_t to) {
        return b.build(mode, slice(from, to), {0, 0, 2}, true).has_value();
    };
    std::vector<std::size_t> ends;
    std::size_t guess = 8;  // pages hold about as many as the page before
    for (std::size_t from = 0; from < m;) {
        const std::size_t rest = m - from;
        // good fits, bad does not (rest + 1: beyond the end); gallop from the guess, then halve.
        std::size_t good = 0, bad = rest + 1;
        const std::size_t first = std::min(std::max<std::size_t>(guess, 1), rest);
        if (fits(from, from + first)) {
            good = first;
            for (std::size_t step = 1; good < rest; step *= 2) {
                const std::size_t k = std::min(good + step, rest);
                if (!fits(from, from + k)) {
                    bad = k;
                    break;
                }
                good = k;
            }
        } else {
            bad = first;
            for (std::size_t step = 1; bad > 1; step *= 2) {
                const std::size_t k = bad > step ? bad - step : 1;
                if (fits(from, from + k)) {
                    good = k;
                    break;
                }
                bad = k;
            }
        }
        while (good > 0 && bad - good > 1) {
            const std::size_t mid = good + (bad - good) / 2;
            (fits(from, from + mid) ? good : bad) = mid;
        }
        if (good > 0) guess = good;
        from += std::max<std::size_t>(good, 1);  // an event no page holds alone still gets one
        ends.push_back(from);
        b.release();
    }
    if (ends.empty()) ends.push_back(0);
    std::size_t from = 0;
    for (std::size_t p = 0; p < ends.size(); ++p) {
        const std::vector<std::size_t> events = slice(from, ends[p]);
        const PageInfo info{0, p, ends.size()};
        std::optional<Layout> l = b.build(mode, events, info, true);
        if (!l) l = b.build(mode, events, info, false);
        page(*l);
        b.release();
        from = ends[p];
    }
}

}  // namespace chronik::render
