// The grammar engine: compiles a language's rule patterns and lexicon, then
// matches them over the tokens of each sentence.
//
// Cost per sentence is linear in its tokens: a rule is only tried where its
// first element can match (rules are indexed by their first element), and a
// pattern has a bounded number of elements, each matching one token.
#include <chronik/extract.hpp>

#include "names.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <charconv>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace chronik {

namespace {

using text::Token;
using text::TokenKind;

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// The senses of one word. Nearly every word has one or two (a compound's
// bundle is two), so they live inline; only a longer list takes the heap.
// Building the vocabulary of a grammar allocates one node per word instead
// of three, which is most of a short run's start-up.
class SenseList {
public:
    const Sense* begin() const { return heap_.empty() ? inline_.data() : heap_.data(); }
    const Sense* end() const { return begin() + size(); }
    std::size_t size() const { return heap_.empty() ? inline_size_ : heap_.size(); }
    bool empty() const { return size() == 0; }
    void push_back(const Sense& sense) {
        if (heap_.empty() && inline_size_ < inline_.size()) {
            inline_[inline_size_++] = sense;
            return;
        }
        if (heap_.empty()) heap_.assign(inline_.begin(), inline_.end());
        heap_.push_back(sense);
    }

private:
    std::array<Sense, 3> inline_{};
    std::uint8_t inline_size_ = 0;
    std::vector<Sense> heap_;
};

// What the grammar knows of a word: its senses, and the rules whose first
// element is this literal word — one hash look-up per word token.
struct WordEntry {
    SenseList senses;
    std::vector<std::uint32_t> starting_rules;
    // Rules that need this word (or another of their key words) somewhere in
    // a sentence: without, they are not tried in it (Impl::index_rules).
    std::vector<std::uint32_t> enables;
    std::uint16_t classes = 0;  // WordClass bits
    // Without a full stop after the word its needs_dot senses do not hold
    // ("Jan" the name, "Jan." January): what is left then, and the roles.
    bool needs_dot = false;
    SenseList undotted;
    std::uint32_t roles = 0, undotted_roles = 0;
};
using Vocabulary = std::unordered_map<std::string, WordEntry, StringHash, std::equal_to<>>;

// The vocabulary for look-up while tagging: a compact open-addressed table
// of 8-byte slots (a 32-bit hash and an entry number), at most half full,
// over the words packed in one string. Most words of a text are not in the
// vocabulary; a probe then reads one or two slots and no word.
class WordTable {
public:
    void build(const Vocabulary& vocabulary) {
        std::size_t size = 16;
        while (size < vocabulary.size() * 2) size <<= 1;
        mask_ = size - 1;
        slots_.assign(size, Slot{});
        words_.clear();
        keys_.clear();
        entries_.clear();
        lex_.clear();
        for (const auto& [word, entry] : vocabulary) {
            const std::uint32_t h = hash(word);
            std::size_t i = h & mask_;
            while (slots_[i].entry != kEmpty) i = (i + 1) & mask_;
            const auto id = static_cast<std::uint32_t>(entries_.size());
            slots_[i] = Slot{h, id};
            keys_.push_back(Key{static_cast<std::uint32_t>(words_.size()), static_cast<std::uint32_t>(word.size())});
            words_ += word;
            words_.append((8 - word.size() % 8) % 8, '\0');  // zero-padded to whole chunks (find_folded)
            entries_.push_back(&entry);
            Lex x;
            if (!entry.starting_rules.empty()) x.starting_rules = &entry.starting_rules;
            if (!entry.enables.empty()) x.enables = &entry.enables;
            if (!entry.senses.empty()) x.senses = &entry.senses;
            if (!entry.undotted.empty()) x.undotted = &entry.undotted;
            x.roles = entry.roles;
            x.undotted_roles = entry.undotted_roles;
            x.classes = entry.classes;
            x.needs_dot = entry.needs_dot;
            lex_.push_back(x);
        }
        words_.append(8, '\0');
        // Single-byte keys (most punctuation marks) by their byte.
        byte_ids_.fill(kEmpty);
        for (std::uint32_t id = 0; id < keys_.size(); ++id)
            if (keys_[id].size == 1) byte_ids_[static_cast<unsigned char>(words_[keys_[id].begin])] = id;
    }

    // What tagging reads of an entry, in one array by id: no pointer into
    // the vocabulary's scattered nodes is followed for a word that starts
    // no rule and has no sense.
    struct Lex {
        const std::vector<std::uint32_t>* starting_rules = nullptr;  // nullptr: none
        const std::vector<std::uint32_t>* enables = nullptr;
        const SenseList* senses = nullptr;  // nullptr: none
        const SenseList* undotted = nullptr;
        std::uint32_t roles = 0, undotted_roles = 0;
        std::uint16_t classes = 0;
        bool needs_dot = false;
    };
    const Lex& lex(std::uint32_t id) const { return lex_[id]; }

    // find_id for a folded word in a buffer zero-padded after it to a whole
    // 8-byte chunk (as fold_and_hash writes it), compared chunk by chunk.
    std::uint32_t find_folded(const char* word, std::uint32_t size, std::uint32_t h) const {
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.entry == kEmpty) return kEmpty;
            if (slot.hash != h) continue;
            const Key& k = keys_[slot.entry];
            if (k.size != size) continue;
            const char* w = words_.data() + k.begin;
            bool same = true;
            for (std::uint32_t c = 0; c < size && same; c += 8) {
                std::uint64_t a, b;
                std::memcpy(&a, w + c, 8);
                std::memcpy(&b, word + c, 8);
                same = a == b;
            }
            if (same) return slot.entry;
        }
    }
    // find_id for a key of one byte.
    std::uint32_t find_byte(unsigned char c) const { return byte_ids_[c]; }

    const WordEntry* find(std::string_view word) const {
        const std::uint32_t id = find_id(word);
        return id == kEmpty ? nullptr : entries_[id];
    }

    // The word's number in the table (0 … size-1), kEmpty for a word not in it.
    std::uint32_t find_id(std::string_view word) const { return find_id(word, hash(word)); }
    // The same for a word whose hash() is known (fold_and_hash).
    std::uint32_t find_id(std::string_view word, std::uint32_t h) const {
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.entry == kEmpty) return kEmpty;
            if (slot.hash != h) continue;
            const Key& k = keys_[slot.entry];
            if (k.size == word.size() && std::memcmp(words_.data() + k.begin, word.data(), word.size()) == 0)
                return slot.entry;
        }
    }
    const WordEntry& entry(std::uint32_t id) const { return *entries_[id]; }

    static constexpr std::uint32_t kEmpty = UINT32_MAX;

private:
    struct Slot {
        std::uint32_t hash = 0, entry = kEmpty;
    };
    struct Key {
        std::uint32_t begin, size;
    };
public:
    // The word's bytes in 8-byte chunks (the last one zero-padded, as a
    // little-endian load gives them), each mixed in with one multiply, then
    // a finalizer: one step per chunk, not per byte, and the same value
    // fold_and_hash computes while it folds.
    static std::uint32_t hash(std::string_view s) {
        std::uint64_t h = kHashSeed;
        for (std::size_t i = 0; i < s.size(); i += 8) {
            std::uint64_t chunk = 0;
            for (std::size_t k = 0; k < 8 && i + k < s.size(); ++k)
                chunk |= std::uint64_t{static_cast<unsigned char>(s[i + k])} << (8 * k);
            h = mix_chunk(h, chunk);
        }
        return finish_hash(h, s.size());
    }
    static constexpr std::uint64_t kHashSeed = 0x9E3779B97F4A7C15ull;
    static std::uint64_t mix_chunk(std::uint64_t h, std::uint64_t chunk) { return (h ^ chunk) * 0xBF58476D1CE4E5B9ull; }
    static std::uint32_t finish_hash(std::uint64_t h, std::size_t size) {
        h ^= size;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 33;
        return static_cast<std::uint32_t>(h);
    }

private:
    std::size_t mask_ = 0;
    std::vector<Slot> slots_;
    std::string words_;
    std::vector<Key> keys_;
    std::vector<const WordEntry*> entries_;
    std::vector<Lex> lex_;
    std::array<std::uint32_t, 256> byte_ids_{};
};

// Folds a word token for look-up into `out` (room for the word and 8 bytes
// more) and returns WordTable::hash of the folded word, in one pass: an
// ASCII word 8 bytes at a time (lower-cased by SWAR, hashed by chunk), any
// other word by text::fold_lower_to, then hashed. `text` is the whole
// document: a chunk is loaded from it only where 8 bytes remain.
std::uint32_t fold_and_hash(std::string_view text, const Token& t, char* out, std::uint32_t& size) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    const std::size_t n = t.size();
    if constexpr (std::endian::native == std::endian::little) {
        if (t.begin + ((n + 7) & ~std::size_t{7}) <= text.size()) {
            std::uint64_t h = WordTable::kHashSeed;
            bool ascii = true;
            for (std::size_t i = 0; i < n; i += 8) {
                std::uint64_t w;
                std::memcpy(&w, text.data() + t.begin + i, 8);
                if (n - i < 8) w &= (std::uint64_t{1} << (8 * (n - i))) - 1;  // past the word: zero
                if (w & kHigh) {
                    ascii = false;
                    break;
                }
                // A byte gets 0x20 where it is 'A'..'Z': at or above 'A' and not above 'Z'.
                const std::uint64_t at_least_a = w + 0x3F3F3F3F3F3F3F3Full;
                const std::uint64_t above_z = w + 0x2525252525252525ull;
                w |= (at_least_a & ~above_z & kHigh) >> 2;
                std::memcpy(out + i, &w, 8);
                h = WordTable::mix_chunk(h, w);
            }
            if (ascii) {
                size = static_cast<std::uint32_t>(n);
                return WordTable::finish_hash(h, n);
            }
        }
    }
    size = static_cast<std::uint32_t>(text::fold_lower_to(t.in(text), out));
    std::memset(out + size, 0, 8);  // the padding of the last chunk (WordTable::find_folded)
    // WordTable::hash, a whole chunk at a time: past the word the chunk is zero.
    std::uint64_t h = WordTable::kHashSeed;
    for (std::uint32_t i = 0; i < size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, out + i, 8);
        if constexpr (std::endian::native != std::endian::little) w = __builtin_bswap64(w);
        h = WordTable::mix_chunk(h, w);
    }
    return WordTable::finish_hash(h, size);
}

constexpr std::uint32_t bit(Role r) { return std::uint32_t{1} << static_cast<unsigned>(r); }

enum class NumShape : std::uint8_t { day, month, year, year2, hour, minute, ord, num, frac, decade };
constexpr unsigned kNumShapes = 10;
enum class TokShape : std::uint8_t { cap, lower, word, number, punct, any };

