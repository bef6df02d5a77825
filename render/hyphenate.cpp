#include "hyphenate.hpp"

#include <chronik/text.hpp>

#include <hyphen.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_set>

namespace chronik::render::detail {

void HyphenDictionary::Free::operator()(_HyphenDict* d) const { hnj_hyphen_free(d); }

std::optional<HyphenDictionary> HyphenDictionary::from_file(const std::string& path) {
    if (HyphenDict* d = hnj_hyphen_load(path.c_str())) return HyphenDictionary(d);
    return std::nullopt;
}

std::optional<HyphenDictionary> HyphenDictionary::from_text(const std::string& text) {
    if (text.empty()) return std::nullopt;
    // fmemopen only reads the buffer in mode "r".
    FILE* stream = fmemopen(const_cast<char*>(text.data()), text.size(), "r");
    if (!stream) return std::nullopt;
    HyphenDict* d = hnj_hyphen_load_file(stream);
    std::fclose(stream);
    if (d) return HyphenDictionary(d);
    return std::nullopt;
}

bool HyphenDictionary::utf8() const { return dict_->utf8 != 0; }

std::vector<Break> HyphenDictionary::breaks(const std::string& word) const {
    std::vector<char> hyphens(word.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    // libhyphen takes a mutable dictionary but does not change it; it needs
    // the word NUL-terminated (std::string is).
    hnj_hyphen_hyphenate2(dict_.get(), word.c_str(), int(word.size()), hyphens.data(), nullptr, &rep, &pos, &cut);
    std::vector<Break> out(word.size(), Break::none);
    for (std::size_t i = 0; i < word.size(); ++i)
        if (hyphens[i] & 1) out[i] = rep && rep[i] ? Break::replaced : Break::standard;
    if (rep) {
        for (std::size_t i = 0; i < word.size(); ++i) std::free(rep[i]);
        std::free(rep);
        std::free(pos);
        std::free(cut);
    }
    return out;
}

namespace {

// ---- the .dic file, as libhyphen's hnj_hyphen_load_file reads it -------------

enum class LineKind : std::uint8_t {
    kept,         // the charset line, directives, lines libhyphen skips as too long
    next_level,   // the first NEXTLEVEL: compound-level patterns before it, the others after
    comment,      // '%': libhyphen ignores it
    pattern,      // letters with break digits
    replacement,  // a pattern with a non-standard replacement ("c1k/k=k,1,2")
};

struct PatternLine {
    std::string_view text;  // with its newline
    LineKind kind = LineKind::kept;
    int level = 0;                        // 0, and 1 after NEXTLEVEL
    std::size_t letters = 0, length = 0;  // the pattern without digits, in PatternFile::letters
};

struct PatternFile {
    std::string text;
    std::string letters;  // every pattern's letters, one after another
    std::vector<PatternLine> lines;
    bool utf8 = false;

    std::string_view letters_of(const PatternLine& l) const { return std::string_view(letters).substr(l.letters, l.length); }
};

bool starts_with_any(std::string_view line, std::initializer_list<std::string_view> prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return line.starts_with(p); });
}

std::unique_ptr<PatternFile> parse_pattern_file(std::string text) {
    auto file = std::make_unique<PatternFile>();
    file->text = std::move(text);
    const std::string_view all = file->text;
    int level = 0;
    for (std::size_t at = 0; at < all.size();) {
        const std::size_t newline = all.find('\n', at);
        const std::size_t end = newline == std::string_view::npos ? all.size() : newline + 1;
        PatternLine line{all.substr(at, end - at), LineKind::kept, level};
        const std::string_view body = all.substr(at, (newline == std::string_view::npos ? all.size() : newline) - at);
        at = end;
        if (file->lines.empty()) {  // the charset
            file->utf8 = body.starts_with("UTF-8");
        } else if (body.size() + 1 >= MAX_CHARS) {
            // Too long for libhyphen's line buffer: it skips the line, as it will in the cut-down file.
        } else if (body.starts_with("NEXTLEVEL")) {
            if (level == 0) line.kind = LineKind::next_level;
            level = 1;
        } else if (body.starts_with('%')) {
            line.kind = LineKind::comment;
        } else if (!starts_with_any(body, {"LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN",
                                           "COMPOUNDRIGHTHYPHENMIN", "NOHYPHEN"})) {
            // As hnj_hyphen_load_line reads a pattern: up to a '/' or the
            // first space or control character, digits are break weights.
            const std::size_t slash = body.find('/');
            line.kind = slash == std::string_view::npos ? LineKind::pattern : LineKind::replacement;
            line.letters = file->letters.size();
            for (const char c : body.substr(0, slash)) {
                if (static_cast<unsigned char>(c) <= ' ') break;
                if (c < '0' || c > '9') file->letters += c;
            }
            line.length = file->letters.size() - line.letters;
        }
        file->lines.push_back(line);
    }
    // A pattern whose letters come again later at its level is overwritten
    // there (libhyphen keeps the last), and the loader leaks the string of the
    // first: only the last of such lines is kept.
    std::set<std::pair<int, std::string_view>> seen;
    for (std::size_t i = file->lines.size(); i-- > 0;) {
        PatternLine& line = file->lines[i];
        if (line.kind != LineKind::pattern) continue;
        if (!seen.emplace(line.level, file->letters_of(line)).second) line.kind = LineKind::comment;
    }
    return file;
}

// Debian names dictionaries hyph_<lang>_<REGION>.dic with symlinks for the
// bare language; try the usual spellings.
std::optional<std::filesystem::path> dictionary_path(std::string_view language, const std::string& dir) {
    if (language.size() < 2) return std::nullopt;
    const std::string lang(language.substr(0, 2));
    std::string region = lang;
    for (char& c : region) c = char(c - 'a' + 'A');
    for (const std::string& name : {"hyph_" + lang + ".dic", "hyph_" + lang + "_" + region + ".dic",
                                    "hyph_" + lang + "_US.dic"}) {
        const std::filesystem::path path = std::filesystem::path(dir) / name;
        std::error_code ec;
        if (std::filesystem::is_regular_file(path, ec)) return path;
    }
    return std::nullopt;
}

// Reading and splitting the file takes milliseconds: once per process.
const PatternFile* pattern_file_for(std::string_view language, const std::string& dir) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<PatternFile>> read;  // by dir and language; null: none
    const std::lock_guard lock(mutex);
    const std::string key = dir + "\n" + std::string(language);
    auto it = read.find(key);
    if (it == read.end()) {
        std::unique_ptr<PatternFile> file;
        if (const auto path = dictionary_path(language, dir)) {
            std::ifstream in(*path, std::ios::binary);
            std::ostringstream text;
            if (in && text << in.rdbuf()) file = parse_pattern_file(std::move(text).str());
        }
        it = read.emplace(key, std::move(file)).first;
    }
    return it->second.get();
}

