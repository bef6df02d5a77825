// The layout stage: a Timeline to pure geometry. No drawing library here;
// text is measured through TextMeasurer.
//
// Coordinates are worked out along the time axis ("along") and across it
// ("across"); horizontal layouts map along → x, vertical ones along → y, so
// both orientations share one code path.
#include <chronik/locale.hpp>
#include <chronik/render.hpp>

#include "hyphenate.hpp"
#include "placement.hpp"
#include "scale.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace chronik::render {

using detail::TimeScale;
using detail::TimeSpan;

namespace {

// Sizes derive from one base unit, the headline's font size, so that every
// preset keeps the same proportions.
struct Metrics {
    double width = 0, height = 0, base = 14;

    double margin() const { return 2.4 * base; }
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
            case TextRole::title: return {2.0 * base, true};
            case TextRole::subtitle: return {1.15 * base, false};
            case TextRole::date: return {0.86 * base, true};
            case TextRole::headline: return {base, false};
            case TextRole::tick: return {0.86 * base, false};
            case TextRole::lane: return {0.9 * base, true};
            case TextRole::credit: return {0.8 * base, false};
        }
        return {base, false};
    }
};

Metrics metrics_for(SizePreset p) {
    switch (p) {
        case SizePreset::web: return {1200, 675, 14};
        case SizePreset::social: return {1080, 1080, 17};
        case SizePreset::a4: return {595.28, 841.89, 8.5};
    }
    return {1200, 675, 14};
}

double day_number(date::sys_days d) { return double(d.time_since_epoch().count()); }
date::sys_days day_of(double t) { return date::sys_days{date::days{static_cast<int>(std::floor(t))}}; }

// Where and how an event is drawn, in time (days since 1970).
struct Placed {
    MarkerShape shape = MarkerShape::point;
    double t0 = 0, t1 = 0;                   // certain core [t0, t1); open arrows: the fixed end
    double fade_before = 0, fade_after = 0;  // uncertain margins, days; open arrows: their length
    bool approximate = false;
    double along_offset = 0;  // relative markers: beside the partner, in along units
    std::optional<std::size_t> partner;
    bool undated_first = true;
    Order order = Order::before;
    std::string date_text;
    std::size_t lane = 0;
};

// The latest publication among the sources: "now" for PAST/FUTURE_REF.
std::optional<date::sys_days> latest_publication(const Timeline& tl) {
    std::optional<date::sys_days> out;
    for (const Source& s : tl.sources)
        if (s.published.ok() && (!out || date::sys_days{s.published} > *out)) out = date::sys_days{s.published};
    return out;
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
        p.date_text = format_time(w, loc);
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
                    p.date_text = format_time(rel, loc);
                } else {
                    p.date_text = format_time(pw, loc);
                }
                known[u] = true;
            }
        }
    }
    // Undated events no link places: between their neighbours in timeline order.
    for (std::size_t i = 0; i < n; ++i) {
        if (known[i]) continue;
        std::optional<double> prev, next;
        for (std::size_t k = i; k-- > 0;)
            if (known[k]) { prev = (out[k].t0 + out[k].t1) / 2; break; }
        for (std::size_t k = i + 1; k < n; ++k)
            if (known[k]) { next = (out[k].t0 + out[k].t1) / 2; break; }
        const double t = prev && next ? (*prev + *next) / 2 : prev ? *prev : next ? *next : day_number(now);
        out[i].shape = MarkerShape::relative;
        out[i].t0 = out[i].t1 = t;  // date_text stays format_time's "ohne Datum"
        known[i] = true;
    }
    return out;
}

// The lane of each event: the source that tells it first, when the timeline
// draws on several sources.
std::vector<std::string> assign_lanes(const Timeline& tl, std::vector<Placed>& placed) {
    std::map<std::size_t, std::size_t> lane_of_source;
    for (const Event& e : tl.events) {
        const std::size_t s = e.mentions.empty() ? 0 : e.mentions.front().source;
        lane_of_source.emplace(s, 0);
    }
    if (tl.sources.size() < 2 || lane_of_source.size() < 2) return {std::string()};
    std::vector<std::string> names;
    for (auto& [source, lane] : lane_of_source) {
        lane = names.size();
        names.push_back(source < tl.sources.size() ? tl.sources[source].name : std::string());
    }
    for (std::size_t i = 0; i < tl.events.size(); ++i) {
        const Event& e = tl.events[i];
        placed[i].lane = lane_of_source.at(e.mentions.empty() ? 0 : e.mentions.front().source);
    }
    return names;
}