// What a token is, as bits (TokenInfo::traits), and what an element needs
// of them (Elem::need_all, need_any): most elements that fail on a token
// fail this test of two ANDs, before any sense, word list or shape is read.
namespace trait {
constexpr std::uint64_t kind(TokenKind k) { return std::uint64_t{1} << static_cast<unsigned>(k); }  // bits 0-2
constexpr std::uint64_t any_kind = 7;
constexpr std::uint64_t upper = 1u << 3;  // a word with an upper-case initial
constexpr std::uint64_t lower = 1u << 4;  // a word without one
constexpr std::uint64_t glued = 1u << 5;  // no white space before the token
constexpr std::uint64_t known = 1u << 6;  // a vocabulary word
constexpr std::uint64_t shape(NumShape n) { return std::uint64_t{1} << (8 + static_cast<unsigned>(n)); }  // bits 8-17
// Bits 18-31: the word's (or punctuation mark's) table id modulo 14, one bit;
// an element of a few literals needs one of their bits.
constexpr unsigned kIdBits = 14;
constexpr std::uint64_t id(std::uint32_t table_id) { return std::uint64_t{1} << (18 + table_id % kIdBits); }
constexpr std::uint64_t role(Role r) { return std::uint64_t{1} << (32 + static_cast<unsigned>(r)); }  // bits 32-63
constexpr std::uint64_t roles(std::uint32_t role_bits) { return std::uint64_t{role_bits} << 32; }
}  // namespace trait

struct Elem {
    enum class Kind : std::uint8_t { word, punct, role, number, shape, alternatives };
    Kind kind = Kind::word;
    std::vector<std::string> literals;  // words (lower case) or punctuation
    std::vector<std::uint32_t> word_ids;  // a word element's literals as WordTable ids, sorted
    Role role = Role::word;
    bool has_value = false;
    std::int16_t value = 0;
    bool has_flag = false;
    std::uint8_t flag = 0;
    bool compound = false;     // <role&>: the sense must come from a compound word
    bool not_compound = false; // <role!&>: ... must not
    NumShape num = NumShape::num;
    TokShape shape = TokShape::any;
    std::vector<Elem> alts;
    // A token it matches has every trait of need_all and one of need_any
    // (Impl::summarize): a necessary condition, tested first.
    std::uint64_t need_all = 0;
    std::uint64_t need_any = trait::any_kind;
    bool admits(std::uint64_t traits) const { return (traits & need_all) == need_all && (traits & need_any); }
    bool optional = false;
    bool glued = false;
    bool upper = false;       // '~': the token starts with an upper-case letter
    bool lower = false;       // '_': ... with a lower-case letter
    bool contributes = true;  // inside the extent, or marked '+'
};

// Fixed assignments of a rule ("anchor=previous vague=past").
struct Assignments {
    std::optional<Anchor> anchor;
    std::optional<VagueRef> vague;
    std::optional<Unit> unit;
    std::optional<int> offset;
    std::optional<Mod> mod;
    std::optional<Direction> direction;
    std::optional<Relation> relation;
    std::optional<TimexType> type;
    std::optional<double> amount;
    std::optional<int> ordinal;
    std::optional<std::uint8_t> part;
    std::optional<Holiday> holiday;
    std::optional<std::uint8_t> hour;
    bool every = false;
    bool plural = false;
    bool list = false;
    bool bc = false;         // "bc": before Christ
    bool count_year = false; // "year": the counted number is a year ("im Jahr 711", "499 v. Chr.")
    bool news_only = false;  // "genre=news": no expression in a narrative
    bool sum = false;        // "sum": a literal word in the extent joins two parts of a duration
    bool habitual = false;   // "habit": a recurrence unless its clause is in the past
    // "fraction": the extent's last two numbers are a fraction added to the first ("5 1/2 hours");
    // "half": half a unit more than counted ("a minute and a half").
    bool fraction = false;
    bool half = false;
    // "clock": the counted number is the hour ("acht Uhr"); "clock=half": half an hour
    // before it ("halb zehn" = 9:30).
    std::optional<bool> clock_half;
    // "key?=value": only where the pattern left the field empty.
    std::optional<int> default_offset;
    std::optional<Unit> default_unit;
    std::optional<Mod> default_mod;
    std::optional<Anchor> default_anchor;
};

struct CompiledRule {
    std::string_view name;
    TimexType type = TimexType::date;
    bool negative = false;
    std::vector<Elem> elems;
    std::size_t span_first = 0;  // elements [span_first, span_last) form the extent
    std::size_t span_last = 0;
    std::optional<Elem> not_before;
    std::optional<Elem> not_after;
    Assignments set;
};

// ---------------------------------------------------------------- compiling

[[noreturn]] void bad_rule(std::string_view rule, const std::string& why) {
    throw std::invalid_argument("rule '" + std::string(rule) + "': " + why);
}

std::int16_t parse_role_value(std::string_view rule, Role role, std::string_view v) {
    int n = 0;
    const char* first = v.data();
    const char* last = v.data() + v.size();
    if (!v.empty() && v.front() == '+') ++first;
    if (auto [p, ec] = std::from_chars(first, last, n); ec == std::errc{} && p == last)
        return static_cast<std::int16_t>(n);
    std::optional<int> named;
    switch (role) {
        case Role::unit:
        case Role::set_unit: named = names::unit(v); break;
        case Role::mod: named = names::mod(v); break;
        case Role::part_of_day: named = names::part(v); break;
        case Role::vague: named = names::vague(v); break;
        case Role::season: named = names::season(v); break;
        case Role::relation: named = names::relation(v); break;
        case Role::tense: named = names::tense(v); break;
        case Role::holiday: named = names::holiday(v); break;
        case Role::anchor: named = names::anchor(v); break;
        default: break;
    }
    if (!named) bad_rule(rule, "unknown value '" + std::string(v) + "'");
    return static_cast<std::int16_t>(*named);
}

// ''' is the apostrophe itself as a punctuation literal ("Friday's"), not three quotes.
bool is_apostrophe_literal(std::string_view s, std::size_t i) {
    return i + 2 < s.size() && s[i] == '\'' && s[i + 1] == '\'' && s[i + 2] == '\'' &&
           (i + 3 == s.size() || s[i + 3] != '\'');
}