// ---- which patterns the words need -------------------------------------------------

// The words' suffixes in order: the longest prefix of a string that occurs
// in some word is its longest common prefix with a neighbour of the place
// where it would sort.
class SubstringIndex {
public:
    explicit SubstringIndex(const std::vector<std::string>& words) : words_(words.begin(), words.end()) {
        for (const std::string& w : words_)
            for (std::size_t i = 0; i < w.size(); ++i) suffixes_.push_back(std::string_view(w).substr(i));
        std::sort(suffixes_.begin(), suffixes_.end());
    }

    std::size_t longest_prefix_in_words(std::string_view s) const {
        const auto at = std::lower_bound(suffixes_.begin(), suffixes_.end(), s);
        std::size_t best = 0;
        if (at != suffixes_.end()) best = common_prefix(*at, s);
        if (at != suffixes_.begin()) best = std::max(best, common_prefix(*std::prev(at), s));
        return best;
    }

private:
    static std::size_t common_prefix(std::string_view a, std::string_view b) {
        return std::size_t(std::mismatch(a.begin(), a.begin() + std::ptrdiff_t(std::min(a.size(), b.size())), b.begin()).first -
                           a.begin());
    }

    std::set<std::string> words_;  // distinct; the suffixes point into them
    std::vector<std::string_view> suffixes_;
};

// How long a prefix of a pattern's letters can occur in what libhyphen
// matches: ".word." and, when the first level splits a compound, ".part."
// for each part. Parts are substrings of the word, so a leading '.' may
// stand before and a trailing '.' after any substring of a word.
std::size_t matchable_prefix(std::string_view letters, const SubstringIndex& index) {
    const std::size_t lead = letters.starts_with('.') ? 1 : 0;
    const std::string_view rest = letters.substr(lead);
    const std::size_t inner = index.longest_prefix_in_words(rest);
    if (inner == rest.size() || (inner + 1 == rest.size() && rest.back() == '.')) return letters.size();
    return lead + inner;
}

