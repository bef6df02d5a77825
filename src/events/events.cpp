#include <chronik/events.hpp>

#include "headline.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <unordered_map>

namespace chronik {

namespace {

using text::Token;
using text::TokenKind;

bool contains(std::span<const std::string_view> list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

enum class Cue : std::uint8_t { none, before, after };

// The word classes of a sentence's tokens (WordClass bits).
struct Words {
    std::span<const std::uint16_t> classes;
    bool is(std::size_t i, std::uint16_t cls) const { return i < classes.size() && (classes[i] & cls) != 0; }
};

// Classes for tokens the tagger did not classify (a sentence read again).
std::vector<std::uint16_t> classify(std::string_view text, std::span<const Token> tokens, const Grammar& grammar) {
    std::vector<std::uint16_t> out(tokens.size(), 0);
    std::string folded;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind != TokenKind::word || tokens[i].size() > 64) continue;
        text::fold_lower(tokens[i].in(text), folded);
        out[i] = grammar.word_class(folded);
    }
    return out;
}

// The clause's tense from its cue words: the first past or future cue (an
// auxiliary, a known past form, or a weak past verb right after a name or
// noun: "Nordkorea bestätigte", "Er lobte").
Tense sentence_tense(std::string_view text, std::span<const Token> tokens, const Words& w, const LanguageData& language) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (w.is(i, kPastCue)) return Tense::past;
        if (w.is(i, kFutureCue)) return Tense::future;
        const Token& t = tokens[i];
        if (t.kind != TokenKind::word || w.is(i, kKnownWord) || i == 0 || t.has(Token::upper_initial) ||
            tokens[i - 1].kind != TokenKind::word || !tokens[i - 1].has(Token::upper_initial) ||
            t.size() < language.tense.min_verb_length)
            continue;
        const std::string_view word = t.in(text);  // lower case already: its ending is what counts
        for (std::string_view suffix : language.tense.past_verb_suffixes)
            if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) return Tense::past;
    }
    return Tense::unknown;
}

struct SentenceInfo {
    text::Sentence span;
    std::span<const Token> tokens;
    Words words;
    bool analysed = false;
    std::size_t paragraph = 0;
    std::vector<const Expression*> anchors;  // the expressions that date it
    Cue cue = Cue::none;
    bool report = false;            // has a reporting verb
    bool anaphoric_report = false;  // "Das berichtet KCNA am Sonntag": about the sentences before
    bool reported_speech = false;   // subjunctive of reported speech: content, not narration
    Tense tense = Tense::unknown;
};

// A 64-bit hash for ids that stay the same from run to run and machine to
// machine (std::hash may change between library versions): eight bytes a
// step, multiply-xorshift mixing.
std::uint64_t stable_hash(std::string_view s, std::uint64_t h = 0x9E3779B97F4A7C15ULL) {
    auto mix = [](std::uint64_t x) {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDULL;
        x ^= x >> 33;
        return x;
    };
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t word;
        __builtin_memcpy(&word, s.data() + i, 8);
        h = mix(h ^ word) * 0xC4CEB9FE1A85EC53ULL;
    }
    std::uint64_t tail = 0;
    for (std::size_t k = 0; i + k < s.size(); ++k) tail |= std::uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
    return mix(h ^ tail ^ s.size());
}

// "e" and 14 hex digits: short enough to live inside std::string without a heap allocation.
std::string hex_id(std::uint64_t h) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string id(15, 'e');
    for (int i = 14; i >= 1; --i, h >>= 4) id[std::size_t(i)] = digits[h & 15];
    return id;
}

bool dates_events(const Expression& x) {
    if (x.type == TimexType::set) return false;
    if (std::holds_alternative<Period>(x.value) || std::holds_alternative<VagueRef>(x.value)) return true;
    // "vor drei Jahren": a duration that leads to a point.
    return std::holds_alternative<Duration>(x.value) && x.earliest && x.granularity;
}

EventTime time_of(const Expression& x) {
    EventTime t;
    if (const auto* v = std::get_if<VagueRef>(&x.value)) {
        t.kind = *v == VagueRef::past ? TimeKind::past : *v == VagueRef::future ? TimeKind::future : TimeKind::present;
    } else if (const auto* p = std::get_if<Period>(&x.value)) {
        t.kind = TimeKind::calendar;
        t.period = *p;
        t.mod = x.mod;
        t.minute_of_day = clock_minute(*p);
    } else {
        t.kind = TimeKind::calendar;
        t.period = Period::containing(*x.earliest, *x.granularity);
    }
    t.earliest = x.earliest;
    t.latest = x.latest;
    return t;
}

