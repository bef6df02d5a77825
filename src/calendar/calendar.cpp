#include <chronik/calendar.hpp>

#include "digits.hpp"

#include <cstring>
#include <stdexcept>

namespace chronik {

using namespace date;

std::string_view to_string(Granularity g) {
    switch (g) {
        case Granularity::millennium: return "millennium";
        case Granularity::century: return "century";
        case Granularity::decade: return "decade";
        case Granularity::year: return "year";
        case Granularity::half: return "half";
        case Granularity::quarter: return "quarter";
        case Granularity::season: return "season";
        case Granularity::month: return "month";
        case Granularity::week: return "week";
        case Granularity::weekend: return "weekend";
        case Granularity::day: return "day";
        case Granularity::part_of_day: return "part_of_day";
        case Granularity::hour: return "hour";
        case Granularity::minute: return "minute";
    }
    return "?";
}

std::string_view timex_code(Season s) {
    switch (s) {
        case Season::spring: return "SP";
        case Season::summer: return "SU";
        case Season::fall: return "FA";
        case Season::winter: return "WI";
    }
    return "?";
}

std::string_view timex_code(PartOfDay p) {
    switch (p) {
        case PartOfDay::morning: return "MO";
        case PartOfDay::midday: return "MI";
        case PartOfDay::afternoon: return "AF";
        case PartOfDay::evening: return "EV";
        case PartOfDay::night: return "NI";
        case PartOfDay::daytime: return "DT";
    }
    return "?";
}

namespace detail {

namespace {

// v in decimal with leading zeros to `width` digits (a minus sign before
// them), written before `end`; returns where it starts.
char* zero_padded_before(char* end, long v, int width) {
    char* p = end;
    unsigned long u = v < 0 ? 0UL - static_cast<unsigned long>(v) : static_cast<unsigned long>(v);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u != 0);
    while (end - p < width) *--p = '0';
    if (v < 0) *--p = '-';
    return p;
}

}  // namespace

// v in decimal with leading zeros to `width` digits (a minus sign before them).
std::string zero_padded(long v, int width) {
    char buf[24];
    char* end = buf + sizeof buf;
    return std::string(zero_padded_before(end, v, width), end);
}

}  // namespace detail

namespace {

// A short text put together on the stack, for ISO dates and TIMEX3 values:
// one std::string at the end instead of one for each piece and each sum.
class ShortText {
public:
    ShortText& pad(long v, int width) {  // as detail::zero_padded
        char buf[24];
        char* end = buf + sizeof buf;
        return add(std::string_view(detail::zero_padded_before(end, v, width), end));
    }
    ShortText& add(std::string_view s) {
        if (s.size() > sizeof buf_ - size_) throw std::length_error("ShortText: too long");
        std::memcpy(buf_ + size_, s.data(), s.size());
        size_ += s.size();
        return *this;
    }
    std::string str() const { return std::string(buf_, size_); }

private:
    char buf_[48];
    std::size_t size_ = 0;
};

}  // namespace

namespace {

// Years outside this range are rejected: they are not news dates, and
// date.h's year type stays far away from its own limits.
constexpr int kMinYear = -9999;
constexpr int kMaxYear = 9999;

void require(bool ok, const char* what) {
    if (!ok) throw std::domain_error(what);
}

sys_days first_of(int y, unsigned m) { return sys_days{year{y} / month{m} / 1}; }
sys_days last_of(int y, unsigned m) { return sys_days{year{y} / month{m} / last}; }

}  // namespace

std::string iso_date(sys_days d) { return iso_date(year_month_day{d}); }

std::string iso_date(const year_month_day& ymd) {
    const int y = int(ymd.year());
    const unsigned m = unsigned(ymd.month()), d = unsigned(ymd.day());
    if (y >= 0 && y <= 9999 && m <= 99 && d <= 99) {  // the usual case: ten characters at once
        const char s[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10),
                            '-', char('0' + m / 10), char('0' + m % 10), '-', char('0' + d / 10), char('0' + d % 10)};
        return std::string(s, sizeof s);
    }
    return ShortText().pad(int(ymd.year()), 4).add("-").pad(unsigned(ymd.month()), 2).add("-").pad(unsigned(ymd.day()), 2).str();
}