// Why the cut-down file hyphenates as the whole one does: libhyphen runs an
// automaton whose states are the prefixes of the pattern lines; after each
// letter it is in the state of the longest suffix of the text so far, and
// applies that state's pattern only (substrings.pl folds the patterns a
// state contains into it). In a string made of the words, that suffix
// occurs in the words; so it stays a state here — as a pattern that stays,
// or as a prefix of one, or of the letters added for a pattern left out —
// and no state arises that the whole file lacks. The same state, the same
// pattern: the same break points.
std::string patterns_for_words(const PatternFile& file, const std::vector<std::string>& words) {
    const SubstringIndex index(words);
    std::vector<bool> keep(file.lines.size(), false);
    std::vector<std::set<std::string_view>> states_left_out(2);  // per level, sorted: deterministic
    std::vector<std::unordered_set<std::string_view>> states_kept(2);
    for (std::size_t i = 0; i < file.lines.size(); ++i) {
        const PatternLine& line = file.lines[i];
        if (line.kind == LineKind::kept || line.kind == LineKind::next_level) keep[i] = true;
        if (line.kind != LineKind::pattern && line.kind != LineKind::replacement) continue;
        const std::string_view letters = file.letters_of(line);
        const std::size_t matchable = matchable_prefix(letters, index);
        if (matchable == letters.size()) {
            // A replacement's new letters could meet other patterns at the compound boundary.
            if (line.kind == LineKind::replacement) return file.text;
            keep[i] = true;
            for (std::size_t n = 0; n <= letters.size(); ++n) states_kept[std::size_t(line.level)].insert(letters.substr(0, n));
        } else if (matchable > 0) {
            states_left_out[std::size_t(line.level)].insert(letters.substr(0, matchable));
        }
    }
    std::string out;
    // A line of the file may be its last, without a newline.
    auto add_line = [&](std::string_view line) {
        if (!out.empty() && !out.ends_with('\n')) out += '\n';
        out += line;
    };
    // A left-out pattern's matchable part as a line without digits: a state
    // with nothing to apply, as in the whole file. Not where a kept pattern
    // makes the state already: libhyphen would overwrite its pattern.
    auto add_states = [&](int level) {
        for (const std::string_view s : states_left_out[std::size_t(level)])
            if (!states_kept[std::size_t(level)].contains(s)) {
                add_line(s);
                out += '\n';
            }
    };
    for (std::size_t i = 0; i < file.lines.size(); ++i) {
        if (!keep[i]) continue;
        add_line(file.lines[i].text);
        if (i == 0) add_states(0);
        if (file.lines[i].kind == LineKind::next_level) add_states(1);
    }
    return out;
}

}  // namespace

std::string patterns_for_words(std::string_view dictionary, const std::vector<std::string>& words) {
    return patterns_for_words(*parse_pattern_file(std::string(dictionary)), words);
}

namespace {

// One decoded character of UTF-8 text.
struct Char {
    char32_t code;
    std::size_t begin, end;  // byte range
};

// `s` must be valid UTF-8.
std::vector<Char> decode(std::string_view s) {
    std::vector<Char> out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t begin = i;
        const char32_t c = text::decode(s, i);
        out.push_back({c, begin, i});
    }
    return out;
}

bool is_letter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool is_upper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }

constexpr std::size_t kMinWord = 8;   // shorter words are not worth a break
constexpr int kMinLeft = 3;           // letters before a break
constexpr int kMinRight = 4;          // letters after a break ("Solda-ten" reads badly)
constexpr std::string_view kSoftHyphen = "\u00AD";

// Lower case in ISO-8859-1; false when a letter has no such byte.
bool to_latin1_lower(const std::vector<Char>& word, std::string& out) {
    out.clear();
    for (const Char& c : word) {
        if (c.code > 0xFF) return false;
        out.push_back(static_cast<char>(is_upper(c.code) ? c.code + 0x20 : c.code));
    }
    return true;
}

// A text cut into words (runs of letters) and what lies between them.
struct Piece {
    std::vector<Char> chars;
    bool word = false;
};