// Every sentence's tokens, one after another; `starts` gets where each sentence's begin.
void read_sentences(std::string_view text, const text::SentenceRules& rules, std::vector<Token>& tokens,
                    std::vector<std::uint32_t>& starts) {
    text::SentenceReader reader(text, rules);
    text::Sentence span;
    std::size_t from = 0;
    while (reader.next_appended(tokens, from, span)) starts.push_back(static_cast<std::uint32_t>(from));
}

}  // namespace

std::string condense_headline(std::string_view sentence_text, std::uint32_t sentence_begin,
                              const std::vector<std::pair<std::uint32_t, std::uint32_t>>& time_phrases,
                              const LanguageData& language, std::size_t max_chars) {
    std::vector<Token> tokens;
    std::vector<std::uint32_t> starts;
    read_sentences(sentence_text, grammar_for(language).sentence_rules(), tokens, starts);
    std::vector<detail::TimePhrase> local;
    for (const auto& [b, e] : time_phrases)
        local.emplace_back(b >= sentence_begin ? b - sentence_begin : 0, e >= sentence_begin ? e - sentence_begin : 0);
    return detail::build_headline(sentence_text, tokens, local, language, kHeadlineTargetChars, max_chars);
}

std::vector<std::string> content_stems(std::string_view s, const LanguageData& language) {
    std::vector<std::string> out;
    std::string word;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !(static_cast<unsigned char>(s[i]) >= 0x80 || std::isalnum(static_cast<unsigned char>(s[i])))) ++i;
        std::size_t j = i;
        while (j < s.size() && (static_cast<unsigned char>(s[j]) >= 0x80 || std::isalnum(static_cast<unsigned char>(s[j])))) ++j;
        if (j > i) {
            text::fold_lower(s.substr(i, j - i), word);
            if (word.size() >= 3 && !contains(language.narrative.stop_words, word)) {
                // Compare by the first five letters.
                out.push_back(word.substr(0, text::prefix_bytes(word, 5)));
            }
        }
        i = j;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double stem_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0.0;
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common, ++i, ++j;
        }
    }
    return double(common) / double(std::min(a.size(), b.size()));
}

double word_overlap(std::string_view a, std::string_view b, const LanguageData& language) {
    return stem_overlap(content_stems(a, language), content_stems(b, language));
}