std::vector<std::string_view> split_alternatives(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    bool quoted = false;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (is_apostrophe_literal(s, i)) {
            i += 2;
            continue;
        }
        if (i < s.size() && s[i] == '\'') quoted = !quoted;
        if (i == s.size() || (s[i] == '|' && !quoted)) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

Elem parse_body(std::string_view rule, std::string_view body) {
    Elem e;
    if (body.empty()) bad_rule(rule, "empty element");
    if (body.front() == '\'') {
        if (body.size() < 3 || body.back() != '\'') bad_rule(rule, "unterminated quote in " + std::string(body));
        e.kind = Elem::Kind::punct;
        std::string_view inner = body.substr(1, body.size() - 2);
        std::size_t start = 0;
        for (std::size_t i = 0; i <= inner.size(); ++i) {
            if (i == inner.size() || (inner[i] == '|' && i > start)) {
                e.literals.emplace_back(inner.substr(start, i - start));
                start = i + 1;
            }
        }
        return e;
    }
    if (body.front() == '<') {
        if (body.back() != '>') bad_rule(rule, "unterminated role " + std::string(body));
        std::string_view inner = body.substr(1, body.size() - 2);
        bool compound = false, not_compound = false;
        if (!inner.empty() && inner.back() == '&') {
            inner.remove_suffix(1);
            if (!inner.empty() && inner.back() == '!') {
                not_compound = true;
                inner.remove_suffix(1);
            } else {
                compound = true;
            }
        }
        std::optional<std::uint8_t> flag;
        if (auto colon = inner.find(':'); colon != std::string_view::npos) {
            int n = 0;
            const std::string_view f = inner.substr(colon + 1);
            auto [p, ec] = std::from_chars(f.data(), f.data() + f.size(), n);
            if (ec != std::errc{} || p != f.data() + f.size() || n < 0 || n > 127)
                bad_rule(rule, "bad flag in " + std::string(body));
            flag = static_cast<std::uint8_t>(n);
            inner = inner.substr(0, colon);
        }
        std::string_view name = inner, value;
        if (auto eq = inner.find('='); eq != std::string_view::npos) {
            name = inner.substr(0, eq);
            value = inner.substr(eq + 1);
        }
        auto role = names::role(name);
        if (!role) bad_rule(rule, "unknown role <" + std::string(name) + ">");
        e.kind = Elem::Kind::role;
        e.role = static_cast<Role>(*role);
        e.compound = compound;
        e.not_compound = not_compound;
        if (flag) {
            e.has_flag = true;
            e.flag = *flag;
        }
        if (!value.empty()) {
            e.has_value = true;
            e.value = parse_role_value(rule, e.role, value);
        }
        return e;
    }
    if (body.front() == '#') {
        static const std::map<std::string_view, NumShape> shapes{
            {"day", NumShape::day},   {"month", NumShape::month},   {"year", NumShape::year},
            {"year2", NumShape::year2}, {"hour", NumShape::hour},   {"minute", NumShape::minute},
            {"ord", NumShape::ord},   {"num", NumShape::num},       {"decade", NumShape::decade},
            {"frac", NumShape::frac}};
        auto it = shapes.find(body.substr(1));
        if (it == shapes.end()) bad_rule(rule, "unknown number shape " + std::string(body));
        e.kind = Elem::Kind::number;
        e.num = it->second;
        return e;
    }
    if (body.front() == '%') {
        static const std::map<std::string_view, TokShape> shapes{
            {"cap", TokShape::cap},       {"lower", TokShape::lower}, {"word", TokShape::word},
            {"number", TokShape::number}, {"punct", TokShape::punct}, {"any", TokShape::any}};
        auto it = shapes.find(body.substr(1));
        if (it == shapes.end()) bad_rule(rule, "unknown token shape " + std::string(body));
        e.kind = Elem::Kind::shape;
        e.shape = it->second;
        return e;
    }
    if (body.front() == '(') {
        if (body.back() != ')') bad_rule(rule, "unterminated alternatives " + std::string(body));
        e.kind = Elem::Kind::alternatives;
        for (std::string_view alt : split_alternatives(body.substr(1, body.size() - 2))) {
            Elem a = parse_body(rule, alt);
            if (a.kind == Elem::Kind::alternatives) bad_rule(rule, "nested alternatives");
            e.alts.push_back(std::move(a));
        }
        return e;
    }
    for (char c : body)
        if (c == '<' || c == '>' || c == '(' || c == ')' || c == '\'' || c == '#')
            bad_rule(rule, "stray character in word " + std::string(body));
    e.kind = Elem::Kind::word;
    std::string folded;
    text::fold_lower(body, folded);
    e.literals.push_back(folded);
    return e;
}

Assignments parse_assignments(std::string_view rule, std::string_view set) {
    Assignments a;
    std::size_t i = 0;
    while (i < set.size()) {
        while (i < set.size() && (set[i] == ' ' || set[i] == ',')) ++i;
        std::size_t j = i;
        while (j < set.size() && set[j] != ' ' && set[j] != ',') ++j;
        if (j == i) break;
        std::string_view item = set.substr(i, j - i);
        i = j;
        std::string_view key = item, value;
        bool fallback = false;
        if (auto eq = item.find('='); eq != std::string_view::npos) {
            key = item.substr(0, eq);
            value = item.substr(eq + 1);
            if (!key.empty() && key.back() == '?') {
                key.remove_suffix(1);
                fallback = true;
            }
        }
        auto need = [&](auto opt) {
            if (!opt) bad_rule(rule, "bad value in '" + std::string(item) + "'");
            return *opt;
        };
        auto integer = [&]() {
            int n = 0;
            const char* first = value.data();
            if (!value.empty() && value.front() == '+') ++first;
            auto [p, ec] = std::from_chars(first, value.data() + value.size(), n);
            if (ec != std::errc{} || p != value.data() + value.size())
                bad_rule(rule, "bad number in '" + std::string(item) + "'");
            return n;
        };
        if (fallback) {
            if (key == "offset") a.default_offset = integer();
            else if (key == "unit") a.default_unit = static_cast<Unit>(need(names::unit(value)));
            else if (key == "mod") a.default_mod = static_cast<Mod>(need(names::mod(value)));
            else if (key == "anchor") a.default_anchor = static_cast<Anchor>(need(names::anchor(value)));
            else bad_rule(rule, "no default for '" + std::string(key) + "'");
            continue;
        }
        if (key == "anchor") a.anchor = static_cast<Anchor>(need(names::anchor(value)));
        else if (key == "vague") a.vague = static_cast<VagueRef>(need(names::vague(value)));
        else if (key == "unit") a.unit = static_cast<Unit>(need(names::unit(value)));
        else if (key == "offset") a.offset = integer();
        else if (key == "mod") a.mod = static_cast<Mod>(need(names::mod(value)));
        else if (key == "direction") a.direction = static_cast<Direction>(need(names::direction(value)));
        else if (key == "relation") a.relation = static_cast<Relation>(need(names::relation(value)));
        else if (key == "type") a.type = static_cast<TimexType>(need(names::type(value)));
        else if (key == "amount") a.amount = integer();
        else if (key == "ordinal") a.ordinal = integer();
        else if (key == "part") a.part = static_cast<std::uint8_t>(need(names::part(value)));
        else if (key == "holiday") a.holiday = static_cast<Holiday>(need(names::holiday(value)));
        else if (key == "hour") a.hour = static_cast<std::uint8_t>(integer());
        else if (key == "every") a.every = true;
        else if (key == "list") a.list = true;
        else if (key == "plural") a.plural = true;
        else if (key == "bc") a.bc = true;
        else if (key == "sum") a.sum = true;
        else if (key == "habit") a.habitual = true;
        else if (key == "fraction") a.fraction = true;
        else if (key == "half") a.half = true;
        else if (key == "year") a.count_year = true;
        else if (key == "genre") {
            if (value != "news") bad_rule(rule, "genre must be 'news'");
            a.news_only = true;
        } else if (key == "clock") {
            if (!value.empty() && value != "half") bad_rule(rule, "clock takes no value or 'half'");
            a.clock_half = value == "half";
        }
        else bad_rule(rule, "unknown assignment '" + std::string(key) + "'");
    }
    return a;
}

CompiledRule compile(const RuleSpec& spec) {
    CompiledRule r;
    r.name = spec.name;
    r.type = spec.type;
    r.negative = spec.negative;
    r.set = parse_assignments(spec.name, spec.set);

    // Split the pattern at spaces, keeping quoted punctuation whole.
    std::vector<std::string_view> parts;
    std::string_view p = spec.pattern;
    std::size_t i = 0;
    while (i < p.size()) {
        while (i < p.size() && p[i] == ' ') ++i;
        if (i >= p.size()) break;
        std::size_t j = i;
        bool quoted = false;
        while (j < p.size() && (quoted || p[j] != ' ')) {
            if (is_apostrophe_literal(p, j)) {
                j += 3;
                continue;
            }
            if (p[j] == '\'') quoted = !quoted;
            ++j;
        }
        std::string_view part = p.substr(i, j - i);
        i = j;
        // '[' and ']' may stand alone or stick to the element they open or close.
        while (part.size() > 1 && part.front() == '[') {
            parts.push_back("[");
            part.remove_prefix(1);
        }
        std::size_t closing = 0;
        while (part.size() > 1 && part.back() == ']' && part != "']'") {
            ++closing;
            part.remove_suffix(1);
        }
        parts.push_back(part);
        for (; closing > 0; --closing) parts.push_back("]");
    }
    if (parts.empty()) bad_rule(spec.name, "empty pattern");

    std::optional<std::size_t> open, close;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        std::string_view part = parts[k];
        if (part == "[") {
            if (open) bad_rule(spec.name, "two '['");
            open = r.elems.size();
            continue;
        }
        if (part == "]") {
            if (!open || close) bad_rule(spec.name, "']' without '['");
            close = r.elems.size();
            continue;
        }
        bool negated = false, plus = false, glued = false, optional = false, upper = false, lower = false;
        while (part.size() > 1 && (part.front() == '!' || part.front() == '+' || part.front() == '^' ||
                                   part.front() == '~' || part.front() == '_')) {
            if (part.front() == '!') negated = true;
            if (part.front() == '+') plus = true;
            if (part.front() == '^') glued = true;
            if (part.front() == '~') upper = true;
            if (part.front() == '_') lower = true;
            part.remove_prefix(1);
        }
        if (part.size() > 1 && part.back() == '?' && part != "'?'") {
            optional = true;
            part.remove_suffix(1);
        }
        Elem e = parse_body(spec.name, part);
        e.optional = optional;
        e.glued = glued;
        e.upper = upper;
        e.lower = lower;
        e.contributes = plus;  // decided below for elements inside the extent
        if (negated) {
            const bool first = r.elems.empty() && !r.not_before && !open;
            bool last = true;
            for (std::size_t m = k + 1; m < parts.size(); ++m) last = last && parts[m] == "]";
            if (first) {
                r.not_before = std::move(e);
            } else if (last && !r.not_after) {
                r.not_after = std::move(e);
            } else {
                bad_rule(spec.name, "'!' only on the first or last element");
            }
            continue;
        }
        r.elems.push_back(std::move(e));
    }
    if (open && !close) bad_rule(spec.name, "'[' without ']'");
    r.span_first = open.value_or(0);
    r.span_last = close.value_or(r.elems.size());
    if (r.span_first >= r.span_last) bad_rule(spec.name, "empty extent");
    if (r.elems.size() > 24) bad_rule(spec.name, "pattern too long");
    for (std::size_t k = r.span_first; k < r.span_last; ++k) r.elems[k].contributes = true;
    bool required = false;
    for (std::size_t k = r.span_first; k < r.span_last; ++k) required = required || !r.elems[k].optional;
    if (!required) bad_rule(spec.name, "every element of the extent is optional");
    return r;
}

// ----------------------------------------------------------------- matching

struct TokenInfo {
    const SenseList* senses = nullptr;
    const WordTable::Lex* lex = nullptr;  // the word's (or mark's) entry; nullptr: none
    std::uint64_t traits = 0;  // trait:: bits
    std::int64_t number = -1;  // value of a number token
    std::uint32_t word_id = WordTable::kEmpty;  // the word's id in the vocabulary
    std::uint32_t roles = 0;
    std::uint32_t folded_begin = 0;  // folded word in the sentence's buffer
    std::uint16_t folded_size = 0;
    std::uint16_t classes = 0;
    std::uint8_t digits = 0;
};

// One sentence's tokens as the matcher reads them. `info` and `folded`
// only grow: a sentence writes its tokens' entries (every field) and words
// over what the one before left.
struct SentenceView {
    std::string_view text;
    std::span<const Token> tokens;
    std::vector<TokenInfo> info;
    std::string folded;

    std::string_view word(std::size_t i) const {
        return std::string_view(folded.data() + info[i].folded_begin, info[i].folded_size);
    }
};

bool number_fits(NumShape shape, const TokenInfo& t) {
    const auto v = t.number;
    const auto d = t.digits;
    switch (shape) {
        case NumShape::day: return d <= 2 && v >= 1 && v <= 31;
        case NumShape::month: return d <= 2 && v >= 1 && v <= 12;
        case NumShape::year: return d == 4 && v >= 1000 && v <= 2199;
        case NumShape::year2: return d == 2;
        case NumShape::hour: return d <= 2 && v <= 24;
        case NumShape::minute: return d == 2 && v <= 59;
        case NumShape::ord: return d <= 3 && v >= 1;
        case NumShape::num: return d <= 6;
        case NumShape::frac: return d <= 3;
        case NumShape::decade: return (d == 2 || d == 4) && v % 10 == 0 && (d == 2 || (v >= 1000 && v <= 2190));
    }
    return false;
}

bool sense_fits(const Elem& e, const Sense& sense) {
    return sense.role == e.role && (!e.has_value || sense.value == e.value) &&
           (!e.has_flag || (sense.flag & ~Sense::markers) == e.flag) && (!e.compound || (sense.flag & Sense::bundle)) &&
           (!e.not_compound || !(sense.flag & Sense::bundle));
}

bool elem_matches(const Elem& e, const SentenceView& s, std::size_t i) {
    const Token& t = s.tokens[i];
    const TokenInfo& info = s.info[i];
    // Kind, case ('~', '_'), role, number shape and (of few literals) the id
    // bit are all in the traits: what is left to test is which sense, word or mark.
    if (!e.admits(info.traits)) return false;
    switch (e.kind) {
        case Elem::Kind::word:
            // Every literal of a pattern is in the vocabulary: compare ids, not words.
            if (e.word_ids.size() <= 8) {
                for (std::uint32_t id : e.word_ids)
                    if (id == info.word_id) return true;
                return false;
            }
            return std::binary_search(e.word_ids.begin(), e.word_ids.end(), info.word_id);
        case Elem::Kind::punct:
            if (t.kind != TokenKind::punct) return false;
            for (const auto& l : e.literals)
                if (t.in(s.text) == l) return true;
            return false;
        case Elem::Kind::role:
            if (!e.has_value && !e.has_flag && !e.compound && !e.not_compound) return true;
            for (const Sense& sense : *info.senses)
                if (sense_fits(e, sense)) return true;
            return false;
        case Elem::Kind::number:  // the shape is a trait
        case Elem::Kind::shape: return true;
        case Elem::Kind::alternatives:
            for (const Elem& a : e.alts)
                if (a.admits(info.traits) && elem_matches(a, s, i)) return true;  // the test first: no call to fail it
            return false;
    }
    return false;
}

struct Capture {
    std::uint8_t elem;
    std::uint16_t token;
};

struct Matcher {
    // Not an aggregate: caps is left uninitialised (only the first ncaps are
    // read), not cleared for every rule tried.
    Matcher(const CompiledRule& r, const SentenceView& sv) : rule(r), s(sv) {}
    const CompiledRule& rule;
    const SentenceView& s;
    std::array<Capture, 24> caps;
    std::size_t ncaps = 0;
    std::size_t end = 0;  // token index past the match

