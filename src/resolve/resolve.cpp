#include <chronik/resolve.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace chronik {

using namespace date;

sys_days easter_sunday(int y) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return sys_days{year{y} / unsigned(month) / unsigned(day)};
}

namespace {

// Years before Christ are astronomical: 0 is 1 BC, -43 is 44 BC.
constexpr int kMinYear = -9998;
constexpr int kMaxYear = 9999;

// The fraction of a count in the next smaller unit, when it is whole there:
// 5.5 hours → 30 minutes, 2.5 years → 6 months, 1.5 minutes → 30 seconds.
std::optional<Duration::Part> fraction_in_smaller_unit(double amount, Unit u) {
    double per = 0;
    Unit smaller = u;
    switch (u) {
        case Unit::year: per = 12, smaller = Unit::month; break;
        case Unit::day: per = 24, smaller = Unit::hour; break;
        case Unit::hour: per = 60, smaller = Unit::minute; break;
        case Unit::minute: per = 60, smaller = Unit::second; break;
        default: return std::nullopt;
    }
    const double part = (amount - std::floor(amount)) * per;
    if (std::fabs(part - std::round(part)) > 1e-9) return std::nullopt;
    return Duration::Part{std::round(part), smaller};
}

bool year_ok(int y) { return y >= kMinYear && y <= kMaxYear; }

// The coarsest grain of a date that names one unit: a year for a year; a
// month for a month. "Vormonat" counts from a month or a day, not a year.
Granularity coarsest_in(Unit u) {
    switch (u) {
        case Unit::millennium: return Granularity::millennium;
        case Unit::century: return Granularity::century;
        case Unit::decade: return Granularity::decade;
        case Unit::year: return Granularity::year;
        case Unit::half: return Granularity::half;
        case Unit::quarter: return Granularity::quarter;
        case Unit::season: return Granularity::season;
        case Unit::month: return Granularity::month;
        case Unit::week: return Granularity::week;
        case Unit::weekend: return Granularity::weekend;
        case Unit::day: return Granularity::day;
        case Unit::part_of_day: return Granularity::part_of_day;
        case Unit::hour: return Granularity::hour;
        case Unit::minute:
        case Unit::second: return Granularity::minute;
    }
    return Granularity::day;
}

int year_of(sys_days d) { return int(year_month_day{d}.year()); }

// The period of the given unit that contains day d.
std::optional<Period> period_of(sys_days d, Unit u) {
    const year_month_day ymd{d};
    const int y = int(ymd.year());
    // A December's winter runs into the next year.
    if (!year_ok(y) || (u == Unit::season && ymd.month() == December && !year_ok(y + 1))) return std::nullopt;
    return Period::containing(d, coarsest_in(u));
}

// Day d moved by n units (calendar arithmetic, clamped to month ends).
std::optional<sys_days> shift_day(sys_days d, Unit u, long n) {
    if (std::labs(n) > 100000) return std::nullopt;
    year_month_day ymd{d};
    auto by_months = [&](long months_) -> std::optional<sys_days> {
        year_month ym = ymd.year() / ymd.month();
        ym += months{months_};
        if (!year_ok(int(ym.year()))) return std::nullopt;
        const day last_day = (ym / last).day();
        return sys_days{ym / std::min(ymd.day(), last_day)};
    };
    switch (u) {
        case Unit::second:
        case Unit::minute:
        case Unit::hour:
        case Unit::part_of_day:
        case Unit::day: return d + days{n};
        case Unit::week:
        case Unit::weekend: return d + days{7 * n};
        case Unit::month: return by_months(n);
        case Unit::quarter: return by_months(3 * n);
        case Unit::half:
        case Unit::season: return by_months(n * (u == Unit::half ? 6 : 3));
        case Unit::year: return by_months(12 * n);
        case Unit::decade: return by_months(120 * n);
        case Unit::century: return by_months(1200 * n);
        case Unit::millennium: return by_months(12000 * n);
    }
    return std::nullopt;
}

std::optional<Period> shifted(sys_days anchor, Unit u, long n) {
    auto d = shift_day(anchor, u, n);
    if (!d || !year_ok(year_of(*d))) return std::nullopt;
    return period_of(*d, u);
}

DayInterval narrow(DayInterval d, Mod mod) {
    const long n = (d.last - d.first).count() + 1;
    const long third = std::max(1L, n / 3);
    switch (mod) {
        case Mod::start: return {d.first, d.first + days{third - 1}};
        case Mod::mid: return {d.first + days{third}, std::max(d.first + days{third}, d.last - days{third})};
        case Mod::end: return {d.last - days{third - 1}, d.last};
        default: return d;
    }
}

// An expression's value, granularity and days for a period.
void set_period(Expression& x, const Period& p) {
    x.value = p;
    x.granularity = p.granularity();
    const DayInterval d = narrow(p.days(), x.mod);
    x.earliest = d.first;
    x.latest = d.last;
}

// Among the same calendar position in the years around the reference day,
// the one in the wanted direction.
template <typename Make>
std::optional<Period> choose_year(sys_days ref, Direction dir, Make make) {
    std::optional<Period> best;
    const int y0 = year_of(ref);
    long best_key = 0;
    // Four years either side: far enough for 29 February.
    for (int y = y0 - 4; y <= y0 + 4; ++y) {
        if (!year_ok(y)) continue;
        std::optional<Period> p = make(y);
        if (!p) continue;
        const DayInterval d = p->days();
        long key;
        if (dir == Direction::past) {
            if (d.first > ref) continue;
            key = -(ref - d.first).count();  // latest start not after ref
        } else if (dir == Direction::future) {
            if (d.last < ref) continue;
            key = -(d.first - ref).count();  // earliest end not before ref
            if (d.first <= ref) key = 1;
        } else {
            const long dist = d.contains({ref, ref}) ? 0 : std::min(std::labs((d.first - ref).count()), std::labs((d.last - ref).count()));
            key = -dist;
        }
        if (!best || key > best_key) {
            best = p;
            best_key = key;
        }
    }
    return best;
}

Direction direction_for(Direction form, Tense tense, Direction none, Direction present) {
    if (form != Direction::from_tense) return form;
    switch (tense) {
        case Tense::past: return Direction::past;
        case Tense::future: return Direction::future;
        case Tense::present: return present;
        case Tense::unknown: return none;
    }
    return none;
}

std::optional<sys_days> holiday_in(int y, Holiday h) {
    auto fixed = [&](unsigned m, unsigned d) { return sys_days{year{y} / m / d}; };
    switch (h) {
        case Holiday::none: return std::nullopt;
        case Holiday::new_year: return fixed(1, 1);
        case Holiday::epiphany: return fixed(1, 6);
        case Holiday::valentine: return fixed(2, 14);
        case Holiday::labour_day: return fixed(5, 1);
        case Holiday::assumption: return fixed(8, 15);
        case Holiday::german_unity: return fixed(10, 3);
        case Holiday::all_saints: return fixed(11, 1);
        case Holiday::st_nicholas: return fixed(12, 6);
        case Holiday::christmas_eve: return fixed(12, 24);
        case Holiday::christmas: return fixed(12, 25);
        case Holiday::boxing_day: return fixed(12, 26);
        case Holiday::new_years_eve: return fixed(12, 31);
        case Holiday::carnival_monday: return easter_sunday(y) - days{48};
        case Holiday::shrove_tuesday: return easter_sunday(y) - days{47};
        case Holiday::ash_wednesday: return easter_sunday(y) - days{46};
        case Holiday::palm_sunday: return easter_sunday(y) - days{7};
        case Holiday::maundy_thursday: return easter_sunday(y) - days{3};
        case Holiday::good_friday: return easter_sunday(y) - days{2};
        case Holiday::easter: return easter_sunday(y);
        case Holiday::easter_monday: return easter_sunday(y) + days{1};
        case Holiday::ascension: return easter_sunday(y) + days{39};
        case Holiday::pentecost: return easter_sunday(y) + days{49};
        case Holiday::whit_monday: return easter_sunday(y) + days{50};
        case Holiday::corpus_christi: return easter_sunday(y) + days{60};
        case Holiday::first_advent: {
            // The fourth Sunday before Christmas Day.
            const sys_days xmas = fixed(12, 25);
            const int wd = int(weekday{xmas}.c_encoding());  // Sunday = 0
            return xmas - days{wd == 0 ? 7 : wd} - days{21};
        }
        case Holiday::christmas_season: return fixed(12, 24);
        case Holiday::easter_season: return easter_sunday(y) - days{2};
        case Holiday::independence_day: return fixed(7, 4);
        case Holiday::halloween: return fixed(10, 31);
        case Holiday::veterans_day: return fixed(11, 11);
        case Holiday::memorial_day: return sys_days{year{y} / May / Monday[last]};
        case Holiday::labor_day: return sys_days{year{y} / September / Monday[1]};
        case Holiday::thanksgiving: return sys_days{year{y} / November / Thursday[4]};
        case Holiday::election_day: return sys_days{year{y} / November / Monday[1]} + days{1};
    }
    return std::nullopt;
}

unsigned days_in(int y, unsigned m) { return unsigned((year{y} / month{m} / last).day()); }

int expand_two_digit_year(int yy, int reference_year) {
    const int century = reference_year / 100 * 100;
    int y = century + yy;
    if (y > reference_year + 10) y -= 100;
    return y;
}

// Whether a form needs a day to count from: all but written-out years,
// decades and centuries.
bool needs_anchor(const TemporalForm& f) {
    if (f.year && !f.two_digit_year) return false;
    if (f.decade && *f.decade >= 10) return false;
    if ((f.unit == Unit::century || f.unit == Unit::millennium) && f.ordinal && !f.offset) return false;
    return true;
}

// A date that names no year, in a narrative that has not named one either
// and has no publication date: its year stays unknown ("XXXX-05-03").
std::optional<Expression> unanchored(Expression& x, const TemporalForm& f) {
    if (!f.month || f.month > 12 || f.day > 31 || f.weekday || f.holiday != Holiday::none || f.offset ||
        f.anchor != Anchor::document)
        return std::nullopt;
    PartialDate pd;
    pd.month = f.month;
    pd.day = f.day;
    x.value = pd;
    return x;
}

}  // namespace

