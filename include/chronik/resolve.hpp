// The resolve stage: temporal forms anchored in time.
//
// Deictic forms ("gestern", "im vergangenen Jahr") count from the
// publication date; anaphoric ones ("am Tag darauf", a bare "am 5.") from
// the last date the text mentioned, at its granularity. Weekdays, months and
// seasons without a year take the clause's tense to choose past or future.
//
// In a narrative (history, biography, an encyclopedia article) the time a
// text speaks of is the narrated time, not the time of writing: what news
// counts from the publication date ("im Mai", "Ende des Jahres", "im
// folgenden Jahr") counts there from the reference time — the most recent
// date with a year the text has established, kept across sentences and
// paragraphs. Only the writer's present ("heute", "bis heute", "gestern")
// still counts from the publication date, and a narrative needs none.
#pragma once

#include <chronik/extract.hpp>
#include <chronik/timex.hpp>

#include <optional>
#include <string_view>

namespace chronik {

// What kind of text is resolved: news reported at its publication date, or a
// narrative told from a reference time that moves with the story.
enum class Genre : std::uint8_t { news, narrative };
std::string_view to_string(Genre g);                  // "news", "narrative"
std::optional<Genre> genre_named(std::string_view name);

// A temporal expression with its meaning.
struct Expression {
    std::uint32_t begin = 0;  // the TIMEX3 extent: byte offsets into the text, end exclusive
    std::uint32_t end = 0;
    std::uint32_t phrase_begin = 0;  // the phrase with its signal ("am Samstag"); else == begin
    TimexType type = TimexType::date;
    TimexValue value = VagueRef::present;
    Mod mod = Mod::none;
    // The finest unit the value fixes (a month for 2024-08, a day for a
    // weekday); nullopt for durations and vague references.
    std::optional<Granularity> granularity;
    // Earliest and latest day the expression can mean; an open end is
    // nullopt (PAST_REF has no earliest day). For a duration counted from
    // the publication date ("vor drei Jahren") the point it leads to.
    std::optional<date::sys_days> earliest;
    std::optional<date::sys_days> latest;
    std::string_view rule;
    std::uint32_t sentence = 0;
    Tense tense = Tense::unknown;
    bool closes_range = false;  // the closing end of a range with the expression before ("bis 2005")
};

class Resolver {
public:
    // `published` may be absent only for a narrative: then the words of the
    // writer's present resolve to vague references, and a date without year
    // before the text has named any year keeps its year unknown (XXXX-05-03).
    Resolver(std::optional<date::year_month_day> published, const ResolutionDefaults& defaults,
             Genre genre = Genre::news);

    // Resolves mentions in text order; nullopt when a form names no real
    // date (31 April, a weekday with nothing to count from).
    std::optional<Expression> resolve(const Mention& mention);

    // The two ends of a range, resolved one by one, may come out reversed
    // ("von Dienstag bis Sonntag" on a Wednesday; "von Oktober bis März").
    // When both name a weekday, a month or a day of a month without a year,
    // the range is put in order within its cycle (a week, a year): the
    // closing end moves forward, or, for a past that would then reach beyond
    // the publication date, the opening end moves back.
    // A heading opens a section at `sentence`: the narrated time goes back to
    // the time of the section it belongs to (the first date of the last
    // heading that named one: "1862" over "Westlicher Kriegsschauplatz"), and
    // a date in the heading itself opens the new section's time.
    void open_section(std::uint32_t sentence);

    void order_range(const Mention& open_mention, Expression& open, const Mention& close_mention,
                     Expression& close) const;

private:
    date::sys_days dct_;
    bool has_dct_ = true;
    ResolutionDefaults defaults_;
    Genre genre_ = Genre::news;
    // The narrative's reference time: the last date with a year it established.
    std::optional<Period> narrated_;
    std::optional<Period> section_;              // ... and the one the current section opened with
    std::optional<std::uint32_t> heading_;       // the sentence of the last heading
    bool heading_dated_ = false;
    std::optional<Period> last_;           // last resolved calendar period
    std::uint32_t last_sentence_ = 0;      // ... and its sentence
    std::optional<date::sys_days> last_day_;  // last day-level date
    std::uint32_t last_day_sentence_ = 0;
    std::optional<date::year_month> last_month_;
    std::optional<Period> last_quarter_;   // the first recent quarter or half: the reporting period
    // The last date whose year the text wrote out, and where.
    std::optional<Period> last_explicit_;
    std::uint32_t last_explicit_sentence_ = 0;
    // The last day the text wrote out in full ("Start war am 1. Juli"): what
    // "in der ersten Woche" counts from.
    std::optional<date::sys_days> last_explicit_day_;
};

// Days of Easter Sunday in a year (Gregorian computus).
date::sys_days easter_sunday(int year);

}  // namespace chronik