    bool run(std::size_t ei, std::size_t ti) {
        if (ei == rule.elems.size()) {
            end = ti;
            return true;
        }
        const Elem& e = rule.elems[ei];
        const bool can_take = ti < s.tokens.size() && (!e.glued || !s.tokens[ti].has(Token::space_before)) &&
                              e.admits(s.info[ti].traits) && elem_matches(e, s, ti);
        if (can_take) {
            caps[ncaps++] = Capture{static_cast<std::uint8_t>(ei), static_cast<std::uint16_t>(ti)};
            if (run(ei + 1, ti + 1)) return true;
            --ncaps;
        }
        if (e.optional) return run(ei + 1, ti);
        return false;
    }
};

// ------------------------------------------------------------- building forms

// A number word right after another of the same numeral: "twenty" "five" →
// 25, "nineteen" "ninety" → 1990, "twenty" "ten" → 2010, "two" "hundred" →
// 200, "two thousand" "one" → 2001. Nothing where the words do not join:
// then the later one stands alone.
std::optional<double> joined_numeral(double before, int tenths, std::uint8_t flag) {
    const auto b = static_cast<long>(before);
    if (double(b) != before || b < 1 || tenths % 10 != 0) return std::nullopt;
    const long n = tenths / 10;
    switch (flag & ~Sense::markers) {
        case Sense::units:
            if (b % 10 == 0 && (b % 100 >= 20 || (b >= 100 && b % 100 == 0))) return double(b + n);
            break;
        case Sense::tens:
            if (b >= 10 && b <= 99) return double(b * 100 + n);
            break;
        case Sense::teens:
            if (b >= 20 && b <= 90 && b % 10 == 0) return double(b * 100 + n);
            break;
        case Sense::multiplier:
            if (b < 100) return double(b * n);
            break;
    }
    return std::nullopt;
}

void apply_sense(const Sense& sense, TemporalForm& f) {
    const int v = sense.value;
    switch (sense.role) {
        case Role::month: f.month = static_cast<std::uint8_t>(v); break;
        case Role::weekday: f.weekday = static_cast<std::uint8_t>(v); break;
        case Role::part_of_day: f.part = static_cast<std::uint8_t>(v); break;
        case Role::season: f.season = static_cast<std::uint8_t>(v); break;
        case Role::holiday: f.holiday = static_cast<Holiday>(v); break;
        case Role::unit:
            f.unit = static_cast<Unit>(v);
            f.plural = f.plural || (sense.flag & 1) != 0;
            break;
        case Role::amount:
            if (v < 0) {
                f.amount.reset();  // "mehrere", "einige": an unspecified number
                f.plural = true;
            } else if (auto joined = f.amount ? joined_numeral(*f.amount, v, sense.flag) : std::nullopt) {
                f.amount = *joined;
            } else {
                f.amount = v / 10.0;
            }
            break;
        case Role::ordinal: f.ordinal = v; break;
        case Role::offset: f.offset = v; break;
        case Role::day_shift:
            if (!f.unit) f.unit = Unit::day;
            f.offset = v;
            break;
        case Role::year_shift:
            if (!f.unit) f.unit = Unit::year;
            f.offset = v;
            break;
        case Role::anaphor:
            f.anchor = Anchor::previous;
            f.offset = v;
            break;
        case Role::anchor: f.anchor = static_cast<Anchor>(v); break;
        case Role::mod: f.mod = static_cast<Mod>(v); break;
        case Role::vague: f.vague = static_cast<VagueRef>(v); break;
        case Role::every: f.every = true; break;
        case Role::times: f.times = static_cast<unsigned>(v); break;
        case Role::relation: f.relation = static_cast<Relation>(v); break;
        case Role::set_unit: f.unit = static_cast<Unit>(v); break;
        case Role::weekly:
            f.weekday = static_cast<std::uint8_t>(v);
            f.every = true;
            break;
        case Role::decade: f.decade = v; break;
        case Role::tense:
        case Role::word: break;
    }
}

void apply_number(NumShape shape, std::int64_t v, int digits, TemporalForm& f) {
    switch (shape) {
        case NumShape::day: f.day = static_cast<std::uint8_t>(v); break;
        case NumShape::month: f.month = static_cast<std::uint8_t>(v); break;
        case NumShape::year: f.year = static_cast<int>(v); break;
        case NumShape::year2:
            f.year = static_cast<int>(v);
            f.two_digit_year = true;
            break;
        case NumShape::hour: f.hour = static_cast<std::uint8_t>(v); break;
        case NumShape::minute: f.minute = static_cast<std::uint8_t>(v); break;
        case NumShape::ord: f.ordinal = static_cast<int>(v); break;
        case NumShape::num: f.amount = static_cast<double>(v); break;
        case NumShape::frac: {
            // The digits after a decimal comma: "1,5" → 1 + 5/10.
            double scale = 1;
            for (int k = 0; k < digits; ++k) scale *= 10;
            f.amount = f.amount.value_or(0.0) + double(v) / scale;
            break;
        }
        case NumShape::decade: f.decade = static_cast<int>(v / 10); break;
    }
}

void apply_elem(const Elem& e, const SentenceView& s, std::size_t ti, TemporalForm& f) {
    switch (e.kind) {
        case Elem::Kind::role: {
            const Sense* taken = nullptr;
            for (const Sense& sense : *s.info[ti].senses) {
                if (sense_fits(e, sense)) {
                    apply_sense(sense, f);
                    taken = &sense;
                    break;
                }
            }
            if (taken && (taken->flag & Sense::bundle))
                for (const Sense& sense : *s.info[ti].senses)
                    if (&sense != taken && (sense.flag & Sense::bundle)) apply_sense(sense, f);
            break;
        }
        case Elem::Kind::number: apply_number(e.num, s.info[ti].number, s.info[ti].digits, f); break;
        case Elem::Kind::alternatives:
            for (const Elem& a : e.alts) {
                if (elem_matches(a, s, ti)) {
                    apply_elem(a, s, ti, f);
                    break;
                }
            }
            break;
        default: break;
    }
}

void apply_assignments(const Assignments& a, TemporalForm& f) {
    if (a.anchor) f.anchor = *a.anchor;
    if (a.vague) f.vague = *a.vague;
    if (a.unit) f.unit = *a.unit;
    if (a.offset) f.offset = *a.offset;
    if (a.mod) f.mod = *a.mod;
    if (a.direction) f.direction = *a.direction;
    if (a.relation) f.relation = *a.relation;
    if (a.type) f.type = *a.type;
    if (a.amount) f.amount = *a.amount;
    if (a.ordinal) f.ordinal = *a.ordinal;
    if (a.part) f.part = *a.part;
    if (a.holiday) f.holiday = *a.holiday;
    if (a.hour) f.hour = *a.hour;
    if (a.every) f.every = true;
    if (a.plural) f.plural = true;
    if (a.list) f.list_member = true;
    if (a.count_year && !f.year && f.amount && *f.amount >= 1 && *f.amount <= 9999 && (!f.unit || *f.unit == Unit::year)) {
        f.year = static_cast<int>(*f.amount);
        f.amount.reset();
    }
    if (a.bc) f.bc = true;
    if (a.news_only) f.news_only = true;
    if (a.habitual) f.habitual = true;
    if (a.half) {
        f.amount = f.amount.value_or(1.0) + 0.5;
        f.fraction = true;
    }
    if (a.clock_half && !f.hour && f.amount && *f.amount >= 1 && *f.amount <= 24 &&
        *f.amount == static_cast<double>(static_cast<int>(*f.amount))) {
        const int h = static_cast<int>(*f.amount);
        if (*a.clock_half) {
            f.hour = static_cast<std::uint8_t>(h - 1);
            f.minute = 30;
        } else {
            f.hour = static_cast<std::uint8_t>(h);
        }
        f.amount.reset();
    }
    if (a.default_offset && !f.offset) f.offset = *a.default_offset;
    if (a.default_unit && !f.unit) f.unit = *a.default_unit;
    if (a.default_mod && f.mod == Mod::none) f.mod = *a.default_mod;
    if (a.default_anchor && f.anchor == Anchor::document) f.anchor = *a.default_anchor;
}

// Keys under which a rule is indexed: what its first token can be.
struct StartKeys {
    std::vector<std::string> words;
    std::vector<std::string> puncts;
    std::uint32_t roles = 0;
    bool number = false;
    bool always = false;
};

void add_keys(const Elem& e, StartKeys& k) {
    switch (e.kind) {
        case Elem::Kind::word:
            for (const auto& l : e.literals) k.words.push_back(l);
            break;
        case Elem::Kind::punct:
            for (const auto& l : e.literals) k.puncts.push_back(l);
            break;
        case Elem::Kind::role: k.roles |= bit(e.role); break;
        case Elem::Kind::number: k.number = true; break;
        case Elem::Kind::shape:
            if (e.shape == TokShape::number) k.number = true;
            else k.always = true;
            break;
        case Elem::Kind::alternatives:
            for (const Elem& a : e.alts) add_keys(a, k);
            break;
    }
}

// What a sentence must hold for a rule to be tried in it at all, and where
// the rule may start (see index_rules).
struct RuleFilter {
    std::uint32_t required_roles = 0;  // roles its pattern cannot match without
    bool needs_number = false;
    bool needs_key = false;  // it has a key element, which stands at least
    // key_min and at most key_reach tokens after the rule's first token
    // (the required elements before the key take one token each, the
    // optional ones one or none).
    std::uint8_t key_min = 0, key_reach = 0;
    bool starts_at_number = false;
    bool starts_anywhere = false;
    // The traits of the rule's first required elements (before any optional
    // one, so that the k-th stands at the k-th token): a rule tried at a
    // token is run only when these tokens have them (Elem::admits).
    // Copies of those elements' Elem::need_all (with the glued bit) and
    // need_any, kept here beside the other filters so that the loop over the
    // rules a token enables reads one small struct, not the rule's elements.
    struct Lead {
        std::uint64_t all = 0, any = ~std::uint64_t{0};
        bool admits(std::uint64_t traits) const { return (traits & all) == all && (traits & any); }
    };
    std::uint8_t leads = 0;
    std::array<Lead, 3> lead{};
};

// A rule's state within one sentence. Valid only when `sentence` is the
// current sentence's number: a sentence touches the few rules its tokens
// enable, not every rule of the grammar.
struct RuleState {
    std::uint32_t sentence = 0;
    std::uint32_t tried = UINT32_MAX;  // the token it was last tried at
    // The tokens its key stands at (bit i: token i; past the first 64
    // tokens every bit, so that the test lets the rule be tried).
    std::uint64_t key_at = 0;
};

struct Candidate {
    std::uint32_t first, last;  // token range of the extent, inclusive
    std::uint32_t match_first, match_end;
    std::uint32_t rule;
    TemporalForm form;
};

}  // namespace

// ---------------------------------------------------------------- the class

