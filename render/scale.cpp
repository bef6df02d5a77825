#include "scale.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace chronik::render::detail {

using date::days;
using date::sys_days;

TimeScale::TimeScale(std::vector<ScaleSegment> segments) : segments_(std::move(segments)) {}

std::size_t TimeScale::segment_of(double t, int bias) const {
    // The first segment that ends after t (segments are few: at most five).
    for (std::size_t i = 0; i < segments_.size(); ++i) {
        if (t < segments_[i].t1) {
            // In the gap before segment i: the edge the bias asks for, else the nearer one.
            if (i > 0 && t < segments_[i].t0 &&
                (bias < 0 || (bias == 0 && t - segments_[i - 1].t1 < segments_[i].t0 - t)))
                return i - 1;
            return i;
        }
    }
    return segments_.size() - 1;
}

double TimeScale::at(double t, int bias) const {
    const ScaleSegment& s = segments_[segment_of(t, bias)];
    const double c = std::clamp(t, s.t0, s.t1);
    return s.p0 + (c - s.t0) / (s.t1 - s.t0) * (s.p1 - s.p0);
}

std::vector<TimeSpan> time_clusters(std::vector<TimeSpan> extents, double break_share, int max_breaks,
                                    double min_gap) {
    if (extents.empty()) return {};
    std::sort(extents.begin(), extents.end(), [](const TimeSpan& a, const TimeSpan& b) { return a.t0 < b.t0; });
    std::vector<TimeSpan> merged{extents.front()};
    for (const TimeSpan& e : extents) {
        if (e.t0 <= merged.back().t1) {
            merged.back().t1 = std::max(merged.back().t1, e.t1);
        } else {
            merged.push_back(e);
        }
    }
    // The gaps worth a break, largest first: each must take `break_share` of
    // the whole, or hide more than a year and take `break_share` of the time
    // the larger breaks leave shown (two empty years among five shown are cut
    // out even when a decades-old event stretches the whole; months are not).
    constexpr double kYear = 366;
    const double whole = merged.back().t1 - merged.front().t0;
    double shown = whole;
    std::vector<std::size_t> candidates;  // gap i lies after merged[i]
    for (std::size_t i = 0; i + 1 < merged.size(); ++i)
        if (merged[i + 1].t0 - merged[i].t1 > min_gap) candidates.push_back(i);
    auto gap = [&](std::size_t i) { return merged[i + 1].t0 - merged[i].t1; };
    std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) { return gap(a) > gap(b); });
    std::vector<std::size_t> gaps;
    for (const std::size_t g : candidates) {
        if (gaps.size() == std::size_t(max_breaks) || gap(g) <= break_share * shown) break;
        if (gap(g) <= break_share * whole && gap(g) <= kYear) break;
        gaps.push_back(g);
        shown -= gap(g);
    }
    std::sort(gaps.begin(), gaps.end());

    std::vector<TimeSpan> spans;
    double begin = merged.front().t0;
    for (std::size_t g : gaps) {
        spans.push_back({begin, merged[g].t1});
        begin = merged[g + 1].t0;
    }
    spans.push_back({begin, merged.back().t1});
    // Room around the events so that none sits on the end of its stretch.
    for (TimeSpan& s : spans) {
        const double pad = std::max(0.04 * (s.t1 - s.t0), 1.0);
        s.t0 = std::floor(s.t0 - pad);
        s.t1 = std::ceil(s.t1 + pad);
    }
    // A break must leave out time: stretches the room reaches across are one
    // (two days apart, they would show the same day on both sides of a break).
    std::vector<TimeSpan> joined{spans.front()};
    for (std::size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].t0 <= joined.back().t1) joined.back().t1 = std::max(joined.back().t1, spans[i].t1);
        else joined.push_back(spans[i]);
    }
    return joined;
}

TimeScale make_scale(const std::vector<TimeSpan>& spans, double p0, double p1, double break_length, double min_share,
                     const std::vector<double>& weights) {
    const std::size_t n = spans.size();
    auto weight = [&](std::size_t i) { return weights.size() == n ? weights[i] : spans[i].t1 - spans[i].t0; };
    const double room = (p1 - p0) - break_length * double(n - 1);
    std::vector<double> length(n);
    std::vector<bool> fixed(n, false);
    // Proportional lengths, with short spans raised to the minimum and the
    // rest shared out again among the others (a few rounds settle it).
    for (int round = 0; round < 4; ++round) {
        double free_room = room, free_time = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i]) free_room -= length[i];
            else free_time += weight(i);
        }
        for (std::size_t i = 0; i < n; ++i)
            if (!fixed[i]) length[i] = free_room * weight(i) / free_time;
        bool changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (!fixed[i] && n > 1 && length[i] < min_share * room) {
                length[i] = min_share * room;
                fixed[i] = changed = true;
            }
        }
        if (!changed) break;
    }
    std::vector<ScaleSegment> segments;
    double p = p0;
    for (std::size_t i = 0; i < n; ++i) {
        segments.push_back({spans[i].t0, spans[i].t1, p, p + length[i]});
        p += length[i] + break_length;
    }
    return TimeScale(std::move(segments));
}

