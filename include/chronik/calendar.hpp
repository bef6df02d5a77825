// Calendar periods: the resolved "when" of a temporal expression.
//
// A Period is a calendar unit at some granularity — the year 2024, the month
// 2024-08, ISO week 2025-W28, the evening of 2025-07-12, 20:30 on that day.
// It can only be built through named factories that check their arguments,
// so an invalid period (2025-02-30, quarter 5) cannot exist.
#pragma once

#include <date/date.h>

#include <compare>
#include <optional>
#include <cstdint>
#include <string>
#include <string_view>

namespace chronik {

// Coarse to fine. The order is meaningful: a smaller value is a coarser grain.
enum class Granularity : std::uint8_t {
    millennium,
    century,
    decade,
    year,
    half,
    quarter,
    season,
    month,
    week,
    weekend,
    day,
    part_of_day,
    hour,
    minute,
};
std::string_view to_string(Granularity g);

enum class Season : std::uint8_t { spring = 1, summer, fall, winter };
enum class PartOfDay : std::uint8_t { morning = 1, midday, afternoon, evening, night, daytime };

std::string_view timex_code(Season s);      // SP SU FA WI
std::string_view timex_code(PartOfDay p);   // MO MI AF EV NI DT

// A closed interval of calendar days: the earliest and the latest day a
// period (or an uncertain reference) can mean.
struct DayInterval {
    date::sys_days first;
    date::sys_days last;

    bool contains(const DayInterval& other) const { return first <= other.first && other.last <= last; }
    friend bool operator==(const DayInterval&, const DayInterval&) = default;
};

std::string iso_date(date::sys_days d);                 // 2025-07-13
std::string iso_date(const date::year_month_day& ymd);  // 2025-07-13

class Period {
public:
    // Each factory throws std::domain_error when its arguments do not name a
    // real period (month 13, 30 February, week 54, 25 o'clock).
    static Period millennium(int index);  // index 2 → 2000–2999, TIMEX3 "2"
    static Period century(int index);     // index 19 → 1900–1999, TIMEX3 "19"
    static Period decade(int index);      // index 199 → 1990–1999, TIMEX3 "199"
    static Period year(int y);
    static Period half(int y, unsigned h);      // 1 or 2
    static Period quarter(int y, unsigned q);   // 1..4
    static Period season(int y, Season s);      // winter of y runs into y+1
    static Period month(int y, unsigned m);
    static Period iso_week(int iso_year, unsigned week);
    static Period weekend(int iso_year, unsigned week);
    static Period day(const date::year_month_day& ymd);
    static Period day(date::sys_days d) { return day(date::year_month_day{d}); }
    static Period part_of_day(const date::year_month_day& ymd, PartOfDay p);
    static Period hour(const date::year_month_day& ymd, unsigned h);
    static Period minute(const date::year_month_day& ymd, unsigned h, unsigned m);
    // The period of granularity g that holds day d (g from millennium to day;
    // finer grains give the day).
    static Period containing(date::sys_days d, Granularity g);

    Granularity granularity() const { return grain_; }
    DayInterval days() const;

    // The first and last day as sys_days; days().first / days().last.
    date::sys_days first_day() const { return days().first; }
    date::sys_days last_day() const { return days().last; }

    int year_value() const { return year_; }
    // Month, quarter, half, week or season number depending on granularity; 0 if none.
    unsigned sub() const { return sub_; }
    unsigned day_of_month() const { return day_; }
    PartOfDay part() const { return part_; }
    unsigned hour_value() const { return hour_; }
    unsigned minute_value() const { return minute_; }

    // The period as a calendar day, for day-level and finer periods.
    date::year_month_day ymd() const;

    std::string timex3() const;  // 2024-08, 2025-W28-WE, 2025-07-12TEV, 199, ...
    std::string edtf() const;    // EDTF (ISO 8601-2): 2024-08, 2024-21 (spring), 199X, ...

    friend bool operator==(const Period&, const Period&) = default;

private:
    Period() = default;
    Granularity grain_ = Granularity::year;
    std::int32_t year_ = 0;  // century/decade/millennium: the index
    std::uint8_t sub_ = 0;
    std::uint8_t day_ = 0;
    PartOfDay part_ = PartOfDay::daytime;
    std::uint8_t hour_ = 0;
    std::uint8_t minute_ = 0;
};

// ISO 8601 week of a day.
struct IsoWeek {
    int year;
    unsigned week;
};
IsoWeek iso_week_of(date::sys_days d);
date::sys_days iso_week_monday(int iso_year, unsigned week);
unsigned iso_weeks_in_year(int iso_year);

// Parse a strict YYYY-MM-DD; nullopt for anything else (including 2025-02-30).
std::optional<date::year_month_day> parse_iso_date(std::string_view s);

}  // namespace chronik
