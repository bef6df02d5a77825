#include <chronik/text.hpp>

#include <array>

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
    if (c >= 'A' && c <= 'Z') return true;
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

bool is_closer(std::string_view t) {
    return t == "\"" || t == "'" || t == ")" || t == "]" || t == "\xE2\x80\x9C" /* “ */ ||
           t == "\xE2\x80\x9D" /* ” */ || t == "\xE2\x80\x99" /* ’ */ || t == "\xC2\xBB" /* » */ ||
           t == "\xC2\xAB" /* « */ || t == "\xE2\x80\x98" /* ‘ */;
}

bool is_opener(std::string_view t) {
    return t == "\"" || t == "'" || t == "(" || t == "[" || t == "\xE2\x80\x9E" /* „ */ ||
           t == "\xE2\x80\x9C" || t == "\xC2\xBB" || t == "\xC2\xAB" || t == "\xE2\x80\x9A" /* ‚ */ ||
           t == "-" || t == "\xE2\x80\x93" /* – */ || t == "\xE2\x80\x94" /* — */;
}

// decode() with its ASCII case inline: most characters of a text are ASCII,
// and the tokenizer reads every character once or twice.
char32_t next_char(std::string_view s, std::size_t& i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    return decode(s, i);
}

bool is_final(std::string_view t) {
    return t == "." || t == "!" || t == "?" || t == "\xE2\x80\xA6" /* … */;
}

}  // namespace

SentenceReader::SentenceReader(std::string_view text, const SentenceRules& rules)
    : text_(text), rules_(rules) {}

bool SentenceReader::next_token(Token& t) {
    std::uint8_t flags = 0;
    const std::size_t n = text_.size();
    while (pos_ < n) {
        std::size_t i = pos_;
        const char32_t c = next_char(text_, i);
        const CharClass cls = classify(c);
        if (cls == CharClass::space) {
            flags |= Token::space_before;
            pos_ = i;
            continue;
        }
        if (cls == CharClass::newline) {
            flags |= Token::space_before | Token::newline_before;
            pos_ = i;
            continue;
        }
        t.begin = static_cast<std::uint32_t>(pos_);
        t.flags = flags;
        if (cls == CharClass::punct) {
            t.kind = TokenKind::punct;
            t.end = static_cast<std::uint32_t>(i);
            pos_ = i;
            return true;
        }
        t.kind = cls == CharClass::digit ? TokenKind::number : TokenKind::word;
        bool upper = true;
        std::size_t letters = 0;
        if (cls == CharClass::letter) {
            if (is_upper_cp(c)) t.flags |= Token::upper_initial;
            upper = is_upper_cp(c);
            letters = 1;
        }
        std::size_t j = i;
        while (j < n) {
            // ASCII by table, without decoding: most of a run is ASCII.
            if (const auto b = static_cast<unsigned char>(text_[j]); b < 0x80) {
                if (kAsciiClass[b] != cls) break;
                if (cls == CharClass::letter) {
                    upper = upper && b >= 'A' && b <= 'Z';
                    ++letters;
                }
                ++j;
                continue;
            }
            std::size_t k = j;
            const char32_t d = decode(text_, k);
            if (classify(d) != cls) break;
            if (cls == CharClass::letter) {
                upper = upper && is_upper_cp(d);
                ++letters;
            }
            j = k;
        }
        if (cls == CharClass::letter && upper && letters >= 2) t.flags |= Token::all_upper;
        t.end = static_cast<std::uint32_t>(j);
        pos_ = j;
        return true;
    }
    return false;
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
        fold_lower(w, fold_);
        if (rules_.abbreviations.count(fold_) != 0) return false;
        for (const std::string& suffix : rules_.abbreviation_suffixes)
            if (fold_.size() > suffix.size() && fold_.compare(fold_.size() - suffix.size(), suffix.size(), suffix) == 0)
                return false;
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
    Token t;
    while (true) {
        if (pending_) {
            t = *pending_;
            pending_.reset();
        } else if (!next_token(t)) {
            break;
        }
        const std::span<const Token> so_far(tokens.data() + from, tokens.size() - from);
        if (!so_far.empty() && ends_sentence(so_far, t)) {
            pending_ = t;
            break;
        }
        tokens.push_back(t);
        if (tokens.size() - from >= kMaxSentenceTokens) break;
    }
    if (tokens.size() == from) return false;
    sentence.begin = tokens[from].begin;
    sentence.end = tokens.back().end;
    return true;
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