namespace {

enum class Unit { day, month, year };
struct Step {
    Unit unit;
    int count;
    double approx_days;
};
constexpr Step kSteps[] = {
    {Unit::day, 1, 1},        {Unit::day, 2, 2},         {Unit::day, 7, 7.5},       {Unit::day, 14, 15},
    {Unit::month, 1, 30.4},   {Unit::month, 3, 91},      {Unit::month, 6, 182},     {Unit::year, 1, 365},
    {Unit::year, 2, 730},     {Unit::year, 5, 1826},     {Unit::year, 10, 3652},    {Unit::year, 20, 7305},
    {Unit::year, 50, 18262},  {Unit::year, 100, 36524},  {Unit::year, 200, 73048},  {Unit::year, 500, 182621},
    {Unit::year, 1000, 365242}, {Unit::year, 2000, 730485}, {Unit::year, 5000, 1826212},
};

// "er" of "er-Jahre", "s": the decade ending that fits a tick.
std::string short_decade_suffix(const Locale& l) {
    const std::string_view s = l.decade_suffix;
    return std::string(s.substr(0, s.find('-')));
}

std::vector<TickMark> ticks_for(const Step& step, double t0, double t1, const Locale& l) {
    std::vector<TickMark> out;
    const sys_days first{days{static_cast<int>(std::ceil(t0))}};
    const sys_days end{days{static_cast<int>(std::ceil(t1))}};
    const date::year_month_day a{first};
    auto add = [&](sys_days d, std::string label) {
        if (d >= first && d < end) out.push_back({d, std::move(label)});
    };
    switch (step.unit) {
        case Unit::day:
            for (sys_days d = first; d < end; d += days{1}) {
                const date::year_month_day ymd{d};
                const int dom = int(unsigned(ymd.day()));
                const int in_month = int(unsigned((ymd.year() / ymd.month() / date::last).day()));
                if ((dom - 1) % step.count != 0 || (dom > 1 && dom - 1 + step.count > in_month)) continue;
                const bool with_year = out.empty() || (dom == 1 && unsigned(ymd.month()) == 1);
                add(d, format_day(d, l, with_year, true));
            }
            break;
        case Unit::month:
            for (date::year_month ym = a.year() / a.month();; ym += date::months{1}) {
                const sys_days d{ym / 1};
                if (d >= end) break;
                const unsigned m = unsigned(ym.month());
                if ((m - 1) % unsigned(step.count) != 0) continue;
                const bool with_year = out.empty() || m == 1;
                add(d, with_year ? format_period(Period::month(int(ym.year()), m), l, true)
                                 : std::string(l.months_short[m - 1]));
            }
            break;
        case Unit::year: {
            const int y0 = int(a.year());
            int y = y0 - ((y0 % step.count) + step.count) % step.count;
            for (;; y += step.count) {
                const sys_days d{date::year{y} / 1 / 1};
                if (d >= end) break;
                add(d, step.count == 10 ? std::to_string(y) + short_decade_suffix(l) : std::to_string(y));
            }
            break;
        }
    }
    return out;
}

}  // namespace

std::string span_label(double t0, double t1, const Locale& locale) {
    const sys_days d{days{static_cast<int>(std::ceil(t0))}};
    const date::year_month_day ymd{d};
    if (t1 - t0 > 400) return std::to_string(int(ymd.year()));
    if (t1 - t0 > 60) return format_period(Period::month(int(ymd.year()), unsigned(ymd.month())), locale, true);
    return format_day(d, locale, true, true);
}

std::vector<TickMark> choose_ticks(double t0, double t1, double per_day, const Locale& locale,
                                   const std::function<double(const std::string&)>& label_length, double min_gap,
                                   double finest_days) {
    std::vector<TickMark> chosen;
    for (const Step& step : kSteps) {
        if (step.approx_days * per_day < min_gap * 2) continue;  // hopeless: skip the measuring
        // Finer than every event: a month of 28 days still allows monthly steps.
        if (step.approx_days < 0.9 * finest_days && &step != &kSteps[std::size(kSteps) - 1]) continue;
        std::vector<TickMark> ticks = ticks_for(step, t0, t1, locale);
        bool fits = true;
        for (std::size_t i = 0; i + 1 < ticks.size() && fits; ++i) {
            const double space = double((ticks[i + 1].day - ticks[i].day).count()) * per_day;
            fits = space >= label_length(ticks[i].label) + min_gap;
        }
        chosen = std::move(ticks);
        if (fits) break;
    }
    if (chosen.empty()) {
        // A short stretch between two boundaries still says when it is.
        const sys_days d{days{static_cast<int>(std::ceil(t0))}};
        chosen.push_back({d, format_day(d, locale, true, true)});
    }
    return chosen;
}

}  // namespace chronik::render::detail
