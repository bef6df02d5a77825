#include <chronik/calendar.hpp>
#include <chronik/locale.hpp>
#include <chronik/timex.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace chronik;
using namespace date;

TEST_CASE("periods write TIMEX3 values", "[calendar]") {
    CHECK(Period::year(2024).timex3() == "2024");
    CHECK(Period::month(2024, 8).timex3() == "2024-08");
    CHECK(Period::day(2025_y / July / 13).timex3() == "2025-07-13");
    CHECK(Period::decade(199).timex3() == "199");
    CHECK(Period::century(18).timex3() == "18");
    CHECK(Period::quarter(2014, 3).timex3() == "2014-Q3");
    CHECK(Period::half(2024, 1).timex3() == "2024-H1");
    CHECK(Period::season(2011, Season::fall).timex3() == "2011-FA");
    CHECK(Period::iso_week(2025, 28).timex3() == "2025-W28");
    CHECK(Period::weekend(2014, 3).timex3() == "2014-W03-WE");
    CHECK(Period::part_of_day(2016_y / January / 12, PartOfDay::evening).timex3() == "2016-01-12TEV");
    CHECK(Period::minute(2025_y / July / 12, 20, 30).timex3() == "2025-07-12T20:30");
}

TEST_CASE("years before Christ are written BC and the historical year", "[calendar]") {
    // Astronomical year 0 is 1 BC; -499 is 500 BC.
    CHECK(Period::year(0).timex3() == "BC0001");
    CHECK(Period::year(-499).timex3() == "BC0500");
    CHECK(Period::season(-478, Season::spring).timex3() == "BC0479-SP");
    CHECK(Period::month(-43, 3).timex3() == "BC0044-03");
    CHECK(Period::day(year{-43} / March / 15).timex3() == "BC0044-03-15");
    // The 6th century BC (index -6) has the hundreds digits 5; the 460s BC (index -47) 46.
    CHECK(Period::century(-6).timex3() == "BC05");
    CHECK(Period::decade(-47).timex3() == "BC046");
    CHECK(Period::year(1).timex3() == "0001");
    CHECK(Period::year(-499).days().first < Period::year(1).days().first);
}

TEST_CASE("periods know their days", "[calendar]") {
    const DayInterval aug = Period::month(2024, 8).days();
    CHECK(aug.first == sys_days{2024_y / August / 1});
    CHECK(aug.last == sys_days{2024_y / August / 31});
    CHECK(Period::month(2024, 2).days().last == sys_days{2024_y / February / 29});  // leap year
    CHECK(Period::month(2023, 2).days().last == sys_days{2023_y / February / 28});
    CHECK(Period::decade(199).days().first == sys_days{1990_y / January / 1});
    CHECK(Period::century(18).days().last == sys_days{1899_y / December / 31});
    // ISO week 1 of 2021 starts on Monday 4 January 2021; week 53 of 2020 exists.
    CHECK(Period::iso_week(2021, 1).days().first == sys_days{2021_y / January / 4});
    CHECK(Period::iso_week(2020, 53).days().last == sys_days{2021_y / January / 3});
    CHECK(Period::weekend(2025, 28).days().first == sys_days{2025_y / July / 12});
    // The winter of 2014 runs from December 2013 to February 2014.
    CHECK(Period::season(2014, Season::winter).days().first == sys_days{2013_y / December / 1});
    CHECK(Period::season(2024, Season::winter).days().last == sys_days{2024_y / February / 29});
}

TEST_CASE("invalid periods cannot be built", "[calendar]") {
    CHECK_THROWS_AS(Period::day(2025_y / February / 30), std::domain_error);
    CHECK_THROWS_AS(Period::month(2024, 13), std::domain_error);
    CHECK_THROWS_AS(Period::quarter(2024, 5), std::domain_error);
    CHECK_THROWS_AS(Period::iso_week(2021, 53), std::domain_error);
    CHECK_THROWS_AS(Period::minute(2025_y / July / 12, 25, 0), std::domain_error);
    CHECK_THROWS_AS(Period::year(12000), std::domain_error);
}

TEST_CASE("ISO weeks follow the Thursday rule", "[calendar]") {
    auto w = iso_week_of(sys_days{2021_y / January / 1});  // a Friday: week 53 of 2020
    CHECK(w.year == 2020);
    CHECK(w.week == 53);
    w = iso_week_of(sys_days{2024_y / December / 30});  // a Monday: week 1 of 2025
    CHECK(w.year == 2025);
    CHECK(w.week == 1);
    CHECK(iso_weeks_in_year(2020) == 53);
    CHECK(iso_weeks_in_year(2021) == 52);
}

TEST_CASE("strict ISO date parsing", "[calendar]") {
    CHECK(parse_iso_date("2025-07-13") == 2025_y / July / 13);
    CHECK_FALSE(parse_iso_date("2025-02-30"));
    CHECK_FALSE(parse_iso_date("2025-7-13"));
    CHECK_FALSE(parse_iso_date("13.07.2025"));
    CHECK(parse_iso_date("2024-02-29"));
    CHECK_FALSE(parse_iso_date("2023-02-29"));
}

