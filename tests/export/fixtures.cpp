#include "fixtures.hpp"

#include <utility>

namespace chronik::fixtures {

namespace {

using namespace date::literals;
using date::year_month_day;

struct AnchorSpec {
    std::string text;
    std::string value;
};

// Builds a timeline the way the timeline stage fills it: sentences at
// increasing byte offsets of their source, anchors inside them.
class Builder {
public:
    Builder(std::string title, std::string language) {
        t_.title = std::move(title);
        t_.language = std::move(language);
    }

    std::size_t source(std::string name, std::string path, year_month_day published, std::string language) {
        std::string id = "s";  // appended: GCC 12 warns (-Wrestrict) on "s" + std::to_string(...)
        id += std::to_string(t_.sources.size() + 1);
        t_.sources.push_back({std::move(id), std::move(name), std::move(path), published, std::move(language), ""});
        cursor_.push_back(0);
        return t_.sources.size() - 1;
    }

    std::size_t event(std::string id, std::string headline, EventTime when, std::size_t source, std::string sentence,
                      std::vector<AnchorSpec> anchors = {}) {
        t_.events.push_back({std::move(id), std::move(headline), std::move(when), {}});
        mention(t_.events.size() - 1, source, std::move(sentence), std::move(anchors));
        return t_.events.size() - 1;
    }

    void mention(std::size_t event, std::size_t source, std::string sentence, std::vector<AnchorSpec> anchors = {}) {
        EventMention m;
        m.source = source;
        m.sentence_begin = cursor_[source] + 40;  // a little text between the sentences
        m.sentence_end = m.sentence_begin + std::uint32_t(sentence.size());
        cursor_[source] = m.sentence_end;
        for (AnchorSpec& a : anchors) {
            const auto at = std::uint32_t(sentence.find(a.text));
            m.anchors.push_back({a.text, std::move(a.value), m.sentence_begin + at,
                                 m.sentence_begin + at + std::uint32_t(a.text.size())});
        }
        m.sentence = std::move(sentence);
        t_.events[event].mentions.push_back(std::move(m));
    }

