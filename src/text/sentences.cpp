#include <chronik/text.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace chronik::text {

namespace {

enum class CharClass : std::uint8_t { space, newline, letter, digit, punct };

bool is_space_cp(char32_t c) {
    return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
           c == 0x3000 || c == 0xFEFF;
}

bool is_letter_cp(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c < 0xC0) return c == 0xAA || c == 0xAD || c == 0xB5 || c == 0xBA;  // ª, soft hyphen, µ, º
    if (c <= 0xFF) return c != 0xD7 && c != 0xF7;                             // Latin-1 letters, not × ÷
    // Punctuation, symbols, arrows, dingbats, CJK punctuation, full-width
    // forms and emoji are not letters; the rest of Unicode is treated as such.
    if (c >= 0x2000 && c <= 0x2BFF) return false;
    if (c >= 0x3000 && c <= 0x303F) return false;
    if (c >= 0xFE30 && c <= 0xFE4F) return false;
    if (c >= 0xFF00 && c <= 0xFF20) return false;
    if (c >= 0x1F000) return false;
    return true;
}

bool is_upper_cp(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0;
    if (c == 0x1E9E) return true;
    if (c >= 0x391 && c <= 0x3A9) return true;
    if (c >= 0x400 && c <= 0x42F) return true;
    return false;
}

// The classes of ASCII characters, by table: most of a German text is ASCII.
constexpr auto kAsciiClass = [] {
    std::array<CharClass, 0x80> table{};
    for (unsigned c = 0; c < 0x80; ++c) {
        if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) table[c] = CharClass::newline;
        else if (c == ' ' || c == '\t' || c < 0x20 || c == 0x7F) table[c] = CharClass::space;
        else if (c >= '0' && c <= '9') table[c] = CharClass::digit;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) table[c] = CharClass::letter;
        else table[c] = CharClass::punct;
    }
    return table;
}();

CharClass classify(char32_t c) {
    if (c < 0x80) return kAsciiClass[c];
    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85)
        return CharClass::newline;
    if (c == ' ' || c == '\t' || (c < 0x20) || c == 0x7F || is_space_cp(c)) return CharClass::space;
    if (c >= '0' && c <= '9') return CharClass::digit;
    if (is_letter_cp(c)) return CharClass::letter;
    return CharClass::punct;
}

// The marks, by length and bytes (most tokens asked about are one byte long).
bool is_closer(std::string_view t) {
    switch (t.size()) {
        case 1: return t[0] == '"' || t[0] == '\'' || t[0] == ')' || t[0] == ']';
        case 2: return t == "\xC2\xBB" /* » */ || t == "\xC2\xAB" /* « */;
        case 3:
            return t[0] == '\xE2' && t[1] == '\x80' &&
                   (t[2] == '\x9C' /* “ */ || t[2] == '\x9D' /* ” */ || t[2] == '\x99' /* ’ */ ||
                    t[2] == '\x98' /* ‘ */);
        default: return false;
    }
}

bool is_opener(std::string_view t) {
    switch (t.size()) {
        case 1: return t[0] == '"' || t[0] == '\'' || t[0] == '`' || t[0] == '(' || t[0] == '[' || t[0] == '-';
        case 2: return t == "\xC2\xBB" /* » */ || t == "\xC2\xAB" /* « */;
        case 3:
            return t[0] == '\xE2' && t[1] == '\x80' &&
                   (t[2] == '\x9E' /* „ */ || t[2] == '\x9C' /* “ */ || t[2] == '\x9A' /* ‚ */ ||
                    t[2] == '\x93' /* – */ || t[2] == '\x94' /* — */);
        default: return false;
    }
}

bool is_final(std::string_view t) {
    if (t.size() == 1) return t[0] == '.' || t[0] == '!' || t[0] == '?';
    return t == "\xE2\x80\xA6" /* … */;
}

}  // namespace

SentenceReader::SentenceReader(std::string_view text, const SentenceRules& rules)
    : text_(text), rules_(rules) {}

