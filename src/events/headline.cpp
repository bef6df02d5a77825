// Headlines a copy desk accepts: the sentence with whole constituents left
// out, never a word cut or split.
//
// The sentence is first grouped into units — a word with what is glued to it
// ("Arbeitnehmer-Vorstand", "2007/08", "13.", "Kinder-"), or one mark of
// punctuation — and every decision keeps or drops whole units. What goes:
//   always   the time phrases (with their preposition and a focus particle:
//            "bereits im Juni", "für 2014 und 2015", "in der Saison 2007/08"),
//            brackets and dashed insertions, reporting frames (", sagte X",
//            "laut X", "X sagte, ...", a quote's frame), a speaker's label
//            ("Blaas: ..."), a leading "Und"/"Aber";
//   if long  appositions and relative clauses, particles ("nämlich"), a
//            leading subordinate clause, then everything after the last
//            clause boundary that leaves a headline within the target;
//   at last  a cut with "…" after a word that can end a phrase.
// In verb-second languages the subject moves before the finite verb when a
// fronted phrase was dropped ("Im April bestätigte Nordkorea" → "Nordkorea
// bestätigte"); if no subject is found, the fronted phrase stays.
#include "headline.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace chronik::detail {

namespace {

using text::Token;
using text::TokenKind;

// What a word is to a headline (bits; a word can be several).
enum HeadlineWord : std::uint32_t {
    hDeterminer = 1u << 0,
    hPreposition = 1u << 1,
    hPronoun = 1u << 2,
    hRelative = 1u << 3,
    hSubordinator = 1u << 4,
    hClauseOpener = 1u << 5,
    hConnective = 1u << 6,
    hFocus = 1u << 7,
    hTimeNoun = 1u << 8,
    hParticle = 1u << 9,
    hReporting = 1u << 10,
    hSourcePreposition = 1u << 11,
    hFrameOpener = 1u << 12,
    hSourceFrame = 1u << 13,
    hAnaphoric = 1u << 14,
    hConjunction = 1u << 15,
    hGenitive = 1u << 16,
    hInfinitive = 1u << 17,
    hSupportNoun = 1u << 18,
    hComplementizer = 1u << 19,
    hSalutation = 1u << 20,
};
// Words that open a phrase or join two: never the last word before a cut,
// never an adjective or a verb.
constexpr std::uint32_t kFunctionWord =
    hDeterminer | hPreposition | hRelative | hSubordinator | hClauseOpener | hConjunction | hSourcePreposition;

// The headline words of one language, looked up by lower-case form.
class HeadlineLexicon {
public:
    explicit HeadlineLexicon(const LanguageData& language) {
        const NarrativeRules& n = language.narrative;
        add(n.determiners, hDeterminer);
        add(n.prepositions, hPreposition);
        add(n.pronouns, hPronoun);
        add(n.relative_pronouns, hRelative);
        add(n.subordinators, hSubordinator);
        add(n.clause_openers, hClauseOpener);
        add(n.connectives, hConnective);
        add(n.focus_particles, hFocus);
        add(n.time_nouns, hTimeNoun);
        add(n.particles, hParticle);
        add(n.reporting_verbs, hReporting);
        add(n.source_prepositions, hSourcePreposition);
        add(n.frame_openers, hFrameOpener);
        add(n.source_frames, hSourceFrame);
        add(n.anaphoric_subjects, hAnaphoric);
        add(n.conjunctions, hConjunction);
        add(n.genitive_determiners, hGenitive);
        add(n.infinitive_markers, hInfinitive);
        add(n.support_verb_nouns, hSupportNoun);
        add(n.complementizers, hComplementizer);
        add(n.salutations, hSalutation);
    }
    std::uint32_t classes(std::string_view word, std::string& scratch) const {
        if (word.size() > 40) return 0;
        text::fold_lower(word, scratch);
        const auto it = words_.find(scratch);
        return it == words_.end() ? 0 : it->second;
    }

private:
    void add(std::span<const std::string_view> list, std::uint32_t cls) {
        std::string folded;
        for (std::string_view w : list) {
            text::fold_lower(w, folded);
            words_[folded] |= cls;
        }
    }
    std::unordered_map<std::string, std::uint32_t> words_;
};

const HeadlineLexicon& lexicon_for(const LanguageData& language) {
    static std::mutex mutex;
    static std::map<const LanguageData*, std::unique_ptr<HeadlineLexicon>> cache;
    std::lock_guard lock(mutex);
    auto& l = cache[&language];
    if (!l) l = std::make_unique<HeadlineLexicon>(language);
    return *l;
}

enum class Kind : std::uint8_t { word, comma, stop, colon, semicolon, open, close, quote_open, quote_close, dash, other };

struct Unit {
    std::uint32_t begin = 0;  // bytes in the text
    std::uint32_t end = 0;
    Kind kind = Kind::other;
    bool space_before = false;
    bool upper = false;   // a word that starts with an upper-case letter
    bool lower = false;   // a word that starts with a lower-case letter
    std::uint32_t cls = 0;
    bool is(std::uint32_t c) const { return kind == Kind::word && (cls & c) != 0; }
};

// Why a unit is left out (none: it is kept).
enum Drop : std::uint8_t { none = 0, time_phrase, frame, bracket, leading, clause, particle, cut, stray };

bool is_any(std::string_view s, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// The first letter in upper case (ASCII and Latin-1), after any opening
// marks ("„die" → "„Die"); a headline that starts with a digit stays as it is.
void capitalize(std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (std::isalnum(c)) break;
            ++i;
        } else if (c >= 0xE2) {  // a mark of three or four bytes („ » –): skip it
            ++i;
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        } else {
            break;  // a letter
        }
    }
    if (i >= s.size()) return;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'a' && c <= 'z') {
        s[i] = char(c - 32);
    } else if (c == 0xC3 && i + 1 < s.size()) {
        const auto d = static_cast<unsigned char>(s[i + 1]);
        if (d >= 0xA0 && d <= 0xBE && d != 0xB7) s[i + 1] = char(d - 0x20);
    }
}

class Headline {
public:
    Headline(std::string_view text, std::span<const Token> tokens, const LanguageData& language)
        : text_(text), lexicon_(lexicon_for(language)), verb_second_(language.narrative.verb_second),
          capitalised_nouns_(language.narrative.capitalised_nouns) {
        group(tokens);
        drop_.assign(units_.size(), none);
        in_time_phrase_.assign(units_.size(), 0);
    }

    std::string build(std::span<const TimePhrase> phrases, std::size_t target, std::size_t max_chars) {
        if (units_.empty()) return {};
        drop_time_phrases(phrases);
        drop_brackets();
        drop_frames();
        drop_leading();
        front_subject();
        if (width() > target) shorten(target, max_chars);
        std::string out = render();
        if (code_points(out) > max_chars) out = cut_with_ellipsis(max_chars);
        // Once, on the headline chosen (render runs for every candidate).
        return text::typographic_quotes(out);
    }

private:
    // ---- units