std::optional<year_month_day> parse_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto num = [&](std::size_t from, std::size_t len, int& out) {
        out = 0;
        for (std::size_t i = from; i < from + len; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    int y, m, d;
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
    year_month_day ymd{year{y}, month{unsigned(m)}, day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

IsoWeek iso_week_of(sys_days d) {
    // The ISO week belongs to the year of its Thursday.
    const weekday wd{d};
    const int iso_wd = int(wd.iso_encoding());
    const sys_days thursday = d + days{4 - iso_wd};
    const int y = int(year_month_day{thursday}.year());
    const sys_days first_thursday_week_monday = iso_week_monday(y, 1);
    const unsigned week = unsigned((d - first_thursday_week_monday).count() / 7 + 1);
    return {y, week};
}

date::sys_days iso_week_monday(int iso_year, unsigned week) {
    // Week 1 is the week with 4 January in it.
    const sys_days jan4{year{iso_year} / January / 4};
    const sys_days monday1 = jan4 - days{int(weekday{jan4}.iso_encoding()) - 1};
    return monday1 + days{7 * (int(week) - 1)};
}

unsigned iso_weeks_in_year(int iso_year) {
    return unsigned((iso_week_monday(iso_year + 1, 1) - iso_week_monday(iso_year, 1)).count() / 7);
}

Period Period::millennium(int index) {
    require(index >= 0 && index <= 9, "millennium out of range");
    Period p;
    p.grain_ = Granularity::millennium;
    p.year_ = index;
    return p;
}

Period Period::century(int index) {
    require(index >= -100 && index <= 99, "century out of range");
    Period p;
    p.grain_ = Granularity::century;
    p.year_ = index;
    return p;
}

Period Period::decade(int index) {
    require(index >= -1000 && index <= 999, "decade out of range");
    Period p;
    p.grain_ = Granularity::decade;
    p.year_ = index;
    return p;
}

Period Period::year(int y) {
    require(y >= kMinYear && y <= kMaxYear, "year out of range");
    Period p;
    p.grain_ = Granularity::year;
    p.year_ = y;
    return p;
}

Period Period::half(int y, unsigned h) {
    Period p = year(y);
    require(h >= 1 && h <= 2, "half-year must be 1 or 2");
    p.grain_ = Granularity::half;
    p.sub_ = std::uint8_t(h);
    return p;
}

Period Period::quarter(int y, unsigned q) {
    Period p = year(y);
    require(q >= 1 && q <= 4, "quarter must be 1..4");
    p.grain_ = Granularity::quarter;
    p.sub_ = std::uint8_t(q);
    return p;
}

Period Period::season(int y, Season s) {
    Period p = year(y);
    require(unsigned(s) >= 1 && unsigned(s) <= 4, "bad season");
    p.grain_ = Granularity::season;
    p.sub_ = std::uint8_t(s);
    return p;
}

Period Period::month(int y, unsigned m) {
    Period p = year(y);
    require(m >= 1 && m <= 12, "month must be 1..12");
    p.grain_ = Granularity::month;
    p.sub_ = std::uint8_t(m);
    return p;
}

Period Period::iso_week(int iso_year, unsigned week) {
    Period p = year(iso_year);
    require(iso_year > kMinYear && iso_year < kMaxYear, "year out of range");
    require(week >= 1 && week <= iso_weeks_in_year(iso_year), "no such ISO week");
    p.grain_ = Granularity::week;
    p.sub_ = std::uint8_t(week);
    return p;
}

Period Period::weekend(int iso_year, unsigned week) {
    Period p = iso_week(iso_year, week);
    p.grain_ = Granularity::weekend;
    return p;
}

Period Period::day(const year_month_day& ymd) {
    require(ymd.ok(), "not a calendar day");
    Period p = year(int(ymd.year()));
    p.grain_ = Granularity::day;
    p.sub_ = std::uint8_t(unsigned(ymd.month()));
    p.day_ = std::uint8_t(unsigned(ymd.day()));
    return p;
}

Period Period::part_of_day(const year_month_day& ymd, PartOfDay part) {
    Period p = day(ymd);
    p.grain_ = Granularity::part_of_day;
    p.part_ = part;
    return p;
}

Period Period::hour(const year_month_day& ymd, unsigned h) {
    Period p = day(ymd);
    require(h <= 24, "hour must be 0..24");
    p.grain_ = Granularity::hour;
    p.hour_ = std::uint8_t(h);
    return p;
}

Period Period::minute(const year_month_day& ymd, unsigned h, unsigned m) {
    Period p = hour(ymd, h);
    require(m <= 59 && (h < 24 || m == 0), "minute must be 0..59");
    p.grain_ = Granularity::minute;
    p.minute_ = std::uint8_t(m);
    return p;
}

Period Period::containing(sys_days d, Granularity g) {
    const year_month_day ymd{d};
    const int y = int(ymd.year());
    const unsigned m = unsigned(ymd.month());
    switch (g) {
        case Granularity::millennium: return millennium(y / 1000);
        case Granularity::century: return century(y / 100);
        case Granularity::decade: return decade(y / 10);
        case Granularity::year: return year(y);
        case Granularity::half: return half(y, m <= 6 ? 1 : 2);
        case Granularity::quarter: return quarter(y, (m - 1) / 3 + 1);
        case Granularity::season:
            if (m == 12) return season(y + 1, Season::winter);
            return season(y, m <= 2 ? Season::winter : m <= 5 ? Season::spring : m <= 8 ? Season::summer : Season::fall);
        case Granularity::month: return month(y, m);
        case Granularity::week: {
            const IsoWeek w = iso_week_of(d);
            return iso_week(w.year, w.week);
        }
        case Granularity::weekend: {
            const IsoWeek w = iso_week_of(d);
            return weekend(w.year, w.week);
        }
        default: return day(ymd);
    }
}

year_month_day Period::ymd() const {
    require(grain_ >= Granularity::day, "period is coarser than a day");
    return date::year{year_} / date::month{sub_} / date::day{day_};
}

DayInterval Period::days() const {
    switch (grain_) {
        case Granularity::millennium:
            return {first_of(year_ * 1000, 1), last_of(year_ * 1000 + 999, 12)};
        case Granularity::century:
            return {first_of(year_ * 100, 1), last_of(year_ * 100 + 99, 12)};
        case Granularity::decade:
            return {first_of(year_ * 10, 1), last_of(year_ * 10 + 9, 12)};
        case Granularity::year:
            return {first_of(year_, 1), last_of(year_, 12)};
        case Granularity::half:
            return {first_of(year_, sub_ == 1 ? 1 : 7), last_of(year_, sub_ == 1 ? 6 : 12)};
        case Granularity::quarter:
            return {first_of(year_, 3 * sub_ - 2), last_of(year_, 3 * sub_)};
        case Granularity::season:
            // Meteorological seasons; the winter of year y is the one that
            // ends in y (December y-1 to February y).
            switch (Season(sub_)) {
                case Season::spring: return {first_of(year_, 3), last_of(year_, 5)};
                case Season::summer: return {first_of(year_, 6), last_of(year_, 8)};
                case Season::fall: return {first_of(year_, 9), last_of(year_, 11)};
                case Season::winter: return {first_of(year_ - 1, 12), last_of(year_, 2)};
            }
            break;
        case Granularity::month:
            return {first_of(year_, sub_), last_of(year_, sub_)};
        case Granularity::week: {
            const sys_days monday = iso_week_monday(year_, sub_);
            return {monday, monday + date::days{6}};
        }
        case Granularity::weekend: {
            const sys_days monday = iso_week_monday(year_, sub_);
            return {monday + date::days{5}, monday + date::days{6}};
        }
        case Granularity::day:
        case Granularity::part_of_day:
        case Granularity::hour:
        case Granularity::minute: {
            const sys_days d{ymd()};
            return {d, d};
        }
    }
    throw std::logic_error("unhandled granularity");
}

namespace {

// The year of a TIMEX3 value. Years before 1 AD are written as TIMEX2 and
// the TimeML corpora write them, "BC" and the historical year: astronomical
// year 0 is "BC0001", -499 is "BC0500" (500 BC). Centuries and decades
// before Christ have negative indexes: -6 is "BC05" (the 6th century BC,
// the hundreds digits 5xx), -47 "BC046" (the 460s BC).
ShortText& timex_year(ShortText& s, int y) { return y > 0 ? s.pad(y, 4) : s.add("BC").pad(1 - y, 4); }
std::string timex_index(int index, int width) {
    return index >= 0 ? detail::zero_padded(index, width) : "BC" + detail::zero_padded(-index - 1, width);
}
ShortText& timex_day(ShortText& s, const year_month_day& ymd) {
    return timex_year(s, int(ymd.year())).add("-").pad(unsigned(ymd.month()), 2).add("-").pad(unsigned(ymd.day()), 2);
}

}  // namespace

std::string Period::timex3() const {
    ShortText s;
    switch (grain_) {
        case Granularity::millennium: return std::to_string(year_);
        case Granularity::century: return timex_index(year_, 2);
        case Granularity::decade: return timex_index(year_, 3);
        case Granularity::year: return timex_year(s, year_).str();
        case Granularity::half: return timex_year(s, year_).add("-H").pad(sub_, 1).str();
        case Granularity::quarter: return timex_year(s, year_).add("-Q").pad(sub_, 1).str();
        case Granularity::season: return timex_year(s, year_).add("-").add(timex_code(Season(sub_))).str();
        case Granularity::month: return timex_year(s, year_).add("-").pad(sub_, 2).str();
        case Granularity::week: return timex_year(s, year_).add("-W").pad(sub_, 2).str();
        case Granularity::weekend: return timex_year(s, year_).add("-W").pad(sub_, 2).add("-WE").str();
        case Granularity::day: return timex_day(s, ymd()).str();
        case Granularity::part_of_day: return timex_day(s, ymd()).add("T").add(timex_code(part_)).str();
        case Granularity::hour: return timex_day(s, ymd()).add("T").pad(hour_, 2).add(":00").str();
        case Granularity::minute: return timex_day(s, ymd()).add("T").pad(hour_, 2).add(":").pad(minute_, 2).str();
    }
    return "";
}

std::string Period::edtf() const {
    switch (grain_) {
        case Granularity::millennium: return std::to_string(year_) + "XXX";
        case Granularity::century: return detail::zero_padded(year_, 2) + "XX";
        case Granularity::decade: return detail::zero_padded(year_, 3) + "X";
        case Granularity::year: return detail::zero_padded(year_, 4);
        // ISO 8601-2 sub-year groupings: 21-24 seasons, 33-36 quarters, 40-41 halves.
        case Granularity::half: return detail::zero_padded(year_, 4) + "-" + std::to_string(39 + sub_);
        case Granularity::quarter: return detail::zero_padded(year_, 4) + "-" + std::to_string(32 + sub_);
        case Granularity::season: return detail::zero_padded(year_, 4) + "-" + std::to_string(20 + sub_);
        case Granularity::month: return detail::zero_padded(year_, 4) + "-" + detail::zero_padded(sub_, 2);
        case Granularity::week:
        case Granularity::weekend: {
            const DayInterval d = days();
            return iso_date(d.first) + "/" + iso_date(d.last);
        }
        case Granularity::day:
        case Granularity::part_of_day: return iso_date(ymd());
        case Granularity::hour: return iso_date(ymd()) + "T" + detail::zero_padded(hour_, 2) + ":00:00";
        case Granularity::minute: return iso_date(ymd()) + "T" + detail::zero_padded(hour_, 2) + ":" + detail::zero_padded(minute_, 2) + ":00";
    }
    return "";
}

}  // namespace chronik
