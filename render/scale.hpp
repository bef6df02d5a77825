// The time axis: days to positions, with breaks across long empty stretches,
// and ticks that adapt to the span.
#pragma once

#include <chronik/locale.hpp>

#include <date/date.h>

#include <functional>
#include <string>
#include <vector>

namespace chronik::render::detail {

// A stretch of time [t0, t1) in days since 1970 (a day d covers [d, d+1)),
// drawn from along position p0 to p1.
struct ScaleSegment {
    double t0 = 0, t1 = 1;
    double p0 = 0, p1 = 1;
};

class TimeScale {
public:
    explicit TimeScale(std::vector<ScaleSegment> segments);
    // The position of a time; a time in a break is put at the nearer segment
    // edge, or with `bias` −1 at the end of the segment before the break
    // (where an interval ending in it ends), +1 at the start of the one after.
    double at(double t, int bias = 0) const;
    // Index of the segment a time falls in (or the nearest one, as at() picks it).
    std::size_t segment_of(double t, int bias = 0) const;
    const std::vector<ScaleSegment>& segments() const { return segments_; }

private:
    std::vector<ScaleSegment> segments_;
};

struct TimeSpan {
    double t0 = 0, t1 = 1;
};

// The stretches of time to show for events covering `extents`: one, or
// several when gaps take more than `break_share` of the whole and are
// longer than `min_gap` days (at most `max_breaks` breaks, the largest gaps
// first), each padded a little.
std::vector<TimeSpan> time_clusters(std::vector<TimeSpan> extents, double break_share, int max_breaks,
                                    double min_gap = 0);

// Lays the spans end to end between p0 and p1 with `break_length` between
// them; lengths follow `weights` (one a span; empty: the spans' durations),
// but none is shorter than `min_share` of the room.
TimeScale make_scale(const std::vector<TimeSpan>& spans, double p0, double p1, double break_length, double min_share,
                     const std::vector<double>& weights = {});

struct TickMark {
    date::sys_days day;
    std::string label;
};

// Ticks at day, month or year boundaries inside [t0, t1): the finest unit
// whose labels (of length `label_length`, laid from the tick onwards) keep
// `min_gap` apart at `per_day` units of length per day. Labels in the
// locale: "12. Juli", "Aug.", "Jan. 2025", "2024", "1990er".
// What a stretch of time [t0, t1) is called at its start, as coarse as
// its length: "2024" for years, "Juli 2024" for months, else the day.
std::string span_label(double t0, double t1, const Locale& locale);

// No step is finer than `finest_days`, the length of most events the
// stretch shows: years drawn as years get yearly ticks, not "Jan. 1996, Juli".
std::vector<TickMark> choose_ticks(double t0, double t1, double per_day, const Locale& locale,
                                   const std::function<double(const std::string&)>& label_length, double min_gap,
                                   double finest_days = 0);

}  // namespace chronik::render::detail