TEST_CASE("durations and vague values write TIMEX3", "[calendar]") {
    CHECK(Duration{3.0, Unit::day}.timex3() == "P3D");
    CHECK(Duration{std::nullopt, Unit::year}.timex3() == "PXY");
    CHECK(Duration{30.0, Unit::minute}.timex3() == "PT30M");
    CHECK(Duration{1.5, Unit::hour}.timex3() == "PT1.5H");
    CHECK(Duration{2.0, Unit::decade}.timex3() == "P2DE");
    CHECK(timex3(TimexValue{VagueRef::past}) == "PAST_REF");
    PartialDate mondays;
    mondays.weekday = 1;
    CHECK(mondays.timex3() == "XXXX-WXX-1");
    Recurrence twice{Duration{1.0, Unit::week}, 2u, false};
    CHECK(twice.timex3() == "P1W");
    CHECK(twice.freq() == "2X");
}

TEST_CASE("periods as readers write them", "[calendar][locale]") {
    const Locale& de = german_locale();
    const Locale& en = english_locale();
    CHECK(format_period(Period::day(2025_y / July / 12), de) == "12. Juli 2025");
    CHECK(format_period(Period::day(2025_y / July / 12), en) == "12 July 2025");
    CHECK(format_period(Period::month(2024, 8), de, true) == "Aug. 2024");
    CHECK(format_period(Period::decade(199), de) == "1990er-Jahre");
    CHECK(format_period(Period::decade(199), en) == "1990s");
    // Before Christ: the historical year with the era, not the astronomical one.
    CHECK(format_period(Period::year(-498), de) == "499 v. Chr.");
    CHECK(format_period(Period::year(-498), en) == "499 BC");
    CHECK(format_period(Period::year(0), de) == "1 v. Chr.");
    CHECK(format_period(Period::month(-43, 3), de) == "März 44 v. Chr.");
    CHECK(format_period(Period::century(-6), de) == "6. Jahrhundert v. Chr.");
    CHECK(format_period(Period::decade(-47), en) == "460s BC");
    CHECK(format_year(1, en) == "1");
    CHECK(format_period(Period::century(18), de) == "19. Jahrhundert");
    CHECK(format_period(Period::century(18), en) == "19th century");
    CHECK(format_period(Period::quarter(2024, 3), de) == "3. Quartal 2024");
    CHECK(format_period(Period::season(2014, Season::winter), de) == "Winter 2013/14");
    CHECK(format_period(Period::weekend(2014, 7), de) == "Wochenende 15./16. Februar 2014");
    CHECK(format_period(Period::weekend(2014, 7), en) == "weekend 15\u201316 February 2014");
    CHECK(format_period(Period::weekend(2024, 9), de) == "Wochenende 2./3. M\u00e4rz 2024");
    CHECK(format_period(Period::weekend(2025, 9), de) == "Wochenende 1./2. M\u00e4rz 2025");
    CHECK(format_period(Period::weekend(2024, 48), de) == "Wochenende 30. November \u2013 1. Dezember 2024");
    EventTime t;
    t.kind = TimeKind::calendar;
    t.period = Period::year(2024);
    t.mod = Mod::approx;
    CHECK(format_time(t, de) == "ca. 2024");
    t.mod = Mod::start;
    CHECK(format_time(t, de) == "Anfang 2024");
    t.period = Period::decade(199);
    CHECK(format_time(t, de) == "Anfang der 1990er-Jahre");
    t.mod = Mod::mid;
    t.period = Period::year(2024);
    CHECK(format_time(t, en) == "mid-2024");
    t.mod = Mod::before;
    t.period = Period::day(2025_y / July / 12);
    CHECK(format_time(t, de) == "vor dem 12. Juli 2025");
    t.period = Period::year(2024);
    CHECK(format_time(t, de) == "vor 2024");
}

TEST_CASE("ranges name what both ends share once", "[calendar][locale]") {
    const Locale& de = german_locale();
    const Locale& en = english_locale();
    Locale month_first = en;
    month_first.day_first = false;
    EventTime t;
    t.kind = TimeKind::calendar;
    t.period = Period::day(2012_y / August / 25);
    t.until = Period::day(2012_y / August / 26);
    CHECK(format_time(t, de) == "25.\u201326. August 2012");
    CHECK(format_time(t, en) == "25\u201326 August 2012");
    CHECK(format_time(t, month_first) == "August 25\u201326, 2012");
    t.until = Period::day(2012_y / September / 3);
    CHECK(format_time(t, de) == "25. August\u20133. September 2012");
    CHECK(format_time(t, month_first) == "August 25\u2013September 3, 2012");
    t.until = Period::day(2013_y / January / 2);
    CHECK(format_time(t, de) == "25. August 2012\u20132. Januar 2013");  // other year: both in full
    t.until = Period::day(2012_y / August / 25);
    CHECK(format_time(t, de) == "25. August 2012");  // one day
    t.period = Period::month(2014, 7);
    t.until = Period::month(2014, 8);
    CHECK(format_time(t, de) == "Juli\u2013August 2014");
    CHECK(format_time(t, en) == "July\u2013August 2014");
    CHECK(format_time(t, de, true) == "Juli\u2013Aug. 2014");
    t.until = Period::month(2015, 1);
    CHECK(format_time(t, de) == "Juli 2014\u2013Januar 2015");
    t.period = Period::year(1998);
    t.until = Period::year(2005);
    CHECK(format_time(t, de) == "1998\u20132005");
    t.period = Period::month(2014, 7);
    t.until = Period::day(2014_y / August / 3);
    CHECK(format_time(t, de) == "Juli 2014\u20133. August 2014");  // different kinds: in full
    t.period = Period::day(2012_y / August / 25);
    t.until = Period::day(2012_y / August / 26);
    t.mod = Mod::approx;
    CHECK(format_time(t, de) == "ca. 25.\u201326. August 2012");
}
