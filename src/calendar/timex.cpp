#include <chronik/timex.hpp>

#include "digits.hpp"

#include <cmath>
#include <cstdio>

namespace chronik {

std::string_view to_string(TimexType t) {
    switch (t) {
        case TimexType::date: return "DATE";
        case TimexType::time: return "TIME";
        case TimexType::duration: return "DURATION";
        case TimexType::set: return "SET";
    }
    return "?";
}

std::string_view to_string(Mod m) {
    switch (m) {
        case Mod::none: return "";
        case Mod::start: return "START";
        case Mod::mid: return "MID";
        case Mod::end: return "END";
        case Mod::approx: return "APPROX";
        case Mod::before: return "BEFORE";
        case Mod::after: return "AFTER";
        case Mod::on_or_before: return "ON_OR_BEFORE";
        case Mod::on_or_after: return "ON_OR_AFTER";
        case Mod::less_than: return "LESS_THAN";
        case Mod::more_than: return "MORE_THAN";
        case Mod::equal_or_less: return "EQUAL_OR_LESS";
        case Mod::equal_or_more: return "EQUAL_OR_MORE";
    }
    return "";
}

std::string_view timex_code(VagueRef v) {
    switch (v) {
        case VagueRef::past: return "PAST_REF";
        case VagueRef::present: return "PRESENT_REF";
        case VagueRef::future: return "FUTURE_REF";
    }
    return "?";
}

std::string_view to_string(Unit u) {
    switch (u) {
        case Unit::second: return "second";
        case Unit::minute: return "minute";
        case Unit::hour: return "hour";
        case Unit::part_of_day: return "part_of_day";
        case Unit::day: return "day";
        case Unit::weekend: return "weekend";
        case Unit::week: return "week";
        case Unit::month: return "month";
        case Unit::quarter: return "quarter";
        case Unit::half: return "half";
        case Unit::season: return "season";
        case Unit::year: return "year";
        case Unit::decade: return "decade";
        case Unit::century: return "century";
        case Unit::millennium: return "millennium";
    }
    return "?";
}

namespace {

std::string two_digits(unsigned v) { return detail::zero_padded(v % 100, 2); }

std::string number(double v) {
    if (std::floor(v) == v && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

namespace {

bool clock_unit(Unit u) { return u == Unit::second || u == Unit::minute || u == Unit::hour; }

}  // namespace

std::string Duration::timex3() const {
    if (larger) {
        // ISO 8601: the larger part first, a 'T' before the first clock unit (P2Y6M, PT3H20M, P2DT3H).
        Duration big{larger->amount, larger->unit};
        Duration small = *this;
        small.larger.reset();
        std::string out = big.timex3();
        std::string rest = small.timex3();
        rest.erase(0, clock_unit(small.unit) && clock_unit(big.unit) ? 2 : 1);  // "P" or "PT"
        return out + rest;
    }
    const std::string n = amount ? number(*amount) : "X";
    switch (unit) {
        case Unit::second: return "PT" + n + "S";
        case Unit::minute: return "PT" + n + "M";
        case Unit::hour: return "PT" + n + "H";
        case Unit::part_of_day: return "PT" + n + std::string(timex_code(part));
        case Unit::day: return "P" + n + "D";
        case Unit::weekend: return "P" + n + "WE";
        case Unit::week: return "P" + n + "W";
        case Unit::month: return "P" + n + "M";
        case Unit::quarter: return "P" + n + "Q";
        case Unit::half: return "P" + n + "H";
        case Unit::season: return "P" + n + "SE";
        case Unit::year: return "P" + n + "Y";
        case Unit::decade: return "P" + n + "DE";
        case Unit::century: return "P" + n + "CE";
        case Unit::millennium: return "P" + n + "ML";
    }
    return "P" + n + "D";
}

std::string PartialDate::timex3() const {
    std::string out;
    if (!date_omitted) {
        out = year ? std::to_string(*year) : std::string("XXXX");
        if (weekday != 0) {
            out.append("-WXX-").append(std::to_string(weekday));
        } else if (season) {
            out.append("-").append(timex_code(*season));
        } else {
            out.append("-").append(month ? two_digits(month) : std::string("XX"));
            out.append("-").append(day ? two_digits(day) : std::string("XX"));
        }
    }
    if (part) {
        out.append("T").append(timex_code(*part));
    } else if (has_time) {
        out.append("T").append(hour ? two_digits(*hour) : std::string("XX"));
        out.append(":").append(minute ? two_digits(*minute) : std::string("XX"));
    }
    return out;
}

std::string Recurrence::timex3() const {
    return std::visit([](const auto& p) { return p.timex3(); }, pattern);
}

std::string Recurrence::freq() const { return times ? std::to_string(*times) + "X" : std::string(); }

std::string Recurrence::quant() const { return every ? "EVERY" : ""; }

std::string timex3(const TimexValue& v) {
    struct Visitor {
        std::string operator()(const Period& p) const { return p.timex3(); }
        std::string operator()(const PartialDate& p) const { return p.timex3(); }
        std::string operator()(VagueRef r) const { return std::string(timex_code(r)); }
        std::string operator()(const Duration& d) const { return d.timex3(); }
        std::string operator()(const Recurrence& r) const { return r.timex3(); }
    };
    return std::visit(Visitor{}, v);
}

}  // namespace chronik