struct Grammar::Impl {
    const LanguageData* language;
    text::SentenceRules sentence_rules;
    Vocabulary vocabulary;  // built at construction, then never changed
    WordTable words;        // its look-up table while tagging
    std::vector<CompiledRule> rules;
    std::vector<RuleFilter> filters;  // per rule
    // Rules whose key is a role, by role.
    std::array<std::vector<std::uint32_t>, 32> role_enables;
    // Punctuation marks that start rules or are their keys, as entries of
    // their own table (starting_rules, enables): a mark is one look-up.
    Vocabulary marks;
    WordTable mark_table;
    std::array<std::vector<std::uint32_t>, 32> by_role;
    // The rules without a key: checked in every sentence. Those with a key
    // are only when the sentence holds it (extract).
    std::vector<std::uint32_t> keyless;
    // What each rule's first token must be (its filter's first lead), in
    // one compact array: a rule whose first token fails it is not tried.
    std::vector<RuleFilter::Lead> first_need;

    explicit Impl(const LanguageData& lang) : language(&lang) {
        sentence_rules.ordinal_dot = lang.ordinal_dot;
        for (std::string_view a : lang.abbreviations) {
            std::string f;
            text::fold_lower(a, f);
            sentence_rules.abbreviations.insert(f);
        }
        for (std::string_view a : lang.abbreviation_suffixes) {
            std::string f;
            text::fold_lower(a, f);
            sentence_rules.abbreviation_suffixes.push_back(f);
        }
        build_lexicon(lang);
        for (auto& [word, entry] : vocabulary) {
            for (const Sense& sense : entry.senses) {
                entry.roles |= bit(sense.role);
                if (sense.flag & Sense::needs_dot) entry.needs_dot = true;
            }
            if (!entry.needs_dot) continue;  // the undotted senses are read only then
            for (const Sense& sense : entry.senses) {
                if (sense.flag & Sense::needs_dot) continue;
                entry.undotted.push_back(sense);
                entry.undotted_roles |= bit(sense.role);
            }
        }
        for (const RuleSpec& spec : lang.rules) rules.push_back(compile(spec));
        index_rules();
        classify_words(lang);
        for (CompiledRule& rule : rules) {
            for (Elem& e : rule.elems) add_literals(e);
            if (rule.not_before) add_literals(*rule.not_before);
            if (rule.not_after) add_literals(*rule.not_after);
        }
        words.build(vocabulary);
        mark_table.build(marks);
        for (CompiledRule& rule : rules) {
            for (Elem& e : rule.elems) resolve_literals(e);
            if (rule.not_before) resolve_literals(*rule.not_before);
            if (rule.not_after) resolve_literals(*rule.not_after);
            for (Elem& e : rule.elems) summarize(e);
            if (rule.not_before) summarize(*rule.not_before);
            if (rule.not_after) summarize(*rule.not_after);
        }
        for (std::uint32_t r = 0; r < rules.size(); ++r) {
            RuleFilter& f = filters[r];
            for (const Elem& e : rules[r].elems) {
                if (e.optional || f.leads == f.lead.size()) break;
                f.lead[f.leads++] = {e.need_all | (e.glued ? trait::glued : 0), e.need_any};
            }
        }
        for (const RuleFilter& f : filters)
            first_need.push_back(f.leads ? f.lead[0] : RuleFilter::Lead{});
    }

    // A pattern's words are vocabulary words (without senses, if the lexicon
    // has none), so that a word element compares ids; its punctuation marks
    // are marks, so that each has an id for its trait bit.
    void add_literals(const Elem& e) {
        if (e.kind == Elem::Kind::word)
            for (const std::string& l : e.literals) vocabulary[l];
        if (e.kind == Elem::Kind::punct)
            for (const std::string& l : e.literals) marks[l];
        for (const Elem& a : e.alts) add_literals(a);
    }
    // What a token must be for the element to match it (Elem::need_all,
    // need_any; after resolve_literals and the tables' build).
    void summarize(Elem& e) const {
        using namespace trait;
        std::uint64_t any = 0;  // 0: no bit of need_any
        bool unlisted = false;  // a literal not in its table: no bit to need
        auto add_id = [&](std::uint32_t table_id) {
            if (table_id == WordTable::kEmpty) unlisted = true;
            else any |= trait::id(table_id);
        };
        switch (e.kind) {
            case Elem::Kind::word:
                e.need_all = kind(TokenKind::word) | known;
                for (const std::uint32_t id : e.word_ids) add_id(id);
                break;
            case Elem::Kind::punct:
                e.need_all = kind(TokenKind::punct);
                for (const std::string& l : e.literals) add_id(mark_table.find_id(l));
                break;
            case Elem::Kind::role: e.need_all = kind(TokenKind::word) | role(e.role); break;
            case Elem::Kind::number: e.need_all = kind(TokenKind::number) | shape(e.num); break;
            case Elem::Kind::shape:
                switch (e.shape) {
                    case TokShape::cap: e.need_all = kind(TokenKind::word) | upper; break;
                    case TokShape::lower: e.need_all = kind(TokenKind::word) | lower; break;
                    case TokShape::word: e.need_all = kind(TokenKind::word); break;
                    case TokShape::number: e.need_all = kind(TokenKind::number); break;
                    case TokShape::punct: e.need_all = kind(TokenKind::punct); break;
                    case TokShape::any: e.need_all = 0; break;
                }
                break;
            case Elem::Kind::alternatives: {
                // What every alternative needs, and one bit of each
                // alternative's own (a token matching it has that bit).
                std::uint64_t all = ~std::uint64_t{0};
                bool open = false;  // an alternative without a bit of its own
                for (Elem& a : e.alts) {
                    summarize(a);
                    all &= a.need_all;
                    if (a.need_any != any_kind) any |= a.need_any;
                    else if (a.need_all) any |= std::uint64_t{1} << (63 - __builtin_clzll(a.need_all));
                    else open = true;
                }
                e.need_all = e.alts.empty() ? 0 : all;
                if (open) any = 0;
                break;
            }
        }
        if (e.upper) e.need_all |= kind(TokenKind::word) | upper;
        if (e.lower) e.need_all |= kind(TokenKind::word) | lower;
        e.need_any = any && !unlisted ? any : any_kind;
    }

    void resolve_literals(Elem& e) {
        if (e.kind == Elem::Kind::word) {
            e.word_ids.clear();
            for (const std::string& l : e.literals) e.word_ids.push_back(words.find_id(l));
            std::sort(e.word_ids.begin(), e.word_ids.end());
            e.word_ids.erase(std::unique(e.word_ids.begin(), e.word_ids.end()), e.word_ids.end());
        }
        for (Elem& a : e.alts) resolve_literals(a);
    }

    void add_word(std::string_view word, Sense sense) {
        auto found = vocabulary.find(word);
        if (found == vocabulary.end()) found = vocabulary.emplace(std::string(word), WordEntry{}).first;
        auto& list = found->second.senses;
        if (std::find_if(list.begin(), list.end(), [&](const Sense& s) {
                return s.role == sense.role && s.value == sense.value && s.flag == sense.flag;
            }) == list.end())
            list.push_back(sense);
    }

    void build_lexicon(const LanguageData& lang) {
        std::vector<std::pair<std::string, Sense>> forms;
        for (const LexiconEntry& e : lang.lexicon) {
            std::string stem;
            text::fold_lower(e.word, stem);
            if (e.endings.empty()) {
                forms.emplace_back(stem, e.sense);
                continue;
            }
            for (std::string_view ending : split_alternatives(e.endings)) forms.emplace_back(stem + std::string(ending), e.sense);
        }
        // The forms of each role, in order: a compound pairs only two roles' forms.
        std::array<std::vector<std::uint32_t>, 32> of_role;
        for (std::uint32_t k = 0; k < forms.size(); ++k) of_role[static_cast<unsigned>(forms[k].second.role) & 31].push_back(k);
        std::vector<std::pair<std::uint32_t, std::uint32_t>> compounds;
        for (const CompoundSpec& c : lang.compounds) {
            for (const std::uint32_t k1 : of_role[static_cast<unsigned>(c.first) & 31]) {
                if (forms[k1].second.role != c.first) continue;
                for (const std::uint32_t k2 : of_role[static_cast<unsigned>(c.second) & 31]) {
                    const Sense& s2 = forms[k2].second;
                    if (s2.role != c.second) continue;
                    if (c.second_flag >= 0 && (s2.flag & ~Sense::markers) != c.second_flag) continue;
                    compounds.emplace_back(k1, k2);
                }
            }
        }
        // Sized once: growing the table word by word rehashes it a dozen times.
        vocabulary.max_load_factor(0.5f);
        vocabulary.reserve(forms.size() + compounds.size());
        for (auto& [w, s] : forms) add_word(w, s);
        std::string compound;
        for (const auto& [k1, k2] : compounds) {
            const auto& [w1, s1] = forms[k1];
            const auto& [w2, s2] = forms[k2];
            Sense b1 = s1, b2 = s2;
            b1.flag |= Sense::bundle;
            b2.flag |= Sense::bundle;
            compound.assign(w1).append(w2);
            add_word(compound, b1);
            add_word(compound, b2);
        }
    }

    // Word classes for the stages after tagging: the narrative lists, tense cues, known words.
    void classify_words(const LanguageData& lang) {
        for (auto& [word, entry] : vocabulary) {
            if (entry.senses.empty()) continue;
            entry.classes |= kKnownWord;
            for (const Sense& sense : entry.senses)
                if (sense.role == Role::tense)
                    entry.classes |= sense.value == int(Tense::past) ? kPastCue : sense.value == int(Tense::future) ? kFutureCue : 0;
        }
        const NarrativeRules& n = lang.narrative;
        auto mark = [&](std::span<const std::string_view> words, std::uint16_t cls) {
            for (std::string_view w : words) {
                std::string folded;
                text::fold_lower(w, folded);
                vocabulary[folded].classes |= cls;
            }
        };
        mark(n.before_cues, kBeforeCue);
        mark(n.after_cues, kAfterCue);
        mark(n.reporting_verbs, kReporting);
        mark(n.reported_speech, kReportedSpeech);
        mark(n.anaphoric_subjects, kAnaphoric);
        mark(n.hypothetical, kHypothetical);
        mark(n.determiners, kDeterminer);
        mark(n.conjunctions, kConjunction);
        mark(n.source_prepositions, kSourcePreposition);
        mark(n.frame_openers, kFrameOpener);
        mark(n.source_frames, kSourceFrame);
        mark(lang.signals, kSignal);
        mark(lang.past_signals, kPastSignal);
    }

