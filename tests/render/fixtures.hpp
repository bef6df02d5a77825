// Timelines to lay out and draw: the seed article's events by hand, a long
// synthetic chronology and one crowded month.
#pragma once

#include <chronik/timeline.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace chronik::render::fixtures {

inline date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / m / d}; }

inline EventTime vague(TimeKind kind, date::sys_days now) {
    EventTime t;
    t.kind = kind;
    if (kind != TimeKind::future) t.latest = now;
    if (kind != TimeKind::past) t.earliest = now;
    return t;
}

inline Event event(std::string id, std::string headline, EventTime when, std::size_t source = 0) {
    Event e;
    e.id = std::move(id);
    e.headline = std::move(headline);
    e.when = std::move(when);
    EventMention m;
    m.source = source;
    m.sentence = e.headline;
    e.mentions.push_back(std::move(m));
    return e;
}

// "e1", "e2", ...; appended rather than `"e" + std::to_string(n)`, which
// GCC 12 misreads as an overlapping copy (-Wrestrict).
inline std::string event_id(long long n) {
    std::string id = "e";
    id += std::to_string(n);
    return id;
}

inline Source source(std::string id, std::string name, date::year_month_day published) {
    Source s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.path = s.id + ".txt";
    s.published = published;
    s.language = "de";
    return s;
}

// An empty timeline with its title, language and one source "s1".
inline Timeline timeline(std::string title, std::string language, std::string source_name,
                         date::year_month_day published) {
    Timeline tl;
    tl.title = std::move(title);
    tl.language = std::move(language);
    tl.sources.push_back(source("s1", std::move(source_name), published));
    return tl;
}

// The seed article (Epoch Times, 13 July 2025) as a reader would chart it.
inline Timeline seed_like() {
    Timeline tl = timeline("Kim Jong Un: „Bedingungslose“ Unterstützung im Ukraine-Krieg", "de", "Epoch Times",
                           date::year{2025} / 7 / 13);
    const date::sys_days now = day(2025, 7, 13);
    tl.events = {
        event("e1", "Russland und Nordkorea schließen eine umfassende strategische Partnerschaft mit gegenseitiger "
                    "Beistandsklausel",
              EventTime::calendar(Period::year(2024))),
        event("e2", "Die Ukraine startet eine Offensive in der russischen Grenzregion Kursk",
              EventTime::calendar(Period::month(2024, 8))),
        event("e3", "Mithilfe nordkoreanischer Soldaten erobert Russland die Kontrolle über das Gebiet zurück", {}),
        event("e4", "Nordkorea schickt Tausende Soldaten und liefert Granaten und Raketen", vague(TimeKind::past, now)),
        event("e5", "Nordkorea bestätigt die Entsendung von Soldaten", EventTime::calendar(Period::month(2025, 4))),
        event("e6", "Zuvor lobt Lawrow die Unterstützung Pjöngjangs gegen die ukrainischen Streitkräfte in Kursk", {}),
        event("e7", "Lawrow trifft Kim Jong Un in Nordkorea; Kim sagt Russland bedingungslose Unterstützung zu",
              EventTime::calendar(Period::day(day(2025, 7, 12)))),
        event("e8", "Die staatliche Nachrichtenagentur KCNA berichtet über das Treffen",
              EventTime::calendar(Period::day(day(2025, 7, 13)))),
        event("e9", "Putin hofft auf direkte Kontakte zu Kim in sehr naher Zukunft", vague(TimeKind::future, now)),
    };
    tl.links = {
        {1, 2, Order::before, false},  // the offensive, then the recapture
        {5, 6, Order::before, true},   // "Zuvor": before the meeting
        {1, 4, Order::before, false},
        {6, 7, Order::before, false},
    };
    return tl;
}

// A deterministic stand-in for chance.
struct Lcg {
    std::uint64_t state;
    unsigned next(unsigned bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return unsigned((state >> 33) % bound);
    }
};

inline std::string headline(Lcg& rng, std::size_t i) {
    static const char* const words[] = {"Bundesregierung", "beschließt", "Haushaltsentwurf", "nach", "langen",
                                        "Verhandlungen", "mit", "den", "Ländern", "über", "Verkehrsinfrastruktur",
                                        "Opposition", "kritisiert", "Entscheidung", "scharf", "Gericht", "kippt",
                                        "Gesetz", "zur", "Vorratsdatenspeicherung", "Wahl", "in", "Thüringen",
                                        "Energiepreise", "steigen", "erneut", "deutlich", "an"};
    std::string out = "Ereignis " + std::to_string(i + 1) + ":";
    const unsigned n = 4 + rng.next(12);
    for (unsigned k = 0; k < n; ++k) out += std::string(" ") + words[rng.next(sizeof words / sizeof *words)];
    return out;
}

// `count` events from 1990 on over `years` years: days, months, years,
// cut and approximate periods, now and then an undated or vague one.
inline Timeline synthetic(std::size_t count, int years, std::uint64_t seed = 42) {
    Timeline tl = timeline("Synthetische Chronik: " + std::to_string(count) + " Ereignisse", "de", "Testagentur",
                           date::year{1990 + years} / 1 / 15);
    Lcg rng{seed};
    const date::sys_days start = day(1990, 1, 1);
    const int span = years * 365;
    std::vector<int> offsets;
    for (std::size_t i = 0; i < count; ++i) offsets.push_back(int(rng.next(unsigned(span))));
    std::sort(offsets.begin(), offsets.end());
    for (std::size_t i = 0; i < count; ++i) {
        const date::year_month_day ymd{start + date::days{offsets[i]}};
        const unsigned kind = rng.next(20);
        EventTime when;
        if (kind < 11) when = EventTime::calendar(Period::day(ymd));
        else if (kind < 15) when = EventTime::calendar(Period::month(int(ymd.year()), unsigned(ymd.month())));
        else if (kind < 17) when = EventTime::calendar(Period::year(int(ymd.year())), kind == 15 ? Mod::approx : Mod::none);
        else if (kind < 18) {
            when = EventTime::calendar(Period::year(int(ymd.year())), Mod::start);
            when.latest = *when.earliest + date::days{120};
        } else if (kind < 19 && i > 0) {
            tl.links.push_back({i - 1, i, Order::before, true});  // undated: after the one before
        } else {
            when = EventTime::calendar(Period::day(ymd));
        }
        tl.events.push_back(event(event_id(i + 1), headline(rng, i), when));
    }
    return tl;
}

// 60 events within the 30 days of June 2025, two a day.
inline Timeline dense_month() {
    Timeline tl = timeline("Ein dichter Monat", "de", "Testagentur", date::year{2025} / 7 / 1);
    Lcg rng{7};
    for (std::size_t i = 0; i < 60; ++i) {
        const date::sys_days d = day(2025, 6, 1) + date::days{int(i / 2)};
        tl.events.push_back(event(event_id(i + 1), headline(rng, i), EventTime::calendar(Period::day(d))));
    }
    return tl;
}

}  // namespace chronik::render::fixtures