namespace {

// What a byte says by itself, by table: the class of an ASCII character (a
// letter's case too), or that it starts or continues a multi-byte character.
enum : std::uint8_t {
    kSpaceByte = 1,
    kNewlineByte = 2,
    kDigitByte = 4,
    kUpperByte = 8,
    kLowerByte = 16,
    kPunctByte = 32,
    kMultiByte = 64,
};
constexpr std::uint8_t kLetterByte = kUpperByte | kLowerByte;

constexpr auto kByteClass = [] {
    std::array<std::uint8_t, 0x100> table{};
    for (unsigned c = 0; c < 0x100; ++c) {
        if (c >= 0x80) {
            table[c] = kMultiByte;
            continue;
        }
        switch (kAsciiClass[c]) {
            case CharClass::space: table[c] = kSpaceByte; break;
            case CharClass::newline: table[c] = kNewlineByte; break;
            case CharClass::digit: table[c] = kDigitByte; break;
            case CharClass::letter: table[c] = c >= 'a' ? kLowerByte : kUpperByte; break;
            case CharClass::punct: table[c] = kPunctByte; break;
        }
    }
    return table;
}();

// The end of the run of ASCII letters from p[j] (before n); the letters'
// 0x20 bits (a small letter's) are or-ed into `lower`.
std::size_t ascii_letters(const unsigned char* p, std::size_t j, std::size_t n, std::uint64_t& lower) {
    if constexpr (std::endian::native == std::endian::little) {
        constexpr std::uint64_t kOnes = 0x0101010101010101u;
        constexpr std::uint64_t kHigh = 0x80 * kOnes;
        for (; j + 8 <= n; j += 8) {
            std::uint64_t w;
            std::memcpy(&w, p + j, 8);
            // A byte is a letter when, with 0x20 set, it lies in 'a'..'z'
            // (0x61..0x7A) and its own high bit is clear. On the low seven
            // bits the sums carry into no other byte.
            const std::uint64_t y = (w | 0x20 * kOnes) & ~kHigh;
            const std::uint64_t letter = (y + 0x1F * kOnes) & ~(y + 0x05 * kOnes) & ~w & kHigh;
            const std::uint64_t other = ~letter & kHigh;
            if (other == 0) {
                lower |= w & 0x20 * kOnes;
                continue;
            }
            const unsigned k = unsigned(std::countr_zero(other)) / 8;  // the letters before the first other byte
            lower |= w & 0x20 * kOnes & ((std::uint64_t(1) << (8 * k)) - 1);
            return j + k;
        }
    }
    for (; j < n; ++j) {
        const std::uint8_t e = kByteClass[p[j]];
        if (!(e & kLetterByte)) break;
        lower |= e & kLowerByte;
    }
    return j;
}

}  // namespace

// Inlined into next_appended, its one caller: a call per token cost a tenth of it.
[[gnu::always_inline]] inline bool SentenceReader::next_token(Token& t) {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t n = text_.size();
    std::uint8_t flags = 0;
    std::size_t i = pos_;
    // White space before the token; then the class of its first character.
    std::size_t j;  // past the first character
    char32_t c;
    CharClass cls;
    for (;;) {
        if (i >= n) {
            pos_ = i;
            return false;
        }
        const std::uint8_t e = kByteClass[p[i]];
        if (e & kSpaceByte) {
            flags |= Token::space_before;
            ++i;
            continue;
        }
        if (e & kNewlineByte) {
            flags |= Token::space_before | Token::newline_before;
            ++i;
            continue;
        }
        if (!(e & kMultiByte)) {
            c = p[i];
            j = i + 1;
            cls = e & kLetterByte ? CharClass::letter : e & kDigitByte ? CharClass::digit : CharClass::punct;
            break;
        }
        j = i;
        c = decode(text_, j);
        cls = classify(c);
        if (cls == CharClass::space) {
            flags |= Token::space_before;
            i = j;
            continue;
        }
        if (cls == CharClass::newline) {
            flags |= Token::space_before | Token::newline_before;
            i = j;
            continue;
        }
        break;
    }
    t.begin = static_cast<std::uint32_t>(i);
    t.flags = flags;
    if (cls == CharClass::punct) {
        t.kind = TokenKind::punct;
    } else if (cls == CharClass::digit) {
        t.kind = TokenKind::number;
        while (j < n && (kByteClass[p[j]] & kDigitByte)) ++j;  // only ASCII digits are digits
    } else {
        t.kind = TokenKind::word;
        bool upper = is_upper_cp(c);
        if (upper) t.flags |= Token::upper_initial;
        std::size_t letters = 1;
        std::uint64_t lower = 0;  // the 0x20 bits of the ASCII letters: set for a small letter
        for (;;) {
            // ASCII letters without decoding, most of a word: eight bytes at a time.
            const std::size_t from = j;
            j = ascii_letters(p, j, n, lower);
            letters += j - from;
            if (j >= n || p[j] < 0x80) break;
            std::size_t k = j;
            const char32_t d = decode(text_, k);
            if (classify(d) != CharClass::letter) break;
            upper = upper && is_upper_cp(d);
            ++letters;
            j = k;
        }
        if (upper && lower == 0 && letters >= 2) t.flags |= Token::all_upper;
    }
    t.end = static_cast<std::uint32_t>(j);
    pos_ = j;
    return true;
}

