// The registry of languages and the recognition of a text's language.
#include <chronik/language.hpp>
#include <chronik/tagger.hpp>
#include <chronik/text.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace chronik {

std::span<const LanguageData* const> languages() {
    static const std::array<const LanguageData*, 2> all{&german(), &english()};
    return all;
}

const LanguageData* find_language(std::string_view code) {
    std::string c;
    text::fold_lower(code, c);
    // "en-US", "de_AT": the region does not change the grammar.
    if (auto cut = c.find_first_of("-_"); cut != std::string::npos) c.resize(cut);
    if (c == "de" || c == "deu" || c == "ger" || c == "german" || c == "deutsch") return &german();
    if (c == "en" || c == "eng" || c == "english") return &english();
    return nullptr;
}

std::string language_codes(std::string_view separator) {
    std::string out;
    for (const LanguageData* l : languages()) {
        if (!out.empty()) out += separator;
        out += l->code;
    }
    return out;
}

namespace {

constexpr std::size_t kDetectBytes = 64 * 1024;
constexpr std::size_t kMinFunctionWords = 3;
// A text of this many words without a function word of any known language is in another one.
constexpr std::size_t kForeignWords = 40;

std::string_view name_of(const LanguageData& l) { return l.code == "de" ? "German" : l.code == "en" ? "English" : l.code; }

std::string evidence_text(const DetectedLanguage& d) {
    std::string out;
    for (const LanguageEvidence& e : d.evidence) {
        if (!out.empty()) out += ", ";
        out += std::to_string(e.function_words) + " " + std::string(name_of(*e.language));
    }
    return out + " function words";
}

}  // namespace

DetectedLanguage detect_language(std::string_view text) {
    // word → bit per language
    static const std::unordered_map<std::string, unsigned> table = [] {
        std::unordered_map<std::string, unsigned> t;
        const auto all = languages();
        for (std::size_t i = 0; i < all.size(); ++i)
            for (std::string_view w : all[i]->function_words) t[std::string(w)] |= 1u << i;
        return t;
    }();
    const auto all = languages();
    std::vector<std::size_t> counts(all.size(), 0);
    DetectedLanguage out;
    std::string_view head = text.substr(0, std::min(text.size(), kDetectBytes));
    std::string word;
    std::size_t i = 0;
    auto letter = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; };
    while (i < head.size()) {
        while (i < head.size() && !letter(static_cast<unsigned char>(head[i]))) ++i;
        std::size_t j = i;
        while (j < head.size() && letter(static_cast<unsigned char>(head[j]))) ++j;
        if (j == i) break;
        ++out.words;
        if (j - i <= 8) {
            text::fold_lower(head.substr(i, j - i), word);
            if (auto it = table.find(word); it != table.end())
                for (std::size_t k = 0; k < all.size(); ++k)
                    if (it->second & (1u << k)) ++counts[k];
        }
        i = j;
    }
    for (std::size_t k = 0; k < all.size(); ++k) out.evidence.push_back({all[k], counts[k]});
    std::stable_sort(out.evidence.begin(), out.evidence.end(),
                     [](const LanguageEvidence& a, const LanguageEvidence& b) { return a.function_words > b.function_words; });
    const std::size_t best = out.evidence[0].function_words;
    const std::size_t second = out.evidence.size() > 1 ? out.evidence[1].function_words : 0;
    // Mixed: a second language with evidence of its own, more than half as strong.
    if (second >= kMinFunctionWords && best < 2 * second) out.mixed = true;
    else if (best > second) out.language = out.evidence[0].language;
    return out;
}

const LanguageData& choose_language(std::string_view requested, std::string_view markup, std::string_view text) {
    if (!requested.empty() && requested != "auto") {
        if (const LanguageData* l = find_language(requested)) return *l;
        throw InputError("unknown language '" + std::string(requested) + "' (known: auto, " + language_codes() + ")");
    }
    if (!markup.empty())
        if (const LanguageData* l = find_language(markup)) return *l;
    const DetectedLanguage d = detect_language(text);
    if (d.language) return *d.language;
    if (d.mixed)
        throw InputError("cannot tell the language: the text mixes languages (" + evidence_text(d) +
                         "); pass --language " + language_codes("|"));
    if (d.evidence.front().function_words == 0 && d.words >= kForeignWords)
        throw InputError("cannot tell the language: none of the candidates (" + language_codes() +
                         ") fits (" + evidence_text(d) + "); pass --language to choose one");
    return german();
}

}  // namespace chronik
