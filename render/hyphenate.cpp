#include "hyphenate.hpp"

#include <hyphen.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace chronik::render::detail {
namespace {

struct DictionaryFree {
    void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};
using Dictionary = std::unique_ptr<HyphenDict, DictionaryFree>;

// Debian names dictionaries hyph_<lang>_<REGION>.dic with symlinks for the
// bare language; try the usual spellings.
Dictionary load_dictionary(std::string_view language, const std::string& dir) {
    if (language.size() < 2) return nullptr;
    const std::string lang(language.substr(0, 2));
    std::string region = lang;
    for (char& c : region) c = char(c - 'a' + 'A');
    for (const std::string& name : {"hyph_" + lang + ".dic", "hyph_" + lang + "_" + region + ".dic",
                                    "hyph_" + lang + "_US.dic"}) {
        const std::filesystem::path path = std::filesystem::path(dir) / name;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec)) continue;
        if (HyphenDict* d = hnj_hyphen_load(path.c_str())) return Dictionary(d);
    }
    return nullptr;
}

const HyphenDict* dictionary_for(std::string_view language, const std::string& dir) {
    static std::mutex mutex;
    static std::map<std::string, Dictionary> loaded;  // kept for the process: loading takes milliseconds
    const std::lock_guard lock(mutex);
    const std::string key = dir + "\n" + std::string(language);
    auto it = loaded.find(key);
    if (it == loaded.end()) it = loaded.emplace(key, load_dictionary(language, dir)).first;
    return it->second.get();
}

// One decoded character of UTF-8 text.
struct Char {
    char32_t code;
    std::size_t begin, end;  // byte range
};

std::vector<Char> decode(std::string_view s) {
    std::vector<Char> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
        if (i + n > s.size()) n = 1;
        char32_t c = n == 1 ? b : char32_t(b & (0x7F >> n));
        for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back({c, i, i + n});
        i += n;
    }
    return out;
}

bool is_letter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// Lower case in the dictionary's 8-bit encoding (ISO-8859-1 for hyphen-de);
// false when a letter has no such byte.
bool to_latin1_lower(const std::vector<Char>& word, std::string& out) {
    out.clear();
    for (const Char& c : word) {
        if (c.code > 0xFF) return false;
        char32_t l = c.code;
        if ((l >= 'A' && l <= 'Z') || (l >= 0xC0 && l <= 0xDE && l != 0xD7)) l += 0x20;
        out.push_back(static_cast<char>(l));
    }
    return true;
}

bool is_upper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }

constexpr std::size_t kMinWord = 8;   // shorter words are not worth a break
constexpr int kMinLeft = 3;           // letters before a break
constexpr int kMinRight = 4;          // letters after a break ("Solda-ten" reads badly)
constexpr std::string_view kSoftHyphen = "\u00AD";

void hyphenate_word(HyphenDict* dict, std::string_view text, const std::vector<Char>& word, std::string& out) {
    std::string bytes;
    std::size_t upper = 0;
    for (const Char& c : word) upper += is_upper(c.code) ? 1 : 0;
    const bool acronym = upper >= 2 && upper == word.size();  // KCNA, NATO: no breaks
    if (word.size() < kMinWord || acronym || dict->utf8 || !to_latin1_lower(word, bytes)) {
        out.append(text.substr(word.front().begin, word.back().end - word.front().begin));
        return;
    }
    std::vector<char> hyphens(bytes.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate2(dict, bytes.data(), int(bytes.size()), hyphens.data(), nullptr, &rep, &pos, &cut);
    const int n = int(word.size());
    for (int i = 0; i < n; ++i) {
        out.append(text.substr(word[std::size_t(i)].begin, word[std::size_t(i)].end - word[std::size_t(i)].begin));
        // Non-standard breaks (a replacement such as old "ck" → "k-k") are skipped.
        const bool replaced = rep && rep[i];
        if ((hyphens[std::size_t(i)] & 1) && !replaced && i + 1 >= kMinLeft && n - i - 1 >= kMinRight)
            out.append(kSoftHyphen);
    }
    if (rep) {
        for (int i = 0; i < int(bytes.size()); ++i) std::free(rep[i]);
        std::free(rep);
        std::free(pos);
        std::free(cut);
    }
}

}  // namespace

std::string hyphenate(std::string_view text, std::string_view language, const std::string& dir) {
    const HyphenDict* found = dictionary_for(language, dir);
    if (!found || text.find(kSoftHyphen) != std::string_view::npos) return std::string(text);
    // libhyphen's API takes a mutable dictionary but does not change it.
    auto* dict = const_cast<HyphenDict*>(found);
    const std::vector<Char> chars = decode(text);
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    std::vector<Char> word;
    auto flush = [&] {
        if (!word.empty()) hyphenate_word(dict, text, word, out);
        word.clear();
    };
    for (const Char& c : chars) {
        if (is_letter(c.code)) {
            word.push_back(c);
            continue;
        }
        flush();
        out.append(text.substr(c.begin, c.end - c.begin));
    }
    flush();
    return out;
}

}  // namespace chronik::render::detail
