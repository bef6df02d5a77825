// The events stage: dated events from the sentences of one tagged article.
//
// A sentence with a date (or a vague reference) tells an event at that time.
// A sentence without one becomes an event only when the narrative orders it:
// an ordering cue ("Zuvor ...", "Danach ..."), a past-tense continuation of
// the event just told, or content that a dated report refers back to ("Das
// berichtet KCNA am Sonntag" after the sentences it reports). Where a
// sentence reports an event, the reported event keeps its own date.
#pragma once

#include <chronik/grammar.hpp>
#include <chronik/tagger.hpp>
#include <chronik/timeline.hpp>

#include <string_view>
#include <vector>

namespace chronik {

struct ArticleEvents {
    std::vector<Event> events;  // in text order
    std::vector<Link> links;    // cue-derived (from_cue = true), indices into `events`
};

// Events of one article. `source` is the article's index among the
// timeline's sources (it goes into each mention).
ArticleEvents extract_events(std::string_view text, const TaggedText& tagged, std::size_t source,
                             const LanguageData& language);

// Headlines aim at kHeadlineTargetChars characters: longer ones lose
// appositions, relative and subordinate clauses first; only what is still
// longer than the maximum is cut, after a word, with "…".
inline constexpr std::size_t kHeadlineTargetChars = 90;
inline constexpr std::size_t kMaxHeadlineChars = 100;

// A sentence condensed to a headline by leaving out whole constituents: the
// time phrases (with their preposition), reporting frames ("sagte Lawrow",
// "laut Tass", ", wie KCNA berichtete"), brackets and dashed insertions, and
// when long appositions, relative and subordinate clauses. Every word of the
// headline is a word of the sentence; no word is cut.
std::string condense_headline(std::string_view sentence_text, std::uint32_t sentence_begin,
                              const std::vector<std::pair<std::uint32_t, std::uint32_t>>& time_phrases,
                              const LanguageData& language, std::size_t max_chars = kMaxHeadlineChars);

// Salience: how much an event matters to a reader, 0 … 1.
//
// Within its article (extract_events sets it): the lead counts most (news
// tells the most important first), then whether the event is the article's
// main report (the first event of its lead dated near the publication), then
// how exactly it is dated (a day says more than a year, "früher" little);
// quotes and reported speech weigh less, hypotheticals ("ob", "falls") half.
// Across articles (weigh_salience, after near-duplicates are merged): events
// more sources tell, and that are told more often, weigh more.
struct SalienceCues {
    std::size_t sentence = 0;    // the first sentence of the article that tells it (0 = the lead)
    bool main_report = false;    // the article's main report
    bool quote = false;          // told in a quotation or reported speech, or as what someone says
    bool hypothetical = false;   // in a sentence that says "ob", "falls"
};
// The article's part of an event's salience, 0 … 1.
double article_salience(const EventTime& when, const SalienceCues& cues);
// The final salience of merged events: each event's article salience (its
// `salience` as extract_events left it) weighed with the number of sources
// and mentions that tell it. Deterministic; every result in 0 … 1.
void weigh_salience(std::vector<Event>& events);

// How alike two sentences are, 0..1: shared content words (stop words left
// out, words compared by their first five letters) over the smaller set.
double word_overlap(std::string_view a, std::string_view b, const LanguageData& language);
// The parts of word_overlap, for callers that compare one sentence with many:
// a sentence's content-word stems (sorted, unique), and the overlap of two
// such sets (word_overlap(a, b) == stem_overlap(content_stems(a), content_stems(b))).
std::vector<std::string> content_stems(std::string_view s, const LanguageData& language);
double stem_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace chronik
