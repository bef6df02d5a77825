// The English temporal grammar: token patterns over the lexicon's senses.
//
// Extents follow the TimeML conventions of TempEval-3 (TimeBank, AQUAINT):
// a leading preposition ("on", "in", "since") stays outside the TIMEX3, a
// determiner and a modifier stay inside ("the third quarter", "late last
// year", "more than two years"). Where rules tie on extent, the one listed
// first wins. Every rule has examples in corpus.txt.
//
// Numeric dates are read month first ("3/14/2025"), the American order;
// when the first number cannot be a month the day comes first ("14/3/2025").
#include "english.hpp"

namespace chronik::lang::en {

namespace {

constexpr TimexType DATE = TimexType::date;
constexpr TimexType TIME = TimexType::time;
constexpr TimexType DURATION = TimexType::duration;
constexpr TimexType SET = TimexType::set;

// Months and weekdays are proper nouns: "May" the month, "may" the verb.
#define MONTH "~<month>"
#define WEEKDAY "~<weekday:0>"
// The ordinal ending of a day: "March 14th".
#define TH "^(st|nd|rd|th)?"
// Words after a four-digit number that show it counts something ("2000 people").
#define MEASURE_WORDS                                                                                           \
    "<unit>|'%'|'$'|percent|people|persons|residents|members|workers|employees|visitors|troops|soldiers|"      \
    "shares|barrels|tons|tonnes|miles|kilometers|km|feet|foot|meters|acres|pounds|dollars|euros|yen|units|"    \
    "cars|vehicles|homes|houses|jobs|students|votes|copies|points|cases|deaths|times|million|billion|"         \
    "degrees|calories|pages|words|rooms|seats|beds|flights|planes"
#define MEASURE "(" MEASURE_WORDS ")"
// Words before a number that make it a quantity or a name, not a year.
#define NOT_AFTER_QUANTIFIER                                                                                    \
    "!(about|around|some|nearly|almost|over|under|only|just|approximately|roughly|total|than|'$'|'#'|no|"      \
    "number|nos|room|suite|flight|page|pages|route|highway|interstate|model|boeing|airbus|channel|apartment|"  \
    "chapter|section|article|item|bus|train|line|gate|platform|box|unit|building|lot|pier|exit|track|volume|" \
    "vol|resolution|bill|act|code|form|serial|version|windows|office|dow|index|up|down|to|from|by|at|of)"
// The boundaries that cut a period into parts: "early", "mid", "late" (not
// the nouns "start", "end": bare, they are verbs).
#define BOUNDARY "(<mod=START:0>|<mod=MID:0>|<mod=END:0>)"
// The beginning, middle or end of: "the end of November".
#define PART_OF "the (<mod=START>|<mod=MID>|<mod=END>) of"
// What after a number makes it an amount, not a clock time.
// A possessive or plural apostrophe glued to the word before: "1989's", "'80s".
#define APOS "('’'|''')"
// "a.m." and "p.m." (the last dot optional), and time zones.
#define AMD "a ^'.' ^m ^'.'?"
#define PMD "p ^'.' ^m ^'.'?"
#define ZONE "(est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|cest)"
// A numeral of two words: "twenty-five", "twenty four" (they add up by their Sense flags).
#define NUMERAL "<amount:2> ^'-'? <amount:1>"
// The century of a year said in words: "nineteen" in "nineteen ninety-six".
#define CENTURY_WORD "(<amount=160:3>|<amount=170:3>|<amount=180:3>|<amount=190:3>)"
// A year in words after its century: "ninety-six", "ninety six", "eighty".
#define YEAR_IN_CENTURY "<amount:2> ^'-'? <amount:1>?"
#define AMOUNT_WORDS "<unit>|'%'|percent|'$'|million|billion|people|points"

const RuleSpec kRules[] = {
    // ------------------------------------------------------------ not dates
    {"neg.reference",
     "(room|rooms|suite|flight|flights|page|pages|p|pp|no|nos|number|route|highway|interstate|chapter|section|"
     "article|item|bus|train|line|gate|platform|box|unit|building|lot|pier|exit|track|volume|vol|resolution|"
     "bill|code|form|serial|version|boeing|airbus|channel|apartment|'#'|'$') ^'.'? [#num]",
     DATE, "", true},
    // "$1,500", "1,200 people": digits grouped by commas are a quantity.
    {"neg.count", "[#num ^',' ^#num]", DATE, "", true},
    {"neg.count", "[#num] (to|and|or|'-'|'–') #num " MEASURE, DATE, "", true},
    {"neg.count", "[#num ^'.' ^#num] !<unit>", DATE, "", true},
    // Scores and results: "a 7-3 win", "won 2-1".
    {"neg.score", "[#num ^('-'|'–') ^#num] (win|loss|victory|defeat|lead|vote|decision|ruling|majority|margin|record)",
     DATE, "", true},
    {"neg.score", "(won|lost|beat|defeated|win|led|trailed|trail|lead|by|a|an) [#num ^('-'|'–') ^#num]", DATE, "", true},
    // Ordinals of occurrence: "for a second time", "a third straight month".
    {"neg.ordinal", "[(a|an) <ordinal>] (time|round|term|attempt|try|consecutive|straight|successive|running)", DATE,
     "", true},
    // A fraction, not three months: "a quarter of the vote", "more than a quarter of its value".
    {"neg.fraction", "[(a|one|three) <unit=quarter:0>] of (the|its|his|her|their|our|all|those|these|them|us)", DATE, "",
     true},
    // Half of a number or a count, not half a year: "sixty-one and a half", "a half million".
    {"neg.fraction", "!and [(a|one) half] !(<unit>|'-')", DATE, "", true},
    {"neg.fraction", "(<amount>|#num) and [(a|one) half] !(<unit>|'-')", DATE, "", true},
    // Ages: "a 30-year-old man", "the 47-year-old", "five years old".
    {"neg.age", "[(<amount>|#num) ^'-'? ^<unit> ^'-' ^old]", DATE, "", true},
    // "of" only with "age": "40 years of the blockade" is a span.
    {"neg.age", "[(<amount>|#num) <unit=year:1>] (old|younger|older)", DATE, "", true},
    {"neg.age", "[(<amount>|#num) <unit=year:1>] of age", DATE, "", true},
    {"neg.age", "(aged|age|ages) [#num]", DATE, "", true},
    // A person's decade of life, not a decade of the calendar: "in his 30s", "her late twenties".
    {"neg.age", "(his|her|their|my|your|our|whose) [" BOUNDARY "? ^'-'? #decade ^s]", DATE, "", true},
    {"neg.age", "(his|her|their|my|your|our|whose) [" BOUNDARY "? ^'-'? <decade>]", DATE, "", true},
    // A title in quotes, its words capitalised: the show "This Week", CBS's ''60 Minutes''.
    {"neg.title", "('\"'|'`'|'``'|''') [(this|<amount>|#num) ~<unit>]", DATE, "", true},
    // "high noon": the decisive hour of a figure of speech or a film title, not twelve o'clock.
    {"neg.title", "[high noon]", DATE, "", true},
    // A march by name, not the month: "the annual March for Life", "the March of the Mothers".
    {"neg.event_name", "[~<month=3>] (for|of) (the)? ~%word", DATE, "", true},
    // A car's model year names the car, not a time: "his 1987 Chevrolet Cavalier", "a 1966 Ford Mustang".
    {"neg.model_year",
     "[#year] ~(chevrolet|chevy|ford|toyota|honda|buick|cadillac|dodge|chrysler|nissan|pontiac|oldsmobile|"
     "plymouth|jeep|volkswagen|vw|bmw|mercedes|volvo|mazda|subaru|porsche|ferrari|jaguar|mercury|lincoln|saab)",
     DATE, "", true},
    // "a second betrayal": the ordinal before a noun, not a second's span.
    {"neg.ordinal", "[(a|an) <ordinal=2>] !(later|earlier|ago|or|and|before|after|longer|more|less|of|to|"
     "in|at|for|from|on|by|with|too|then|when|as|is|was|he|she|it|they|we|i|you|%punct|%number|%cap)",
     DATE, "", true},

    // ------------------------------------------------------------ full dates
    // The comma before a year belongs to the date, the one after a date without year to the sentence
    // ("on Wed., March 12, officials said").
    {"date.weekday_month_day_year", "[~<weekday> ^'.'? ','? " MONTH " ^'.'? #day " TH " ','? #year]", DATE},
    {"date.weekday_month_day_year", "[~<weekday> ^'.'? ','? " MONTH " ^'.'? #day " TH "]", DATE},
    {"date.weekday_month_day_year", "[~<weekday> ^'.'? ','? #day " TH " (of)? " MONTH " ^'.'? ','? #year]", DATE},
    {"date.weekday_month_day_year", "[~<weekday> ^'.'? ','? #day " TH " (of)? " MONTH "]", DATE},
    {"date.month_day_year", "[" MONTH " ^'.'? #day " TH " ','? #year] !^%number", DATE},
    {"date.day_month_year", "[(the)? #day " TH " (of)? " MONTH " ^'.'? ','? #year]", DATE},
    // A dividend "payable Dec. 15 to holders of record Nov. 17": days still to come.
    {"date.month_day", "(payable|record) [" MONTH " ^'.'? #day " TH "] !(%number|':'|<unit>|" AMOUNT_WORDS ")", DATE,
     "direction=future"},
    // "last Oct. 23", "next March 3": the day's year lies that way.
    {"date.month_day", "[<offset=-1> " MONTH " ^'.'? #day " TH "] !(%number|':'|<unit>|" AMOUNT_WORDS ")", DATE,
     "direction=past"},
    {"date.month_day", "[<offset=1> " MONTH " ^'.'? #day " TH "] !(%number|':'|<unit>|" AMOUNT_WORDS ")", DATE,
     "direction=future"},
    {"date.month_day", "[" MONTH " ^'.'? #day " TH "] !(%number|':'|'.'|<unit>|" AMOUNT_WORDS ")", DATE},
    {"date.month_day", "[" MONTH " ^'.'? #day " TH "] ^'.'", DATE},
    {"date.day_month", "[(the)? #day " TH " (of)? " MONTH "] !#year", DATE},
    // "the week of March 6": the calendar week that holds the day.
    {"date.week_of", "[the <unit=week:0> of " MONTH " ^'.'? #day " TH " ','? #year]", DATE, "unit=week"},
    {"date.week_of", "[the <unit=week:0> of " MONTH " ^'.'? #day " TH "] !(%number|':'|<unit>|" AMOUNT_WORDS ")", DATE,
     "unit=week"},
    {"date.numeric", "[#month ^'/' ^#day ^'/' ^(#year|#year2)] !^%number", DATE},
    {"date.numeric", "[#day ^'/' ^#month ^'/' ^(#year|#year2)] !^%number", DATE},
    {"date.numeric", "[#month ^'-' ^#day ^'-' ^#year] !^%number", DATE},
    {"date.iso", "[#year ^'-' ^#month ^'-' ^#day]", DATE},
    {"date.iso", "[#year ^'/' ^#month ^'/' ^#day]", DATE},

    // Days ranged after their month: "March 3-5", "May 1 to 3"; the second takes the first's month.
    {"date.day_after_month", MONTH " ^'.'? #day " TH " ('-'|'–'|to|and|through) [#day " TH "] !(%number|<unit>|" AMOUNT_WORDS ")",
     DATE, "anchor=previous"},
    // Days ranged before their month: "between the 3rd and 5th of May".
    {"date.day_list", "[#day ^(st|nd|rd|th)] (','|'-'|'–'|to|and|or|through)", DATE, "anchor=previous list"},

    // ------------------------------------------------------------ months
    {"date.month_year", "[" MONTH " ^'.'? ','? #year]", DATE},
    {"date.month_year", "[" MONTH " of #year]", DATE},
    {"date.month_relative_year", "[" MONTH " (of)? <offset> <unit=year:0>]", DATE},
    {"date.month_relative_year", "[" MONTH " of the <unit=year:0>]", DATE, "anchor=narrative offset=0"},
    {"date.mod_month", "[(the)? " BOUNDARY " ^'-'? " MONTH " ','? #year]", DATE},
    {"date.mod_month", "[(the)? " BOUNDARY " ^'-'? " MONTH "]", DATE},
    {"date.mod_month", "[" PART_OF " " MONTH " ','? #year]", DATE},
    {"date.mod_month", "[" PART_OF " " MONTH "]", DATE},
    {"date.mod_month", "[" BOUNDARY " " MONTH " (of)? <offset> <unit=year:0>]", DATE},
    // "this September": the month of the current year, whether past or to come.
    {"date.this_month", "[this " MONTH "]", DATE, "unit=year offset=0"},
    {"date.offset_month", "[<offset> " MONTH "]", DATE},
    {"date.month_before_month", "[" MONTH "] ('-'|'–'|to|and|or|through|'/') " MONTH " +#year", DATE},
    // "a summit set for April": the coming one.
    {"date.month_due", "(set|scheduled) for [" MONTH "]", DATE, "direction=future"},
    // The month as a modifier of a noun: "the October slaying", "the March accession" (not "the
    // March to the sea": a preposition or verb after it makes it a noun itself).
    {"neg.month_noun", "(the) [" MONTH "] (for|of|to|on|in|at|from|against|through|across|by|and|or|was|is|were|are|"
     "has|had|will|would|that|which|who)", DATE, "", true},
    {"date.month_modifier", "(the) [" MONTH "] _%word", DATE},
    {"date.month", "!(the|a|an|of) [" MONTH "] !(%cap|'-'|'.'|the|a|an|i|you|we|he|she|they|it|god|be|not)", DATE},
    {"date.month", "(in|since|until|till|by|during|from|through|of|before|after|last|next|early|late|mid) [" MONTH "]",
     DATE},

    // ------------------------------------------------------------ years
    {"date.fiscal_year", "[(the)? fiscal (year)? ^'-'? (#year|#year2)]", DATE},
    {"date.fiscal_year", "[(the)? (#year|#year2) fiscal <unit=year:0>]", DATE},
    {"date.mod_year", "[(the)? " BOUNDARY " ^'-'? #year] !" MEASURE, DATE},
    {"date.mod_year", "[" PART_OF " (the)? (<unit=year:0>)? #year]", DATE},
    {"date.year_word", "[the <unit=year:0> #year]", DATE},
    // Years in words, as spoken: "nineteen ninety-six", "nineteen hundred", "twenty ten",
    // "twenty twenty-five", "the year two thousand".
    {"date.year_words", NOT_AFTER_QUANTIFIER " [" CENTURY_WORD " " YEAR_IN_CENTURY "] !" MEASURE, DATE, "year"},
    {"date.year_words", NOT_AFTER_QUANTIFIER " [" CENTURY_WORD " <amount=1000:4>] !" MEASURE, DATE, "year"},
    {"date.year_words", NOT_AFTER_QUANTIFIER " [<amount=200:2> (<amount:3>|<amount:2>) ^'-'? <amount:1>?] !" MEASURE,
     DATE, "year"},
    {"date.year_words", "[the <unit=year:0> <amount:1> <amount=10000:4> (and)? <amount:1>?]", DATE, "year"},
    {"date.year_words", "[" MONTH " ^'.'? ','? " CENTURY_WORD " " YEAR_IN_CENTURY "]", DATE, "year"},
    {"date.year_words", "[(the)? <season> (of)? " CENTURY_WORD " " YEAR_IN_CENTURY "]", DATE, "year"},
    {"date.year",
     "(in|since|until|till|by|during|from|through|of|before|after|to|and|or|between|early|late|mid|year|"
     "summer|winter|spring|fall|autumn|'(') [#year] !" MEASURE,
     DATE},
    {"date.year", NOT_AFTER_QUANTIFIER " [#year] !" MEASURE, DATE},
    {"date.year", NOT_AFTER_QUANTIFIER " [#year] ^" APOS "? ^s? <unit>", DATE},
    {"date.year_apostrophe", "[" APOS " ^#year2] !^s", DATE},

    // ------------------------------------------------------------ decades, centuries
    {"date.decade", "[(the)? #decade ^s]", DATE},
    {"date.decade", "[(the)? " APOS " ^#decade ^s]", DATE},
    {"date.decade", "[the <decade>]", DATE},
    {"date.mod_decade", "[(the)? " BOUNDARY " ^'-'? #decade ^s]", DATE},
    {"date.mod_decade", "[(the)? " BOUNDARY " ^'-'? " APOS " ^#decade ^s]", DATE},
    {"date.century", "[(the)? #ord " TH " <unit=century:0>]", DATE},
    {"date.century", "[(the)? <ordinal> <unit=century:0>]", DATE},
    {"date.century", "[(the)? <ordinal> <unit=millennium:0>]", DATE},
    {"date.mod_century", "[(the)? " BOUNDARY " #ord " TH " <unit=century:0>]", DATE},

    // ------------------------------------------------------------ seasons, quarters, halves
    {"date.season_year", "[(the)? <season> (of)? #year]", DATE},
    {"date.season_year", "[(the)? <season> of <offset> <unit=year:0>]", DATE},
    {"date.mod_season", "[(the)? " BOUNDARY " <season> (of)? #year?]", DATE},
    {"date.season_offset", "[<offset> <season>]", DATE},
    {"date.season_offset", "[this past <season>]", DATE, "offset=-1"},
    {"date.season", "(in|since|until|by|during|through|over|for|the) [<season>] !(of|'-')", DATE},
    {"date.season", "[the <season>] !(of|'-')", DATE},
    {"date.quarter", "[(the)? (fiscal)? <ordinal> ^'-'? ^(fiscal)? <unit=quarter:0> (of)? #year?]", DATE},
    {"date.quarter", "[(the)? (#year|#year2) (fiscal)? <ordinal> ^'-'? ^<unit=quarter:0>]", DATE},
    {"date.quarter", "[(the)? #year (fiscal)? <ordinal> <unit=quarter:0>]", DATE},
    {"date.quarter", "[(the)? <ordinal> <unit=half:2> (of)? #year?]", DATE, "unit=half"},
    {"date.quarter", "[q ^#ord (#year)?]", DATE, "unit=quarter"},
    {"date.quarter", "[#year ^q ^#ord]", DATE, "unit=quarter"},
    {"date.quarter_offset", "[<offset> <unit=year:0> ^" APOS " ^s <ordinal> <unit=quarter:0>]", DATE},

    // ------------------------------------------------------------ holidays
    {"date.holiday", "[new (year|years) ^" APOS "? ^s? eve #year?]", DATE, "holiday=new_years_eve"},
    {"date.holiday", "[new (year|years) ^" APOS "? ^s? day #year?]", DATE, "holiday=new_year"},
    {"date.holiday", "[christmas eve #year?]", DATE, "holiday=christmas_eve"},
    {"date.holiday", "[christmas day #year?]", DATE, "holiday=christmas"},
    {"date.holiday", "[boxing day #year?]", DATE, "holiday=boxing_day"},
    {"date.holiday", "[good friday #year?]", DATE, "holiday=good_friday"},
    // "Easter week": the week that ends on Easter Sunday (Holy Week), ISO Monday to Sunday.
    {"date.holiday_week", "[easter week]", DATE, "holiday=easter unit=week"},
    {"date.holiday", "[easter (sunday|monday)? #year?]", DATE, "holiday=easter"},
    {"date.holiday", "[memorial day #year?]", DATE, "holiday=memorial_day"},
    {"date.holiday", "[labor day #year?]", DATE, "holiday=labor_day"},
    {"date.holiday", "[independence day #year?]", DATE, "holiday=independence_day"},
    {"date.holiday", "[(the)? fourth of july #year?]", DATE, "holiday=independence_day"},
    {"date.holiday", "[veterans ^" APOS "? day #year?]", DATE, "holiday=veterans_day"},
    {"date.holiday", "[valentine ^" APOS "? ^s? day #year?]", DATE, "holiday=valentine"},
    {"date.holiday", "[thanksgiving (day)? #year?]", DATE, "holiday=thanksgiving"},
    // The United States' general election: the Tuesday after the first Monday of November.
    {"date.holiday", "[~election ~day #year?]", DATE, "holiday=election_day"},
    {"date.holiday", "[~<holiday> #year?]", DATE},
    {"time.holiday_part", "[~<holiday> (eve)? <part:0>]", TIME},

    // ------------------------------------------------------------ weekdays
    // "down from the previous Friday": the one before the day just named.
    {"date.weekday_offset", "[the (previous|preceding) " WEEKDAY "]", DATE, "anchor=previous offset=-1"},
    {"date.weekday_offset", "[the following " WEEKDAY "]", DATE, "anchor=previous offset=1"},
    {"date.weekday_offset", "[<offset> " WEEKDAY "]", DATE},
    {"date.weekday_week", "[" WEEKDAY " of <offset> <unit=week:0>]", DATE},
    // "a week from Monday": the Monday after the coming one.
    {"date.weekday_from", "[(a|one) <unit=week:0> from " WEEKDAY "]", DATE, "offset=2"},
    // "the day before last Tuesday's hearing", "the day after Christmas": a day from a named one.
    {"date.day_from_day", "[(the)? <unit=day:0> before (<offset>)? " WEEKDAY "]", DATE, "relation=before"},
    {"date.day_from_day", "[(the)? <unit=day:0> after (<offset>)? " WEEKDAY "]", DATE, "relation=after"},
    {"date.day_from_day", "[(the)? <unit=day:0> before ~<holiday>]", DATE, "relation=before"},
    {"date.day_from_day", "[(the)? <unit=day:0> after ~<holiday>]", DATE, "relation=after"},
    {"date.day_from_day", "[(the)? <unit=day:0> before " MONTH " ^'.'? #day " TH "] !(%number|':'|<unit>)", DATE,
     "relation=before"},
    {"date.day_from_day", "[(the)? <unit=day:0> after " MONTH " ^'.'? #day " TH "] !(%number|':'|<unit>)", DATE,
     "relation=after"},
    {"time.weekday_part", "[" WEEKDAY " <part:0>]", TIME},
    {"time.weekday_part", "[<offset> " WEEKDAY " <part:0>]", TIME},
    // "as soon as Tuesday", "as early as Monday": the earliest a plan can come true.
    {"date.weekday", "as (soon|early) as [" WEEKDAY "]", DATE, "direction=future"},
    // "set to resume Monday", "due on Friday": a timetable, so the coming one
    // ("set" alone is no cue: "a record set Monday").
    {"date.weekday", "(set|due) to %word (on)? [" WEEKDAY "] !^" APOS, DATE, "direction=future"},
    {"date.weekday", "(set|scheduled) for [" WEEKDAY "] !^" APOS, DATE, "direction=future"},
    {"date.weekday", "due (on)? [" WEEKDAY "] !^" APOS, DATE, "direction=future"},
    {"date.weekday", "[" WEEKDAY "] !^" APOS, DATE},
    // "Friday's purchases", "Wednesday's ruling": news names by its weekday
    // what has happened already, whatever the tense around it.
    {"date.weekday", "[" WEEKDAY "] ^" APOS " ^s", DATE, "direction=past"},

    // ------------------------------------------------------------ parts of the day
    {"time.day_shift_part", "[<day_shift> (<part:0>|night)]", TIME},
    {"time.day_shift_part", "[<offset=-1> <part=night:0>]", TIME, "unit=day"},
    {"time.day_shift_part", "[<offset=0> <part:0>]", TIME, "unit=day"},
    {"time.day_shift_part", "[" BOUNDARY " <day_shift> <part:0>]", TIME},
    // The day after its part: "at mid-afternoon yesterday", "late morning today".
    {"time.day_shift_part", "[" BOUNDARY " ^'-'? <part:0> <day_shift!&>]", TIME},
    {"time.part", "[<part:1>]", TIME},
    {"time.part", "(in|during|on|by|at|through) [the (early|late)? <part:0>] !(of|after|before|hours)", TIME},
    {"time.part", "[" BOUNDARY " ^'-'? <part:0>] !(of)", TIME},
    {"time.part_tonight", "[<day_shift&>]", TIME},

    // ------------------------------------------------------------ relative to the publication date
    // "today's youth", "many of today's computers": the present age in general, not the day.
    {"neg.today_generic",
     "[today] ^" APOS " ^s (world|youth|society|generation|generations|young|children|kids|teenagers|teens|"
     "standards|technology|culture|families)", DATE, "", true},
    {"neg.today_generic", "(many|most|some|all|much) of [today] ^" APOS " ^s", DATE, "", true},
    // A title: "USA Today", "VOA Today", "Psychology Today" (not any
    // capitalised word before "Today": a headline's "Stocks Rise Today" is the day).
    {"neg.today_name", "(usa|voa|psychology) [~today]", DATE, "", true},
    {"date.day_shift", "[<day_shift!&>] !^" APOS, DATE},
    {"date.day_shift", "[<day_shift!&>] ^" APOS " ^s", DATE},
    {"date.day_shift", "[the day before yesterday]", DATE, "unit=day offset=-2"},
    {"date.day_shift", "[the day after tomorrow]", DATE, "unit=day offset=2"},
    {"date.mod_day_shift", "[" BOUNDARY " <day_shift!&>]", DATE},
    {"date.relative", "[the next <unit:0>]", DATE, "anchor=previous"},
    {"date.relative", "[(the)? <offset> <unit:0>] !^'-'", DATE},
    {"date.relative", "[<offset> <unit:0>] ^" APOS " ^s", DATE},
    {"vague.ago", "[(many|several|some|few) <unit:1> ago]", DATE, "vague=past"},
    {"vague.ago", "[<unit:1> ago]", DATE, "vague=past"},
    // Financial reports compare with the same period a year before: the quarter or half the text
    // reports on, else the publication year.
    {"date.year_ago", "[(a|one) <unit=year:0> ago]", DATE, "unit=year offset=-1 anchor=period"},
    {"date.year_ago", "[the <unit=quarter:0> (a|one) <unit=year:0> (ago|earlier)]", DATE, "unit=year offset=-1 anchor=period"},
    {"date.year_ago", "[<offset=-1> <unit=year:0> ^" APOS " ^s (quarter|period)]", DATE, "unit=year offset=-1 anchor=period"},
    {"date.year_ago", "[the (comparable|corresponding|same) (quarter|half|period) (of)? <offset=-1> <unit=year:0>]",
     DATE, "unit=year offset=-1 anchor=period"},
    // The quarter a financial report is about: "the quarter", "the latest quarter", "the latest period".
    {"date.reporting_quarter", "[the (latest)? <unit=quarter:0>] !(of|ago|earlier|before|after|point|points|'-'|%number)",
     DATE, "anchor=period offset=0"},
    {"date.reporting_quarter", "[the most recent <unit=quarter:0>] !(of|'-')", DATE, "anchor=period offset=0"},
    {"date.reporting_quarter", "[the latest period] !(of)", DATE, "unit=quarter anchor=period offset=0"},
    {"date.year_period", "[the #year (quarter|half|period)] !(of|ended|ending)", DATE, "anchor=period"},
    {"date.relative_ago", "[<mod>? (than)? (<amount>|#num) <unit!&> ago]", DATE, "offset=-1"},
    {"date.relative_ago", "[<mod>? (than)? (<amount>|#num) <unit!&> from (now|today)]", DATE, "offset=1"},
    {"date.relative_ago", "[(<amount>) <unit!&> (ago)]", DATE, "offset=-1"},
    {"date.relative_ago", "[<mod>? (than)? " NUMERAL " <unit!&> ago]", DATE, "offset=-1"},
    {"date.relative_ago", "[<mod>? (than)? " NUMERAL " <unit!&> from (now|today)]", DATE, "offset=1"},
    {"date.same_day", "[(the|that) <anaphor=0> <unit:0>]", DATE},
    {"date.anaphor_unit", "[(the)? <unit:0> before] !(%word|%number)", DATE, "anchor=previous offset=-1"},
    {"date.anaphor_unit", "[(the)? <unit:0> after] !(%word|%number)", DATE, "anchor=previous offset=1"},
    {"date.anaphor_unit", "[(the)? <anaphor> <unit:0>]", DATE},
    {"date.anaphor_unit", "[(the)? following <unit:0>]", DATE},
    {"date.anaphor_unit", "[that <unit:0>]", DATE, "anchor=previous offset=0"},
    {"date.anaphor_unit", "[later that <unit:0>]", DATE, "anchor=previous offset=0 mod=END"},
    {"date.anaphor_unit", "[earlier that <unit:0>]", DATE, "anchor=previous offset=0 mod=START"},
    // "a year earlier" is a date; "three days later" is the span after the last event, a duration
    // ("three days" without "later", the TimeML reading, so duration.count takes it).
    {"date.anaphor_count", "[(a|an|<amount>|#num) <unit!&> <anaphor=-1>] !(than)", DATE},
    {"date.anaphor_count", "[" NUMERAL " <unit!&> <anaphor=-1>] !(than)", DATE},
    {"date.year_earlier", "[(the)? (comparable|corresponding|same)? year ^'-' ^(earlier|ago) (quarter|half|period)?]",
     DATE, "unit=year offset=-1 anchor=period"},
    {"date.year_earlier", "[(the)? (comparable|corresponding|same)? year ^'-' ^(earlier|ago) <ordinal> ^'-'? (fiscal)? (quarter|half)]",
     DATE, "unit=year offset=-1 anchor=period"},
    {"date.mod_relative", "[(the)? " BOUNDARY " (of)? <offset> <unit:0>]", DATE},
    {"date.mod_relative", "[" PART_OF " (the|this) <unit:0>]", DATE, "offset=0"},
    {"date.mod_relative", "[" PART_OF " <offset> <unit:0>]", DATE},
    {"date.mod_relative", "[earlier (this|in) (the)? <unit:0>]", DATE, "offset=0 mod=START"},
    {"date.mod_relative", "[later (this|in) (the)? <unit:0>]", DATE, "offset=0 mod=END"},
    {"date.mod_relative", "[<unit=year:0> ^'-'? ^end]", DATE, "offset=0 mod=END"},
    {"date.mod_relative", "[<unit=year:0> ^" APOS " ^s end]", DATE, "offset=0 mod=END"},
    {"date.weekend", "(on|over|during|this|for|at|by|through|after|before|until) [the <unit=weekend:0>]", DATE},
    // A fiscal year by its closing day is a year's span: "for the year ended Sept. 30".
    {"duration.year_ended", "[the (fiscal)? <unit=year:0>] (ended|ending)", DURATION},
    {"date.the_unit", "(in|during|for|of|over) [the (full)? <unit=year:0>] !(%number|<unit>|ago|earlier|before|after|later|'-'|'’'|of)",
     DATE, "offset=0 anchor=narrative"},

    // ------------------------------------------------------------ durations
    {"duration.count", "[(at)? <mod>? (than)? (<amount>|#num) (more)? <unit!&>] !^'-'",
     DURATION},
    {"duration.count", "[(at)? <mod>? (than)? " NUMERAL " (more)? <unit!&>] !^'-'", DURATION},
    // "two hundred years", "a thousand years".
    {"duration.count", "[(at)? <mod>? (than)? (<amount>|#num) <amount:4> <unit!&>] !^'-'", DURATION},
    {"duration.count", "[<mod>? (than)? #num ^'.' ^#frac <unit:1>]", DURATION},
    {"duration.count", "[<mod>? (than)? a few <unit:1>]", DURATION},
    // A count with a fraction: "5 1/2 hours", "a minute and a half".
    {"duration.fraction", "[<mod>? (than)? #num #num ^'/' ^#num <unit:1>]", DURATION, "fraction"},
    {"duration.fraction", "[(a|an|one) <unit:0> and a half]", DURATION, "half"},
    {"duration.count", "[(<mod>)? a (<amount>|#num) ^'-'? ^<unit!&> (period|stretch|span)]", DURATION},
    {"duration.range", "[(<amount>|#num)] (to|or|'-'|'–') (<amount>|#num) +<unit:1>", DURATION},
    {"duration.within", "[within (<amount>|#num|a|an) <unit!&>]", DURATION, "mod=EQUAL_OR_LESS"},
    {"duration.adjective", "[(<amount>|#num) ^'-' ^<unit:0>] !^'-'", DURATION},
    {"duration.adjective", "[" NUMERAL " ^'-' ^<unit:0>] !^'-'", DURATION},
    {"duration.adjective", "[(<amount>|#num) ^'-' ^<unit:0> ^'-' ^(long)]", DURATION},
    // "a day-long meeting", "a decades-long battle".
    {"duration.adjective", "[<unit:0> ^'-' ^long]", DURATION},
    {"duration.adjective", "[<unit:1> ^'-' ^long]", DURATION},
    {"duration.recent", "[(the)? (<offset=-1>|<offset=1>|first|last|latest) (<amount>|#num) <unit:1>]", DURATION},
    {"duration.recent", "[(the)? (<offset=-1>|<offset=1>|first|last|latest) " NUMERAL " <unit:1>]", DURATION},
    {"duration.recent", "[(the)? (<offset=-1>|<offset=1>|latest|last) (few|several|couple) (of)? <unit:1>]",
     DURATION},
    {"duration.the_count", "[the (<amount>|#num) <unit:1>]", DURATION},
    {"duration.the_count", "[the " NUMERAL " <unit:1>]", DURATION},
    // "over the years", "the weeks ahead", "the years that followed": a span of no given length
    // ("the days before the shooting" is a time before an event, not a span: no rule).
    {"duration.the_units", "(over|through|throughout) [the <unit:1>]", DURATION},
    {"duration.the_units", "[the <unit:1> ahead]", DURATION},
    {"duration.the_units", "[the <unit:1>] (that|which) followed", DURATION},
    // "in the coming years": the span ahead, of no given length.
    {"duration.coming", "the [coming <unit:1>]", DURATION},
    // Without the article, after a preposition, the time ahead in general: "the economy
    // will slow in coming months" (FUTURE_REF, as TimeBank has it).
    {"vague.coming", "(in|for|over|during|within) [coming <unit:1>]", DATE, "vague=future"},
    {"duration.unspecified", "(for|over|in|within|after|than|take|takes|took|last|lasted) [<unit:1>] !(of|ago|later|earlier|before|after)",
     DURATION},
    {"duration.whole", "[(a|an|the)? (full|whole|entire) <unit:0>]", DURATION},

    // ------------------------------------------------------------ recurrences
    {"set.adverb", "[<set_unit>]", SET},
    {"set.every", "[<every> (other)? (<amount>|#num)? <unit!&>]", SET, "every"},
    {"set.every", "[<every> " WEEKDAY " (<part:0>)?]", SET, "every"},
    {"set.every", "[<every> <part:0>]", SET, "every"},
    {"set.weekly", "[~<weekly>]", SET},
    {"set.times_per", "[<times> (a|an|per|each|every) <unit:0>]", SET},
    {"set.per_unit", "(per) [<unit:0>]", SET},

    // ------------------------------------------------------------ clock times
    // Wire copy gives the hour in GMT in brackets before the day: "at 10:35 a.m. (0735 GMT) Friday".
    {"time.clock_gmt_day", "[(<mod>)? #hour ^':' ^#minute " AMD "] '(' #num " ZONE " ')' ','? +" WEEKDAY, TIME},
    {"time.clock_gmt_day", "[(<mod>)? #hour " AMD "] '(' #num " ZONE " ')' ','? +" WEEKDAY, TIME},
    {"time.clock_gmt_day", "[(<mod>)? #hour ^':' ^#minute " PMD "] '(' #num " ZONE " ')' ','? +" WEEKDAY, TIME,
     "part=afternoon"},
    {"time.clock_gmt_day", "[(<mod>)? #hour " PMD "] '(' #num " ZONE " ')' ','? +" WEEKDAY, TIME, "part=afternoon"},
    {"time.clock_am", "[(<mod>)? #hour ^':' ^#minute " AMD "]", TIME},
    {"time.clock_am", "[(<mod>)? #hour ^':' ^#minute am]", TIME},
    {"time.clock_am", "[(<mod>)? #hour " AMD "]", TIME},
    {"time.clock_am", "[(<mod>)? #hour am]", TIME},
    {"time.clock_pm", "[(<mod>)? #hour ^':' ^#minute " PMD "]", TIME, "part=afternoon"},
    {"time.clock_pm", "[(<mod>)? #hour ^':' ^#minute pm]", TIME, "part=afternoon"},
    {"time.clock_pm", "[(<mod>)? #hour " PMD "]", TIME, "part=afternoon"},
    {"time.clock_pm", "[(<mod>)? #hour pm]", TIME, "part=afternoon"},
    {"time.clock_zone", "[(<mod>)? #hour ^':' ^#minute " AMD " " ZONE "]", TIME},
    {"time.clock_zone", "[(<mod>)? #hour ^':' ^#minute " PMD " " ZONE "]", TIME, "part=afternoon"},
    {"time.clock_zone", "[(<mod>)? #hour " AMD " " ZONE "]", TIME},
    {"time.clock_zone", "[(<mod>)? #hour " PMD " " ZONE "]", TIME, "part=afternoon"},
    {"time.clock_zone", "[(<mod>)? #hour ^':' ^#minute " ZONE "]", TIME},
    {"time.clock_oclock", "[(<mod>)? #hour o ^%punct ^clock]", TIME},
    {"time.clock_day", "[#hour ^':' ^#minute " AMD " ','? " ZONE "? ','? " WEEKDAY "]", TIME},
    {"time.clock_day", "[#hour " AMD " ','? " ZONE "? ','? " WEEKDAY "]", TIME},
    {"time.clock_day", "[#hour ^':' ^#minute " PMD " ','? " ZONE "? ','? " WEEKDAY "]", TIME, "part=afternoon"},
    {"time.clock_day", "[#hour " PMD " ','? " ZONE "? ','? " WEEKDAY "]", TIME, "part=afternoon"},
    {"time.clock_day", "[#hour " PMD " ','? " ZONE "? ','? " MONTH " ^'.'? #day " TH "]", TIME, "part=afternoon"},
    {"time.clock_day", "[#hour " AMD " ','? " ZONE "? ','? " MONTH " ^'.'? #day " TH "]", TIME},
    {"time.clock", "(at|by|until|till|from|after|before|around|about) [#hour ^':' ^#minute] !(" AMOUNT_WORDS ")", TIME},
    {"time.noon", "[(<mod>)? noon] +" WEEKDAY "?", TIME, "hour=12"},
    {"time.noon", "(at|by|around|about|before|after|until|till|from|since) [midday]", TIME, "hour=12"},
    {"time.noon", "[noon " WEEKDAY "]", TIME, "hour=12"},
    {"time.midnight", "[(<mod>)? midnight]", TIME, "hour=24"},
    {"time.midnight", "[midnight " WEEKDAY "]", TIME, "hour=24"},
    {"time.hour_in_the", "[(#hour|<amount>) in the <part:0>]", TIME},

    // ------------------------------------------------------------ vague references
    // "Now," opening a sentence turns to the next point ("Now, he says, it looks bad"): a discourse
    // marker, not the present time.
    {"neg.now_discourse", "!%any [now] ','", DATE, "", true},
    {"neg.now_discourse", "('\"'|'`'|'``'|''') [now] ','", DATE, "", true},
    {"vague.word", "[<vague>] !(<unit>)", DATE},
    {"vague.word", "[right now]", DATE, "vague=present"},
    {"vague.word", "(in|into|for|about) [the (near|distant|foreseeable|immediate)? future]", DATE, "vague=future"},
    {"vague.word", "(in) [the (recent|distant)? past]", DATE, "vague=past"},
    {"vague.word", "[the present]", DATE, "vague=present"},
    {"vague.word", "[(the)? (near|foreseeable|distant) future]", DATE, "vague=future"},
    {"vague.word", "[these days]", DATE, "vague=present"},
    // "current" before a noun: of the present ("its current chairman", "current market conditions");
    // not a period's own name ("the current year") nor the noun ("against the current").
    {"vague.word", "[current] !(<unit>|fiscal|%punct|of|in|and|or|is|was|flows|flowed)", DATE, "vague=present"},
    {"vague.word", "[at present]", DATE, "vague=present"},
    // "soon" in a story told in the past is soon after a past event, not the future:
    // "a trickle that soon became a flood", "he was soon released".
    {"neg.soon_past", "(was|were|had|became) [soon]", DATE, "", true},
    {"neg.soon_past", "[soon] <tense=1>", DATE, "", true},
    {"vague.soon", "!as [soon] !(as|after|afterwards|thereafter)", DATE, "vague=future"},
};

#undef MONTH
#undef WEEKDAY
#undef TH
#undef MEASURE
#undef MEASURE_WORDS
#undef NOT_AFTER_QUANTIFIER
#undef BOUNDARY
#undef PART_OF
#undef AMOUNT_WORDS
#undef APOS
#undef AMD
#undef PMD
#undef ZONE

}  // namespace

std::span<const RuleSpec> rules() { return kRules; }

}  // namespace chronik::lang::en