std::string_view to_string(Genre g) { return g == Genre::narrative ? "narrative" : "news"; }

std::optional<Genre> genre_named(std::string_view name) { return enum_named(name, Genre::news, Genre::narrative); }

Resolver::Resolver(std::optional<year_month_day> published, const ResolutionDefaults& defaults, Genre genre)
    : dct_(published ? sys_days{*published} : sys_days{}), has_dct_(published.has_value()), defaults_(defaults),
      genre_(genre) {
    if (!published && genre != Genre::narrative) throw std::invalid_argument("news needs a publication date");
    if (published && !published->ok()) throw std::invalid_argument("publication date is not a calendar day");
}

std::optional<Expression> Resolver::resolve(const Mention& mention) {
    const TemporalForm& f = mention.form;
    Expression x;
    x.begin = mention.begin;
    x.end = mention.end;
    x.phrase_begin = mention.phrase_begin;
    x.type = f.type;
    x.mod = f.mod;
    x.rule = mention.rule;
    x.sentence = mention.sentence;
    x.tense = mention.tense;
    x.closes_range = mention.closes_range;

    const bool explicit_year = f.year.has_value();
    const bool narrative = genre_ == Genre::narrative;
    // A habit where the clause is not told in the past; a narrative tells in the
    // past unless a verb in the present says otherwise.
    if (f.habitual && (mention.tense == Tense::past || (narrative && mention.tense != Tense::present))) {
        Mention once = mention;
        once.form.habitual = false;
        once.form.every = false;
        once.form.type = f.part ? TimexType::time : TimexType::date;
        return resolve(once);
    }
    if (narrative && f.news_only) return std::nullopt;
    // The day deictic forms count from: the publication date; in a narrative
    // the narrated time, except for the writer's present.
    const bool utterance = f.anchor == Anchor::utterance;
    if (narrative && !f.vague && f.type != TimexType::duration && f.type != TimexType::set) {
        // "heute" in a narrative is the writer's present, not a day.
        if (utterance && f.unit == Unit::day && f.offset == 0 && !f.part && !f.hour) {
            x.value = VagueRef::present;
            if (has_dct_) x.earliest = x.latest = dct_;
            return x;
        }
        const bool anchored = utterance ? has_dct_ : (narrated_ || has_dct_);
        if (!anchored && needs_anchor(f)) return unanchored(x, f);
    }
    const sys_days now = narrative && !utterance && narrated_ ? narrated_->first_day() : dct_;
    bool compared = false;  // a period compared with the reporting period: not a new one
    auto with_period = [&](const Period& p, TimexType type) -> std::optional<Expression> {
        x.type = type;
        if (explicit_year && p.granularity() >= Granularity::year) {
            last_explicit_ = p;
            last_explicit_sentence_ = mention.sentence;
        }
        if (p.granularity() >= Granularity::day && f.day && f.anchor == Anchor::document) last_explicit_day_ = p.first_day();
        set_period(x, p);
        last_ = p;
        last_sentence_ = mention.sentence;
        if (p.granularity() >= Granularity::day) {
            last_day_ = p.first_day();
            last_day_sentence_ = mention.sentence;
        }
        if (p.granularity() >= Granularity::year) {
            if (heading_ != mention.sentence) {
                narrated_ = p;
            } else if (!heading_dated_) {
                section_ = narrated_ = p;
                heading_dated_ = true;
            }
        }
        // The period a report is about is the first recent quarter or half it
        // names (its lead: "third-quarter net income rose"); quarters named
        // later are asides ("after a flat second quarter", "a fourth-quarter
        // charge"), and so are those of years long past ("the third quarter of 1984").
        if ((p.granularity() == Granularity::quarter || p.granularity() == Granularity::half) && !compared &&
            !last_quarter_ && has_dct_ && p.first_day() <= dct_ + days{92} && p.last_day() >= dct_ - days{400})
            last_quarter_ = p;
        if (p.granularity() >= Granularity::month && p.granularity() != Granularity::week &&
            p.granularity() != Granularity::weekend)
            last_month_ = year{p.year_value()} / month{p.sub()};
        return x;
    };
    // The anchor a relative form counts from.
    auto anchor_day = [&]() -> sys_days {
        if (f.anchor == Anchor::previous && last_) return last_->first_day();
        if (f.anchor == Anchor::narrative && last_ && mention.tense == Tense::past) return last_->first_day();
        if (f.anchor == Anchor::sentence && last_ && last_sentence_ == mention.sentence && f.unit &&
            last_->granularity() >= coarsest_in(*f.unit))
            return last_->first_day();
        return now;
    };
    // The day a clock time or part of day belongs to: a day named earlier in
    // its sentence, or in the sentence before when the time opens its own
    // ("Am Freitag kam es zum Unfall. Gegen 15 Uhr ..."); else the publication day.
    // A part of day alone ("am Nachmittag") speaks of the day under
    // discussion, a few sentences back at most.
    auto context_day = [&]() -> sys_days {
        if (!last_day_) return now;
        if (last_day_sentence_ == mention.sentence) return *last_day_;
        if (mention.opens_sentence && mention.sentence == last_day_sentence_ + 1) return *last_day_;
        if (!f.hour && f.part && mention.sentence - last_day_sentence_ <= 2) return *last_day_;
        return now;
    };
    // Where a month or day without year is placed: around the publication
    // date, or around a date with a written-out year the text just named.
    // Only a narrative of the past sets such a context: a date of an
    // earlier year, written to the month or day ("im März 1992"), or any
    // year in the same sentence; and not for a clause in the future tense.
    auto year_reference = [&]() -> std::optional<Period> {
        if (!last_explicit_) return std::nullopt;
        const std::uint32_t back = mention.sentence - last_explicit_sentence_;
        // The same sentence: "Die Spiele 2024 beginnen am 26. Juli."
        if (back == 0) return last_explicit_;
        if (mention.tense == Tense::future || last_explicit_->year_value() >= year_of(now)) return std::nullopt;
        const bool fine = last_explicit_->granularity() >= Granularity::month;
        if (fine && back <= defaults_.year_context_sentences) return last_explicit_;
        return std::nullopt;
    };
    // In a narrated year: that year itself; near a narrated month or day: the nearest one.
    auto in_context = [&](const Period& ref, auto make) -> std::optional<Period> {
        if (ref.granularity() == Granularity::year)
            if (auto p = make(ref.year_value())) return p;
        return choose_year(ref.first_day(), Direction::nearest, make);
    };
    // The day a form's relation makes of the day it names: "the day before
    // last Tuesday", "the day after Christmas" a day from it, the night until
    // a day ("in der Nacht auf Sonntag") begins the evening before.
    auto related_day = [&](sys_days day) {
        if (f.part == std::uint8_t(PartOfDay::night) && f.relation == Relation::until) return day - days{1};
        if (f.unit == Unit::day && f.relation == Relation::before) return day - days{1};
        if (f.unit == Unit::day && f.relation == Relation::after) return day + days{1};
        return day;
    };
    auto with_time_of_day = [&](sys_days named_day) -> std::optional<Expression> {
        const year_month_day ymd{related_day(named_day)};
        if (f.hour) {
            if (*f.hour > 24 || (f.minute && *f.minute > 59)) return std::nullopt;
            // "8 Uhr abends" is 20:00, "10 Uhr nachts" 22:00.
            unsigned hour = *f.hour;
            const auto part = PartOfDay(f.part);
            if (hour < 12 && (part == PartOfDay::afternoon || part == PartOfDay::evening)) hour += 12;
            if (hour >= 6 && hour < 12 && part == PartOfDay::night) hour += 12;
            const Period p = Period::minute(ymd, hour, f.minute.value_or(0));
            return with_period(p, TimexType::time);
        }
        if (f.part) return with_period(Period::part_of_day(ymd, PartOfDay(f.part)), TimexType::time);
        return with_period(Period::day(ymd), f.type == TimexType::time ? TimexType::date : f.type);
    };
    // A day named for its week ("the week of March 6", "Easter week") stands
    // for the calendar week that holds it; any other day keeps its time of day.
    auto day_or_week = [&](sys_days d) -> std::optional<Expression> {
        if (f.unit != Unit::week || f.hour || f.part) return with_time_of_day(d);
        auto w = period_of(d, Unit::week);
        if (!w) return std::nullopt;
        return with_period(*w, TimexType::date);
    };

    // In a narrative the story moves on: a month or day without year is in
    // the narrated year; one that would then lie more than a season before
    // the narrated month or day is taken as the next year's ("im Dezember
    // 1941 ... im Januar": 1942-01), when that is not far ahead either.
    auto in_narrated = [&](const Period& ref, auto make) -> std::optional<Period> {
        std::optional<Period> p = make(ref.year_value());
        if (!p) return in_context(ref, make);
        if (ref.granularity() >= Granularity::month) {
            const long behind = (ref.first_day() - p->last_day()).count();
            if (behind > 92)
                if (auto next = make(ref.year_value() + 1))
                    if ((next->first_day() - ref.first_day()).count() <= 92) return next;
        }
        return p;
    };
    // A month or season without its year: in a narrated year's context, else by tense.
    auto year_by_context_or_tense = [&](auto make) -> std::optional<Period> {
        if (narrative && narrated_) return in_narrated(*narrated_, make);
        if (auto ref = year_reference()) return in_context(*ref, make);
        return choose_year(anchor_day(), direction_for(f.direction, mention.tense, defaults_.month, defaults_.month_present),
                           make);
    };

    // A day named without its year ("am 15. März", "zu Ostern"): close to
    // the publication date, the nearest one; else in the context of a
    // narrated year, or by tense.
    auto day_without_year = [&](auto make) -> std::optional<Period> {
        // In a narrative: in the narrated year, or the nearest to the narrated day.
        if (narrative && narrated_) return in_narrated(*narrated_, make);
        // A direction the phrase itself gives ("seit dem 20. März") decides.
        if (f.direction == Direction::past || f.direction == Direction::future)
            return choose_year(now, f.direction, make);
        std::optional<Period> p = choose_year(now, Direction::nearest, make);
        if (p && std::labs((p->first_day() - now).count()) <= long(defaults_.near_days)) return p;
        if (auto ref = year_reference()) return in_context(*ref, make);
        return choose_year(now, direction_for(f.direction, mention.tense, defaults_.day, defaults_.day), make);
    };

    try {
        // --- durations
        if (f.type == TimexType::duration) {
            if (!f.unit) return std::nullopt;
            Duration d;
            d.unit = *f.unit;
            d.amount = f.amount;
            if (!f.amount && !f.plural) d.amount = 1.0;
            if (f.unit == Unit::part_of_day) d.part = PartOfDay(f.part ? f.part : std::uint8_t(PartOfDay::evening));
            if (d.amount && (*d.amount < 0 || *d.amount > 1e6)) return std::nullopt;
            if (f.larger_unit && f.larger_amount) {
                if (*f.larger_amount < 0 || *f.larger_amount > 1e6) return std::nullopt;
                d.larger = Duration::Part{*f.larger_amount, *f.larger_unit};
            }
            x.value = d;
            // "vor drei Jahren", "in zwei Wochen": the point the duration leads to.
            if (d.amount && std::floor(*d.amount) == *d.amount && *f.unit >= Unit::day &&
                (f.relation == Relation::ago || f.relation == Relation::within) && (has_dct_ || narrated_)) {
                const long sign = f.relation == Relation::ago ? -1 : 1;
                const long n = static_cast<long>(*d.amount) * sign;
                // "vor zwei Jahren und sechs Monaten": the larger part first, then the smaller.
                std::optional<sys_days> from = now;
                if (d.larger)
                    from = std::floor(d.larger->amount) == d.larger->amount
                               ? shift_day(now, d.larger->unit, static_cast<long>(d.larger->amount) * sign)
                               : std::nullopt;
                if (auto p = from ? shifted(*from, *f.unit, n) : std::nullopt) {
                    x.granularity = p->granularity();
                    x.earliest = p->first_day();
                    x.latest = p->last_day();
                }
            }
            if (defaults_.fractional_durations_in_smaller_unit && f.fraction && !d.larger && d.amount &&
                std::floor(*d.amount) != *d.amount)
                if (auto smaller = fraction_in_smaller_unit(*d.amount, d.unit)) {
                    d.larger = Duration::Part{std::floor(*d.amount), d.unit};
                    d.amount = smaller->amount;
                    d.unit = smaller->unit;
                    x.value = d;
                }
            if (defaults_.decades_in_years && !d.larger && (d.unit == Unit::decade || d.unit == Unit::century)) {
                const double years = d.unit == Unit::decade ? 10 : 100;
                d.unit = Unit::year;
                if (d.amount) d.amount = *d.amount * years;
                x.value = d;
            }
            return x;
        }

        // --- recurrences
        if (f.type == TimexType::set) {
            Recurrence r;
            r.every = f.every;
            r.times = f.times;
            if (f.month || f.day || f.season) {
                // "jedes Jahr am 1. Mai" (XXXX-05-01), "in den Wintermonaten" (XXXX-WI).
                PartialDate pd;
                pd.month = f.month;
                pd.day = f.day;
                if (f.season) pd.season = Season(f.season);
                if (f.part) pd.part = PartOfDay(f.part);
                r.pattern = pd;
            } else if (f.unit) {
                Duration d;
                d.unit = *f.unit;
                // "alle paar Wochen": every few weeks, how many not said (PXW).
                if (f.amount || !f.plural) d.amount = f.amount.value_or(1.0);
                if (f.unit == Unit::part_of_day) d.part = PartOfDay(f.part ? f.part : std::uint8_t(PartOfDay::evening));
                r.pattern = d;
            } else if (f.weekday) {
                PartialDate pd;
                pd.weekday = f.weekday;
                if (f.part) pd.part = PartOfDay(f.part);
                r.pattern = pd;
            } else if (f.part) {
                PartialDate pd;
                pd.part = PartOfDay(f.part);
                r.pattern = pd;
            } else {
                return std::nullopt;
            }
            x.value = r;
            return x;
        }

        // --- vague references
        if (f.vague) {
            x.value = *f.vague;
            if (!has_dct_) return x;
            switch (*f.vague) {
                case VagueRef::past: x.latest = dct_; break;
                case VagueRef::present: x.earliest = x.latest = dct_; break;
                case VagueRef::future: x.earliest = dct_; break;
            }
            return x;
        }

        const int now_year = year_of(now);

        // Year given relatively ("Juli dieses Jahres", "August vorigen Jahres").
        std::optional<int> given_year = f.year;
        if (given_year && f.two_digit_year) given_year = expand_two_digit_year(*given_year, now_year);
        if (given_year && f.bc) given_year = 1 - *given_year;
        const bool has_calendar = f.month || f.day || f.weekday || f.season || f.holiday != Holiday::none;
        if (!given_year && has_calendar && f.unit == Unit::year && f.offset)
            given_year = year_of(anchor_day()) + *f.offset;
        if (given_year && !year_ok(*given_year)) return std::nullopt;
        // The reporting period in another year ("the 1988 quarter", "the 1989 period").
        if (f.anchor == Anchor::period && given_year && !has_calendar && !f.ordinal && last_quarter_) {
            const Period& q = *last_quarter_;
            compared = true;
            const Period p = q.granularity() == Granularity::half ? Period::half(*given_year, q.sub())
                                                                   : Period::quarter(*given_year, q.sub());
            return with_period(p, TimexType::date);
        }

        // --- feasts
        if (f.holiday != Holiday::none) {
            auto make = [&](int y) -> std::optional<Period> {
                auto d = holiday_in(y, f.holiday);
                if (!d) return std::nullopt;
                return Period::day(*d);
            };
            std::optional<Period> p = given_year ? make(*given_year) : day_without_year(make);
            if (!p) return std::nullopt;
            // "Silvesternacht", "Pfingstsonntag Nachmittag", "Easter week".
            return day_or_week(p->first_day());
        }

        // --- centuries, millennia, decades
        if (f.unit == Unit::century && f.ordinal && !f.offset) {
            if (*f.ordinal < 1 || *f.ordinal > 100) return std::nullopt;
            return with_period(Period::century(f.bc ? -*f.ordinal : *f.ordinal - 1), TimexType::date);
        }
        if (f.unit == Unit::millennium && f.ordinal && !f.offset) {
            if (*f.ordinal < 1 || *f.ordinal > 10) return std::nullopt;
            return with_period(Period::millennium(*f.ordinal - 1), TimexType::date);
        }
        if (f.decade && f.bc) return with_period(Period::decade(-*f.decade - 1), TimexType::date);
        if (f.decade) {
            int d = *f.decade;
            if (d < 10) {
                // "90er": the latest such decade that has begun.
                const int latest = now_year / 10;
                d = latest / 10 * 10 + d;
                if (d > latest) d -= 10;
            }
            return with_period(Period::decade(d), TimexType::date);
        }

        // --- weekdays
        if (f.weekday && !f.day) {
            const sys_days ref = anchor_day();
            const int ref_wd = int(weekday{ref}.iso_encoding());
            const int delta_back = (ref_wd - f.weekday + 7) % 7;  // days back to the latest such weekday
            const int delta_fwd = (f.weekday - ref_wd + 7) % 7;
            sys_days day;
            if (f.offset && f.unit != Unit::week) {
                if (*f.offset < 0) day = ref - days{delta_back == 0 ? 7 : delta_back};
                else if (*f.offset > 0) day = ref + days{delta_fwd == 0 ? 7 : delta_fwd};
                else day = delta_back <= 3 ? ref - days{delta_back} : ref + days{delta_fwd};
            } else if (f.offset && f.unit == Unit::week) {
                // "Montag nächster Woche": that weekday in the shifted week.
                const sys_days monday = ref - days{ref_wd - 1} + days{7 * *f.offset};
                day = monday + days{f.weekday - 1};
            } else {
                const Direction dir = direction_for(f.direction, mention.tense, defaults_.weekday, defaults_.weekday_present);
                if (dir == Direction::future) day = ref + days{delta_fwd};
                else if (dir == Direction::nearest) day = delta_back <= 3 ? ref - days{delta_back} : ref + days{delta_fwd};
                else day = ref - days{delta_back};
            }
            if (!year_ok(year_of(day))) return std::nullopt;
            return with_time_of_day(day);
        }

        // --- calendar dates, months, seasons, years
        if (f.day && !f.month && !given_year) {
            // "am 5." — the month of the last mentioned date, or of the publication.
            const year_month ym = last_month_ ? *last_month_ : year_month_day{now}.year() / year_month_day{now}.month();
            const year_month_day ymd = ym / day{f.day};
            if (!ymd.ok()) return std::nullopt;
            return with_time_of_day(sys_days{ymd});
        }
        if (f.month && f.day) {
            if (f.month > 12 || f.day > 31) return std::nullopt;
            if (given_year) {
                const year_month_day ymd = year{*given_year} / f.month / f.day;
                if (!ymd.ok()) return std::nullopt;
                // A weekday that contradicts the date is ignored: the date stands as written.
                return day_or_week(sys_days{ymd});
            }
            auto make = [&](int y) -> std::optional<Period> {
                if (f.day > days_in(y, f.month)) return std::nullopt;
                return Period::day(year{y} / f.month / f.day);
            };
            std::optional<Period> p;
            if (f.weekday) {
                // A weekday with the date tells the year: the nearest one that matches.
                long best = 0;
                for (int y = now_year - 1; y <= now_year + 1; ++y) {
                    auto c = make(y);
                    if (!c || unsigned(weekday{c->first_day()}.iso_encoding()) != f.weekday) continue;
                    const long dist = std::labs((c->first_day() - now).count());
                    if (!p || dist < best) {
                        p = c;
                        best = dist;
                    }
                }
            }
            if (!p) p = day_without_year(make);
            if (!p) return std::nullopt;
            return day_or_week(p->first_day());
        }
        if (f.month) {
            if (f.month > 12) return std::nullopt;
            if (given_year) return with_period(Period::month(*given_year, f.month), TimexType::date);
            auto make = [&](int y) { return std::optional(Period::month(y, f.month)); };
            std::optional<Period> p;
            if (f.offset) {
                // "vergangenen August", "kommenden Mai": the one before or after this month.
                if (*f.offset < 0) p = choose_year(now - days{31}, Direction::past, make);
                else if (*f.offset > 0) p = choose_year(now + days{31}, Direction::future, make);
                else p = choose_year(now, Direction::nearest, make);
            } else {
                p = year_by_context_or_tense(make);
            }
            if (!p) return std::nullopt;
            return with_period(*p, TimexType::date);
        }
        if (f.season) {
            const Season s = Season(f.season);
            if (given_year) return with_period(Period::season(*given_year, s), TimexType::date);
            if (f.offset && *f.offset != 0 && f.unit != Unit::year) {
                // "vergangenen Winter", "next summer": the latest such season over
                // before the anchor, or the first to begin after it; further
                // offsets move on by whole years.
                const sys_days ref = anchor_day();
                std::optional<Period> near;
                for (int y = year_of(ref) - 2; y <= year_of(ref) + 2; ++y) {
                    if (!year_ok(y)) continue;
                    const Period c = Period::season(y, s);
                    const bool fits = *f.offset < 0 ? c.last_day() < ref : c.first_day() > ref;
                    if (fits && (!near || (*f.offset < 0) == (c.first_day() > near->first_day()))) near = c;
                }
                if (!near) return std::nullopt;
                const int y = near->year_value() + *f.offset + (*f.offset < 0 ? 1 : -1);
                if (!year_ok(y)) return std::nullopt;
                return with_period(Period::season(y, s), TimexType::date);
            }
            if (f.offset && f.unit != Unit::year) {
                // "diesem Winter", "this summer": the season of the anchor's cycle.
                auto cur = choose_year(anchor_day(), Direction::nearest, [&](int y) { return std::optional(Period::season(y, s)); });
                if (!cur) return std::nullopt;
                const int y = cur->year_value();
                if (!year_ok(y)) return std::nullopt;
                return with_period(Period::season(y, s), TimexType::date);
            }
            auto p = year_by_context_or_tense([&](int y) { return std::optional(Period::season(y, s)); });
            if (!p) return std::nullopt;
            return with_period(*p, TimexType::date);
        }
        if (given_year && !f.unit) return with_period(Period::year(*given_year), TimexType::date);

        // --- quarters and halves by number ("im dritten Quartal 2014")
        if ((f.unit == Unit::quarter || f.unit == Unit::half) && f.ordinal) {
            const int n = *f.ordinal == -1 ? (f.unit == Unit::quarter ? 4 : 2) : *f.ordinal;
            if (n < 1 || n > (f.unit == Unit::quarter ? 4 : 2)) return std::nullopt;
            auto make = [&](int y) {
                return std::optional(f.unit == Unit::quarter ? Period::quarter(y, unsigned(n)) : Period::half(y, unsigned(n)));
            };
            if (given_year) return with_period(*make(*given_year), TimexType::date);
            Direction dir = direction_for(f.direction, mention.tense, defaults_.month, defaults_.quarter_present);
            if (f.direction == Direction::from_tense && mention.tense == Tense::future) dir = defaults_.quarter_future;
            auto p = choose_year(anchor_day(), dir, make);
            if (!p) return std::nullopt;
            return with_period(*p, TimexType::date);
        }
        if (given_year) return with_period(Period::year(*given_year), TimexType::date);

        // --- "am ersten Tag", "am letzten Tag": a day, but which the text does not say
        if (f.unit == Unit::day && f.ordinal && !f.offset) {
            x.value = PartialDate{};
            return x;
        }

        // --- "in der dritten Woche": counted from the day the text set out from
        if (f.unit == Unit::week && f.ordinal && *f.ordinal > 0 && !f.offset) {
            if (!last_explicit_day_) return std::nullopt;
            const IsoWeek start = iso_week_of(*last_explicit_day_);
            const sys_days monday = iso_week_monday(start.year, start.week) + days{7 * (*f.ordinal - 1)};
            auto p = period_of(monday, Unit::week);
            if (!p) return std::nullopt;
            return with_period(*p, TimexType::date);
        }

        // --- "am Wochenende": the last one, or the next, by tense
        if (f.unit == Unit::weekend && !f.amount && f.anchor == Anchor::document) {
            const int wd = int(weekday{now}.iso_encoding());
            Direction dir = direction_for(f.direction, mention.tense, defaults_.weekday, defaults_.weekday_present);
            if (f.offset) dir = *f.offset < 0 ? Direction::past : *f.offset > 0 ? Direction::future : Direction::nearest;
            sys_days day = now;
            if (wd < 6) {
                day = dir == Direction::future ? now + days{6 - wd} : now - days{wd + 1};
            } else if (f.offset && *f.offset != 0) {
                // On a weekend, the last or next one is a week away.
                day = now + days{7 * *f.offset};
            }
            auto p = period_of(day, Unit::weekend);
            if (!p) return std::nullopt;
            return with_period(*p, TimexType::date);
        }

        // --- relative: a unit shifted from the anchor ("gestern", "im vergangenen Jahr", "Tag darauf")
        if (f.unit && f.offset) {
            long n = *f.offset;
            if (f.amount) n *= static_cast<long>(*f.amount);
            const Unit u = *f.unit;
            if (u == Unit::hour || u == Unit::minute || u == Unit::second) {
                // Clock arithmetic needs a clock time to count from.
                if (last_ && last_->granularity() == Granularity::minute && f.anchor == Anchor::previous) {
                    const long minutes = u == Unit::hour ? 60 * n : u == Unit::minute ? n : 0;
                    const long total = long(last_->hour_value()) * 60 + long(last_->minute_value()) + minutes;
                    const sys_days day = last_->first_day() + days{total >= 0 ? total / 1440 : (total - 1439) / 1440};
                    const long in_day = ((total % 1440) + 1440) % 1440;
                    return with_period(Period::minute(year_month_day{day}, unsigned(in_day / 60), unsigned(in_day % 60)),
                                       TimexType::time);
                }
                PartialDate pd;
                pd.has_time = true;
                x.type = TimexType::time;
                x.value = pd;
                return x;
            }
            // A year back or ahead of the reporting period, at its grain.
            // An anaphor of a quarter or half does the same ("a year earlier").
            const bool quarter_last = last_ && (last_->granularity() == Granularity::quarter ||
                                                last_->granularity() == Granularity::half);
            // A quarter of a year before the reporting period is itself the
            // comparison: "a year earlier" after it counts from the reporting period again.
            const bool last_compared = quarter_last && last_quarter_ && last_->first_day() < last_quarter_->first_day();
            const std::optional<Period> reporting =
                f.anchor == Anchor::period ? last_quarter_
                : f.anchor == Anchor::previous && quarter_last ? (last_compared ? last_quarter_ : last_)
                                                               : std::nullopt;
            // The reporting period itself ("the quarter", "the latest period"): the
            // first recent quarter or half named, else the last one over before the anchor.
            if (f.anchor == Anchor::period && n == 0 && (u == Unit::quarter || u == Unit::half)) {
                if (reporting) return with_period(*reporting, TimexType::date);
                auto p = shifted(anchor_day(), u, -1);
                if (!p || !year_ok(p->year_value())) return std::nullopt;
                return with_period(*p, TimexType::date);
            }
            if (reporting && u == Unit::year) {
                compared = true;
                auto d = shift_day(reporting->first_day(), Unit::year, n);
                if (!d || !year_ok(year_of(*d))) return std::nullopt;
                auto p = period_of(*d, reporting->granularity() == Granularity::half ? Unit::half : Unit::quarter);
                if (!p) return std::nullopt;
                return with_period(*p, TimexType::date);
            }
            // The same day as a month or year named before ("last October ... that same day"):
            // a day of that month or year, which one unknown (1998-10-XX).
            if (u == Unit::day && n == 0 && !f.hour && !f.part && f.anchor == Anchor::previous && last_ &&
                (last_->granularity() == Granularity::year || last_->granularity() == Granularity::month)) {
                PartialDate pd;
                pd.year = last_->year_value();
                if (last_->granularity() == Granularity::month) pd.month = last_->sub();
                x.type = TimexType::date;
                x.value = pd;
                x.earliest = last_->first_day();
                x.latest = last_->last_day();
                return x;
            }
            const sys_days from = anchor_day();
            // An anaphor counts in the grain of what it refers to when that is finer.
            if (u == Unit::day || f.hour || f.part) {
                auto d = shift_day(from, Unit::day, n);
                if (!d || !year_ok(year_of(*d))) return std::nullopt;
                if (u == Unit::day) return with_time_of_day(*d);
            }
            auto p = shifted(from, u, n);
            if (!p) return std::nullopt;
            return with_period(*p, TimexType::date);
        }

        // --- a part of day or clock time alone: the day in context
        if (f.hour || f.part) return with_time_of_day(context_day());
    } catch (const std::domain_error&) {
        return std::nullopt;  // a period that does not exist
    }
    return std::nullopt;
}