bool SentenceReader::ends_sentence(std::span<const Token> tokens, const Token& next) {
    if (next.has(Token::newline_before)) return true;
    // Without a line break only a mark ends a sentence (a final mark, or a
    // closing quote or bracket after one): after a word or number, which is
    // most tokens, nothing below can say yes.
    if (tokens.back().kind != TokenKind::punct) return false;
    if (!next.has(Token::space_before)) {
        // A capital glued to a closed quotation or a question ("trainiert."In
        // den ...", "berücksichtigen?Als ...") still starts a sentence: the
        // space is missing, not the boundary. Glued to a full stop alone it
        // does not ("S.E.A.", "www.Name.it").
        if (next.kind != TokenKind::word || !next.has(Token::upper_initial) || tokens.size() < 3) return false;
        const std::string_view last = tokens.back().in(text_);
        const std::string_view mark = tokens[tokens.size() - 2].in(text_);
        const bool quoted = is_closer(last) && last != ")" && last != "]" && is_final(mark);
        const bool question = (last == "?" || last == "!") && tokens[tokens.size() - 2].kind == TokenKind::word;
        return quoted || question;
    }
    // Skip closing quotes and brackets after the final mark: „…“ sagte er.
    std::size_t last = tokens.size();
    while (last > 0 && tokens[last - 1].kind == TokenKind::punct && is_closer(tokens[last - 1].in(text_))) --last;
    if (last == 0) return false;
    const Token& mark = tokens[last - 1];
    if (mark.kind != TokenKind::punct || !is_final(mark.in(text_))) return false;
    // The next sentence starts with a capital, a digit or an opening mark.
    const bool starts = (next.kind == TokenKind::word && next.has(Token::upper_initial)) ||
                        next.kind == TokenKind::number ||
                        (next.kind == TokenKind::punct && is_opener(next.in(text_)));
    if (!starts) return false;
    if (mark.in(text_) != "." || last < 2) return true;
    const Token& before = tokens[last - 2];
    if (before.end != mark.begin) return true;  // "Ende ." — a loose dot still ends
    if (before.kind == TokenKind::word) {
        const std::string_view w = before.in(text_);
        // Single letters are initials or parts of abbreviations (z. B., J. R.).
        std::size_t i = 0;
        decode(w, i);
        if (i == w.size()) return false;
        // Folded on the stack (a word of a sentence's end is short), or in fold_.
        char buffer[64];
        std::string_view folded;
        if (w.size() <= sizeof buffer) {
            folded = std::string_view(buffer, fold_lower_to(w, buffer));
        } else {
            fold_lower(w, fold_);
            folded = fold_;
        }
        if (rules_.abbreviations.contains(folded)) return false;
        for (const std::string& suffix : rules_.abbreviation_suffixes)
            if (folded.size() > suffix.size() && folded.ends_with(suffix)) return false;
        return true;
    }
    if (before.kind == TokenKind::number && rules_.ordinal_dot && before.size() <= 3) return false;
    return true;
}

bool SentenceReader::next(std::vector<Token>& tokens, Sentence& sentence) {
    tokens.clear();
    std::size_t from = 0;
    return next_appended(tokens, from, sentence);
}

bool SentenceReader::next_appended(std::vector<Token>& tokens, std::size_t& from, Sentence& sentence) {
    from = tokens.size();
    if (pending_) {
        tokens.push_back(*pending_);
        pending_.reset();
    }
    Token t;
    std::size_t n = tokens.size() - from;  // the sentence's tokens so far (no size() per token)
    while (next_token(t)) {
        // A line break ends a sentence; without one only a mark can (most
        // tokens follow a word or number: ends_sentence is not asked).
        if (n > 0 && (t.has(Token::newline_before) ||
                      (tokens.back().kind == TokenKind::punct &&
                       ends_sentence(std::span<const Token>(tokens.data() + from, n), t)))) {
            pending_ = t;
            break;
        }
        tokens.push_back(t);
        if (++n >= kMaxSentenceTokens) break;
    }
    if (n == 0) return false;
    sentence.begin = tokens[from].begin;
    sentence.end = tokens.back().end;
    return true;
}

void WordSet::insert(std::string word) {
    longest_ = std::max(longest_, word.size());
    words_.insert(std::move(word));
}

std::vector<Sentence> split_sentences(std::string_view text, const SentenceRules& rules) {
    std::vector<Sentence> out;
    SentenceReader reader(text, rules);
    std::vector<Token> tokens;
    Sentence s;
    while (reader.next(tokens, s)) out.push_back(s);
    return out;
}

}  // namespace chronik::text
