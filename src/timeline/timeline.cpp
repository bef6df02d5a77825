#include <chronik/timeline.hpp>
#include <chronik/text.hpp>

namespace chronik {

std::string_view to_string(TimeKind k) {
    switch (k) {
        case TimeKind::calendar: return "calendar";
        case TimeKind::past: return "past";
        case TimeKind::present: return "present";
        case TimeKind::future: return "future";
        case TimeKind::undated: return "undated";
    }
    return "?";
}

std::string_view to_string(Order o) {
    switch (o) {
        case Order::before: return "BEFORE";
        case Order::includes: return "INCLUDES";
        case Order::simultaneous: return "SIMULTANEOUS";
        case Order::overlaps: return "OVERLAPS";
    }
    return "?";
}

bool shown(const Event& e, const EventSelection& selection) {
    if (e.hidden) return false;
    switch (e.when.kind) {
        case TimeKind::calendar: return true;
        case TimeKind::undated: return selection.undated;
        case TimeKind::past:
        case TimeKind::present:
        case TimeKind::future: return selection.vague;
    }
    return false;
}

double date_precision(const EventTime& w) {
    if (w.kind == TimeKind::undated) return 0;
    if (w.kind != TimeKind::calendar) return 0.1;
    double score = 0.45;
    if (const auto g = w.granularity()) {
        switch (*g) {
            case Granularity::millennium:
            case Granularity::century: score = 0.2; break;
            case Granularity::decade: score = 0.3; break;
            case Granularity::year: score = 0.45; break;
            case Granularity::half:
            case Granularity::quarter:
            case Granularity::season: score = 0.55; break;
            case Granularity::month: score = 0.65; break;
            case Granularity::week:
            case Granularity::weekend: score = 0.8; break;
            case Granularity::day: score = 0.95; break;
            case Granularity::part_of_day:
            case Granularity::hour:
            case Granularity::minute: score = 1; break;
        }
    }
    if (w.minute_of_day && score < 1) score = 1;
    if (w.approximate() || w.open_ended()) score -= 0.1;
    return score;
}

std::optional<int> clock_minute(const Period& p) {
    if (p.granularity() != Granularity::hour && p.granularity() != Granularity::minute) return std::nullopt;
    return int(p.hour_value()) * 60 + int(p.minute_value());
}

EventTime EventTime::calendar(const Period& p, Mod mod) {
    EventTime t;
    t.kind = TimeKind::calendar;
    t.period = p;
    t.mod = mod;
    t.earliest = p.first_day();
    t.latest = p.last_day();
    t.minute_of_day = clock_minute(p);
    return t;
}

std::optional<Granularity> EventTime::granularity() const {
    if (kind == TimeKind::calendar && period) return period->granularity();
    return std::nullopt;
}

bool EventTime::approximate() const {
    return mod == Mod::approx || mod == Mod::less_than || mod == Mod::more_than;
}

bool EventTime::open_ended() const {
    return mod == Mod::before || mod == Mod::after || mod == Mod::on_or_before || mod == Mod::on_or_after;
}

std::string EventTime::edtf() const {
    switch (kind) {
        case TimeKind::calendar: {
            if (!period) return "";
            const bool cut = mod == Mod::start || mod == Mod::mid || mod == Mod::end;
            std::string base;
            if (until) {
                base = period->edtf() + "/" + until->edtf();
            } else if (cut && earliest && latest) {
                base = iso_date(*earliest) + "/" + iso_date(*latest);
            } else {
                base = period->edtf();
            }
            if (approximate()) {
                // '~' marks each date of an interval as approximate.
                const auto slash = base.find('/');
                if (slash == std::string::npos) return base + "~";
                return base.substr(0, slash) + "~/" + base.substr(slash + 1) + "~";
            }
            if (mod == Mod::before || mod == Mod::on_or_before) return "../" + base;
            if (mod == Mod::after || mod == Mod::on_or_after) return base + "/..";
            return base;
        }
        case TimeKind::past: return latest ? "../" + iso_date(*latest) : "";
        case TimeKind::future: return earliest ? iso_date(*earliest) + "/.." : "";
        case TimeKind::present: return earliest ? iso_date(*earliest) : "";
        case TimeKind::undated: return "";
    }
    return "";
}

std::string EventTime::timex3() const {
    switch (kind) {
        case TimeKind::calendar: return period ? period->timex3() : "";
        case TimeKind::past: return std::string(timex_code(VagueRef::past));
        case TimeKind::present: return std::string(timex_code(VagueRef::present));
        case TimeKind::future: return std::string(timex_code(VagueRef::future));
        case TimeKind::undated: return "";
    }
    return "";
}

bool names_title(std::string_view source_name, std::string_view title) {
    constexpr std::string_view kEllipsis = "\u2026";
    auto stem = [&](std::string_view s) {
        // A closing quote a cut title got after its "…" goes first.
        for (const std::string_view close : {"\"", "\u201C", "\u201D", "\u00AB", "\u00BB"})
            if (s.ends_with(close)) s.remove_suffix(close.size());
        while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
        if (s.ends_with(kEllipsis)) s.remove_suffix(kEllipsis.size());
        while (!s.empty() && std::string_view(" ,;:-").find(s.back()) != std::string_view::npos) s.remove_suffix(1);
        return s;
    };
    const std::string name = text::collapse_spaces(source_name), whole = text::collapse_spaces(title);
    const std::string_view n = stem(name), t = stem(whole);
    if (n.empty() || t.empty()) return false;
    return t.starts_with(n) || n.starts_with(t);
}

}  // namespace chronik