// "Quelle: Epoch Times, 13.07.2025"; "Source: Epoch Times, 13 July 2025".
std::string credit_line(const Timeline& tl, const Locale& loc) {
    std::vector<std::string> parts;
    for (const Source& s : tl.sources) {
        std::string part = s.name;
        if (s.published.ok()) {
            const std::string day = format_source_date(s.published, loc);
            part += part.empty() ? day : ", " + day;
        }
        if (!part.empty() && std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(part);
    }
    if (parts.empty()) return {};
    std::string out = std::string(parts.size() > 1 ? loc.sources : loc.source) + ": ";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
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

class LayoutBuilder {
public:
    LayoutBuilder(const Timeline& tl, const RenderOptions& opt, const TextMeasurer& measurer)
        : tl_(tl), opt_(opt), measurer_(measurer), m_(metrics_for(opt.size)),
          language_(opt.language.empty() ? tl.language : opt.language), loc_(locale_for(language_)) {
        published_ = latest_publication(tl);
        now_ = published_.value_or(date::sys_days{date::year{2000} / 1 / 1});
        placed_ = place_in_time(tl, loc_, now_);
        for (const Event& e : tl.events) headlines_.push_back(e.headline);
        if (opt.hyphenate) headlines_ = detail::hyphenate(headlines_, language_, opt.hyphen_dir);
        lane_names_ = assign_lanes(tl, placed_);
        spans_ = detail::time_clusters(time_extents(), 0.3, 3);
        fit_open_arrows();
    }

    // The layout in one orientation; nullopt when `must_fit` and the labels
    // do not fit the preset canvas.
    std::optional<Layout> build(Orientation orientation, bool must_fit);

private:
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
    static void move_to(TextBlock& t, double x, double y) {
        t.box.x = x;
        t.box.y = y;
    }
    LabelText label_text(std::size_t i, double wrap) const;
    std::vector<TimeSpan> time_extents() const;
    void fit_open_arrows();

    const Timeline& tl_;
    const RenderOptions& opt_;
    const TextMeasurer& measurer_;
    Metrics m_;
    std::string language_;
    const Locale& loc_;
    std::optional<date::sys_days> published_;  // the latest source's publication day
    date::sys_days now_;                       // ... or a fixed day: what vague events count from
    std::vector<Placed> placed_;
    std::vector<std::string> headlines_;  // one per event; with soft hyphens where the language allows
    std::vector<std::string> lane_names_;
    std::vector<TimeSpan> spans_;  // the stretches of time the axis shows
};

// Open-ended arrows ("vor dem …", PAST_REF, FUTURE_REF) reach a fixed share
// of the stretch of axis they start in: long enough to read as "and
// further", never across a break. The last stretch grows to make room for
// arrows into the future.
void LayoutBuilder::fit_open_arrows() {
    for (TimeSpan& span : spans_) {
        const double len = span.t1 - span.t0;
        for (Placed& p : placed_) {
            if (p.shape == MarkerShape::open_end && p.t0 >= span.t0 && p.t0 <= span.t1)
                span.t1 = std::max(span.t1, std::ceil(p.t0 + 0.12 * len));
        }
    }
    for (const TimeSpan& span : spans_) {
        const double share = 0.15 * (span.t1 - span.t0);
        for (Placed& p : placed_) {
            if (p.t0 < span.t0 || p.t0 > span.t1) continue;
            if (p.shape == MarkerShape::open_start) p.fade_before = std::min(share, p.t1 - span.t0);
            if (p.shape == MarkerShape::open_end) p.fade_after = std::min(share, span.t1 - p.t0);
        }
    }
}

LabelText LayoutBuilder::label_text(std::size_t i, double wrap) const {
    LabelText l;
    l.date = text(TextRole::date, placed_[i].date_text, wrap, 2);
    l.headline = text(TextRole::headline, headlines_[i], wrap, std::max(1, opt_.max_headline_lines));
    l.w = std::max(l.date.box.w, l.headline.box.w) + 2 * m_.pad();
    l.h = l.date.box.h + 0.15 * m_.base + l.headline.box.h + 2 * m_.pad();
    return l;
}

std::vector<TimeSpan> LayoutBuilder::time_extents() const {
    std::vector<TimeSpan> out;
    for (const Placed& p : placed_) {
        if (p.shape == MarkerShape::relative) continue;
        out.push_back({p.t0 - p.fade_before, std::max(p.t1 + p.fade_after, p.t0 + 1)});
    }
    if (out.empty()) {
        const double now = day_number(now_);
        out.push_back({now - 15, now + 16});
    }
    return out;
}

// Bars and arrows in rows, greedily, so that none covers another; points
// and relative markers sit on the baseline (row −1).
template <typename ExtentOf>
std::pair<std::map<std::size_t, int>, int> assign_rows(const std::vector<std::size_t>& events,
                                                       const std::vector<Placed>& placed, ExtentOf extent_of,
                                                       double min_gap) {
    std::vector<std::size_t> by_start = events;
    std::stable_sort(by_start.begin(), by_start.end(),
                     [&](std::size_t a, std::size_t b) { return extent_of(a).first < extent_of(b).first; });
    std::vector<double> row_end;
    std::map<std::size_t, int> row_of;
    for (std::size_t i : by_start) {
        const MarkerShape sh = placed[i].shape;
        if (sh == MarkerShape::point || sh == MarkerShape::relative) {
            row_of[i] = -1;
            continue;
        }
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
    std::vector<std::size_t> events;
    std::vector<int> row;   // per event in `events`: range row, −1 on the baseline
    int rows = 0;
    std::vector<double> level_size;  // across size of each label layer
    double extent = 0;               // across size of the whole side
};

std::optional<Layout> LayoutBuilder::build(Orientation orientation, bool must_fit) {
    const Frame f{orientation == Orientation::horizontal};
    const bool horizontal = f.horizontal;
    const std::size_t n = tl_.events.size();
    const std::size_t lanes = lane_names_.size();
    const double margin = m_.margin();
    Layout out;
    out.orientation = orientation;
    out.options = opt_;
    out.width = m_.width;
    out.unit = m_.base;
    out.published = published_;

    // Title block.
    double top = margin * 0.8;
    const double content_w = m_.width - 2 * margin;
    const std::string title = opt_.title.empty() ? tl_.title : opt_.title;
    for (const auto& [role, s] : {std::pair{TextRole::title, title}, std::pair{TextRole::subtitle, opt_.subtitle}}) {
        if (s.empty()) continue;
        TextBlock t = text(role, s, content_w, 2);
        move_to(t, margin, top);
        top += t.box.h + 0.3 * m_.base;
        out.texts.push_back(std::move(t));
    }
    if (!out.texts.empty()) top += 0.9 * m_.base;
    // Credit line, placed at the bottom once the height is known.
    std::optional<TextBlock> credit;
    if (const std::string c = credit_line(tl_, loc_); !c.empty()) credit = text(TextRole::credit, c, content_w, 2);
    const double footer = (credit ? credit->box.h + 0.9 * m_.base : 0) + margin * 0.7;

    // Lane titles take a line before each lane's labels.
    const double lane_title = lanes > 1 ? m_.style(TextRole::lane).size * 1.6 : 0;
    // The axis band: horizontal as thick as a tick label line; vertical as
    // wide as the widest tick label.
    const TextStyle tick_style = m_.style(TextRole::tick);
    const double band = horizontal ? m_.band()
                                   : measurer_.measure("30. Sept. 2024", tick_style, 0, 1).width + 2 * m_.pad() + 2 * m_.dot() + 0.4 * m_.base;

    // Along extent of the axis.
    const double a0 = horizontal ? margin : top + lane_title;
    double a1 = horizontal ? m_.width - margin : m_.height - footer;
    // Vertical lanes side by side right of the band.
    const double band_room = band + 0.6 * m_.base;
    const double lane_w = (content_w - band_room - double(lanes - 1) * m_.lane_gap()) / double(lanes);
    // Room for markers beside a vertical axis: the range rows all of a lane's bars need.
    double marker_room = 0;
    for (std::size_t lane = 0; lane < lanes; ++lane) {
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < n; ++i)
            if (placed_[i].lane == lane) members.push_back(i);
        auto time_extent = [&](std::size_t i) {
            const Placed& p = placed_[i];
            return std::pair{p.t0 - p.fade_before, p.t1 + p.fade_after};
        };
        const int rows = assign_rows(members, placed_, time_extent, 0.0).second;
        marker_room = std::max(marker_room, m_.marker_room(rows));
    }
    // A single lane has labels on both sides of its axis (above and below,
    // or left and right when there is room for two columns); several lanes
    // have one side each. A vertical side has one column: a long chronology
    // grows longer rather than sending leaders across other labels.
    const double two_column_wrap = (content_w - band) / 2 - marker_room;
    const int sides_per_lane = lanes == 1 && (horizontal || two_column_wrap >= 14 * m_.base) ? 2 : 1;
    const double wrap = horizontal ? m_.label_width()
                        : sides_per_lane == 2 ? std::min(m_.column_width(), two_column_wrap)
                                              : std::max(6 * m_.base, std::min(m_.column_width(), lane_w - 0.5 * m_.base - marker_room));

    // Labels, measured.
    std::vector<LabelText> texts;
    texts.reserve(n);
    for (std::size_t i = 0; i < n; ++i) texts.push_back(label_text(i, wrap - 2 * m_.pad()));
    auto along_len = [&](std::size_t i) { return horizontal ? texts[i].w : texts[i].h; };
    auto across_len = [&](std::size_t i) { return horizontal ? texts[i].h : texts[i].w; };
    std::vector<double> per_lane(lanes, 0);  // along length of each lane's labels
    for (std::size_t i = 0; i < n; ++i) per_lane[placed_[i].lane] += along_len(i) + m_.label_gap();
    std::vector<int> max_levels(lanes, 1);
    if (horizontal) {
        // Enough layers for all labels when the canvas may grow.
        for (std::size_t lane = 0; lane < lanes; ++lane)
            max_levels[lane] = std::max(8, int(per_lane[lane] / (0.7 * content_w * sides_per_lane)) + 2);
    } else {
        // Long chronologies get the length their labels need.
        const double most = *std::max_element(per_lane.begin(), per_lane.end());
        a1 = std::max(a1, a0 + most / (0.7 * sides_per_lane));
    }

    for (int attempt = 0;; ++attempt) {
        const TimeScale scale = detail::make_scale(spans_, a0, a1, m_.break_length(), 0.12);

        // Each event's anchor along the axis.
        std::vector<double> anchor(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Placed& p = placed_[i];
            switch (p.shape) {
                case MarkerShape::point:
                case MarkerShape::bar: anchor[i] = (scale.at(p.t0) + scale.at(p.t1)) / 2; break;
                case MarkerShape::open_start: anchor[i] = (scale.at(p.t1 - p.fade_before) + scale.at(p.t1)) / 2; break;
                case MarkerShape::open_end: anchor[i] = (scale.at(p.t0) + scale.at(p.t0 + p.fade_after)) / 2; break;
                case MarkerShape::relative:
                    anchor[i] = std::clamp(scale.at(p.t0) + p.along_offset * m_.relative_offset(), a0, a1);
                    break;
            }
        }

        std::vector<Side> sides(lanes * std::size_t(sides_per_lane));
        bool fits = true;
        double shift = 0, typical_len = 0;  // the largest shift of a label, the longest label
        for (std::size_t lane = 0; lane < lanes; ++lane) {
            std::vector<std::size_t> order;
            for (std::size_t i = 0; i < n; ++i)
                if (placed_[i].lane == lane) order.push_back(i);
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return anchor[a] < anchor[b]; });
            std::vector<double> anchors, lengths;
            double typical = 0;
            for (std::size_t i : order) {
                anchors.push_back(anchor[i]);
                lengths.push_back(along_len(i));
                typical = std::max(typical, along_len(i));
            }
            const detail::Placement pl = detail::place_labels(anchors, lengths, m_.label_gap(), horizontal ? margin : a0,
                                                              horizontal ? m_.width - margin : a1,
                                                              max_levels[lane] * sides_per_lane, sides_per_lane, typical);
            fits = fits && pl.fits;
            shift = std::max(shift, pl.max_shift);
            typical_len = std::max(typical_len, typical);
            for (std::size_t k = 0; k < order.size(); ++k) {
                const std::size_t i = order[k];
                Side& s = sides[lane * std::size_t(sides_per_lane) + std::size_t(pl.layer[k] % sides_per_lane)];
                const int level = pl.layer[k] / sides_per_lane;
                s.events.push_back(i);
                if (s.level_size.size() <= std::size_t(level)) s.level_size.resize(std::size_t(level) + 1, 0);
                s.level_size[std::size_t(level)] = std::max(s.level_size[std::size_t(level)], across_len(i));
                out.labels.push_back({});
                Label& l = out.labels.back();
                l.event_id = tl_.events[i].id;
                l.event = i;
                l.lane = lane;
                l.layer = level;
                l.box = f.box(pl.start[k], pl.start[k] + along_len(i), 0, across_len(i));  // across set below
            }
        }
        // A vertical chronology grows until its labels stay near their dates.
        if (!horizontal && (!fits || shift > 2.5 * typical_len) && attempt < 12) {
            a1 = a0 + (a1 - a0) * 1.25;
            out.labels.clear();
            continue;
        }
        if (horizontal && !fits && must_fit) return std::nullopt;

        // Range rows.
        auto extent_of = [&](std::size_t i) {
            const Placed& p = placed_[i];
            return std::pair{scale.at(p.t0 - p.fade_before), scale.at(p.t1 + p.fade_after)};
        };
        for (Side& s : sides) {
            auto [row_of, rows] = assign_rows(s.events, placed_, extent_of, 0.2 * m_.base);
            for (std::size_t i : s.events) s.row.push_back(row_of[i]);
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
        const double slack = horizontal ? m_.height - footer - top - used
                                        : sides_per_lane == 2 ? content_w - used : 0;
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

        if (horizontal) {
            const double need = across_end + footer;
            if (need > m_.height + 1e-6 && must_fit) return std::nullopt;
            out.height = std::max(m_.height, need);
        } else {
            out.height = a1 + footer;
            const double widest = across_end;
            if (widest > m_.width - margin + 1e-6 && must_fit) return std::nullopt;
        }

        // Labels across: each layer stacks outward from the markers.
        std::map<std::size_t, std::pair<const Side*, std::size_t>> side_of;  // event → side, position in it
        for (const Side& s : sides)
            for (std::size_t k = 0; k < s.events.size(); ++k) side_of[s.events[k]] = {&s, k};
        for (Label& l : out.labels) {
            const Side& s = *side_of.at(l.event).first;
            double start = m_.marker_room(s.rows);
            for (int k = 0; k < l.layer; ++k) start += s.level_size[std::size_t(k)] + m_.level_gap();
            const double near = s.baseline + s.dir * start;
            const double far = near + s.dir * f.across_length(l.box);
            l.box = f.box(f.along_of(l.box), f.along_of(l.box) + f.along_length(l.box), near, far);
            l.side = s.dir;
            const LabelText& t = texts[l.event];
            l.date = t.date;
            l.headline = t.headline;
            // Left of a vertical axis the lines are flush towards it.
            const bool flush = !horizontal && s.dir < 0;
            l.date.flush_end = l.headline.flush_end = flush;
            auto x_of = [&](const TextBlock& t) { return flush ? l.box.right() - m_.pad() - t.box.w : l.box.x + m_.pad(); };
            move_to(l.date, x_of(l.date), l.box.y + m_.pad());
            move_to(l.headline, x_of(l.headline), l.date.box.bottom() + 0.15 * m_.base);
        }
        std::sort(out.labels.begin(), out.labels.end(), [](const Label& a, const Label& b) { return a.event < b.event; });

        // Markers, leaders and relations.
        for (std::size_t i = 0; i < n; ++i) {
            const Placed& p = placed_[i];
            const auto [sp, k] = side_of.at(i);
            const Side& s = *sp;
            const int row = s.row[k];
            Marker mk;
            mk.event_id = tl_.events[i].id;
            mk.event = i;
            mk.lane = p.lane;
            mk.shape = p.shape;
            mk.approximate = p.approximate;
            mk.along_begin = scale.at(p.t0);
            mk.along_end = scale.at(p.t1);
            double outer;  // across position where the leader leaves the marker
            if (row < 0) {
                const double r = m_.dot();
                mk.along_begin = mk.along_end = anchor[i];
                mk.core = f.box(anchor[i] - r, anchor[i] + r, s.baseline - r, s.baseline + r);
                outer = s.baseline + s.dir * r;
            } else {
                const double c0 = s.baseline + s.dir * (0.3 * m_.base + row * m_.row_pitch());
                const double c1 = c0 + s.dir * m_.bar();
                const double cap = 0.25 * m_.base;  // the visible fixed end of an open arrow
                double b = mk.along_begin, e = std::max(mk.along_end, mk.along_begin + 1.5);
                if (p.shape == MarkerShape::open_start) b = e - cap;
                if (p.shape == MarkerShape::open_end) e = b + cap;
                mk.core = f.box(b, e, c0, c1);
                if (p.fade_before > 0) mk.fade_before = f.box(scale.at(p.t0 - p.fade_before), b, c0, c1);
                if (p.fade_after > 0) mk.fade_after = f.box(e, scale.at(p.t1 + p.fade_after), c0, c1);
                outer = c1;
            }
            mk.anchor = f.point(anchor[i], outer);
            out.markers.push_back(mk);

            const Label& l = out.labels[i];
            const double l0 = f.along_of(l.box), l1 = l0 + f.along_length(l.box);
            const double inset = std::min(0.6 * m_.base, (l1 - l0) / 2);
            const double to_along = horizontal ? std::clamp(anchor[i], l0 + inset, l1 - inset)
                                               : std::clamp(anchor[i], l0 + l.date.box.h / 2 + m_.pad(), l1 - inset);
            const double to_across = horizontal ? (s.dir < 0 ? l.box.bottom() : l.box.y) : (s.dir < 0 ? l.box.right() : l.box.x);
            const double mid = (outer + to_across) / 2;
            out.leaders.push_back({mk.event_id, mk.anchor, f.point(anchor[i], mid), f.point(to_along, mid),
                                   f.point(to_along, to_across)});
        }
        for (std::size_t i = 0; i < n; ++i) {
            const Placed& p = placed_[i];
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
            const Side& s = *side_of.at(i).first;
            const Point mid{(r.from.x + r.to.x) / 2, (r.from.y + r.to.y) / 2};
            const double bulge = -s.dir * 0.9 * m_.base;
            r.control = horizontal ? Point{mid.x, mid.y + bulge} : Point{mid.x + bulge, mid.y};
            out.relations.push_back(r);
        }

        // Axis segments, breaks and ticks.
        const double band1 = band0 + band;
        const auto& segs = scale.segments();
        for (std::size_t k = 0; k < segs.size(); ++k) {
            const detail::ScaleSegment& sg = segs[k];
            out.segments.push_back({day_of(sg.t0), day_of(sg.t1 - 1), sg.p0, sg.p1, f.box(sg.p0, sg.p1, band0, band1)});
            if (k + 1 < segs.size()) out.breaks.push_back(f.box(sg.p1, segs[k + 1].p0, band0, band1));
            const double per_day = (sg.p1 - sg.p0) / (sg.t1 - sg.t0);
            auto label_len = [&](const std::string& s) {
                const TextExtent e = measurer_.measure(s, tick_style, 0, 1);
                return (horizontal ? e.width : e.height) + m_.pad();
            };
            for (const detail::TickMark& tm : detail::choose_ticks(sg.t0, sg.t1, per_day, loc_, label_len, 0.8 * m_.base)) {
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
                }
                out.ticks.push_back(std::move(t));
            }
        }

        // Lanes.
        for (std::size_t lane = 0; lane < lanes; ++lane) {
            Lane ln;
            ln.name = lane_names_[lane];
            const Side& s = sides[lane * std::size_t(sides_per_lane)];
            if (sides_per_lane == 2) {
                ln.box = f.box(a0, a1, lane_start[0], lane_end[0]);
            } else {
                ln.box = f.box(a0 - lane_title, a1, lane_start[lane], lane_end[lane]);
            }
            ln.line_from = f.point(a0, s.baseline);
            ln.line_to = f.point(a1, s.baseline);
            if (lanes > 1) {
                TextBlock t = text(TextRole::lane, ln.name, horizontal ? content_w : lane_w, 1);
                if (horizontal) move_to(t, margin, lane_start[lane]);
                else move_to(t, lane_start[lane], a0 - lane_title);
                ln.title = std::move(t);
            }
            out.lanes.push_back(std::move(ln));
        }

        if (credit) {
            move_to(*credit, margin, out.height - margin * 0.7 - credit->box.h);
            out.texts.push_back(std::move(*credit));
        }
        for (std::size_t i = 0; i < n; ++i) {
            const Event& e = tl_.events[i];
            out.description += placed_[i].date_text + ": " + e.headline + "\n";
        }
        return out;
    }
}

}  // namespace

Layout layout_timeline(const Timeline& timeline, const RenderOptions& options, const TextMeasurer& measurer) {
    LayoutBuilder builder(timeline, options, measurer);
    switch (options.orientation) {
        case Orientation::horizontal: return *builder.build(Orientation::horizontal, false);
        case Orientation::vertical: return *builder.build(Orientation::vertical, false);
        case Orientation::automatic: break;
    }
    // Beyond about 40 events a horizontal timeline turns into a wall of
    // labels; a portrait page reads better top to bottom.
    constexpr std::size_t kHorizontalMost = 40;
    const Metrics m = metrics_for(options.size);
    if (timeline.events.size() <= kHorizontalMost && m.width >= m.height)
        if (auto l = builder.build(Orientation::horizontal, true)) return std::move(*l);
    return *builder.build(Orientation::vertical, false);
}

}  // namespace chronik::render