void Resolver::open_section(std::uint32_t sentence) {
    if (section_) narrated_ = section_;
    heading_ = sentence;
    heading_dated_ = false;
}

namespace {

// What repeats a form without a year: a weekday every week, a month or a
// day of a month every year.
std::optional<Unit> cycle_of(const TemporalForm& f) {
    if (f.year || f.offset || f.anchor != Anchor::document || f.holiday != Holiday::none || f.season || f.hour ||
        f.part || f.mod != Mod::none)
        return std::nullopt;
    if (f.weekday && !f.day && !f.month) return Unit::week;
    if (f.month && !f.weekday) return Unit::year;
    return std::nullopt;
}

// A day or month moved by whole cycles; nullopt where the day does not
// recur (29 February) or the year is out of range.
std::optional<Period> moved(const Period& p, Unit cycle, int steps) {
    const sys_days from = p.first_day();
    const std::optional<sys_days> to = shift_day(from, cycle, steps);
    if (!to || !year_ok(year_of(*to))) return std::nullopt;
    if (p.granularity() == Granularity::day) {
        // shift_day clamps 29 February to the 28th: that is another day.
        if (cycle == Unit::year && year_month_day{*to}.day() != year_month_day{from}.day()) return std::nullopt;
        return Period::day(*to);
    }
    if (p.granularity() == Granularity::month && cycle == Unit::year) return period_of(*to, Unit::month);
    return std::nullopt;
}

}  // namespace

void Resolver::order_range(const Mention& open_mention, Expression& open, const Mention& close_mention,
                           Expression& close) const {
    const std::optional<Unit> cycle = cycle_of(open_mention.form);
    if (!cycle || cycle_of(close_mention.form) != cycle) return;
    const Period* a = std::get_if<Period>(&open.value);
    const Period* b = std::get_if<Period>(&close.value);
    if (!a || !b || !open.earliest || !close.earliest || !(*close.earliest < *open.earliest)) return;
    const bool past = close_mention.form.direction == Direction::past ||
                      (close_mention.form.direction == Direction::from_tense && close_mention.tense == Tense::past);
    if (std::optional<Period> later = moved(*b, *cycle, 1)) {
        if (!(past && later->first_day() > dct_)) {
            set_period(close, *later);
            return;
        }
    }
    if (std::optional<Period> earlier = moved(*a, *cycle, -1)) set_period(open, *earlier);
}

}  // namespace chronik