std::vector<Piece> pieces_of(std::string_view text) {
    std::vector<Piece> out;
    for (const Char& c : decode(text)) {
        const bool letter = is_letter(c.code);
        if (out.empty() || out.back().word != letter) out.push_back({{}, letter});
        out.back().chars.push_back(c);
    }
    return out;
}

// The dictionary form of a word worth breaking; nullopt for short words,
// acronyms (KCNA, NATO) and letters beyond ISO-8859-1.
std::optional<std::string> breakable(const std::vector<Char>& word) {
    const auto upper = std::size_t(std::count_if(word.begin(), word.end(), [](const Char& c) { return is_upper(c.code); }));
    const bool acronym = upper >= 2 && upper == word.size();
    std::string bytes;
    if (word.size() < kMinWord || acronym || !to_latin1_lower(word, bytes)) return std::nullopt;
    return bytes;
}

std::string_view bytes_of(std::string_view text, const std::vector<Char>& chars, std::size_t i) {
    return text.substr(chars[i].begin, chars[i].end - chars[i].begin);
}

// A text cut into pieces, with the dictionary form of each word worth breaking.
struct CutText {
    std::vector<Piece> pieces;
    std::vector<std::optional<std::string>> words;  // per piece
};

CutText cut_text(std::string_view text) {
    CutText c;
    c.pieces = pieces_of(text);
    for (const Piece& piece : c.pieces) c.words.push_back(piece.word ? breakable(piece.chars) : std::nullopt);
    return c;
}

std::string hyphenate_text(std::string_view text, const CutText& cut,
                           const std::map<std::string, std::vector<Break>>& breaks_of) {
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    for (std::size_t p = 0; p < cut.pieces.size(); ++p) {
        const Piece& piece = cut.pieces[p];
        const std::vector<Break>* breaks = cut.words[p] ? &breaks_of.at(*cut.words[p]) : nullptr;
        const int n = int(piece.chars.size());
        for (int i = 0; i < n; ++i) {
            out += bytes_of(text, piece.chars, std::size_t(i));
            // Non-standard breaks (a replacement such as old "ck" → "k-k") are skipped.
            if (breaks && (*breaks)[std::size_t(i)] == Break::standard && i + 1 >= kMinLeft && n - i - 1 >= kMinRight)
                out += kSoftHyphen;
        }
    }
    return out;
}

}  // namespace

std::optional<std::string> latin1_lower(std::string_view utf8_word) {
    std::string out;
    if (text::find_invalid_utf8(utf8_word) || !to_latin1_lower(decode(utf8_word), out)) return std::nullopt;
    return out;
}

std::vector<std::string> hyphenate(const std::vector<std::string>& texts, std::string_view language,
                                   const std::string& dir) {
    const PatternFile* file = pattern_file_for(language, dir);
    // UTF-8 dictionaries would need the words in UTF-8: not used.
    if (!file || file->utf8) return texts;
    // Text with soft hyphens of its own is left as it is; so is text that is
    // not valid UTF-8 (pango will not draw it either).
    auto untouched = [](const std::string& t) {
        return t.find(kSoftHyphen) != std::string::npos || text::find_invalid_utf8(t);
    };
    std::vector<std::optional<CutText>> cuts;
    cuts.reserve(texts.size());
    std::map<std::string, std::vector<Break>> breaks_of;  // each distinct word, hyphenated once
    for (const std::string& t : texts) {
        if (untouched(t)) {
            cuts.emplace_back();
            continue;
        }
        cuts.push_back(cut_text(t));
        for (const auto& w : cuts.back()->words)
            if (w) breaks_of.try_emplace(*w);
    }
    if (breaks_of.empty()) return texts;
    std::vector<std::string> words;
    for (const auto& [w, _] : breaks_of) words.push_back(w);
    const std::optional<HyphenDictionary> dict = HyphenDictionary::from_text(patterns_for_words(*file, words));
    if (!dict) return texts;
    for (auto& [w, breaks] : breaks_of) breaks = dict->breaks(w);
    std::vector<std::string> out;
    out.reserve(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i)
        out.push_back(cuts[i] ? hyphenate_text(texts[i], *cuts[i], breaks_of) : texts[i]);
    return out;
}

}  // namespace chronik::render::detail