    static bool joiner(std::string_view p) {
        return is_any(p, {"-", "/", ".", "'", "\xE2\x80\x99", "&", "+", "_", "@", "\xC2\xB7", "\xE2\x80\x93", "?", "!"});
    }
    // Joins two numbers only: "0,7", "10:30".
    static bool number_joiner(std::string_view p) { return p == "," || p == ":"; }
    static bool glued_suffix(std::string_view p) {
        return is_any(p, {"%", "\xE2\x82\xAC", "\xC2\xB0", "$", "\xC2\xB2", "\xC2\xB3"});
    }

    // Whether tokens[from, end) are only closing quotes and brackets (what may follow a final stop).
    bool only_closers_after(std::span<const Token> tokens, std::size_t from) const {
        for (std::size_t k = from; k < tokens.size(); ++k) {
            const std::string_view p = tokens[k].in(text_);
            if (tokens[k].kind != TokenKind::punct ||
                !is_any(p, {"\"", "'", ")", "]", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\xC2\xAB"}))
                return false;
        }
        return true;
    }

    void group(std::span<const Token> tokens) {
        const std::size_t n = tokens.size();
        auto wordish = [&](std::size_t i) { return i < n && tokens[i].kind != TokenKind::punct; };
        auto glued = [&](std::size_t i) { return i < n && !tokens[i].has(Token::space_before); };
        std::string scratch;
        std::size_t i = 0;
        while (i < n) {
            const Token& t = tokens[i];
            const std::string_view p = t.in(text_);
            Unit u;
            u.begin = t.begin;
            u.space_before = t.has(Token::space_before) || i == 0;
            std::size_t j = i;  // last token of the unit
            const bool leading_hyphen = t.kind == TokenKind::punct && p == "-" && wordish(i + 1) && glued(i + 1) &&
                                        (i == 0 || t.has(Token::space_before));
            if (t.kind != TokenKind::punct || leading_hyphen) {
                u.kind = Kind::word;
                if (leading_hyphen) j = i + 1;
                while (true) {
                    if (wordish(j + 1) && glued(j + 1)) {
                        ++j;
                        continue;
                    }
                    if (j + 1 < n && glued(j + 1) && tokens[j + 1].kind == TokenKind::punct) {
                        const std::string_view q = tokens[j + 1].in(text_);
                        if ((joiner(q) || (number_joiner(q) && tokens[j].kind == TokenKind::number &&
                                           j + 2 < n && tokens[j + 2].kind == TokenKind::number)) &&
                            wordish(j + 2) && glued(j + 2)) {
                            j += 2;
                            continue;
                        }
                        // Several joiners in a row: "K.-o.-Tropfen".
                        std::size_t m = j + 1;
                        while (m < n && glued(m) && tokens[m].kind == TokenKind::punct && joiner(tokens[m].in(text_))) ++m;
                        if (m > j + 2 && wordish(m) && glued(m)) {
                            j = m;
                            continue;
                        }
                        // "Kinder- und Jugendpsychiatrie": a suspended compound.
                        if (q == "-" && (j + 2 >= n || !glued(j + 2) || tokens[j + 2].in(text_) == ",")) {
                            ++j;
                            break;
                        }
                        // An abbreviation's dot inside the sentence ("Dr. Conca"), an
                        // ordinal's ("13. Juli", "am 11., 18. und 25. März").
                        if (q == "." && j + 2 < n &&
                            (!glued(j + 2) || (tokens[j].kind == TokenKind::number && !only_closers_after(tokens, j + 2)))) {
                            ++j;
                            break;
                        }
                        if (glued_suffix(q)) {
                            ++j;
                            continue;
                        }
                    }
                    break;
                }
                const std::size_t first_word = leading_hyphen ? i + 1 : i;
                u.upper = tokens[first_word].has(Token::upper_initial);
                u.lower = tokens[first_word].kind == TokenKind::word && !u.upper;
                u.cls = lexicon_.classes(text_.substr(t.begin, tokens[j].end - t.begin), scratch);
            } else if (p == ",") {
                u.kind = Kind::comma;
            } else if (is_any(p, {".", "!", "?", "\xE2\x80\xA6"})) {
                u.kind = Kind::stop;
            } else if (p == ":") {
                u.kind = Kind::colon;
            } else if (p == ";") {
                u.kind = Kind::semicolon;
            } else if (p == "(" || p == "[") {
                u.kind = Kind::open;
            } else if (p == ")" || p == "]") {
                u.kind = Kind::close;
            } else if (is_any(p, {"\xE2\x80\x9E", "\xE2\x80\x9A", "`"})) {  // „ ‚ and wire copy's ` open
                u.kind = Kind::quote_open;
            } else if (is_any(p, {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xBB",
                                  "\xC2\xAB"})) {
                // Open where it stands before a word, close where it follows one.
                const bool before_word = i + 1 < n && glued(i + 1) && tokens[i + 1].kind != TokenKind::punct;
                u.kind = (t.has(Token::space_before) || i == 0) && before_word ? Kind::quote_open : Kind::quote_close;
            } else if (is_any(p, {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) && t.has(Token::space_before)) {
                u.kind = Kind::dash;
            }
            u.end = tokens[j].end;
            units_.push_back(u);
            i = j + 1;
        }
    }

    bool kept(std::size_t i) const { return i < units_.size() && drop_[i] == none; }
    bool word(std::size_t i) const { return i < units_.size() && units_[i].kind == Kind::word; }
    // Kept words in [from, to).
    std::size_t kept_words(std::size_t from = 0, std::size_t to = SIZE_MAX) const {
        std::size_t n = 0;
        for (std::size_t i = from; i < std::min(to, units_.size()); ++i) n += kept(i) && word(i);
        return n;
    }
    // The last kept word in [from, to), or `to` when there is none.
    std::size_t last_kept_word(std::size_t from, std::size_t to) const {
        for (std::size_t i = std::min(to, units_.size()); i-- > from;)
            if (kept(i) && word(i)) return i;
        return to;
    }
    void drop(std::size_t from, std::size_t to, Drop why) {  // [from, to)
        for (std::size_t i = from; i < to && i < units_.size(); ++i)
            if (drop_[i] == none) drop_[i] = why;
    }
    // A unit that may stand as an adjective or a verb: a lower-case word that is no function word.
    bool content_lower(std::size_t i) const {
        return word(i) && units_[i].lower && !units_[i].is(kFunctionWord | hPronoun);
    }

    // Whether what is left out took away what a kept word needs: an
    // article's or a preposition's noun ("auf den [7. Dezember] verschoben"),
    // both sides of a conjunction ("Erstkommunion, [Fronleichnam] und").
    // Measured against the sentence: only what the dropping changed counts.
    bool orphaned() const { return orphan() < units_.size(); }

    // The left-out unit that orphans a kept word, or units_.size().
    std::size_t orphan() const {
        const std::size_t n = units_.size();
        for (std::size_t k = 0; k < n; ++k) {
            if (!kept(k) || !word(k)) continue;
            const Unit& u = units_[k];
            if (u.is(hDeterminer | hPreposition) && !u.upper) {
                // Its noun in the sentence: past articles, adjectives and numbers, the first capitalised word.
                std::size_t m = k + 1;
                while (m < n && word(m) && !units_[m].upper && !units_[m].is(kFunctionWord & ~hDeterminer) && m < k + 5) ++m;
                const bool has_noun = m < n && word(m) && units_[m].upper;
                if (!has_noun) continue;  // a pronoun ("die einen"), a particle ("zielt darauf ab")
                for (std::size_t j = k + 1; j <= m; ++j)
                    if (drop_[j] != none && drop_[j] != particle) return j;
            } else if (u.is(hConjunction)) {
                std::size_t prev = k, next = k + 1;
                while (prev > 0 && !kept(prev - 1)) --prev;
                while (next < n && !kept(next)) ++next;
                const bool left_gone = prev == 0 || (prev < k && !word(prev - 1));
                const bool right_gone = next >= n || !word(next);
                const bool was_left = k > 0 && !word(k - 1);
                const bool was_right = k + 1 >= n || !word(k + 1);
                if (left_gone && !was_left) return k - 1;
                if (right_gone && !was_right) return k + 1;
            }
        }
        return n;
    }

    // ---- always dropped

    void drop_time_phrases(std::span<const TimePhrase> phrases) {
        if (phrases.empty()) return;
        const std::vector<Drop> before = drop_;
        for (const auto& [b, e] : phrases) {
            std::size_t first = units_.size(), last = 0;
            bool inside_word = false;
            for (std::size_t k = 0; k < units_.size(); ++k) {
                const Unit& u = units_[k];
                if (u.end <= b || u.begin >= e) continue;
                if (u.begin < b || u.end > e) {
                    // Part of a unit: "MIP-Montag" keeps its Montag; "2007/08" goes whole.
                    for (std::size_t c = u.begin; c < u.end && !inside_word; ++c) {
                        if (c >= b && c < e) continue;
                        const auto ch = static_cast<unsigned char>(text_[c]);
                        inside_word = std::isalpha(ch) || ch >= 0x80;
                    }
                }
                first = std::min(first, k);
                last = std::max(last, k);
            }
            if (first > last || inside_word) continue;
            for (std::size_t k = first; k <= last; ++k) in_time_phrase_[k] = 1;
            // The noun of an article's phrase ("des Abends", "der ehemalige Präsident") stays.
            if (first > 0 && units_[first - 1].is(hDeterminer) && !(first > 1 && units_[first - 2].is(hPreposition)))
                continue;
            // A date before a lower-case noun describes it where nouns are not
            // capitalised: "for the November 1995 assassination" stays whole.
            if (!capitalised_nouns_ && last + 1 < units_.size() && content_lower(last + 1)) {
                bool article = first > 0 && units_[first - 1].is(hDeterminer);
                for (std::size_t k = first; k <= last && !article; ++k) article = units_[k].is(hDeterminer);
                if (article) continue;
            }
            drop(first, last + 1, time_phrase);
            extend_back(first, last);
            // "1925/ 26": the other half of a split year.
            if (last + 2 < units_.size() && kept(last + 1) && units_[last + 1].kind == Kind::other &&
                (text_.substr(units_[last + 1].begin, 1) == "/" || text_.substr(units_[last + 1].begin, 1) == "-") &&
                word(last + 2) && std::isdigit(static_cast<unsigned char>(text_[units_[last + 2].begin])))
                drop(last + 1, last + 3, time_phrase);
        }
        // What joined two dropped phrases goes with them: "für 2014 und 2015",
        // "am 16. und 17. sowie am 23. Jänner", "Am Donnerstag, 18. Dezember".
        auto joins = [&](std::size_t k) {
            const Unit& u = units_[k];
            const std::string_view p = text_.substr(u.begin, u.end - u.begin);
            return u.is(hConjunction) || u.kind == Kind::comma || u.kind == Kind::dash || p == "/" || p == "-";
        };
        for (std::size_t k = 1; k + 1 < units_.size(); ++k) {
            if (!kept(k) || drop_[k - 1] != time_phrase || !joins(k)) continue;
            std::size_t m = k;
            while (m < units_.size() && kept(m) && joins(m)) ++m;
            if (m < units_.size() && drop_[m] == time_phrase) drop(k, m, time_phrase);
            k = m;
        }
        // A comma pair around nothing but dates: "An zwei Wochenenden, am 16. Jänner, werden ...".
        for (std::size_t k = 0; k < units_.size(); ++k) {
            if (!kept(k) || units_[k].kind != Kind::comma) continue;
            std::size_t m = k + 1;
            while (m < units_.size() && drop_[m] == time_phrase) ++m;
            if (m == k + 1 || m >= units_.size()) continue;
            if (kept(m) && units_[m].kind == Kind::comma) {
                drop_[k] = time_phrase;
                drop_[m] = time_phrase;
            }
        }
        // A date a kept word needs stays, with the dates joined to it: "das
        // Fest der Erstkommunion, Fronleichnam und …" (a holiday in a list of things).
        for (std::size_t guard = 0; guard < units_.size(); ++guard) {
            const std::size_t o = orphan();
            if (o >= units_.size() || drop_[o] != time_phrase) break;
            std::size_t from = o, to = o + 1;
            while (from > 0 && drop_[from - 1] == time_phrase) --from;
            while (to < units_.size() && drop_[to] == time_phrase) ++to;
            for (std::size_t k = from; k < to; ++k) drop_[k] = none;
        }
        // Nothing left to tell: the headline keeps its dates ("Termin: 25. und 26. August").
        if (kept_words() < 2) drop_ = before;
    }

    // The words before a dropped time phrase [first, last] that belong to it.
    void extend_back(std::size_t first, std::size_t last) {
        std::size_t p = first;
        auto before = [&](std::uint32_t cls) { return p > 0 && kept(p - 1) && units_[p - 1].is(cls); };
        auto focus = [&] {
            while (before(hFocus)) drop_[--p] = time_phrase;
        };
        focus();
        // "am heutigen Samstag", "an diesem kommenden Montag": the adjectives
        // go with the date when an article or a preposition opens them. Only
        // where nouns are capitalised is a lower-case word before the date an
        // adjective ("the job figures for January": nouns; "that began last fall": a verb).
        if (capitalised_nouns_) {
            std::size_t q = p;
            while (q > 0 && q + 2 > p && kept(q - 1) && content_lower(q - 1)) --q;
            if (q < p && q > 0 && kept(q - 1) && units_[q - 1].is(hDeterminer | hPreposition)) {
                drop(q, p, time_phrase);
                p = q;
            }
        }
        if (before(hPreposition)) {
            drop_[--p] = time_phrase;  // "für 2014"
        } else if (before(hDeterminer) && p > 1 && kept(p - 2) && units_[p - 2].is(hPreposition)) {
            p -= 2;  // "auf den 7. Dezember"
            drop(p, first, time_phrase);
        }
        if (before(hTimeNoun)) {
            // "in der Saison 2007/08", "in der Nacht auf den 28. Juli": preposition,
            // article, adjectives, the time noun.
            std::size_t q = p - 1;
            while (q > 0 && kept(q - 1) && content_lower(q - 1)) --q;
            if (q > 0 && kept(q - 1) && units_[q - 1].is(hDeterminer)) --q;
            if (q > 0 && kept(q - 1) && units_[q - 1].is(hPreposition)) {
                --q;
                drop(q, p, time_phrase);
                p = q;
            }
        }
        focus();
        // "wie schon am Tag zuvor Victor Norberg": a comparison with a date alone.
        if (before(hFrameOpener) && !(last + 1 < units_.size() && content_lower(last + 1))) drop_[--p] = time_phrase;
    }

    void drop_brackets() {
        // Brackets, matched in pairs, go with what they hold; a stray one alone.
        std::vector<std::size_t> open;
        for (std::size_t k = 0; k < units_.size(); ++k) {
            if (units_[k].kind == Kind::open) {
                open.push_back(k);
            } else if (units_[k].kind == Kind::close) {
                if (open.empty()) {
                    drop_[k] = stray;
                } else {
                    drop(open.back(), k + 1, bracket);
                    open.pop_back();
                }
            }
        }
        for (std::size_t k : open) drop_[k] = stray;
        // A dashed insertion: "Den beiden Männern - sie sind 31 und 22 - wird ...".
        std::vector<std::size_t> dashes;
        for (std::size_t k = 1; k < units_.size(); ++k)
            if (units_[k].kind == Kind::dash) dashes.push_back(k);
        for (std::size_t d = 0; d + 1 < dashes.size(); d += 2) {
            const std::size_t to = dashes[d + 1];
            if (to + 1 < units_.size() && units_[to + 1].kind == Kind::stop) break;  // "A - B - C.": a list, not an insertion
            drop(dashes[d], to + 1, bracket);
        }
    }

    // Where each unit stands in quotes and brackets: depth > 0 is inside.
    std::vector<std::uint8_t> depths() const {
        std::vector<std::uint8_t> d(units_.size(), 0);
        int depth = 0;
        for (std::size_t k = 0; k < units_.size(); ++k) {
            const Kind kind = units_[k].kind;
            if (kind == Kind::close || kind == Kind::quote_close) depth = std::max(0, depth - 1);
            d[k] = std::uint8_t(std::min(depth, 255));
            if (kind == Kind::open || kind == Kind::quote_open) ++depth;
        }
        return d;
    }

    void drop_frames() {
        const std::size_t n = units_.size();
        // Sources: "laut Tass", "laut der Agentur Reuters", "Tass zufolge".
        for (std::size_t i = 0; i < n; ++i) {
            if (!kept(i) || !units_[i].is(hSourcePreposition)) continue;
            if (i > 0 && word(i - 1) && units_[i - 1].upper && !(word(i + 1) && units_[i + 1].upper)) {
                std::size_t k = i;
                while (k > 0 && word(k - 1) && units_[k - 1].upper) --k;
                drop(k, i + 1, frame);
                continue;
            }
            std::size_t j = i + 1;
            while (j < n && units_[j].is(hDeterminer)) ++j;
            while (j + 1 < n && content_lower(j) && !units_[j].is(hReporting) && word(j + 1)) ++j;
            const std::size_t names = j;
            while (j < n && word(j) && units_[j].upper) ++j;
            if (j > names) drop(i, j, frame);
        }
        const std::vector<std::uint8_t> depth = depths();
        // A quotation's frame: "„…“, sagte er", "…", kündigt X an.
        for (std::size_t i = 1; i + 1 < n; ++i) {
            // „…“, sagte er — or „…?“ fragte er, with no comma after a question.
            const bool after_question = units_[i].kind == Kind::quote_close && i > 0 && units_[i - 1].kind == Kind::stop &&
                                        text_[units_[i - 1].begin] != '.' && content_lower(i + 1);
            if (after_question && depth[i] == 0) {
                drop(i + 1, n, frame);
                break;
            }
            if (units_[i].kind != Kind::comma || units_[i - 1].kind != Kind::quote_close || depth[i] != 0) continue;
            bool later_quote = false;
            for (std::size_t k = i + 1; k < n && !later_quote; ++k)
                later_quote = units_[k].kind == Kind::quote_close && k + 1 < n && units_[k + 1].kind == Kind::comma;
            if (later_quote) continue;
            std::size_t words_before = 0;
            for (std::size_t k = 0; k < i; ++k) words_before += kept(k) && word(k);
            if (words_before >= 3) drop(i, n, frame);
            break;
        }
        // A trailing frame: ", sagte Lawrow", ", wie KCNA berichtete", ", so die Agentur Tass".
        std::size_t last_comma = n;
        for (std::size_t i = n; i-- > 0;)
            if (kept(i) && units_[i].kind == Kind::comma && depth[i] == 0) {
                last_comma = i;
                break;
            }
        if (last_comma + 1 < n && last_comma > 2) {
            const std::size_t opener = last_comma + 1;
            bool is_frame = false;
            if (units_[opener].is(hSourceFrame | hFrameOpener | hReporting))
                for (std::size_t i = opener; i < n && !is_frame; ++i)
                    is_frame = units_[i].is(hReporting) ||
                               (units_[opener].is(hSourceFrame) && i > opener && word(i) && units_[i].upper);
            // Subject first (English): ", the government reported", ", officials said".
            if (!is_frame && !verb_second_) {
                const std::size_t words = kept_words(opener, n);
                is_frame = words >= 2 && words <= 6 && units_[last_kept_word(opener, n)].is(hReporting);
            }
            if (is_frame) drop(last_comma, n, frame);
        }
        // A leading frame: "In dem Gespräch habe Lawrow erklärt, Putin hoffe ..." (if enough is left).
        for (std::size_t i = 0; i < n; ++i) {
            if (!kept(i)) continue;
            if (units_[i].kind == Kind::quote_open || units_[i].kind == Kind::open) break;  // no frame before a quotation
            if (units_[i].kind == Kind::comma || units_[i].kind == Kind::colon) {
                bool reporting = false;
                for (std::size_t k = 0; k < i && !reporting; ++k) reporting = kept(k) && units_[k].is(hReporting);
                // Subject first, the frame ends with its verb: "Lavrov said, ..." — not
                // "X said Y left for talks with Syria, Jordan ..." (no frame, a list).
                if (reporting && !verb_second_ && units_[i].kind == Kind::comma) {
                    const std::size_t last_word = last_kept_word(0, i);
                    reporting = last_word < i && units_[last_word].is(hReporting);
                }
                const std::size_t rest = kept_words(i + 1, n);
                std::size_t next = i + 1;
                while (next < n && !kept(next)) ++next;
                if (reporting && rest >= 4 && !units_[next].is(hSubordinator)) drop(0, i + 1, frame);
                break;
            }
        }
        // A speaker's label: "Blaas: ...", "„D“: ..." (one or two words, then what was said).
        std::size_t label_words = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (!kept(i)) continue;
            if (word(i)) {
                if (++label_words > 2) break;
            } else if (units_[i].kind == Kind::colon) {
                std::size_t rest = 0;  // words that tell something, not only when
                for (std::size_t k = i + 1; k < n; ++k) rest += kept(k) && word(k) && !in_time_phrase_[k];
                if (label_words > 0 && rest >= 3) drop(0, i + 1, frame);
                break;
            } else if (units_[i].kind != Kind::quote_open && units_[i].kind != Kind::quote_close) {
                break;
            }
        }
    }

    std::size_t first_kept_word() const {
        std::size_t f = 0;
        while (f < units_.size() && !(kept(f) && word(f))) ++f;
        return f;
    }

    void drop_leading() {
        // "Hallo Anna, ...", "Liebe Frau Huber, ...": a letter's salutation, up to its comma.
        if (const std::size_t f = first_kept_word(); f < units_.size() && units_[f].is(hSalutation)) {
            std::size_t k = f + 1;
            while (k < units_.size() && k < f + 5 && word(k) && (units_[k].upper || units_[k].is(hSalutation))) ++k;
            if (k > f + 1 && k < units_.size() && units_[k].kind == Kind::comma) drop(0, k + 1, leading);
        }
        // A dateline the sentence still carries: "WASHINGTON _ ...", "CANBERRA,
        // Australia (AP) - ..." (the place in capitals, its country, a dash).
        {
            std::size_t k = first_kept_word();
            auto all_caps = [&](std::size_t i) {
                if (i >= units_.size() || !word(i) || units_[i].end - units_[i].begin < 2) return false;
                for (std::size_t c = units_[i].begin; c < units_[i].end; ++c)
                    if (std::islower(static_cast<unsigned char>(text_[c]))) return false;
                return std::isupper(static_cast<unsigned char>(text_[units_[i].begin])) != 0;
            };
            std::size_t places = 0;
            while (all_caps(k) && places < 4) ++k, ++places;
            auto skip_dropped = [&] {
                while (k < units_.size() && !kept(k)) ++k;
            };
            skip_dropped();
            if (places > 0 && k < units_.size() && units_[k].kind == Kind::comma) {
                std::size_t m = k + 1, names = 0;
                while (m < units_.size() && word(m) && units_[m].upper && names < 3) ++m, ++names;
                if (names > 0) k = m;
            }
            skip_dropped();
            // Any dash, set off or glued ("(AP)_"), and AP's "_" and "--".
            auto dash = [&](std::size_t i) {
                return i < units_.size() && !word(i) &&
                       is_any(text_.substr(units_[i].begin, units_[i].end - units_[i].begin),
                              {"_", "-", "--", "\xE2\x80\x94", "\xE2\x80\x93"});
            };
            if (places > 0 && dash(k) && kept_words(k + 1) >= 3) drop(0, k + 1, leading);
        }
        // "Und einige lehnen ab", "Aber die Geschichte hat einen Haken".
        for (std::size_t f = first_kept_word(); f < units_.size() && units_[f].is(hConnective); f = first_kept_word()) {
            std::size_t after = f + 1;
            while (after < units_.size() && !kept(after)) ++after;
            if (after >= units_.size() || units_[after].kind != Kind::word) break;
            drop_[f] = leading;
        }
        // "Das berichtet KCNA": the anaphoric subject of a report goes, its source becomes the subject.
        const std::size_t f = first_kept_word();
        if (f + 1 < units_.size() && units_[f].is(hAnaphoric) && kept(f + 1) && units_[f + 1].is(hReporting))
            drop_[f] = frame;
    }

    // ---- subject fronting (verb-second languages)

    // The noun phrase that starts at `at`: [article] [adjectives] Nouns, or a
    // pronoun; its end, or `at` when there is none.
    std::size_t noun_phrase(std::size_t at) const {
        if (!kept(at) || !word(at)) return at;
        if (units_[at].is(hPronoun) && units_[at].lower) return at + 1;
        // "bedeutet das nicht": a demonstrative alone, no article of a noun after it.
        if (units_[at].is(hAnaphoric) && units_[at].lower && !(word(at + 1) && units_[at + 1].upper) &&
            !(content_lower(at + 1) && word(at + 2) && units_[at + 2].upper))
            return at + 1;
        std::size_t k = at;
        if (units_[k].is(hDeterminer)) ++k;
        for (std::size_t adjectives = 0; kept(k) && word(k) && (content_lower(k) || !std::isalpha(static_cast<unsigned char>(text_[units_[k].begin]))) &&
                                         !units_[k].upper && adjectives < 3;
             ++adjectives)
            ++k;
        const std::size_t nouns = k;
        while (kept(k) && word(k) && units_[k].upper && !units_[k].is(kFunctionWord)) ++k;
        return k > nouns ? k : at;
    }

    // The prepositional phrase that starts at `at`: a preposition and a noun
    // phrase with its genitives ("auf der Höhe des Parks"); its end, or `at`.
    std::size_t prepositional_phrase(std::size_t at) const {
        if (!kept(at) || !units_[at].is(hPreposition)) return at;
        std::size_t k = at + 1;
        if (kept(k) && units_[k].is(hDeterminer)) ++k;
        const bool quoted = kept(k) && units_[k].kind == Kind::quote_open;  // "über eine „strategische Partnerschaft“"
        if (quoted) ++k;
        for (std::size_t modifiers = 0; kept(k) && word(k) && !units_[k].upper && !units_[k].is(kFunctionWord | hPronoun) &&
                                        modifiers < 3;
             ++modifiers)
            ++k;  // adjectives, numbers: "den 191", "jedem", "vieler"
        const std::size_t nouns = k;
        while (kept(k) && word(k) && units_[k].upper && !units_[k].is(kFunctionWord)) ++k;
        if (k == nouns) return at;
        if (quoted) {
            if (!(kept(k) && units_[k].kind == Kind::quote_close)) return at;
            ++k;
        }
        // Genitives: "des Petrarcaparks", "der Berufsfeuerwehr".
        while (kept(k) && units_[k].is(hGenitive)) {
            std::size_t g = k + 1;
            while (kept(g) && content_lower(g) && g < k + 3) ++g;
            const std::size_t genitive_nouns = g;
            while (kept(g) && word(g) && units_[g].upper && !units_[g].is(kFunctionWord)) ++g;
            if (g == genitive_nouns) break;
            k = g;
        }
        return k;
    }

    void front_subject() {
        if (!verb_second_) return;
        const std::size_t verb = first_kept_word();
        if (verb == 0 || verb >= units_.size() || !content_lower(verb) || units_[verb].is(hParticle | hFocus)) return;
        bool fronted_dropped = false;
        for (std::size_t k = 0; k < verb; ++k) fronted_dropped |= word(k) && drop_[k] != none;
        if (!fronted_dropped) return;
        auto joined = [&](std::size_t end) {  // "… und Jugend": a noun phrase joined on
            if (kept(end) && units_[end].is(hConjunction)) {
                const std::size_t more = noun_phrase(end + 1);
                if (more > end + 1) return more;
            }
            return end;
        };
        auto subject_at = [&](std::size_t at) {
            std::size_t end = noun_phrase(at);
            if (end == at) return at;
            end = joined(end);
            // Prepositional phrases between the subject and the article of the
            // object are the subject's own ("vergibt das Amt für Sozialpolitik
            // und Jugend den Preis"): the subject moves with them, or the
            // verb would split its name. Not after a pronoun ("erwarb sie in
            // Brixen das Diplom").
            if (units_[at].is(hPronoun) || (units_[at].is(hAnaphoric) && end == at + 1)) return end;
            std::size_t k = end;
            for (std::size_t pp = prepositional_phrase(k); pp > k; pp = prepositional_phrase(k)) k = joined(pp);
            if (k > end && kept(k) && units_[k].is(hDeterminer)) end = k;
            return end;
        };
        std::size_t start = verb + 1;
        // Skip what is left out and particles: "stehen jeweils zwei Berater" → "Zwei Berater stehen jeweils".
        while (start < units_.size() && (!kept(start) || units_[start].is(hParticle))) ++start;
        std::size_t end = subject_at(start);
        if (end == start) {
            // "stehen an jedem Montagabend zwei Berater ...": one adverbial
            // before the subject; not before an article, which could open a
            // genitive of the adverbial ("in der Nähe des Bahnhofs").
            std::size_t pp = prepositional_phrase(start);
            while (pp < units_.size() && !kept(pp)) ++pp;
            if (pp > start && pp < units_.size() && !units_[pp].is(hDeterminer)) {
                start = pp;
                end = subject_at(start);
            }
        }
        if (end > start) {
            subject_ = {start, end};
            verb_ = verb;
            return;
        }
        // No subject found: the fronted time phrase stays ("Gestern wurde gewählt").
        for (std::size_t k = 0; k < verb; ++k)
            if (drop_[k] == time_phrase) drop_[k] = none;
    }

    // ---- rendering

    // Units in headline order: the subject before its verb when it was fronted.
    std::vector<std::size_t> order() const {
        std::vector<std::size_t> o;
        o.reserve(units_.size());
        if (!subject_) {
            for (std::size_t k = 0; k < units_.size(); ++k) o.push_back(k);
            return o;
        }
        const auto [first, end] = *subject_;
        for (std::size_t k = 0; k < verb_; ++k) o.push_back(k);
        for (std::size_t k = first; k < end; ++k) o.push_back(k);
        o.push_back(verb_);
        for (std::size_t k = verb_ + 1; k < units_.size(); ++k)
            if (k < first || k >= end) o.push_back(k);
        return o;
    }

    // Quotes and brackets that lost their partner are left out.
    std::vector<char> balanced(const std::vector<std::size_t>& o) const {
        std::vector<char> show(units_.size(), 0);
        for (std::size_t k : o) show[k] = kept(k);
        std::vector<std::size_t> open;
        for (std::size_t k : o) {
            if (!show[k]) continue;
            const Kind kind = units_[k].kind;
            if (kind == Kind::quote_open || kind == Kind::open) {
                open.push_back(k);
            } else if (kind == Kind::quote_close || kind == Kind::close) {
                const Kind partner = kind == Kind::close ? Kind::open : Kind::quote_open;
                if (!open.empty() && units_[open.back()].kind == partner) {
                    open.pop_back();
                } else {
                    show[k] = 0;
                }
            }
        }
        for (std::size_t k : open) show[k] = 0;
        return show;
    }

    std::string render() const { return render(order()); }

    std::string render(const std::vector<std::size_t>& o) const {
        const std::vector<char> show = balanced(o);
        std::string out;
        out.reserve(256);
        std::size_t previous = units_.size();
        for (std::size_t k : o) {
            if (!show[k]) continue;
            const Unit& u = units_[k];
            const Kind kind = u.kind;
            const bool tight_left = kind == Kind::comma || kind == Kind::stop || kind == Kind::colon ||
                                    kind == Kind::semicolon || kind == Kind::close || kind == Kind::quote_close;
            const Kind before = previous < units_.size() ? units_[previous].kind : Kind::other;
            if (kind == Kind::comma || kind == Kind::colon || kind == Kind::semicolon) {
                // No leading or doubled comma, none right after an opening mark.
                if (out.empty() || before == Kind::comma || before == Kind::colon || before == Kind::semicolon ||
                    before == Kind::open || before == Kind::quote_open || before == Kind::dash)
                    continue;
            }
            if ((kind == Kind::stop || kind == Kind::dash) && out.empty()) continue;
            // The period of an abbreviation or ordinal goes with its word ("Johannes Paul II.", dropped).
            if (kind == Kind::stop && !u.space_before && k > 0 && !show[k - 1] && text_[u.begin] == '.') continue;
            if (!out.empty() && !tight_left && before != Kind::open && before != Kind::quote_open &&
                (u.space_before || previous + 1 != k))
                out += ' ';
            out.append(text_.substr(u.begin, u.end - u.begin));
            previous = k;
        }
        // No closing comma, colon or full stop ("?" and "!" stay); a stop inside closing quotes goes too.
        auto trim = [&] {
            while (!out.empty() && (out.back() == ' ' || out.back() == '.' || out.back() == ',' || out.back() == ';' ||
                                    out.back() == ':' || out.back() == '-'))
                out.pop_back();
            static constexpr std::string_view dash = "\xE2\x80\x93";
            while (out.size() >= dash.size() && out.compare(out.size() - dash.size(), dash.size(), dash) == 0) {
                out.resize(out.size() - dash.size());
                while (!out.empty() && out.back() == ' ') out.pop_back();
            }
        };
        trim();
        for (std::string_view close : {"\"", "''", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB"}) {
            if (out.size() > close.size() + 1 && out.compare(out.size() - close.size(), close.size(), close) == 0 &&
                out[out.size() - close.size() - 1] == '.')
                out.erase(out.size() - close.size() - 1, 1);
        }
        capitalize(out);
        return out;
    }

    std::size_t width() const { return code_points(render()); }

    // ---- when the headline is long

    // The end of the clause or insertion that starts at `from` (exclusive): the
    // next comma, colon, semicolon, dash or stop outside quotes and brackets.
    std::size_t segment_end(std::size_t from, const std::vector<std::uint8_t>& depth) const {
        std::size_t k = from;
        while (k < units_.size()) {
            const Kind kind = units_[k].kind;
            if (depth[k] <= depth[from] && (kind == Kind::comma || kind == Kind::colon || kind == Kind::semicolon ||
                                            kind == Kind::dash || kind == Kind::stop))
                break;
            ++k;
        }
        return k;
    }

    // Drops the insertion [comma, end), and the comma that closes it where
    // the clause it interrupted goes on with its verb ("Der Mann, der kam,
    // ist tot"); before anything else a new clause or list item follows.
    void drop_insertion(std::size_t comma, std::size_t end) {
        const std::vector<Drop> before = drop_;
        drop(comma, end, clause);
        if (end < units_.size() && units_[end].kind == Kind::comma) {
            std::size_t next = end + 1;
            while (next < units_.size() && !kept(next)) ++next;
            if (next < units_.size() && content_lower(next) && !units_[next].is(hParticle)) drop_[end] = clause;
        }
        if (orphaned()) drop_ = before;
    }

    // Whether the kept words before unit `end` are one noun phrase: capitalised
    // words, determiners, prepositions and conjunctions, up to three lower-case
    // words before a capitalised one ("neu gebaute große Halle"), no verb.
    bool noun_phrase_before(std::size_t end) const {
        if (!capitalised_nouns_) return false;  // where nouns are not capitalised, a verb looks like a noun
        bool any = false;
        for (std::size_t k = 0; k < end; ++k) {
            if (!kept(k)) continue;
            if (!word(k)) {
                if (units_[k].kind != Kind::quote_open && units_[k].kind != Kind::quote_close) return false;
                continue;
            }
            any = true;
            if (units_[k].upper || units_[k].is(hDeterminer | hPreposition | hConjunction)) continue;
            std::size_t noun = k;
            while (noun < end && noun < k + 3 && content_lower(noun) && word(noun + 1)) ++noun;
            if (noun >= end || !units_[noun].upper) return false;
        }
        return any;
    }

    // Appositions (", Geschäftsführer des Milchhofes") and relative clauses (", der ... anführte").
    void drop_insertions() {
        const std::vector<std::uint8_t> depth = depths();
        for (std::size_t c = 1; c < units_.size(); ++c) {
            if (!kept(c) || units_[c].kind != Kind::comma || depth[c] != 0) continue;
            std::size_t start = c + 1;
            while (start < units_.size() && !kept(start)) ++start;
            if (start >= units_.size() || !word(start) || (subject_ && c < subject_->second)) continue;
            const std::size_t end = segment_end(start, depth);
            std::size_t last_word = end;
            for (std::size_t k = end; k-- > start;)
                if (kept(k) && word(k)) {
                    last_word = k;
                    break;
                }
            if (last_word == end) continue;
            std::size_t relative = start;
            if (units_[relative].is(hPreposition) && kept(relative + 1)) ++relative;  // ", mit dem ..."
            // A relative clause ends with its verb (lower case) in verb-final clauses.
            const bool verb_final = !verb_second_ || content_lower(last_word);
            // "…, den Sieg zu bestätigen": an infinitive, not a relative clause.
            std::size_t penultimate = last_word;
            while (penultimate > start && !(kept(penultimate - 1) && word(penultimate - 1))) --penultimate;
            const bool infinitive = penultimate > start && units_[penultimate - 1].is(hInfinitive);
            // A capitalised word right after it makes the pronoun an article
            // more likely: ", die Kontrolle über das Gebiet zurückzuerobern".
            const bool article = word(relative + 1) && units_[relative + 1].upper;
            // A clause that runs to the end of the sentence after nothing but
            // a noun phrase is the sentence's own predicate, the "pronoun" an
            // article of a list of subjects: "Die umgebaute Halle, die fünf
            // neuen Rampen und die Anlage sind übergeben worden".
            bool to_the_end = true;
            for (std::size_t k = end; k < units_.size() && to_the_end; ++k)
                to_the_end = !kept(k) || !word(k);
            const bool subjects_only = to_the_end && noun_phrase_before(c);
            if (units_[relative].is(hRelative) && units_[relative].lower && verb_final && last_word > relative &&
                !infinitive && !article && !subjects_only) {
                drop_insertion(c, end);
                continue;
            }
            // An apposition after a name: a noun phrase with an article or preposition in it, a noun at its end.
            std::size_t before = c;
            while (before > 0 && !kept(before - 1)) --before;
            if (before == 0 || !word(before - 1) || !units_[before - 1].upper || !units_[last_word].upper) continue;
            bool noun_phrase = units_[start].upper || units_[start].is(hDeterminer);
            bool has_function_word = false;
            for (std::size_t k = start; k < end && noun_phrase; ++k) {
                if (!kept(k)) continue;
                if (!word(k)) {
                    noun_phrase = units_[k].kind == Kind::quote_open || units_[k].kind == Kind::quote_close;
                    continue;
                }
                if (units_[k].upper) continue;
                if (units_[k].is(hDeterminer | hPreposition | hConjunction)) {
                    has_function_word = true;
                    continue;
                }
                noun_phrase = content_lower(k) && word(k + 1) && units_[k + 1].upper;  // an adjective
            }
            if (noun_phrase && has_function_word) drop_insertion(c, end);
        }
    }

    void drop_particles() {
        const std::size_t f = first_kept_word();
        for (std::size_t k = f + 1; k < units_.size(); ++k)
            if (kept(k) && units_[k].is(hParticle) && !(subject_ && k >= subject_->first && k < subject_->second)) {
                drop_[k] = particle;
                if (orphaned()) {
                    drop_[k] = none;
                    continue;
                }
                // Between two commas the particle takes both: "Clinton, meantime, glossed over".
                std::size_t before = k, after = k + 1;
                while (before > 0 && !kept(before - 1)) --before;
                while (after < units_.size() && !kept(after)) ++after;
                if (before > 0 && after < units_.size() && units_[before - 1].kind == Kind::comma &&
                    units_[after].kind == Kind::comma) {
                    drop_[before - 1] = particle;
                    drop_[after] = particle;
                }
            }
    }

    // Prepositional phrases, until the headline fits: first those another
    // phrase follows ("So haben die Bauern [aus dem Westlichen Mittelgebirge]
    // ihr Interesse bekundet"), then, last first, those after a noun before
    // the verb or the end ("ein Abkommen [über eine Partnerschaft]
    // geschlossen"). Never one whose noun the verb needs ("zur Verfügung
    // stehen": the language's support-verb nouns).
    void drop_prepositional_phrases(std::size_t limit) {
        // A phrase's noun is found by its capital: without capitalised nouns
        // ("to make Australia a republic": an infinitive) nothing is dropped here.
        if (!capitalised_nouns_) return;
        const std::vector<std::uint8_t> depth = depths();
        const std::size_t f = first_kept_word();
        std::vector<std::pair<std::size_t, std::size_t>> tail;  // second-pass candidates
        for (std::size_t k = f + 1; k < units_.size() && width() > limit; ++k) {
            if (!kept(k) || depth[k] != 0 || (subject_ && k >= subject_->first && k < subject_->second)) continue;
            const std::size_t end = prepositional_phrase(k);
            if (end == k || (subject_ && end == subject_->first)) continue;
            std::size_t prev = k;
            while (prev > 0 && !kept(prev - 1)) --prev;
            if (prev > 0 && units_[prev - 1].is(hDeterminer)) continue;  // "die einen beim Wandern": the pronoun's phrase
            if (prev > 0 && units_[prev - 1].is(hFocus)) continue;  // "bereits zum dritten Mal": the particle's phrase
            bool bound = false;
            for (std::size_t m = k; m < end; ++m) bound = bound || (kept(m) && units_[m].is(hSupportNoun));
            if (bound) continue;
            std::size_t next = end;
            while (next < units_.size() && !kept(next)) ++next;
            const bool followed = next < units_.size() && word(next) &&
                                  (units_[next].upper || units_[next].is(hDeterminer | hPreposition) ||
                                   std::isdigit(static_cast<unsigned char>(text_[units_[next].begin])));
            if (!followed) {
                const bool after_noun = prev > 0 && word(prev - 1) && units_[prev - 1].upper;
                const bool before_end = next >= units_.size() || units_[next].kind == Kind::stop ||
                                        units_[next].kind == Kind::comma || content_lower(next);
                if (after_noun && before_end) tail.emplace_back(k, end);
                continue;
            }
            const std::vector<Drop> before = drop_;
            drop(k, end, clause);
            if (orphaned()) {
                drop_ = before;
                continue;
            }
            k = end - 1;
        }
        for (auto it = tail.rbegin(); it != tail.rend() && width() > limit; ++it) {
            const std::vector<Drop> before = drop_;
            drop(it->first, it->second, clause);
            if (orphaned()) drop_ = before;
        }
    }

    // "Nachdem ..., hat X ...": the main clause alone, its subject in front.
    void drop_leading_clause() {
        if (!verb_second_ || subject_) return;
        std::size_t f = first_kept_word();
        if (f + 1 < units_.size() && units_[f].is(hFocus) && kept(f + 1)) ++f;  // "Auch wenn ..."
        if (f >= units_.size() || !units_[f].is(hSubordinator)) return;
        const std::vector<std::uint8_t> depth = depths();
        std::size_t comma = segment_end(f, depth);
        if (comma >= units_.size() || units_[comma].kind != Kind::comma) return;
        const std::vector<Drop> before = drop_;
        drop(0, comma + 1, leading);
        front_subject();
        if (!subject_) drop_ = before;
    }

    // Everything from `at` on is left out.
    std::string rendered_without_tail(std::size_t at) const {
        std::vector<std::size_t> o;
        for (std::size_t k : order())
            if (k < at) o.push_back(k);
        return render(o);
    }

    // Cuts at the clause boundary that leaves the longest headline within
    // `limit`: before ", und ...", ", dass ...", ": ", "; ", " - "; or before
    // "und" after a verb; or before any comma outside quotes.
    enum class Boundary : std::uint8_t { clause, conjunction, comma };

    // `optional`: only before a clause the rest does not need — not before
    // a complement clause ("stellte sich heraus, dass ..."), not at any comma.
    bool cut_at_boundary(std::size_t limit, Boundary mode, bool optional = false) {
        const bool any_comma = mode == Boundary::comma;
        const std::vector<std::uint8_t> depth = depths();
        const std::size_t f = first_kept_word();
        const bool subordinate_first = f < units_.size() && units_[f].is(hSubordinator);
        std::size_t best = units_.size();
        std::size_t best_width = 0;
        std::size_t commas = 0;
        for (std::size_t k = f + 1; k < units_.size(); ++k) {
            if (!kept(k)) continue;
            const Kind kind = units_[k].kind;
            if (kind == Kind::comma) ++commas;
            if (depth[k] != 0 || (subject_ && k <= subject_->second)) continue;
            bool boundary = kind == Kind::colon || kind == Kind::semicolon || kind == Kind::dash;
            if (mode == Boundary::conjunction) {
                // "… Kursk geschickt und Granaten geliefert": before "und" after a verb.
                // Not between two adjectives of one noun: "für ein persönliches oder telefonisches Gespräch".
                boundary = units_[k].is(hConjunction) && kept(k - 1) && content_lower(k - 1) &&
                           !(content_lower(k + 1) && word(k + 2) && units_[k + 2].upper);
            } else if (kind == Kind::comma) {
                std::size_t next = k + 1;
                while (next < units_.size() && !kept(next)) ++next;
                boundary = any_comma || (next < units_.size() && units_[next].is(hClauseOpener | hSubordinator | hRelative) &&
                                         !(optional && units_[next].is(hComplementizer)));
                if (subordinate_first && commas == 1) boundary = false;  // the comma that ends a leading subordinate clause
            }
            if (!boundary) continue;
            // Nothing but a noun phrase before it: the headline would have no verb.
            if (kind == Kind::comma && noun_phrase_before(k)) continue;
            // What is left must end like a phrase and have a few words: a
            // function word may end it only where it stood before the
            // boundary in the sentence too ("zielt darauf ab, ...").
            std::size_t last = k;
            while (last > 0 && !(kept(last - 1) && word(last - 1))) --last;
            if (last == 0) continue;
            bool adjacent = true;
            for (std::size_t m = last; m < k; ++m) adjacent = adjacent && (kept(m) || units_[m].kind != Kind::word);
            if (units_[last - 1].is(hDeterminer | hConjunction) || (!adjacent && units_[last - 1].is(kFunctionWord)))
                continue;
            std::size_t words = 0;
            for (std::size_t m = 0; m < k; ++m) words += kept(m) && word(m);
            if (words < 4) continue;
            const std::size_t w = code_points(rendered_without_tail(k));
            if (w <= limit && w > best_width) {
                best = k;
                best_width = w;
            }
        }
        if (best == units_.size()) return false;
        drop(best, units_.size(), cut);
        return true;
    }

    // Cheap losses aim at the target (appositions, relative clauses,
    // particles, a leading subordinate clause); what loses content
    // (prepositional phrases, the tail after a clause boundary) only what a
    // headline must lose to fit.
    void shorten(std::size_t target, std::size_t max_chars) {
        drop_insertions();
        if (width() <= target) return;
        drop_particles();
        if (width() <= target) return;
        drop_leading_clause();
        if (width() <= target) return;
        drop_prepositional_phrases(target);
        if (width() <= target) return;
        // Towards the target only where a clause ends that the rest does not need.
        for (Boundary b : {Boundary::clause, Boundary::conjunction})
            if (cut_at_boundary(target, b, true)) return;
        if (width() <= max_chars) return;
        for (Boundary b : {Boundary::clause, Boundary::conjunction, Boundary::comma})
            if (cut_at_boundary(max_chars, b)) return;
    }

    // The last resort: words up to the limit, ending on a word that can end a
    // phrase, and "…".
    std::string cut_with_ellipsis(std::size_t max_chars) {
        const std::vector<std::size_t> o = order();
        std::vector<std::size_t> prefix;
        std::string best;
        for (std::size_t k : o) {
            if (!kept(k)) continue;
            prefix.push_back(k);
            if (!word(k) || units_[k].is(kFunctionWord)) continue;
            // "für ein persönliches…": a lower-case word before a noun or a
            // conjunction is an adjective waiting for its noun.
            if (content_lower(k) && k + 1 < units_.size() && word(k + 1) &&
                (units_[k + 1].upper || units_[k + 1].is(hConjunction)))
                continue;
            std::string s = render(prefix);
            if (code_points(s) + 1 > max_chars) break;
            best = std::move(s);
        }
        if (best.empty()) {
            // One word longer than a headline (no text a reader reads): cut inside it.
            std::string s = render();
            s.resize(text::prefix_bytes(s, max_chars - 1));
            return s + "\xE2\x80\xA6";
        }
        return best + "\xE2\x80\xA6";
    }

    std::string_view text_;
    const HeadlineLexicon& lexicon_;
    bool verb_second_;
    bool capitalised_nouns_;
    std::vector<Unit> units_;
    std::vector<Drop> drop_;
    std::vector<char> in_time_phrase_;  // a unit of a time phrase (dropped or not)
    std::optional<std::pair<std::size_t, std::size_t>> subject_;  // [first, end) units, moved before verb_
    std::size_t verb_ = 0;
};

}  // namespace

std::string build_headline(std::string_view text, std::span<const text::Token> tokens,
                           std::span<const TimePhrase> time_phrases, const LanguageData& language, std::size_t target,
                           std::size_t max_chars) {
    if (max_chars < 2) max_chars = 2;
    return Headline(text, tokens, language).build(time_phrases, std::min(target, max_chars), max_chars);
}

}  // namespace chronik::detail