    void index_rules() {
        for (std::uint32_t r = 0; r < rules.size(); ++r) {
            StartKeys keys;
            for (const Elem& e : rules[r].elems) {
                add_keys(e, keys);
                if (!e.optional) break;
            }
            for (auto& w : keys.words) vocabulary[w].starting_rules.push_back(r);
            std::uint32_t roles = 0;
            bool number = false;
            for (const Elem& e : rules[r].elems) {
                if (e.optional) continue;
                if (e.kind == Elem::Kind::role) roles |= bit(e.role);
                if (e.kind == Elem::Kind::number) number = true;
            }
            RuleFilter& filter = filters.emplace_back();
            filter.required_roles = roles;
            filter.needs_number = number;
            // The rule's key: a word or mark it cannot match without — of its
            // required word and punctuation elements the one with the fewest
            // alternatives, the last of those ("[the day before yesterday]":
            // "yesterday", where "the" would let every sentence try it;
            // "[#month ^'/' ^#day ...]": "/") — else its last required role
            // ("[(at)? <mod>? (<amount>|#num) <unit>]": a unit). A rule is
            // tried at a token only when its key stands as many tokens after
            // it as the elements before the key can take.
            const auto& elems = rules[r].elems;
            std::size_t key = elems.size();
            for (std::size_t k = 0; k < elems.size(); ++k) {
                const Elem& e = elems[k];
                if (!e.optional && (e.kind == Elem::Kind::word || e.kind == Elem::Kind::punct) &&
                    (key == elems.size() || e.literals.size() <= elems[key].literals.size()))
                    key = k;
            }
            if (key == elems.size())
                for (std::size_t k = 0; k < elems.size(); ++k)
                    if (!elems[k].optional && elems[k].kind == Elem::Kind::role) key = k;
            filter.needs_key = key < elems.size() && key < 255;
            filter.key_reach = static_cast<std::uint8_t>(std::min<std::size_t>(key, 255));
            if (filter.needs_key)
                for (std::size_t k = 0; k < key; ++k) filter.key_min += elems[k].optional ? 0 : 1;
            if (filter.needs_key) {
                const Elem& e = elems[key];
                if (e.kind == Elem::Kind::role) role_enables[static_cast<unsigned>(e.role)].push_back(r);
                for (const std::string& w : e.literals)
                    (e.kind == Elem::Kind::word ? vocabulary[w] : marks[w]).enables.push_back(r);
            }
            for (auto& p : keys.puncts) marks[p].starting_rules.push_back(r);
            for (unsigned b = 0; b < 32; ++b)
                if (keys.roles & (1u << b)) by_role[b].push_back(r);
            filter.starts_at_number = keys.number;
            filter.starts_anywhere = keys.always;
            if (!filter.needs_key) keyless.push_back(r);
        }
    }