    void link(std::size_t from, std::size_t to, Order order, bool cue = false) { t_.links.push_back({from, to, order, cue}); }
    void note(std::string n) { t_.notes.push_back(std::move(n)); }
    Timeline done() { return std::move(t_); }

private:
    Timeline t_;
    std::vector<std::uint32_t> cursor_;
};

// A period cut by a mod (Anfang, vor dem …): the bounds as the resolver sets them.
EventTime cut(const Period& p, Mod mod, std::optional<date::sys_days> earliest, std::optional<date::sys_days> latest) {
    EventTime w = EventTime::calendar(p, mod);
    w.earliest = earliest;
    w.latest = latest;
    return w;
}

EventTime vague(TimeKind kind, std::optional<date::sys_days> earliest, std::optional<date::sys_days> latest) {
    EventTime w;
    w.kind = kind;
    w.earliest = earliest;
    w.latest = latest;
    return w;
}

constexpr auto kPublished = 2025_y / 7 / 13;

}  // namespace

Timeline seed() {
    Builder b("Kim Jong Un: „Bedingungslose“ Unterstützung im Ukraine-Krieg", "de");
    const auto s = b.source("Epoch Times", "000_2bb625ef10a0835c.txt", kPublished, "de");
    const date::sys_days published{kPublished};
    const auto partnership = b.event(
        "s1-e1", "Russland und Nordkorea schließen ein Abkommen über eine strategische Partnerschaft",
        EventTime::calendar(Period::year(2024)), s,
        "Im vergangenen Jahr hatten Russland und Nordkorea ein Abkommen über eine „umfassende strategische "
        "Partnerschaft“ geschlossen.",
        {{"Im vergangenen Jahr", "2024"}});
    const auto offensive = b.event("s1-e2", "Die Ukraine startet eine Offensive in der russischen Grenzregion Kursk",
                                   EventTime::calendar(Period::month(2024, 8)), s,
                                   "Im August 2024 hatte die Ukraine eine Offensive in der russischen Grenzregion Kursk "
                                   "gestartet.",
                                   {{"Im August 2024", "2024-08"}});
    const auto retaken = b.event(
        "s1-e3", "Russland erobert das Gebiet mit nordkoreanischen Soldaten zurück",
        vague(TimeKind::undated, date::sys_days{2024_y / 8 / 1}, published), s,
        "Mithilfe des Einsatzes von nordkoreanischen Soldaten gelang es Russland, die Kontrolle über das Gebiet wieder "
        "zurückzuerobern.");
    const auto soldiers = b.event(
        "s1-e4", "Nordkorea schickt tausende Soldaten und liefert Granaten und Raketen",
        vague(TimeKind::past, std::nullopt, published), s,
        "Nordkorea hat in der Vergangenheit tausende Soldaten in die an die Ukraine grenzende russische Region Kursk "
        "geschickt und Granaten und Raketen an die russische Armee geliefert.",
        {{"in der Vergangenheit", "PAST_REF"}});
    b.event("s1-e5", "Nordkorea bestätigt die Entsendung von Soldaten nach Russland", EventTime::calendar(Period::month(2025, 4)), s,
            "Im April bestätigte Nordkorea die Entsendung von Soldaten nach Russland.", {{"Im April", "2025-04"}});
    const auto praise = b.event(
        "s1-e6", "Lawrow lobt die Unterstützung Pjöngjangs in der Region Kursk",
        vague(TimeKind::undated, std::nullopt, date::sys_days{2025_y / 7 / 12}), s,
        "Zuvor hatte Lawrow bereits die Unterstützung Pjöngjangs für Russland gegen die ukrainischen Streitkräfte in der "
        "russischen Region Kursk gelobt.");
    const auto meeting = b.event(
        "s1-e7", "Lawrow trifft Kim in Nordkorea; Kim sagt bedingungslose Unterstützung zu",
        EventTime::calendar(Period::day(2025_y / 7 / 12)), s,
        "Lawrow hatte den nordkoreanischen Machthaber am Samstag bei seinem Besuch in Nordkorea getroffen.",
        {{"am Samstag", "2025-07-12"}});
    const auto report = b.event("s1-e8", "KCNA berichtet über das Treffen", EventTime::calendar(Period::day(kPublished)), s,
                                "Das berichtet die staatliche nordkoreanische Nachrichtenagentur KCNA am Sonntag.",
                                {{"am Sonntag", "2025-07-13"}});
    b.event("s1-e9", "Putin hofft auf direkte Kontakte zu Kim", vague(TimeKind::future, published, std::nullopt), s,
            "In dem Gespräch habe Lawrow erklärt, Putin hoffe auf „direkte Kontakte in sehr naher Zukunft“ zu Kim, so "
            "die staatliche russische Nachrichtenagentur Tass.",
            {{"in sehr naher Zukunft", "FUTURE_REF"}});
    b.link(partnership, offensive, Order::includes);
    b.link(offensive, retaken, Order::before);
    b.link(soldiers, retaken, Order::overlaps);
    b.link(praise, meeting, Order::before, true);
    b.link(meeting, report, Order::before);
    b.note("„Im April“ ohne Jahr: auf April 2025 bezogen, den letzten April vor der Veröffentlichung.");
    return b.done();
}

Timeline two_sources() {
    Builder b("Nordkorea und Russland", "de");
    const auto epoch = b.source("Epoch Times", "epoch.txt", kPublished, "de");
    const auto tagesschau = b.source("Tagesschau", "tagesschau.txt", 2025_y / 7 / 14, "de");
    b.event("s2-e1", "Russland und Nordkorea nähern sich an", EventTime::calendar(Period::decade(199)), tagesschau,
            "Schon in den 1990er-Jahren suchten Moskau und Pjöngjang wieder die Nähe.",
            {{"in den 1990er-Jahren", "199"}});
    b.event("s2-e2", "Erste Gespräche über militärische Zusammenarbeit", EventTime::calendar(Period::year(2023), Mod::approx),
            tagesschau, "Etwa 2023 begannen erste Gespräche über eine militärische Zusammenarbeit.",
            {{"Etwa 2023", "2023"}});
    b.event("s2-e3", "Verhandlungen über das Abkommen",
            cut(Period::year(2024), Mod::start, date::sys_days{2024_y / 1 / 1}, date::sys_days{2024_y / 4 / 30}), epoch,
            "Anfang 2024 verhandelten beide Staaten über ein Abkommen.", {{"Anfang 2024", "2024"}});
    const auto offensive =
        b.event("s1-e2", "Die Ukraine startet eine Offensive in Kursk", EventTime::calendar(Period::month(2024, 8)), epoch,
                "Im August 2024 hatte die Ukraine eine Offensive in der russischen Grenzregion Kursk gestartet.",
                {{"Im August 2024", "2024-08"}});
    b.mention(offensive, tagesschau, "Die ukrainische Armee war im August 2024 in die Region Kursk vorgestoßen.",
              {{"im August 2024", "2024-08"}});
    b.event("s2-e4", "Nordkoreanische Soldaten an der Front", EventTime::calendar(Period::quarter(2024, 4)), tagesschau,
            "Im vierten Quartal 2024 tauchten nordkoreanische Soldaten an der Front auf.",
            {{"Im vierten Quartal 2024", "2024-Q4"}});
    b.event("s2-e5", "Vorbereitung des Besuchs",
            cut(Period::day(kPublished), Mod::before, std::nullopt, date::sys_days{2025_y / 7 / 12}), tagesschau,
            "Vor dem 13. Juli 2025 bereiteten beide Außenministerien den Besuch vor.",
            {{"Vor dem 13. Juli 2025", "2025-07-13"}});
    const auto meeting = b.event("s1-e7", "Lawrow trifft Kim", EventTime::calendar(Period::day(2025_y / 7 / 12)), epoch,
                                 "Lawrow hatte den nordkoreanischen Machthaber am Samstag bei seinem Besuch in Nordkorea "
                                 "getroffen.",
                                 {{"am Samstag", "2025-07-12"}});
    b.event("s2-e6", "Pressekonferenz in Wonsan", EventTime::calendar(Period::minute(2025_y / 7 / 12, 20, 30)), tagesschau,
            "Um 20.30 Uhr am 12. Juli 2025 traten Lawrow und Choe in Wonsan vor die Presse.",
            {{"Um 20.30 Uhr am 12. Juli 2025", "2025-07-12T20:30"}});
    b.event("s2-e7", "Die Zusammenarbeit geht weiter", vague(TimeKind::present, date::sys_days{2025_y / 7 / 14},
                                                             date::sys_days{2025_y / 7 / 14}),
            tagesschau, "Derzeit arbeiten beide Staaten eng zusammen.", {{"Derzeit", "PRESENT_REF"}});
    b.link(offensive, meeting, Order::before);
    return b.done();
}

Timeline english() {
    Builder b("Kim pledges support", "en");
    const auto s = b.source("Example Wire", "wire.txt", kPublished, "en");
    b.event("s1-e1", "Russia and North Korea sign a strategic partnership", EventTime::calendar(Period::year(2024)), s,
            "Last year Russia and North Korea signed a comprehensive strategic partnership.", {{"Last year", "2024"}});
    b.event("s1-e2", "Ukraine launches an offensive in Kursk", EventTime::calendar(Period::month(2024, 8), Mod::approx), s,
            "Around August 2024 Ukraine launched an offensive in the Kursk region.",
            {{"Around August 2024", "2024-08"}});
    b.event("s1-e3", "North Korea sent soldiers", vague(TimeKind::past, std::nullopt, date::sys_days{kPublished}), s,
            "In the past North Korea sent thousands of soldiers.", {{"In the past", "PAST_REF"}});
    b.event("s1-e4", "Lavrov meets Kim", EventTime::calendar(Period::day(2025_y / 7 / 12)), s,
            "Lavrov met Kim on Saturday during his visit to North Korea.", {{"on Saturday", "2025-07-12"}});
    return b.done();
}

std::string long_word() {
    std::string w;
    while (w.size() < 500) w += "Donaudampfschifffahrt";
    w.resize(500);
    return w;
}

Timeline adversarial() {
    Builder b("<script>alert(1)</script> & \"Chronik\"; A, B\r\nZweite Zeile", "de");
    const auto s = b.source("Blatt <b>&</b> \"Zeitung\"; Ausgabe, Nord\r\nSpätausgabe", "evil<&>.txt", kPublished, "de");
    const auto second = b.source("Zweites Blatt 'x' \\ y", "two.txt", 2025_y / 7 / 14, "de");
    const std::string script = "<script>alert(1)</script>";
    const auto first = b.event(
        "s1-e1&<x>", script + " & \"Anführung\" 'einfach'; Semikolon, Komma \\ Rückstrich",
        EventTime::calendar(Period::month(2024, 8)), s,
        "Im August 2024 schrieb jemand " + script + " & \"zitierte\"; dann, danach\r\nneue Zeile \\n kein Umbruch " +
            long_word() + " Ende.",
        {{"Im August 2024", "2024-08"}});
    b.mention(first, second, "Auch hier: <i>kursiv</i> & ]]> --> <!-- im August 2024.", {{"im August 2024", "2024-08"}});
    const auto day = b.event("s1-e2\"'", "Tag mit ; und , und \\ und \r\n Zeilenende", EventTime::calendar(Period::day(2025_y / 7 / 12)),
                             s, "Am 12. Juli 2025 geschah „etwas“ <mit> & ohne; Ende, fertig.",
                             {{"Am 12. Juli 2025", "2025-07-12"}});
    const auto past = b.event("s1-e3", "Vage & <unklar>", vague(TimeKind::past, std::nullopt, date::sys_days{kPublished}),
                              s, "Früher war <alles> & \"anders\" & <>.", {{"Früher", "PAST_REF"}});
    // Two-, three- and four-byte sequences in a row: every fold position falls next to one.
    std::string wide;
    for (int i = 0; i < 40; ++i) wide += "Ä€😀";
    b.event("s1-e4", wide, EventTime::calendar(Period::day(2025_y / 7 / 13)), s, "Am 13. Juli 2025: " + wide + ".",
            {{"Am 13. Juli 2025", "2025-07-13"}});
    b.link(first, day, Order::before);
    b.link(past, day, Order::overlaps, true);
    b.note("<b>Widerspruch</b> & \"Notiz\"");
    return b.done();
}

std::vector<Named> all() {
    return {{"seed", seed()}, {"two-sources", two_sources()}, {"english", english()}, {"adversarial", adversarial()}};
}

}  // namespace chronik::fixtures