ArticleEvents extract_events(std::string_view text, const TaggedText& tagged, std::size_t source,
                             const LanguageData& language) {
    const Grammar& grammar = grammar_for(language);
    ArticleEvents out;
    if (!tagged.published && tagged.sentences.empty()) return out;  // no words

    // --- sentences and paragraphs (the tagger's tokens, or read again)
    std::vector<Token> own_tokens;
    std::vector<std::uint16_t> own_classes;
    std::vector<std::uint32_t> own_starts;
    const std::vector<Token>* all_tokens = &tagged.tokens;
    const std::vector<std::uint16_t>* all_classes = &tagged.token_classes;
    const std::vector<std::uint32_t>* starts = &tagged.sentence_tokens;
    if (tagged.sentence_tokens.size() != tagged.sentences.size() || tagged.token_classes.size() != tagged.tokens.size()) {
        read_sentences(text, grammar.sentence_rules(), own_tokens, own_starts);
        own_classes = classify(text, own_tokens, grammar);
        all_tokens = &own_tokens;
        all_classes = &own_classes;
        starts = &own_starts;
    }
    std::vector<SentenceInfo> sentences(std::min(tagged.sentences.size(), starts->size()));
    std::size_t paragraph = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        SentenceInfo& s = sentences[i];
        s.span = tagged.sentences[i];
        const std::size_t first = (*starts)[i];
        const std::size_t last = i + 1 < starts->size() ? (*starts)[i + 1] : all_tokens->size();
        s.tokens = std::span<const Token>(all_tokens->data() + first, last - first);
        s.words = Words{std::span<const std::uint16_t>(all_classes->data() + first, last - first)};
        if (i > 0 && !s.tokens.empty() && s.tokens.front().has(Token::newline_before)) ++paragraph;
        s.paragraph = paragraph;
        // A cue among the first words ("Zuvor", "Kurz darauf", "Bereits zuvor").
        for (std::size_t k = 0, seen = 0; k < s.tokens.size() && seen < 3; ++k) {
            if (s.tokens[k].kind != TokenKind::word) continue;
            ++seen;
            if (s.words.is(k, kBeforeCue)) s.cue = Cue::before;
            else if (s.words.is(k, kAfterCue)) s.cue = Cue::after;
            if (s.cue != Cue::none) break;
        }
    }
    for (const Expression& x : tagged.expressions) {
        if (x.sentence >= sentences.size() || !dates_events(x)) continue;
        if (tagged.dateline_begin && x.begin == *tagged.dateline_begin) continue;
        sentences[x.sentence].anchors.push_back(&x);
    }
    // What a sentence says beyond its dates: reports, reported speech, tense.
    // Only asked of the sentences that can become events.
    auto analyse = [&](SentenceInfo& s) -> SentenceInfo& {
        if (s.analysed) return s;
        s.analysed = true;
        for (std::size_t i = 0; i < s.tokens.size(); ++i) {
            s.report = s.report || s.words.is(i, kReporting);
            s.reported_speech = s.reported_speech || s.words.is(i, kReportedSpeech);
        }
        std::size_t first_word = 0;
        while (first_word < s.tokens.size() && s.tokens[first_word].kind != TokenKind::word) ++first_word;
        s.anaphoric_report = first_word + 1 < s.tokens.size() && s.words.is(first_word, kAnaphoric) &&
                             s.words.is(first_word + 1, kReporting);
        s.tense = sentence_tense(text, s.tokens, s.words, language);
        return s;
    };
    // A date that describes a thing ("der 1950 gegründete Verein", "Jahrgang
    // 2013") says nothing of when the sentence's event happened.
    const NarrativeRules& narrative = language.narrative;
    auto lower_word = [&](const Token& t) {
        std::string folded;
        text::fold_lower(t.in(text), folded);
        return folded;
    };
    auto listed = [](std::string_view w, std::span<const std::string_view> list) {
        return std::find(list.begin(), list.end(), w) != list.end();
    };
    auto attributive = [&](const SentenceInfo& s, const Expression& x) {
        auto starting_before = [&](std::uint32_t at) {
            return std::size_t(std::partition_point(s.tokens.begin(), s.tokens.end(),
                                                    [&](const Token& t) { return t.begin < at; }) -
                               s.tokens.begin());
        };
        const std::size_t first = starting_before(x.phrase_begin), after = starting_before(x.end);
        if (first == 0 || first == s.tokens.size()) return false;
        const Token& before = s.tokens[first - 1];
        if (before.kind == TokenKind::word && listed(lower_word(before), narrative.attribute_nouns)) return true;
        if (!s.words.is(first - 1, kDeterminer) || after + 1 >= s.tokens.size()) return false;
        const Token& participle = s.tokens[after];
        const Token& noun = s.tokens[after + 1];
        if (participle.kind != TokenKind::word || participle.has(Token::upper_initial) || noun.kind != TokenKind::word ||
            !noun.has(Token::upper_initial))
            return false;
        const std::string_view w = participle.in(text);
        return std::any_of(narrative.attributive_endings.begin(), narrative.attributive_endings.end(),
                           [&](std::string_view ending) { return w.size() > ending.size() + 3 && w.ends_with(ending); });
    };
    for (SentenceInfo& s : sentences) {
        std::erase_if(s.anchors, [&](const Expression* x) { return attributive(s, *x); });
        if (s.anchors.empty()) continue;
        analyse(s);
        // Dates inside a hypothetical clause ("ob Truppen in Zukunft eingesetzt
        // würden") are not asserted: they date nothing.
        std::erase_if(s.anchors, [&](const Expression* x) {
            for (std::size_t i = s.tokens.size(); i-- > 0;) {
                const Token& t = s.tokens[i];
                if (t.begin >= x->phrase_begin) continue;
                if (t.kind == TokenKind::punct && (t.in(text) == "," || t.in(text) == ";" || t.in(text) == ":"))
                    return false;
                if (s.words.is(i, kHypothetical)) return true;
            }
            return false;
        });
    }

    // --- events
    auto sentence_text = [&](const SentenceInfo& s) {
        return std::string(text.substr(s.span.begin, s.span.end - s.span.begin));
    };
    const std::uint64_t published_hash = stable_hash(tagged.published ? iso_date(*tagged.published) : std::string());
    auto make_event = [&](const std::vector<std::size_t>& told_in, const std::vector<const Expression*>& anchors) {
        Event e;
        std::uint64_t hash = published_hash;
        for (std::size_t i : told_in) {
            EventMention m;
            m.source = source;
            m.sentence_begin = sentences[i].span.begin;
            m.sentence_end = sentences[i].span.end;
            m.sentence = sentence_text(sentences[i]);
            for (const Expression* x : anchors) {
                if (x->sentence != i) continue;
                m.anchors.push_back(TimeAnchor{std::string(text.substr(x->phrase_begin, x->end - x->phrase_begin)),
                                               timex3(x->value), x->phrase_begin, x->end});
            }
            // The offset too: an article may repeat a sentence word for word.
            hash = stable_hash(m.sentence, hash) ^ (std::uint64_t(m.sentence_begin) * 0x9E3779B97F4A7C15ULL);
            e.mentions.push_back(std::move(m));
        }
        e.id = hex_id(hash);
        const SentenceInfo& main = sentences[told_in.back()];
        thread_local std::vector<detail::TimePhrase> phrases;
        phrases.clear();
        for (const Expression* x : anchors) phrases.emplace_back(x->phrase_begin, x->end);
        e.headline = detail::build_headline(text, main.tokens, phrases, language, kHeadlineTargetChars, kMaxHeadlineChars);
        return e;
    };
    auto link = [&](std::size_t from, std::size_t to) { out.links.push_back(Link{from, to, Order::before, true}); };

    struct Told {
        std::size_t event;
        std::size_t sentence;
    };
    std::optional<Told> last;            // the event told last (for continuations)
    std::optional<std::size_t> last_calendar;  // the last event with a calendar date (what cues refer to)
    std::vector<std::size_t> content_events;   // told only as what a dated report refers back to
    std::vector<std::size_t> report_of;        // for each content event: its report

    for (std::size_t i = 0; i < sentences.size(); ++i) {
        SentenceInfo& s = sentences[i];
        // "Dies berichtete der Bürgermeister gestern." right after a dated
        // sentence of its paragraph: it says who told that event, and is no
        // event of its own (its headline would be "Der Bürgermeister berichtete").
        if (!s.anchors.empty() && s.anaphoric_report && last && last->sentence + 1 == i &&
            sentences[last->sentence].paragraph == s.paragraph && !sentences[last->sentence].anchors.empty())
            continue;
        if (!s.anchors.empty()) {
            // Which expression dates the event: a calendar date before a vague
            // one; in a report with several dates, the earliest (events happen
            // before they are reported).
            std::vector<const Expression*> calendar;
            for (const Expression* x : s.anchors)
                if (!std::holds_alternative<VagueRef>(x->value)) calendar.push_back(x);
            const Expression* primary = calendar.empty() ? s.anchors.front() : calendar.front();
            if (s.report && calendar.size() > 1)
                primary = *std::min_element(calendar.begin(), calendar.end(),
                                            [](const Expression* a, const Expression* b) { return *a->earliest < *b->earliest; });
            Event e = make_event({i}, s.anchors);
            e.when = time_of(*primary);
            // A range: "von 1998 bis 2005", "zwischen 2014 und 2022".
            auto it = std::find(calendar.begin(), calendar.end(), primary);
            if (it != calendar.end() && it + 1 != calendar.end() && std::holds_alternative<Period>((*it)->value) &&
                std::holds_alternative<Period>((*(it + 1))->value)) {
                const Expression* close = *(it + 1);
                if (close->closes_range && close->latest && primary->earliest && *close->latest > *primary->earliest) {
                    e.when.until = std::get<Period>(close->value);
                    e.when.latest = close->latest;
                }
            }
            // A clock time of the same day ("am Samstag um 20.30 Uhr"): the
            // event keeps the day it is dated by and the time of day.
            if (!e.when.minute_of_day && e.when.kind == TimeKind::calendar && e.when.earliest &&
                e.when.earliest == e.when.latest) {
                for (const Expression* x : s.anchors) {
                    const auto* p = std::get_if<Period>(&x->value);
                    if (p && clock_minute(*p) && p->first_day() == *e.when.earliest) {
                        e.when.minute_of_day = clock_minute(*p);
                        break;
                    }
                }
            }
            const std::size_t index = out.events.size();
            out.events.push_back(std::move(e));
            // Reported content: the sentences of this paragraph that this report refers back to.
            if (s.anaphoric_report) {
                std::vector<std::size_t> content;
                for (std::size_t k = i; k-- > 0 && sentences[k].paragraph == s.paragraph;) {
                    if (!sentences[k].anchors.empty() || (last && last->sentence == k)) break;
                    content.insert(content.begin(), k);
                }
                if (!content.empty()) {
                    Event c = make_event(content, {});
                    out.events.push_back(std::move(c));
                    content_events.push_back(out.events.size() - 1);
                    report_of.push_back(index);
                    link(out.events.size() - 1, index);
                }
            }
            // A vague past told just before a dated event of the same paragraph precedes it.
            if (last && sentences[last->sentence].paragraph == s.paragraph &&
                out.events[last->event].when.kind == TimeKind::past && out.events[index].when.kind == TimeKind::calendar)
                link(last->event, index);
            if (out.events[index].when.kind == TimeKind::calendar && !s.anaphoric_report) last_calendar = index;
            last = Told{index, i};
            continue;
        }
        const bool continues = last && last->sentence + 1 == i && sentences[last->sentence].paragraph == s.paragraph &&
                               analyse(s).tense == Tense::past && !s.report && !s.reported_speech;
        if (s.cue != Cue::none && last_calendar) {
            out.events.push_back(make_event({i}, {}));
            const std::size_t index = out.events.size() - 1;
            if (s.cue == Cue::before) link(index, *last_calendar);
            else link(*last_calendar, index);
            last = Told{index, i};
        } else if (continues) {
            out.events.push_back(make_event({i}, {}));
            const std::size_t index = out.events.size() - 1;
            link(last->event, index);
            last = Told{index, i};
        }
    }

    // Reported content joins the dated event it tells about, when one of the
    // article's events before the report shares its words ("Kim sagte bei
    // einem Treffen mit Lawrow ..." is the meeting "Lawrow hatte Kim am
    // Samstag getroffen"). Of several such events, the latest: news reports
    // what just happened.
    //
    // The candidates are found by their stems: the dated events filed under
    // each stem of their first sentence without its dates, once, so that a
    // content event is compared only with events that share a stem with it
    // (an overlap needs one) rather than with every event of the article.
    std::vector<char> removed(out.events.size(), 0);
    std::vector<std::vector<std::string>> candidate_stems;
    std::unordered_map<std::string, std::vector<std::size_t>> by_stem;
    if (!content_events.empty()) {
        candidate_stems.resize(out.events.size());
        for (std::size_t d = 0; d < out.events.size(); ++d) {
            const Event& candidate = out.events[d];
            if (candidate.when.kind != TimeKind::calendar || !candidate.when.latest) continue;
            std::string words = candidate.mentions.front().sentence;
            for (const auto& a : candidate.mentions.front().anchors) {
                const auto at = words.find(a.text);
                if (at != std::string::npos) words.erase(at, a.text.size());
            }
            candidate_stems[d] = content_stems(words, language);
            for (const std::string& stem : candidate_stems[d]) by_stem[stem].push_back(d);
        }
    }
    std::vector<std::size_t> candidates;
    for (std::size_t c = 0; c < content_events.size(); ++c) {
        const std::size_t ce = content_events[c];
        const Event& report = out.events[report_of[c]];
        std::size_t best = out.events.size();
        const double kSameEvent = 0.4;  // shared words below this: not the same event
        if (!report.when.earliest) continue;
        std::string content;
        for (const auto& m : out.events[ce].mentions) content += m.sentence + " ";
        const std::vector<std::string> stems = content_stems(content, language);
        candidates.clear();
        for (const std::string& stem : stems)
            if (const auto it = by_stem.find(stem); it != by_stem.end())
                candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (const std::size_t d : candidates) {
            const Event& candidate = out.events[d];
            if (d == ce || d == report_of[c] || removed[d]) continue;
            if (*candidate.when.latest > *report.when.earliest) continue;
            if (stem_overlap(stems, candidate_stems[d]) < kSameEvent) continue;
            if (best == out.events.size() || *candidate.when.latest > *out.events[best].when.latest) best = d;
        }
        if (best == out.events.size()) continue;
        for (auto& m : out.events[ce].mentions) out.events[best].mentions.push_back(std::move(m));
        removed[ce] = 1;
    }
    if (std::find(removed.begin(), removed.end(), 1) != removed.end()) {
        std::vector<std::size_t> renumber(out.events.size(), SIZE_MAX);
        std::vector<Event> kept;
        for (std::size_t i = 0; i < out.events.size(); ++i) {
            if (removed[i]) continue;
            renumber[i] = kept.size();
            kept.push_back(std::move(out.events[i]));
        }
        std::vector<Link> links;
        for (const Link& l : out.links)
            if (renumber[l.from] != SIZE_MAX && renumber[l.to] != SIZE_MAX)
                links.push_back(Link{renumber[l.from], renumber[l.to], l.order, l.from_cue});
        out.events = std::move(kept);
        out.links = std::move(links);
    }

    // --- salience within the article
    std::vector<std::uint32_t> begins;
    begins.reserve(sentences.size());
    for (const SentenceInfo& s : sentences) begins.push_back(s.span.begin);
    auto sentence_at = [&](std::uint32_t begin) {
        const auto it = std::upper_bound(begins.begin(), begins.end(), begin);
        return it == begins.begin() ? std::size_t(0) : std::size_t(it - begins.begin() - 1);
    };
    // The share of a sentence's bytes inside quotation marks.
    auto quoted_share = [&](const SentenceInfo& s) {
        std::size_t inside = 0, open_at = 0;
        bool open = false;
        for (const Token& t : s.tokens) {
            if (t.kind == TokenKind::word) continue;
            const std::string_view p = t.in(text);
            const bool opening = p == "\u201e" || p == "\u00bb" || p == "\u201c" || p == "\"";
            const bool closing = p == "\u201c" || p == "\u00ab" || p == "\u201d" || p == "\"";
            if (open && closing) {
                inside += t.begin - open_at;
                open = false;
            } else if (!open && opening) {
                open = true;
                open_at = t.end;
            }
        }
        const std::size_t length = s.span.end - s.span.begin;
        return length == 0 ? 0.0 : double(inside) / double(length);
    };
    std::vector<SalienceCues> cues(out.events.size());
    for (std::size_t k = 0; k < out.events.size(); ++k) {
        const Event& e = out.events[k];
        std::size_t first = SIZE_MAX;
        for (const EventMention& m : e.mentions) first = std::min(first, sentence_at(m.sentence_begin));
        if (first >= sentences.size()) continue;
        cues[k].sentence = first;
        // Told only as a quote (or only hypothetically): by no sentence the article asserts.
        cues[k].quote = cues[k].hypothetical = true;
        for (const EventMention& m : e.mentions) {
            SentenceInfo& s = analyse(sentences[sentence_at(m.sentence_begin)]);
            const bool quote = s.reported_speech || (s.report && !s.anaphoric_report) || quoted_share(s) > 0.5;
            bool hypothetical = false;
            for (std::size_t i = 0; i < s.tokens.size() && !hypothetical; ++i) hypothetical = s.words.is(i, kHypothetical);
            cues[k].quote = cues[k].quote && quote;
            cues[k].hypothetical = cues[k].hypothetical && hypothetical;
        }
    }
    // The main report: of the calendar events the article asserts (no quote, no
    // hypothetical) in its lead (the first paragraph, or the first three
    // sentences), the first dated within a week or two of
    // the publication (reports and announcements); else the lead's first
    // calendar event; else the article's.
    {
        std::optional<std::size_t> main, lead_first, any_first;
        for (std::size_t k = 0; k < out.events.size(); ++k) {
            const Event& e = out.events[k];
            if (e.when.kind != TimeKind::calendar || cues[k].hypothetical || cues[k].quote) continue;
            const std::size_t at = cues[k].sentence;
            if (!any_first || at < cues[*any_first].sentence) any_first = k;
            const bool in_lead = at <= 2 || sentences[at].paragraph == sentences.front().paragraph;
            if (!in_lead) continue;
            if (!lead_first || at < cues[*lead_first].sentence) lead_first = k;
            if (tagged.published && e.when.earliest && e.when.latest) {
                const date::sys_days day{*tagged.published};
                const bool near = *e.when.latest >= day - date::days{14} && *e.when.earliest <= day + date::days{14} &&
                                  (*e.when.latest - *e.when.earliest).count() <= 31;
                if (near && (!main || at < cues[*main].sentence)) main = k;
            }
        }
        if (!main) main = lead_first ? lead_first : any_first;
        if (main) cues[*main].main_report = true;
    }
    for (std::size_t k = 0; k < out.events.size(); ++k)
        out.events[k].salience = article_salience(out.events[k].when, cues[k]);
    return out;
}

}  // namespace chronik