    void describe(std::string_view text, std::span<const Token> tokens, SentenceView& s) const {
        s.text = text;
        s.tokens = tokens;
        if (s.info.size() < tokens.size()) s.info.resize(tokens.size());
        // Room for every word folded (never longer than the sentence's text)
        // and fold_and_hash's last chunk.
        const std::size_t room = tokens.empty() ? 0 : tokens.back().end - tokens.front().begin + 8;
        if (s.folded.size() < room) s.folded.resize(room);
        std::uint32_t folded = 0;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const Token& t = tokens[i];
            TokenInfo& info = s.info[i];
            std::uint64_t traits = trait::kind(t.kind) | (t.has(Token::space_before) ? 0 : trait::glued);
            const SenseList* senses = nullptr;
            const WordTable::Lex* lex = nullptr;
            std::int64_t number = -1;
            std::uint32_t word_id = WordTable::kEmpty, roles = 0, folded_size = 0;
            std::uint16_t classes = 0;
            std::uint8_t digits = 0;
            const std::uint32_t folded_begin = folded;
            if (t.kind == TokenKind::number) {
                const std::string_view d = t.in(text);
                digits = static_cast<std::uint8_t>(std::min<std::size_t>(d.size(), 255));
                if (d.size() <= 12) {
                    std::int64_t v = 0;
                    for (char c : d) v = v * 10 + (c - '0');
                    number = v;
                }
                info.number = number;
                info.digits = digits;
                for (unsigned n = 0; n < kNumShapes; ++n)
                    if (number_fits(static_cast<NumShape>(n), info)) traits |= trait::shape(static_cast<NumShape>(n));
            } else if (t.kind == TokenKind::punct) {
                const std::uint32_t id = t.size() == 1 ? mark_table.find_byte(static_cast<unsigned char>(text[t.begin]))
                                                       : mark_table.find_id(t.in(text));
                if (id != WordTable::kEmpty) {
                    traits |= trait::id(id);
                    lex = &mark_table.lex(id);
                }
            } else if (t.kind == TokenKind::word) {
                traits |= t.has(Token::upper_initial) ? trait::upper : trait::lower;
                if (t.size() <= 64) {  // no temporal word is longer
                    char* out = s.folded.data() + folded;
                    const std::uint32_t h = fold_and_hash(text, t, out, folded_size);
                    folded += folded_size;
                    if (const std::uint32_t id = words.find_folded(out, folded_size, h); id != WordTable::kEmpty) {
                        const WordTable::Lex& entry = words.lex(id);
                        lex = &entry;
                        word_id = id;
                        traits |= trait::known | trait::id(id);
                        classes = entry.classes;
                        if (entry.senses) {
                            const bool dotted = i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::punct &&
                                                !tokens[i + 1].has(Token::space_before) && tokens[i + 1].size() == 1 &&
                                                text[tokens[i + 1].begin] == '.';
                            if (!entry.needs_dot || dotted) {
                                senses = entry.senses;
                                roles = entry.roles;
                            } else {
                                senses = entry.undotted;
                                roles = entry.undotted_roles;
                            }
                            traits |= trait::roles(roles);
                        }
                    }
                }
            }
            info.senses = senses;
            info.lex = lex;
            info.traits = traits;
            info.number = number;
            info.word_id = word_id;
            info.roles = roles;
            info.folded_begin = folded_begin;
            info.folded_size = static_cast<std::uint16_t>(folded_size);
            info.classes = classes;
            info.digits = digits;
        }
    }

    Tense tense_of(const SentenceView& s, const Candidate& c) const {
        // A cue word's tense; `weak` cues (flag 1: forms that are also
        // participles, "held", "made") count only where no other cue is near.
        auto cue_of = [&](std::size_t i, bool weak) -> Tense {
            if (!(s.info[i].roles & bit(Role::tense))) return Tense::unknown;
            for (const Sense& sense : *s.info[i].senses)
                if (sense.role == Role::tense && ((sense.flag & ~Sense::markers) == 1) == weak)
                    return static_cast<Tense>(sense.value);
            return Tense::unknown;
        };
        // A past auxiliary right before a cue of the future goes with it
        // ("were planning to", "was expected to"): the plan, not the past, dates the phrase.
        auto cue = [&](std::size_t i) {
            const Tense t = cue_of(i, false);
            if (t == Tense::past && i + 1 < s.tokens.size() &&
                (cue_of(i + 1, false) == Tense::future || cue_of(i + 1, true) == Tense::future))
                return Tense::future;
            return t;
        };
        // Verb-second: after a sentence-initial time phrase ("Am Mittwoch", "Im
        // April") comes the finite verb.
        // The tense of the finite verb at token v: a cue word, or a verb ending.
        // A lower-case word without senses, long enough for a verb, ending
        // in one of `suffixes` ("-te", "-ed").
        auto verb_form = [&](std::size_t i, std::span<const std::string_view> suffixes) {
            const Token& t = s.tokens[i];
            if (t.kind != TokenKind::word || t.has(Token::upper_initial) || s.info[i].senses) return false;
            const std::string_view w = s.word(i);
            if (w.size() < language->tense.min_verb_length) return false;
            for (std::string_view suffix : suffixes)
                if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) return true;
            return false;
        };
        auto finite_verb = [&](std::size_t v) -> Tense {
            const Token& t = s.tokens[v];
            if (t.kind != TokenKind::word || t.has(Token::upper_initial)) return Tense::unknown;
            if (Tense cued = cue(v); cued != Tense::unknown) return cued;
            if (verb_form(v, language->tense.past_verb_suffixes)) return Tense::past;
            if (verb_form(v, language->tense.present_verb_suffixes)) return Tense::present;
            return Tense::unknown;
        };
        std::size_t lead = 0;
        while (lead < c.match_first && s.tokens[lead].kind == TokenKind::punct) ++lead;
        const std::size_t sentence_start = lead;
        if (lead + 1 == c.match_first && (s.info[lead].classes & kSignal)) ++lead;
        // The same where the phrase opens a clause after a comma or semicolon
        // ("…, am Freitag kommt ein Slalom zur Austragung"): the verb right
        // after it is its clause's finite verb.
        std::size_t opener = c.match_first;
        if (opener > 0 && (s.info[opener - 1].classes & kSignal)) --opener;
        const bool clause_start = opener > sentence_start && s.tokens[opener - 1].kind == TokenKind::punct &&
                                  (s.tokens[opener - 1].in(s.text) == "," || s.tokens[opener - 1].in(s.text) == ";");
        if ((lead == c.match_first || clause_start) && c.match_end < s.tokens.size())
            if (Tense t = finite_verb(c.match_end); t != Tense::unknown) return t;
        // Verb-second with the subject first ("Der Rat trifft sich am Freitag",
        // "Er kam am Freitag"): a determiner, up to two adjectives and a noun, or
        // a capitalised word, then the finite verb — when no comma parts it from
        // the expression (the verb of its clause).
        if (language->tense.subject_first && sentence_start < c.match_first) {
            std::size_t v = sentence_start;
            if (s.info[v].classes & kDeterminer) {
                ++v;
                for (int adjectives = 0; adjectives < 2 && v < c.match_first && s.tokens[v].kind == TokenKind::word &&
                                         !s.tokens[v].has(Token::upper_initial);
                     ++adjectives)
                    ++v;
            }
            const bool subject = v < c.match_first && s.tokens[v].kind == TokenKind::word &&
                                 s.tokens[v].has(Token::upper_initial) && !(s.info[v].classes & kSignal);
            if (subject && ++v < c.match_first && c.match_first - v <= language->tense.window) {
                bool comma = false;
                for (std::size_t k = v + 1; k < c.match_first && !comma; ++k)
                    comma = s.tokens[k].kind == TokenKind::punct && s.tokens[k].in(s.text) == ",";
                if (!comma)
                    if (Tense t = finite_verb(v); t != Tense::unknown) return t;
            }
        }
        // Otherwise the nearest cue word within the window.
        const TenseRules& rules = language->tense;
        auto past_form = [&](std::size_t i) { return verb_form(i, rules.past_verb_suffixes); };
        auto after_auxiliary = [&](std::size_t i) {
            if (i == 0) return false;
            const std::string_view before = s.word(i - 1);
            for (std::string_view aux : rules.auxiliaries)
                if (before == aux) return true;
            return false;
        };
        auto weak_cue = [&](std::size_t i) -> Tense {
            // A noun or adjective after a determiner: "the plan", "the armed forces".
            if (rules.adjacent_verb_decides && i > 0 && (s.info[i - 1].classes & kDeterminer)) return Tense::unknown;
            Tense t = cue_of(i, true);
            if (t == Tense::unknown && rules.past_suffix_in_window && past_form(i)) t = Tense::past;
            // A past participle after an auxiliary ("will be held", "has been
            // searching"): the auxiliary's own tense, none for "be".
            if (t == Tense::past && rules.adjacent_verb_decides && after_auxiliary(i)) {
                const Tense aux = cue_of(i - 1, false);
                return aux != Tense::unknown ? aux : cue_of(i - 1, true);
            }
            return t;
        };
        if (rules.adjacent_verb_decides) {
            auto verb_at = [&](std::size_t i) -> Tense {
                if (Tense t = cue(i); t != Tense::unknown) return t;
                return weak_cue(i);
            };
            std::size_t before = c.match_first;
            if (before > 0 && (s.info[before - 1].classes & kSignal)) --before;
            if (before > 0)
                if (Tense t = verb_at(before - 1); t != Tense::unknown) return t;
            // A verb with its object before the phrase: "issued a joint statement
            // Friday", "signed the accord Monday" (a determiner at most three words back).
            for (std::size_t j = before; j + 4 > before && j >= 2; --j) {
                const std::size_t k = j - 1;
                if (s.tokens[k].kind != TokenKind::word) break;
                if (s.info[k].classes & kDeterminer) {
                    if (Tense t = verb_at(k - 1); t != Tense::unknown) return t;
                    break;
                }
            }
            if (c.match_end < s.tokens.size() && !(s.info[c.match_end].classes & kSignal))
                if (Tense t = verb_at(c.match_end); t != Tense::unknown) return t;
        }
        // A comma after the phrase and a reporting verb after it: ", officials said".
        std::size_t comma_after = s.tokens.size();
        for (std::size_t i = c.match_end; i < s.tokens.size() && i < c.match_end + rules.window; ++i)
            if (s.tokens[i].kind == TokenKind::punct && s.tokens[i].in(s.text) == ",") {
                comma_after = i;
                break;
            }
        auto report_after_comma = [&](std::size_t i) {
            // Not after a phrase that opens the sentence: "In September, it announced plans".
            if (!rules.report_after_comma_yields || i <= comma_after || lead == c.match_first) return false;
            const std::string_view w = s.word(i);
            for (std::string_view verb : language->narrative.reporting_verbs)
                if (w == verb) return true;
            return false;
        };
        // Strong cues are looked for first (pass 0), weak ones after (pass 1).
        auto cue_in_pass = [&](int pass, std::size_t i) { return pass == 0 ? cue(i) : weak_cue(i); };
        Tense report_tense = Tense::unknown;
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t d = 1; d <= rules.window; ++d) {
                if (c.match_end + d - 1 < s.tokens.size()) {
                    const std::size_t i = c.match_end + d - 1;
                    if (Tense t = cue_in_pass(pass, i); t != Tense::unknown) {
                        if (!report_after_comma(i)) return t;
                        if (report_tense == Tense::unknown) report_tense = t;
                    }
                }
                if (c.match_first >= d) {
                    const std::size_t i = c.match_first - d;
                    if (Tense t = cue_in_pass(pass, i); t != Tense::unknown) return t;
                }
            }
        }
        // A phrase far ahead of its verb ("In January, a week after the
        // anniversary of the ruling, a bombing in Birmingham killed ..."):
        // the first cue after the window, to the end of the sentence.
        if (report_tense == Tense::unknown && rules.verb_beyond_window)
            for (int pass = 0; pass < 2; ++pass)
                for (std::size_t i = c.match_end + rules.window; i < s.tokens.size(); ++i)
                    if (Tense t = cue_in_pass(pass, i); t != Tense::unknown) return t;
        return report_tense;
    }

    // The keyless rules a sentence with these roles (and a number or none)
    // admits, and of them those that start at any number or any token, in
    // rule order.
    struct KeylessAdmitted {
        std::vector<std::uint32_t> rules, at_number, anywhere;
    };
    const KeylessAdmitted& keyless_admitted(std::uint32_t roles, bool numbers) const {
        thread_local const Impl* owner = nullptr;
        thread_local std::unordered_map<std::uint64_t, KeylessAdmitted> memo;
        if (owner != this || memo.size() > 4096) {
            memo.clear();
            owner = this;
        }
        auto [it, added] = memo.try_emplace(std::uint64_t{roles} << 1 | (numbers ? 1 : 0));
        KeylessAdmitted& k = it->second;
        if (added)
            for (auto r : keyless) {
                const RuleFilter& f = filters[r];
                if ((f.required_roles & ~roles) || (f.needs_number && !numbers)) continue;
                k.rules.push_back(r);
                if (f.starts_at_number) k.at_number.push_back(r);
                if (f.starts_anywhere) k.anywhere.push_back(r);
            }
        return k;
    }

    void extract(std::string_view text, std::span<const Token> tokens, std::uint32_t sentence_index,
                 std::vector<Mention>& out, std::vector<std::uint16_t>* classes) const {
        if (tokens.empty()) return;
        thread_local SentenceView s;
        thread_local std::vector<RuleState> states;
        thread_local std::uint32_t sentence_number = 0;
        // The rules that may match in this sentence: one bit per rule, and of
        // them those that start at any number or any token, in rule order.
        thread_local std::vector<std::uint64_t> enabled;
        thread_local std::vector<std::uint32_t> touched, at_number, anywhere;
        thread_local std::vector<Candidate> cands;
        thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> blocked;
        describe(text, tokens, s);
        if (classes)
            for (std::size_t i = 0; i < tokens.size(); ++i) classes->push_back(s.info[i].classes);
        cands.clear();
        blocked.clear();
        touched.clear();
        at_number.clear();
        anywhere.clear();
        if (states.size() < rules.size()) states.resize(rules.size());
        // A rule's `tried` is tried_base + its start token: unique to this
        // sentence's tokens, so that no state is reset for a new sentence.
        thread_local std::uint32_t tried_base = 0, last_size = 0;  // last_size: the sentence before's tokens
        if (++sentence_number == 0 || tried_base > UINT32_MAX - 2 * (std::uint64_t{last_size} + tokens.size() + 1)) {
            // wrapped: no stale state may look current
            std::fill(states.begin(), states.end(), RuleState{});
            sentence_number = 1;
            tried_base = 0;
        }
        tried_base += last_size + 1;
        last_size = static_cast<std::uint32_t>(tokens.size());
        RuleState* const state = states.data();
        const TokenInfo* const info_at = s.info.data();

        // Where the keys stand: this touches only the rules whose key is in
        // the sentence, not every rule of the grammar.
        std::uint32_t sentence_roles = 0;
        bool sentence_numbers = false;
        auto key_stands = [&](std::uint32_t r, std::uint64_t at) {
            RuleState& st = state[r];
            if (st.sentence != sentence_number) {
                st.sentence = sentence_number;
                st.key_at = 0;
                touched.push_back(r);
            }
            st.key_at |= at;
        };
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const std::uint64_t at = i < 64 ? std::uint64_t{1} << i : ~std::uint64_t{0};
            const TokenInfo& info = info_at[i];
            sentence_roles |= info.roles;
            sentence_numbers = sentence_numbers || tokens[i].kind == TokenKind::number;
            if (info.lex && info.lex->enables)
                for (auto r : *info.lex->enables) key_stands(r, at);
            for (std::uint32_t roles = info.roles; roles;) {
                const unsigned b = static_cast<unsigned>(__builtin_ctz(roles));
                roles &= roles - 1;
                for (auto r : role_enables[b]) key_stands(r, at);
            }
        }
        // Rules that cannot match anywhere in this sentence are never tried.
        // Which of the keyless ones can depends only on the sentence's roles
        // and whether it has a number: worked out once per such pair.
        enabled.assign((rules.size() + 63) / 64, 0);
        std::uint64_t* const enabled_bits = enabled.data();
        auto admit = [&](std::uint32_t r) {
            const RuleFilter& f = filters[r];
            if ((f.required_roles & ~sentence_roles) || (f.needs_number && !sentence_numbers)) return;
            enabled_bits[r / 64] |= std::uint64_t{1} << (r % 64);
            if (f.starts_at_number) at_number.push_back(r);
            if (f.starts_anywhere) anywhere.push_back(r);
        };
        for (auto r : touched) admit(r);
        const bool touched_at_number = !at_number.empty(), touched_anywhere = !anywhere.empty();
        const KeylessAdmitted& admitted = keyless_admitted(sentence_roles, sentence_numbers);
        for (auto r : admitted.rules) enabled_bits[r / 64] |= std::uint64_t{1} << (r % 64);
        at_number.insert(at_number.end(), admitted.at_number.begin(), admitted.at_number.end());
        anywhere.insert(anywhere.end(), admitted.anywhere.begin(), admitted.anywhere.end());
        if (touched_at_number) std::sort(at_number.begin(), at_number.end());
        if (touched_anywhere) std::sort(anywhere.begin(), anywhere.end());

        auto is_enabled = [&](std::uint32_t r) { return (enabled_bits[r / 64] >> (r % 64)) & 1; };
        // Only for an enabled rule r.
        auto try_rule = [&](std::uint32_t r, std::uint32_t start) {
            RuleState& st = state[r];
            if (st.tried == tried_base + start) return;
            st.tried = tried_base + start;
            const RuleFilter& f = filters[r];
            if (f.needs_key && start < 64) {
                const std::uint64_t key_at = st.sentence == sentence_number ? st.key_at : 0;
                const unsigned reach = f.key_reach;
                const std::uint64_t upto = reach >= 63 ? ~std::uint64_t{0} : (std::uint64_t{1} << (reach + 1)) - 1;
                const unsigned from = std::min<unsigned>(f.key_min, 63);
                const std::uint64_t window = upto & ~((std::uint64_t{1} << from) - 1);
                if (!((key_at >> start) & window)) return;
            }
            // The first lead is first_need[r], which every caller has tested.
            for (unsigned k = 1; k < f.leads; ++k) {
                if (start + k >= s.tokens.size()) return;
                const std::uint64_t traits = info_at[start + k].traits;
                if (!f.lead[k].admits(traits)) return;
            }
            const CompiledRule& rule = rules[r];
            if (rule.not_before && start > 0 && (!rule.not_before->glued || !s.tokens[start].has(Token::space_before)) &&
                elem_matches(*rule.not_before, s, start - 1))
                return;
            Matcher m{rule, s};
            if (!m.run(0, start)) return;
            if (m.end == start) return;
            if (rule.not_after && m.end < s.tokens.size() &&
                (!rule.not_after->glued || !s.tokens[m.end].has(Token::space_before)) &&
                elem_matches(*rule.not_after, s, m.end))
                return;
            std::uint32_t first = UINT32_MAX, last = 0;
            for (std::size_t k = 0; k < m.ncaps; ++k) {
                const Capture& cap = m.caps[k];
                if (cap.elem >= rule.span_first && cap.elem < rule.span_last) {
                    first = std::min<std::uint32_t>(first, cap.token);
                    last = std::max<std::uint32_t>(last, cap.token);
                }
            }
            if (first == UINT32_MAX) return;
            if (rule.negative) {
                blocked.emplace_back(first, last);
                return;
            }
            Candidate c{first, last, start, static_cast<std::uint32_t>(m.end), r, TemporalForm{}};
            c.form.type = rule.type;
            for (std::size_t k = 0; k < m.ncaps; ++k) {
                const Capture& cap = m.caps[k];
                const Elem& e = rule.elems[cap.elem];
                if (rule.set.sum && e.kind == Elem::Kind::word && c.form.unit && c.form.amount && !c.form.larger_unit) {
                    // The word joining two parts of a duration: what came before is the larger part.
                    c.form.larger_amount = c.form.amount;
                    c.form.larger_unit = c.form.unit;
                    c.form.amount.reset();
                    c.form.unit.reset();
                    c.form.plural = false;
                }
                if (e.contributes) apply_elem(e, s, cap.token, c.form);
            }
            if (rule.set.fraction) {
                // Whole, numerator, denominator: the numbers in the extent, in order.
                std::uint64_t n[3] = {0, 0, 0};
                std::size_t found = 0;
                for (std::size_t k = 0; k < m.ncaps && found < 3; ++k)
                    if (rule.elems[m.caps[k].elem].kind == Elem::Kind::number && rule.elems[m.caps[k].elem].contributes)
                        n[found++] = s.info[m.caps[k].token].number;
                if (found < 3 || n[2] == 0 || n[1] >= n[2]) return;
                c.form.amount = double(n[0]) + double(n[1]) / double(n[2]);
                c.form.fraction = true;
            }
            // Two parts only in falling units: "drei Monate und zwei Jahre" is a list.
            if (c.form.larger_unit && (!c.form.unit || !c.form.amount || *c.form.unit >= *c.form.larger_unit)) return;
            apply_assignments(rule.set, c.form);
            cands.push_back(c);
        };

        const RuleFilter::Lead* const need = first_need.data();
        for (std::uint32_t i = 0; i < tokens.size(); ++i) {
            const Token& t = tokens[i];
            const TokenInfo& info = s.info[i];
            const std::uint64_t traits = info.traits;  // glued among them, as the first lead asks
            if (t.kind == TokenKind::number) {
                for (auto r : at_number)
                    if (need[r].admits(traits)) try_rule(r, i);
            } else {
                // A word's rules, or a punctuation mark's.
                if (info.lex && info.lex->starting_rules)
                    for (auto r : *info.lex->starting_rules)
                        if (is_enabled(r) && need[r].admits(traits)) try_rule(r, i);
                for (std::uint32_t roles = info.roles; roles;) {
                    const unsigned b = static_cast<unsigned>(__builtin_ctz(roles));
                    roles &= roles - 1;
                    for (auto r : by_role[b])
                        if (is_enabled(r) && need[r].admits(traits)) try_rule(r, i);
                }
            }
            for (auto r : anywhere)
                if (need[r].admits(traits)) try_rule(r, i);
        }
        if (cands.empty()) return;

        // Longest extent first, then leftmost, then the rule listed first;
        // nothing may overlap an accepted extent or a negative one.
        std::sort(cands.begin(), cands.end(), [&](const Candidate& a, const Candidate& b) {
            const auto la = tokens[a.last].end - tokens[a.first].begin;
            const auto lb = tokens[b.last].end - tokens[b.first].begin;
            if (la != lb) return la > lb;
            if (a.first != b.first) return a.first < b.first;
            return a.rule < b.rule;
        });
        thread_local std::vector<std::uint8_t> taken;
        taken.assign(tokens.size(), 0);
        for (auto [f, l] : blocked)
            for (std::uint32_t k = f; k <= l; ++k) taken[k] = 1;
        const std::size_t first_out = out.size();
        // Where the phrase around an expression opens: the prepositions before
        // it, "am 30. Juni", "bis zum 5. August", "ab dem 1. Juli".
        auto is_signal = [&](std::uint32_t k) {
            return !taken[k] && (s.info[k].classes & kSignal);
        };
        auto phrase_lead = [&](std::uint32_t first) {
            if (first > 0 && is_signal(first - 1)) {
                --first;
                if (first > 0 && is_signal(first - 1)) --first;
            } else if (first > 1 && (s.info[first - 1].classes & kDeterminer) && !taken[first - 1] &&
                       is_signal(first - 2)) {
                first -= 2;
            }
            return first;
        };
        for (const Candidate& c : cands) {
            bool free = true;
            for (std::uint32_t k = c.first; k <= c.last && free; ++k) free = !taken[k];
            if (!free) continue;
            for (std::uint32_t k = c.first; k <= c.last; ++k) taken[k] = 1;
            // A full stop that ends the sentence is punctuation, not part of the
            // expression ("Anfang Juni." — the optional abbreviation dot took it).
            std::uint32_t last = c.last;
            if (last > c.first && last + 1 == tokens.size() && tokens[last].kind == TokenKind::punct &&
                tokens[last].in(text) == ".")
                --last;
            Mention m;
            m.begin = tokens[c.first].begin;
            m.end = tokens[last].end;
            m.form = c.form;
            m.phrase_begin = tokens[phrase_lead(c.first)].begin;
            // "seit Mai", "seit dem 20. März": what a 'since' phrase names lies in the past.
            std::uint32_t signal = c.first;
            if (signal > 0 && (s.info[signal - 1].classes & kDeterminer)) --signal;
            if (signal > 0 && m.form.direction == Direction::from_tense && (s.info[signal - 1].classes & kPastSignal))
                m.form.direction = Direction::past;
            // "gave them until Tuesday": a deadline ahead; a sentence that opens
            // with it frames a past instead ("Until Thursday, police had not ...").
            if (signal > 0 && m.form.direction == Direction::from_tense && (s.info[signal - 1].classes & kSignal) &&
                !tokens[signal - 1].has(Token::upper_initial))
                for (std::string_view w : language->future_signals)
                    if (s.word(signal - 1) == w) m.form.direction = Direction::future;
            m.rule = rules[c.rule].name;
            m.tense = tense_of(s, c);
            m.sentence = sentence_index;
            // Opening the sentence: only punctuation and a preposition before it ("Um 9 Uhr ...").
            std::uint32_t lead = 0;
            while (lead < c.match_first && tokens[lead].kind == TokenKind::punct) ++lead;
            m.opens_sentence = lead == c.match_first || lead == phrase_lead(c.match_first);
            out.push_back(m);
        }
        std::sort(out.begin() + static_cast<std::ptrdiff_t>(first_out), out.end(),
                  [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
        // Days listed before their month ("am 3., 4. und 5. Juli", "vom 3. bis
        // 5. Juli 2024") take month and year from the date that closes the list.
        // A list member whose list has no such date is no date at all
        // ("der 3. und 4. Platz").
        bool dropped = false;
        for (std::size_t i = first_out; i < out.size(); ++i) {
            TemporalForm& f = out[i].form;
            if (!f.day || f.month || f.year || f.anchor != Anchor::previous) continue;
            bool closed = false;
            for (std::size_t j = i + 1; j < out.size(); ++j) {
                const TemporalForm& g = out[j].form;
                if (g.day && g.month) {
                    f.month = g.month;
                    f.year = g.year;
                    f.two_digit_year = g.two_digit_year;
                    f.anchor = g.anchor;
                    closed = true;
                    break;
                }
                if (!g.day) break;  // something else between: not one list
            }
            if (!closed && f.list_member) {
                out[i].end = out[i].begin;  // marked for removal
                dropped = true;
            }
        }
        if (dropped)
            out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first_out), out.end(),
                                     [](const Mention& m) { return m.end == m.begin; }),
                      out.end());
        // The open end of a range takes the year of the closed end:
        // "vom 12. März bis 30. Juni 2024", "von März bis Mai 2024".
        for (std::size_t i = first_out; i + 1 < out.size(); ++i) {
            if (!only_range_words(text.substr(out[i].end, out[i + 1].begin - out[i].end))) continue;
            out[i + 1].closes_range = true;
            TemporalForm& f = out[i].form;
            const TemporalForm& g = out[i + 1].form;
            if (!f.month || f.year || !g.month || !g.year || f.anchor != Anchor::document || f.offset) continue;
            f.year = g.year;
            f.two_digit_year = g.two_digit_year;
        }
    }

    // True when `gap` holds nothing but white space and range words.
    bool only_range_words(std::string_view gap) const {
        thread_local std::string word;  // scratch
        std::size_t i = 0;
        bool any = false;
        while (i < gap.size()) {
            while (i < gap.size() && (gap[i] == ' ' || gap[i] == '\t' || gap[i] == '\n' || gap[i] == '\r')) ++i;
            if (i >= gap.size()) break;
            std::size_t j = i;
            while (j < gap.size() && gap[j] != ' ' && gap[j] != '\t' && gap[j] != '\n' && gap[j] != '\r') ++j;
            text::fold_lower(gap.substr(i, j - i), word);
            if (std::find(language->range_words.begin(), language->range_words.end(), word) == language->range_words.end())
                return false;
            any = true;
            i = j;
        }
        return any;
    }
};

