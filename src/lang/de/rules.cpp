// The German temporal grammar: token patterns over the lexicon's senses.
//
// Extents follow the TimeML conventions of the German news gold (KRAUTS):
// a contracted preposition ("am", "im") and a leading preposition ("seit",
// "vor") stay outside the TIMEX3, a separate article stays inside ("der
// kommenden Woche"). Where rules tie on extent, the one listed first wins.
// Every rule has examples in corpus.txt.
#include "german.hpp"

namespace chronik::lang::de {

namespace {

constexpr TimexType DATE = TimexType::date;
constexpr TimexType TIME = TimexType::time;
constexpr TimexType DURATION = TimexType::duration;
constexpr TimexType SET = TimexType::set;

// Words after a four-digit number that show it counts something rather
// than naming a year ("2000 Menschen", "1500 km").
#define NOT_A_COUNT "!(%cap|<unit>|km|m|kg|t|ha|mio|mrd|'%'|'€'|'$'|prozent|euro)"
// Words after a number that make it a quantity, not a year ("2000 Menschen", "3000 Grad").
#define MEASURE_WORDS                                                                                           \
    "<unit>|km|m|kg|t|ha|mio|mrd|'%'|'€'|'$'|prozent|euro|dollar|franken|menschen|personen|einwohner|mitglieder|" \
    "mitarbeiter|besucher|gäste|teilnehmer|stück|meter|kilometer|höhenmeter|quadratmeter|kubikmeter|liter|"       \
    "tonnen|millionen|milliarden|grad|watt|volt"
#define MEASURE "(" MEASURE_WORDS ")"
// Words before a four-digit number that make it a quantity ("rund 2000").
#define NOT_AFTER_QUANTIFIER \
    "!(über|rund|etwa|ca|circa|zirka|knapp|fast|insgesamt|nur|je|pro|mehr|weniger|exakt|mindestens|höchstens|gut|" \
    "weit|sprich|ganze|'+')"
// Nouns after "-jährig" that name what lasts, not a person of that age ("das 50-jährige Bestehen").
#define LASTING                                                                                                     \
    "(bestehen|bestehens|jubiläum|jubiläums|dienstjubiläum|tradition|geschichte|herrschaft|pause|tätigkeit|"        \
    "zusammenarbeit|laufzeit|problem|partnerschaft|amtszeit|erfahrung|wartezeit|abwesenheit|frist)"
// Anfang, Mitte, Ende — the modifiers that cut a period into parts.
#define BOUNDARY "(<mod=START>|<mod=MID>|<mod=END>)"
// What after a number makes it an amount rather than a clock time ("bis 18 Euro").
#define AMOUNT_WORDS "<unit>|%cap|euro|'€'|prozent|'%'"

const RuleSpec kRules[] = {
    // ------------------------------------------------------------ not dates
    {"neg.reference",
     "(nr|nummer|seite|s|artikel|art|absatz|abs|paragraf|paragraph|§|kapitel|band|bd|heft|tel|telefon|fax|"
     "zimmer|raum|postfach|plz|linie|gleis|startnummer|kennzahl|isbn|issn|posts|bus|flug|zug|ziffer|punkt|"
     "anhang|tabelle|abbildung|abb|nummern) ^'.'? [#num]",
     DATE, "", true},
    {"neg.reference", "(nr|nummer|seite|artikel|art|absatz|abs|§) ^'.'? #num [^'.' ^#num]", DATE, "", true},
    {"neg.idiom", "von [heute auf morgen]", DATE, "", true},
    // A church or parish named after a feast: "die Pfarre Maria Himmelfahrt", "Kirche zu Allerheiligen".
    {"neg.church_name",
     "(pfarre|pfarrei|pfarrkirche|kirche|kloster|basilika|dom|kapelle|wallfahrtskirche|pfarrgemeinde|pfarrzentrum|"
     "stift|stiftskirche) (zu|zur|zum)? [(mariä|maria|mariae|christi)? <holiday>]",
     DATE, "", true},
    {"neg.score", "[#num ^':' ^#num] ^('-'|'–') ^%word", DATE, "", true},
    {"neg.age", "[#num ^'-' ^(jährige|jährigen|jähriger|jährigem|jähriges)] !" LASTING, DATE, "", true},
    {"neg.age", "ab [(<amount>|#num) <unit=year:1>]", DATE, "", true},
    {"neg.age",
     "[(<amount>|#num) <unit=year:1>] (alt|alte|alter|alten|altes|jung|junge|jungen|jünger|jüngere|jüngeren|älter|"
     "ältere|älteren)",
     DATE, "", true},
    {"neg.age", "zwischen [(<amount>|#num)] und (<amount>|#num) <unit=year:1>", DATE, "", true},
    {"neg.age", "zwischen (<amount>|#num) und [(<amount>|#num) <unit=year:1>]", DATE, "", true},
    {"neg.count", "[#year] (im|am) (jahr|jahre|vorjahr|vergangenen|laufenden|monat|vormonat)", DATE, "", true},
    {"neg.count", "von [#num] auf #num", DATE, "", true},
    // The first number of a range of quantities: "2000 bis 3000 Grad", "1500 oder 1600 Besucher".
    {"neg.count", "[#num] (bis|und|oder|'-'|'–') #num " MEASURE, DATE, "", true},
    {"neg.age", "[(<amount>|#num) <unit=year:1>] (und|bis|'-'|'–') (<amount>|#num) <unit=year:1> alt", DATE, "", true},
    {"neg.age", "(<amount>|#num) (und|bis|'-'|'–') [(<amount>|#num) <unit=year:1>] alt", DATE, "", true},
    {"neg.age", "[#num] (und|bis|'-'|'–') #num <unit=year:1> alt", DATE, "", true},
    // "fünf Jahre und zehn Monate alt": an age in two units.
    {"neg.age", "[(<amount>|#num) <unit=year:1> und (<amount>|#num) <unit>] (alt|alte|alter|alten|altes)", DATE, "", true},
    // Ages without "alt": "Er war 23 Jahre, als ...", "Kinder unter 16 Jahren", "im Alter von 69 Jahren",
    // "Kinder bis 12 Jahre zahlen nichts", "mit drei Monaten konnte sie laufen".
    {"neg.age", "(war|ist|sei|wäre|bin|bist|sind|waren|seien|wurde|wird) [(<amount>|#num) <unit=year:1>] (','|'.'|als|')'|';')",
     DATE, "", true},
    {"neg.age", "!(seit|vor|in|nach|von|mit|binnen|innerhalb|für) (unter|über) [<mod>? (<amount>|#num) jahren]", DATE, "", true},
    {"neg.age", "alter von [<mod>? (<amount>|#num) <unit=year:1>]", DATE, "", true},
    {"neg.age", "%cap bis [(<amount>|#num) <unit=year:1>] !%cap", DATE, "", true},
    {"neg.age", "mit [(<amount>|#num) (<unit=year:1>|<unit=month:1>|<unit=week:1>)] !%cap", DATE, "", true},
    // One of a number is a count: "einer von 2000", "jede von 1500 Stimmen".
    {"neg.count", "(einer|eine|eines|einem|einen|jeder|jede|jedes|keiner|keine|keines) von [#year]", DATE, "", true},
    // A number coordinated with a count is a count too: "34 Schiffe und 1370 Landungsboote".
    {"neg.count", "#ord %lower? %cap (und|oder|sowie) [#year] %cap", DATE, "", true},
    {"neg.year2", "seit [#hour] !(uhr|h|'.'|':'|<unit>|%number)", DATE, "", true},

    // ------------------------------------------------------------ full dates
    {"date.weekday_day_month_year", "[<weekday> ','? den? #day ^'.' <month> ^'.'? #year?]", DATE},
    {"date.weekday_day_month_year", "[<weekday> ','? den? #day ^'.' ^#month ^'.' ^#year?]", DATE},
    {"date.day_month_year", "[#day ^'.' <month> ^'.'? #year?]", DATE},
    // "3. Juni dieses Jahres", "am 5. Mai des Vorjahres", "am 9. Mai des Jahres 1945": one expression.
    {"date.day_month_relative_year", "[#day ^'.' <month> des? <offset> <unit=year:0>]", DATE},
    {"date.day_month_relative_year", "[#day ^'.' <month> des? <year_shift>]", DATE},
    {"date.day_month_relative_year", "[#day ^'.' <month> des <unit=year:0> #year]", DATE},
    {"date.numeric", "[#day ^'.' ^#month ^'.' ^#year]", DATE},
    {"date.numeric", "[#day ^'.' ^#month ^'.' ^#year2] !^%number", DATE},
    {"date.numeric", "[#day ^'.' #month ^'.' #year]", DATE},
    {"date.numeric", "(am|vom|bis|zum|ab|seit|dem|den) [#day ^'.' ^#month ^'.'] !^%number", DATE},
    {"date.iso", "[#year ^'-' ^#month ^'-' ^#day]", DATE},

    // Days listed or ranged before their month: "vom 3. bis 5. Juli", "am 3., 4. und 5. Oktober";
    // each takes month and year from the date that closes the list.
    {"date.day_list", "[#day ^'.'] (','|'-'|'–'|bis|und|u|oder|sowie|'/')", DATE, "anchor=previous list"},
    {"date.day_of_month", "(am|vom|bis|zum|ab|seit) [#day ^'.'] !(%cap|%number|<month>)", DATE, "anchor=previous"},

    // ------------------------------------------------------------ months
    {"date.month_year", "[<month> ^'.'? #year]", DATE},
    {"date.month_year", "[<month> des <unit=year:0> #year]", DATE},
    {"date.month_before_month", "[<month>] ('-'|'–'|bis|und|oder|'/') <month> +#year", DATE},
    {"date.month_relative_year", "[<month> des? <offset> <unit=year:0>]", DATE},
    {"date.month_relative_year", "[<month> des? <year_shift>]", DATE},
    {"date.month_relative_year", "[<month> des <unit=year:0>]", DATE, "anchor=narrative offset=0"},
    {"date.mod_month", "[" BOUNDARY " <month> ^'.'? #year?]", DATE},
    {"date.mod_month", "[" BOUNDARY " <month> des? <offset> <unit=year:0>]", DATE},
    {"date.mod_month", "[" BOUNDARY " <month> des? <year_shift>]", DATE},
    {"date.offset_month", "[<offset> <month>]", DATE},
    {"date.month", "(im|in|seit|ab|bis|zum|vom|von|nach|vor|zwischen|monat|monats|monaten|anfang|ende|mitte|'(') [<month>]",
     DATE},
    {"date.month", "(und|oder|bzw|sowie|'-'|'–'|'/') [<month>] !%cap", DATE},

    // ------------------------------------------------------------ years before and after Christ
    // "499 v. Chr.", "im Jahr 492 v. Chr.": the era stays inside the extent
    // (TIMEX3 value "BC0499"; see CONVENTIONS.md).
    {"date.bc_year", "[(das|dem|des)? <mod=APPROX>? <unit=year:0>? #num v ^'.' chr ^'.'?]", DATE, "year bc"},
    // "478/477 v. Chr.": the first year takes the era of the second.
    {"date.bc_year", "[(das|dem|des)? <unit=year:0>? #num] ^'/' ^#num v ^'.' chr ^'.'?", DATE, "year bc"},
    {"date.bc_year", "[<season> #num v ^'.' chr ^'.'?]", DATE, "year bc"},
    {"date.bc_year", "[" BOUNDARY " (des)? <unit=year:0>? #num v ^'.' chr ^'.'?]", DATE, "year bc"},
    {"date.bc_century", "[(das|dem|des|der)? #ord ^'.' <unit=century:0> ^'.'? v ^'.' chr ^'.'?]", DATE, "bc"},
    {"date.bc_century", "[" BOUNDARY " (des)? #ord ^'.' <unit=century:0> ^'.'? v ^'.' chr ^'.'?]", DATE, "bc"},
    {"date.ad_year", "[(das|dem|des)? <unit=year:0>? #num n ^'.' chr ^'.'?]", DATE, "year"},
    // Three-digit years after "Jahr": "im Jahr 711".
    {"date.year_word", "[(das|dem|des)? (<unit=year:0>|jahre) #num] !" MEASURE, DATE, "year"},

    // ------------------------------------------------------------ years
    {"date.year_word", "[(das|dem|des)? (<unit=year:0>|jahre) #year]", DATE},
    {"date.mod_year", "[" BOUNDARY " (des)? <unit=year:0>? #year]", DATE},
    {"date.year",
     "(seit|bis|ab|zwischen|im|anno|nach|vor|um|für|jahrgang|jahrgänge|saison|frühjahr|sommer|herbst|"
     "winter|und|oder|bzw|sowie) [#year] !" MEASURE,
     DATE},
    // After "von" and "in" a number before a noun counts it: "von 2000 Teilnehmern", "in 2000 Dörfern"
    // ("von 2000 bis 2005" is a year).
    {"date.year", "(von|vom|in) [#year] !(" MEASURE_WORDS "|%cap)", DATE},
    {"date.year", NOT_AFTER_QUANTIFIER " [#year] " NOT_A_COUNT, DATE},
    // A year opening a clause, before its subject: "Als 1920 Frankreich den Vertrag unterschrieb".
    // Not after a comparative ("mehr als 2000 Besucher").
    {"date.year_in_clause", "!%word (als|nachdem|bevor|ehe|sobald|wenn) [#year] !" MEASURE, DATE},
    // Two-digit years after "seit": "Seit 68 ist alles anders" (1968); "seit 68 Tagen" is a duration.
    // Up to 24 it may be the hour ("seit 20 ist er wach"): no year then (neg.year2).
    {"date.year2", "seit [#year2] !(" MEASURE_WORDS "|%cap|%number|uhr|'.'|':'|','|'-'|'–'|bis|und|oder)", DATE},

    // A period named with the two years it spans: "der Saison 2023/24", "im Geschäftsjahr 2019/20".
    // The value is the year it begins in (see CONVENTIONS.md).
    {"date.split_year",
     "[(der|die|das|den|dem|des)? (saison|spielzeit|geschäftsjahr|geschäftsjahres|wirtschaftsjahr|haushaltsjahr|"
     "schuljahr|schuljahres|studienjahr|kirchenjahr|amtsperiode|legislaturperiode|amtszeit|wintersaison|"
     "sommersaison|winter|rechnungsjahr|finanzjahr) #year ^'/' ^%number]",
     DATE},

    // ------------------------------------------------------------ decades, centuries
    {"date.decade", "[(den|der|die|des)? #decade ^er '-'? <unit=year:1>?]", DATE},
    {"date.decade", "[(den|der|die|des)? <decade> <unit=year:1>?]", DATE},
    {"date.mod_decade", "[" BOUNDARY " (der|des)? #decade ^er '-'? <unit=year:1>?]", DATE},
    {"date.mod_decade", "[" BOUNDARY " (der|des)? <decade> <unit=year:1>?]", DATE},
    {"date.century_half", "[(der|die) <ordinal=1> hälfte des #ord ^'.' <unit=century:0>]", DATE, "mod=START"},
    {"date.century_half", "[(der|die) <ordinal=2> hälfte des #ord ^'.' <unit=century:0>]", DATE, "mod=END"},
    {"date.century", "[(das|dem|des|der)? #ord ^'.' <unit=century:0>]", DATE},
    {"date.century", "[(das|dem|des|der)? <ordinal> <unit=century:0>]", DATE},
    {"date.century", "[(das|dem|des|der)? <ordinal> <unit=millennium:0>]", DATE},
    {"date.mod_century", "[" BOUNDARY " (des)? #ord ^'.' <unit=century:0>]", DATE},

    // ------------------------------------------------------------ seasons, quarters, halves
    {"date.season_year", "[<season> #year]", DATE},
    {"date.season_year", "[<season> des <unit=year:0> #year]", DATE},
    {"date.season_year", "[<season> des? <offset> <unit=year:0>]", DATE},
    {"date.mod_season", "[" BOUNDARY " (des)? <season> #year?]", DATE},
    {"date.season_offset", "[<offset> %lower? <season>]", DATE},
    {"date.season", "(im|in|seit|ab|bis|zum|vom|ganzen|über|während|diesen|diesem|der) [<season>] !^'-'", DATE},
    {"date.quarter", "[(das|dem|des|der)? <ordinal> <unit=quarter:0> #year?]", DATE},
    {"date.quarter", "[(das|dem|des|der)? <ordinal> <unit=half:0> #year?]", DATE},
    {"date.quarter", "[q ^#ord #year?]", DATE, "unit=quarter"},

    // ------------------------------------------------------------ feasts
    {"date.holiday", "[(mariä|maria|mariae) himmelfahrt #year?]", DATE, "holiday=assumption"},
    {"date.holiday", "[christi himmelfahrt #year?]", DATE, "holiday=ascension"},
    {"date.holiday", "[(heiligen|heiliger|heiligem) abend #year?]", DATE, "holiday=christmas_eve"},
    {"date.holiday", "[tag der deutschen einheit #year?]", DATE, "holiday=german_unity"},
    {"date.holiday", "[tag der arbeit #year?]", DATE, "holiday=labour_day"},
    {"date.holiday", "[(heiligen|heilige) drei könige #year?]", DATE, "holiday=epiphany"},
    {"date.holiday", "[(ersten|erster|erste) advent #year?]", DATE, "holiday=first_advent"},
    {"time.holiday_part", "[<holiday> <part:0>]", TIME},
    {"date.holiday", "[<holiday> #year?]", DATE},

    // ------------------------------------------------------------ weekdays
    {"date.weekday_week", "[<weekday> der? <offset> <unit=week:0>]", DATE},
    {"date.weekday_offset", "[<offset:0> <weekday>]", DATE},
    {"date.weekday_offset", "+<offset:1> [<weekday>]", DATE},
    {"time.weekday_part", "[<weekday> <part>]", TIME},
    {"date.weekday", "[<weekday>]", DATE},

    // ------------------------------------------------------------ parts of the day
    {"time.day_shift_part", "[<day_shift> <part>]", TIME},
    {"time.part", "(am|gegen|über|zur) [<part>] !(des|vom|zum)", TIME},
    {"time.part", "am [(frühen|späten|selben|gleichen) <part>] !(des|vom|zum)", TIME},
    {"time.part_before_day", "[<part=night> (zum|zu|auf) den? <weekday>]", TIME, "relation=until"},
    {"time.midnight", "(um|gegen|nach|vor|bis) [mitternacht]", TIME, "hour=24"},
    {"time.part", "in [(der|den|die) %lower? <part>] !(des|vom|zum|auf)", TIME},
    {"time.part", "des [<part:1>]", TIME},
    // "morgens", "nachts": every morning, unless the clause tells of one ("Er kam nachts").
    {"set.part_adverb", "[<part:1>]", SET, "every habit"},
    {"time.part_of_date", "[<part> (des|vom) #day ^'.' <month> #year?]", TIME},
    // "in der Nacht vom 16. auf den 17. Mai": the night of the 16th, and the 17th a date of its own, as
    // both gold sets split it (CONVENTIONS.md); the closing date gives month and year.
    {"time.night_before_date", "[<part=night> vom #day ^'.'] (auf|zum) den? +#day ^'.' +<month> +#year?", TIME,
     "relation=until"},

    // ------------------------------------------------------------ relative to the publication date
    {"vague.today", "(bis|auch|schon|noch|gerade) [heute]", DATE, "vague=present"},
    {"vague.today", "[heute] (noch|immer)", DATE, "vague=present"},
    // Nowadays, not the day: "wie wir heute wissen", "heute würde man", "die Kinder von heute".
    {"vague.today", "[heute] (weiß|wissen|würde|würden|man)", DATE, "vague=present"},
    // "Heute denkt man anders darüber", "heute sieht man das gelassener": what one thinks nowadays.
    {"vague.today", "[heute] (denkt|sieht|glaubt|nennt|spricht|schätzt|vermutet|weiss|geht|nimmt|hält) man", DATE,
     "vague=present"},
    {"vague.today", "(man|wir) [heute] (weiß|wissen|würde|würden|denkt|denken|sieht|sehen|kennt|kennen)", DATE,
     "vague=present"},
    {"vague.today", "%cap von [heute] !(auf|an|bis|ab|<part>|früh)", DATE, "vague=present"},
    {"vague.tomorrow", "%cap von [morgen] !(auf|an|bis|ab|<part>|früh)", DATE, "vague=future"},
    // "morgen" is tomorrow; "Morgen" mid-sentence is the noun (the morning).
    {"date.day_shift", "[_<day_shift>]", DATE},
    {"date.day_shift", "!%word [~<day_shift>]", DATE},
    {"date.year_shift", "[<year_shift>]", DATE},
    {"date.same_day", "[<offset=0> <unit=day:0>]", DATE, "anchor=previous"},
    {"date.next_day", "am [<offset=1> <unit=day:0>]", DATE, "anchor=previous"},
    // "am ersten Tag", "am letzten Tag" (of something told): a day, but not which.
    {"date.nth_day", "[(der|dem|den)? <ordinal> <unit=day:0>]", DATE},
    {"date.relative", "[(der|die|das|dem|den|des)? <offset> <unit:0>]", DATE},
    // "in der ersten Woche", "der dritten Woche": counted from the date the text set out from.
    {"date.nth_week", "[(der|die|dem|den)? <ordinal> <unit=week:0>]", DATE, "anchor=previous"},
    {"date.weekend", "(am|übers|über|zum) [<unit=weekend:0>]", DATE},
    {"date.mod_relative", "[" BOUNDARY " (des|der|dieses|diesen|dieser|diesem)? <offset> <unit:0>]", DATE},
    {"date.mod_relative", "[" BOUNDARY " (des|der) <unit:0>] !#year", DATE, "offset=0 anchor=narrative"},
    {"date.period_boundary", "[(des|dem|das)? <mod&> #year?]", DATE, "offset?=0"},
    {"date.previous_period", "[(des|dem)? <offset&>]", DATE},
    // "im gleichen Zeitraum des Vorjahres": the period compared is the year named.
    {"date.same_period", "[(dem|den|der|die)? (gleichen|selben|vergleichbaren) (zeitraum|periode|quartal) des? <year_shift>]",
     DATE},

    // ------------------------------------------------------------ relative to the last mentioned date
    {"date.anaphor", "[(dem|der|den|die|das)? <amount> <unit> <anaphor>]", DATE},
    {"date.anaphor", "[(dem|der|den|die|das)? <unit:0> <anaphor>]", DATE},
    {"date.anaphor", "[(dem|der|den|des|die|das)? <anaphor> <unit:0>]", DATE},
    {"date.anaphor", "[(dem|der|den|des)? <anaphor&>]", DATE},

    // ------------------------------------------------------------ durations
    {"duration.ago", "vor [<mod>? (<amount>|#num) <unit!&>]", DURATION, "relation=ago"},
    {"duration.ago", "vor [<amount> <amount=5> <unit!&>]", DURATION, "relation=ago"},
    {"duration.ago", "vor [<mod>? mehr als (<amount>|#num) <unit>]", DURATION, "relation=ago mod=MORE_THAN"},
    {"duration.in", "in [<mod>? (<amount>|#num) <unit!&>]", DURATION, "relation=within"},
    {"duration.since", "seit [<mod>? (<amount>|#num) <unit!&>]", DURATION, "relation=since"},
    {"duration.since", "seit [<unit:1>]", DURATION, "relation=since"},
    {"duration.ago", "vor [<unit:1>]", DURATION, "relation=ago"},
    // Two units joined: "zwei Jahre und sechs Monate" (P2Y6M), "vor einem Jahr und drei Monaten".
    // Not a range: "zwischen drei Monaten und zwei Jahren" (and the units must fall).
    {"duration.sum", "vor [<mod>? (<amount>|#num) <unit!&> und (<amount>|#num) <unit!&>]", DURATION, "sum relation=ago"},
    {"duration.sum", "seit [<mod>? (<amount>|#num) <unit!&> und (<amount>|#num) <unit!&>]", DURATION, "sum relation=since"},
    {"duration.sum", "in [<mod>? (<amount>|#num) <unit!&> und (<amount>|#num) <unit!&>]", DURATION, "sum relation=within"},
    {"duration.sum", "!(zwischen|von) [<mod>? (<amount>|#num) <unit!&> und (<amount>|#num) <unit!&>]", DURATION, "sum"},
    {"duration.count", "[<mod>? (<amount>|#num) <unit!&>]", DURATION},
    {"duration.count", "[<mod>? <amount> <amount=5> <unit!&>]", DURATION},
    {"duration.range", "[<mod>? (<amount>|#num)] (bis|'-'|'–'|oder) (<amount>|#num) +<unit>", DURATION},
    {"duration.years", "[über <unit:1>]", DURATION},
    // Plurals with no number: "nach Jahren", "all die Jahre", "nach Wochen des Wartens".
    {"duration.vague_plural", "nach [<unit:1>] !(<unit>|#num)", DURATION},
    {"duration.vague_plural", "[(all|alle) die <unit:1>]", DURATION},
    // "in den ersten Jahren", "in ihren frühen Jahren", "in diesen Tagen", "in den folgenden Monaten",
    // "in den Tagen danach": some of them, how many not said.
    {"duration.vague_plural", "[(ersten|frühen|späten|späteren) <unit:1>] !(des|der|nach|seit|vor)", DURATION},
    {"duration.vague_plural", "[(diesen|jenen) <unit:1>]", DURATION},
    {"duration.vague_plural", "[(den|die)? (folgenden|darauffolgenden|nachfolgenden) <unit:1>]", DURATION},
    {"duration.vague_plural", "[(den|die)? <unit:1> (danach|darauf)]", DURATION},
    {"duration.years", "über [die <unit:1>] hinweg", DURATION},
    {"duration.count", "[mehr als (<amount>|#num) <unit>]", DURATION, "mod=MORE_THAN"},
    {"duration.count", "[weniger als (<amount>|#num) <unit>]", DURATION, "mod=LESS_THAN"},
    {"duration.count", "[<mod>? #num ^',' ^#frac <unit>]", DURATION},
    // "den vergangenen zwei Jahren" keeps its article in the gold; "den nächsten zwei Jahren" does not.
    {"duration.recent", "[(den|der|die)? <offset=-1> (<amount>|#num) <unit:1>]", DURATION},
    {"duration.recent", "(den|der|die)? [(<offset=1>|<ordinal>) (<amount>|#num) <unit:1>]", DURATION},
    {"duration.recent", "[(den|der|die)? <offset=-1> <unit:1>]", DURATION},
    {"vague.coming_years", "(den|der|die)? [<offset=1> <unit:1>]", DATE, "vague=future"},
    {"duration.adjective", "[<mod>? <amount&>]", DURATION},
    // An adjective between numeral and unit: "drei aufeinanderfolgende Tage", "einen ganzen Monat", "ein langes Jahr".
    {"duration.adjective",
     "[<mod>? (<amount>|#num) (aufeinanderfolgende|aufeinanderfolgenden|volle|vollen|volles|voller|ganze|ganzen|"
     "ganzes|ganzer|lange|langen|langes|langer|weitere|weiteren|weiteres|weiterer) <unit!&>]",
     DURATION},
    {"duration.adjective", "[(ein|eine|einen|einem|einer|eines) (knappes|knappe|knappen|knapper|knappem) <unit!&>]", DURATION,
     "mod=LESS_THAN"},
    {"duration.adjective", "[<mod>? #num ^'-' ^<unit>]", DURATION},
    // "sein 50-jähriges Bestehen", "die 20-jährige Frist": what lasts that many years (ages: neg.age).
    {"duration.years_adjective", "[<mod>? #num ^'-' ^(jährige|jährigen|jähriges|jährigem|jähriger)] " LASTING, DURATION,
     "unit=year"},

    // ------------------------------------------------------------ recurrences
    {"set.adverb", "[<set_unit>]", SET},
    {"set.every_weekday", "[<every> <ordinal>? <weekday> im? monat?]", SET, "every"},
    {"set.every_unit", "[<every> (<amount>|#num)? <unit>]", SET, "every"},
    {"set.weekly", "[<weekly>]", SET},
    // A day or month of every year: "jedes Jahr am 1. Mai", "jedes Jahr im August", "jeden Monat am 15.".
    {"set.every_date", "[<every> <unit=year:0> am #day ^'.' <month>]", SET, "every"},
    {"set.every_date", "[<every> <unit=year:0> im <month>]", SET, "every"},
    {"set.every_date", "[<set_unit=year> am #day ^'.' <month>]", SET, "every"},
    // "jeden Winter", "jeden Sommer": XXXX-WI.
    {"set.every_season", "[<every> <season:0>]", SET, "every"},
    {"set.every_date", "[<every> <unit=month:0> am #day ^'.'] !<month>", SET, "every"},
    // "in den Wintermonaten", "in den Sommermonaten": every winter (XXXX-WI); with a year, that one's.
    {"set.season_months", "(in|während) [den <season:1>] !#year", SET, "every"},
    {"set.times_per", "[<times> (pro|im|je|in|die|der|am) der? <unit:0>]", SET},
    {"set.per_unit", "[(pro|je) (<amount>|#num)? <unit>]", SET},
    // A rate: "500 Euro im Monat", "zehn Prozent im Jahr".
    {"set.rate", "(euro|'€'|dollar|franken|prozent|'%'|stunden|tage|mal) [(im|am|in) der? <unit!&>] !#year", SET, "every"},
    // "Jahr für Jahr", "Tag für Tag".
    {"set.unit_for_unit", "[<unit:0> für <unit:0>]", SET, "every"},

    // ------------------------------------------------------------ clock times
    {"time.clock_approx", "gegen [#hour ^('.'|':') ^#minute uhr]", TIME, "mod=APPROX"},
    {"time.clock_approx", "gegen [#hour uhr]", TIME, "mod=APPROX"},
    {"time.clock_range",
     "[#hour ^('.'|':') ^#minute] ('-'|'–'|bis|und|'/') #hour ^('.'|':')? ^#minute? uhr", TIME},
    {"time.clock_range", "[#hour] ('-'|'–'|bis|und) #hour ^('.'|':')? ^#minute? uhr", TIME},
    {"time.clock_range", "(von|zwischen|ab) [#hour ^('.'|':') ^#minute] ('-'|'–'|bis|und)", TIME},
    {"time.clock_range", "(von|zwischen) [#hour] ('-'|'–'|bis|und) #hour", TIME},
    {"time.clock_range",
     "#hour ^('.'|':') ^#minute ('-'|'–'|bis) [#hour ^('.'|':') ^#minute] !(" AMOUNT_WORDS ")",
     TIME},
    {"time.clock_range", "#hour ^('.'|':') ^#minute ('-'|'–'|bis) [#hour] !(" AMOUNT_WORDS "|'.'|':'|uhr)",
     TIME},
    // "8 Uhr abends": the part of day sets the hour but stays outside the extent (as in the gold).
    {"time.clock_part", "[#hour ^('.'|':') ^#minute uhr] +(<part:1>|<part=morning>)", TIME},
    {"time.clock_part", "[#hour uhr] +(<part:1>|<part=morning>)", TIME},
    {"neg.clock_part", "#hour ^('.'|':')? ^#minute? uhr [(<part:1>|früh)]", TIME, "", true},
    {"time.clock", "[#hour ^('.'|':') ^#minute uhr]", TIME},
    {"time.clock", "[#hour uhr]", TIME},
    // In words: "um acht Uhr", "um halb zehn" (9:30).
    {"time.clock_word", "[<amount> uhr]", TIME, "clock"},
    {"time.clock_word", "(um|gegen|ab|bis|vor|nach|seit) [halb <amount> uhr?] !(" AMOUNT_WORDS ")", TIME, "clock=half"},
    {"time.clock", "(um|ab|gegen|bis|von|zwischen) [#hour ^'.' ^#minute] !(" AMOUNT_WORDS ")", TIME},
    {"time.clock", "(um|ab|gegen) [#hour ^':' ^#minute] !(" AMOUNT_WORDS ")", TIME},

    // ------------------------------------------------------------ vague references
    // "ehemalige", "einstige": PAST_REF in news (KRAUTS), nothing in a narrative (WikiWars; CONVENTIONS.md).
    {"vague.former", "[<vague:1>]", DATE, "genre=news"},
    {"vague.word", "[<vague>] !(<weekday>|<unit>)", DATE},
    // "wenig später", "kurz darauf", "kurze Zeit danach"; "kurz zuvor".
    {"vague.shortly", "[(wenig|kurz) (später|darauf|danach)]", DATE, "vague=future"},
    {"vague.shortly", "[kurze zeit (später|darauf|danach)]", DATE, "vague=future"},
    {"vague.shortly", "[(wenig|kurz) (zuvor|vorher|davor)]", DATE, "vague=past"},
    {"vague.shortly", "[kurze zeit (zuvor|vorher|davor)]", DATE, "vague=past"},
    {"vague.word", "von [nun] an", DATE, "vague=present"},
    {"vague.recently", "vor [kurzem]", DATE, "vague=past"},
    {"vague.recently", "seit [kurzem]", DATE, "vague=past"},
    {"vague.soon", "in [kürze]", DATE, "vague=future"},
    {"vague.future",
     "in [(der|einer)? (sehr|allzu|ganz|nicht)? (allzu|so)? (naher|näherer|nächster|absehbarer|ferner|fernerer|"
     "weiterer|unmittelbarer|kurzer|nahen)? zukunft]",
     DATE, "vague=future"},
    {"vague.past",
     "in [(der|einer)? (jüngster|jüngerer|jüngeren|letzter|näheren|naher|jüngsten|fernen|ferner|weiter|"
     "weiteren|vergangener|nahen)? vergangenheit]",
     DATE, "vague=past"},
    {"vague.present", "in [(der)? gegenwart]", DATE, "vague=present"},
    // "im Moment", "zur Stunde", "dieser Tage": now; "in letzter Zeit", "in früheren Zeiten": before now.
    {"vague.present", "im [moment] !(als|wo|des|der|,)", DATE, "vague=present"},
    {"vague.present", "zur [stunde] !(null|des|der|nach|vor)", DATE, "vague=present"},
    {"vague.present", "!(einer|eines|einem|einen|an) [dieser tage]", DATE, "vague=present"},
    {"vague.past", "in [(letzter|letzten) zeit]", DATE, "vague=past"},
    {"vague.past", "in [früheren zeiten]", DATE, "vague=past"},
    {"vague.ex", "[ex] ^'-'", DATE, "vague=past genre=news"},
};

#undef NOT_A_COUNT
#undef MEASURE
#undef LASTING
#undef MEASURE_WORDS
#undef NOT_AFTER_QUANTIFIER
#undef BOUNDARY
#undef AMOUNT_WORDS

}  // namespace

std::span<const RuleSpec> rules() { return kRules; }

}  // namespace chronik::lang::de