Grammar::Grammar(const LanguageData& language) : impl_(std::make_unique<Impl>(language)) {}
Grammar::~Grammar() = default;
Grammar::Grammar(Grammar&&) noexcept = default;
Grammar& Grammar::operator=(Grammar&&) noexcept = default;

const text::SentenceRules& Grammar::sentence_rules() const { return impl_->sentence_rules; }

void Grammar::extract(std::string_view text, std::span<const text::Token> sentence, std::uint32_t sentence_index,
                      std::vector<Mention>& out, std::vector<std::uint16_t>* classes) const {
    impl_->extract(text, sentence, sentence_index, out, classes);
}

namespace {

template <class Rules>
std::vector<std::string_view> names_of(const Rules& rules, bool negative) {
    std::vector<std::string_view> names;
    for (const auto& r : rules)
        if (r.negative == negative && std::find(names.begin(), names.end(), r.name) == names.end()) names.push_back(r.name);
    return names;
}

}  // namespace

std::vector<std::string_view> Grammar::rule_names() const { return names_of(impl_->rules, false); }

std::uint16_t Grammar::word_class(std::string_view folded_word) const {
    const WordEntry* entry = impl_->words.find(folded_word);
    return entry ? entry->classes : 0;
}

std::vector<std::string_view> Grammar::negative_rule_names() const { return names_of(impl_->rules, true); }

const Grammar& grammar_for(const LanguageData& language) {
    static std::mutex mutex;
    // Kept for the life of the process and never destroyed: freeing every
    // word of every compiled grammar at exit costs a short run (tagging one
    // small file) a noticeable part of its time.
    static auto& cache = *new std::map<const LanguageData*, std::unique_ptr<Grammar>>;
    std::lock_guard lock(mutex);
    auto& g = cache[&language];
    if (!g) g = std::make_unique<Grammar>(language);
    return *g;
}

}  // namespace chronik
