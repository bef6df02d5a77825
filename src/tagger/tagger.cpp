#include <chronik/tagger.hpp>

#include <limits>

namespace chronik {

std::string_view to_string(PublishedFrom p) {
    switch (p) {
        case PublishedFrom::argument: return "argument";
        case PublishedFrom::dct: return "dct";
        case PublishedFrom::dateline: return "dateline";
    }
    return "?";
}

void check_text(std::string_view text) {
    if (text.size() >= std::numeric_limits<std::uint32_t>::max())
        throw InputError("input is larger than 4 GiB");
    if (text::looks_binary(text)) throw InputError("input is a binary file, not text");
    if (auto bad = text::find_invalid_utf8(text))
        throw InputError("input is not valid UTF-8: invalid byte 0x" +
                         [&] {
                             static const char* hex = "0123456789ABCDEF";
                             const auto c = static_cast<unsigned char>(text[*bad]);
                             return std::string{hex[c >> 4], hex[c & 15]};
                         }() +
                         " at byte offset " + std::to_string(*bad));
}

namespace {

// How far into an article a dateline is looked for.
constexpr std::size_t kDatelineLines = 12;
constexpr std::size_t kDatelineBytes = 4096;
// A dateline's line holds little besides the date: a source, a place.
constexpr std::size_t kDatelineOtherBytes = 48;

bool is_full_date(const TemporalForm& f) {
    return f.type == TimexType::date && f.year && !f.two_digit_year && f.month && f.day && !f.offset &&
           f.anchor == Anchor::document && !f.vague;
}

// The byte offset where the lines a dateline may stand on end.
std::size_t dateline_zone(std::string_view text) {
    const std::size_t limit = std::min(text.size(), kDatelineBytes);
    std::size_t cut = 0;
    for (std::size_t lines = 0; lines < kDatelineLines && cut < limit; ++lines) {
        const std::size_t newline = text.substr(0, limit).find('\n', cut);
        cut = newline == std::string_view::npos ? limit : newline + 1;
    }
    // Do not cut inside a UTF-8 sequence.
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    return cut;
}

// The longest agency or source in parentheses after a dateline's date: "(dpa)", "(Reuters)".
constexpr std::size_t kDatelineAgencyBytes = 32;

// A dateline that opens the first paragraph, set off by a dash, with an agency
// in parentheses or none: "Berlin, 14. März 2025 – Die Regierung ...",
// "14.03.2025 - ...", "ROTTERDAM, March 14, 2025 (Reuters) - ...".
bool opens_paragraph(std::string_view text, std::size_t line_begin, const Mention& m) {
    if (m.begin - line_begin > kDatelineOtherBytes) return false;
    std::string_view after = text.substr(m.end);
    auto skip_blanks = [&] {
        while (!after.empty() && (after.front() == ' ' || after.front() == '\t')) after.remove_prefix(1);
    };
    skip_blanks();
    if (after.starts_with("(")) {
        const std::size_t close = after.substr(0, kDatelineAgencyBytes).find(')');
        if (close == std::string_view::npos || after.substr(0, close).find('\n') != std::string_view::npos) return false;
        after.remove_prefix(close + 1);
        skip_blanks();
    }
    for (std::string_view dash : {"-", "\u2013", "\u2014"})
        if (after.starts_with(dash)) {
            after.remove_prefix(dash.size());
            return !after.empty() && (after.front() == ' ' || after.front() == '\t');
        }
    return false;
}

// A full date on a line it makes up most of ("Epoch Times13. Juli 2025"), or
// one that opens the first paragraph.
std::optional<Dateline> as_dateline(std::string_view text, std::size_t zone, const Mention& m) {
    if (m.end > zone || !is_full_date(m.form)) return std::nullopt;
    std::size_t line_begin = text.rfind('\n', m.begin);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    std::size_t line_end = text.find('\n', m.end);
    if (line_end == std::string_view::npos) line_end = text.size();
    const bool whole_line = (line_end - line_begin) - (m.end - m.begin) <= kDatelineOtherBytes;
    if (!whole_line && !opens_paragraph(text, line_begin, m)) return std::nullopt;
    const date::year_month_day ymd{date::year{*m.form.year}, date::month{m.form.month}, date::day{m.form.day}};
    if (!ymd.ok()) return std::nullopt;
    return Dateline{ymd, m.begin};
}

// A heading: a line of its own, without the punctuation that ends a sentence.
bool is_heading(std::string_view text, const text::Sentence& s) {
    constexpr std::size_t kMaxHeading = 100;  // bytes
    if (s.end <= s.begin || s.end - s.begin > kMaxHeading) return false;
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    std::size_t before = s.begin;
    while (before > 0 && blank(text[before - 1])) --before;
    if (before > 0 && text[before - 1] != '\n') return false;
    std::size_t after = s.end;
    while (after < text.size() && blank(text[after])) ++after;
    if (after < text.size() && text[after] != '\n') return false;
    const char last = text[s.end - 1];
    return last != '.' && last != '!' && last != '?' && last != ':' && last != ',' && last != ';';
}

}  // namespace

namespace {

// The dateline in `head`, the lines at the start of a text a dateline may stand on.
std::optional<Dateline> dateline_in(std::string_view head, const Grammar& grammar) {
    text::SentenceReader reader(head, grammar.sentence_rules());
    std::vector<text::Token> tokens;
    text::Sentence sentence;
    std::vector<Mention> mentions;
    std::uint32_t index = 0;
    while (reader.next(tokens, sentence)) {
        mentions.clear();
        grammar.extract(head, tokens, index++, mentions);
        for (const Mention& m : mentions)
            if (auto d = as_dateline(head, head.size(), m)) return d;
    }
    return std::nullopt;
}

}  // namespace

std::optional<Dateline> find_dateline(std::string_view text, const Grammar& grammar) {
    return dateline_in(text.substr(0, dateline_zone(text)), grammar);
}

TaggedText tag_text(std::string_view text, const TagOptions& options) {
    if (!options.text_checked) check_text(text);
    const LanguageData& language = options.language ? *options.language : german();
    TaggedText out;
    out.language = language.code;
    out.published = options.published;
    out.published_from = options.published_from;

    bool has_words = false;
    for (char c : text) {
        if (static_cast<unsigned char>(c) > ' ') {
            has_words = true;
            break;
        }
    }
    if (!has_words) return out;  // before the grammar: an empty input never pays for building it
    const Grammar& grammar = grammar_for(language);

    const std::size_t zone = dateline_zone(text);
    if (!out.published) {
        const std::optional<Dateline> dateline = dateline_in(text.substr(0, zone), grammar);
        if (dateline) {
            out.published = dateline->date;
            out.published_from = PublishedFrom::dateline;
        } else if (options.genre != Genre::narrative) {  // a narrative is told from its own time
            throw MissingPublicationDate(
                "no publication date: none was given, and no dateline was found in the first lines; "
                "pass --published YYYY-MM-DD (or --genre narrative)");
        }
    }

    Resolver resolver(out.published, language.defaults, options.genre);
    text::SentenceReader reader(text, grammar.sentence_rules());
    std::vector<text::Token> tokens;
    std::vector<Mention> mentions;
    text::Sentence sentence;
    std::uint32_t index = 0;
    // With keep_tokens the sentences are read straight into the result.
    std::vector<text::Token>& buffer = options.keep_tokens ? out.tokens : tokens;
    std::size_t from = 0;
    for (;;) {
        if (!options.keep_tokens) buffer.clear();
        if (!reader.next_appended(buffer, from, sentence)) break;
        const std::span<const text::Token> sentence_tokens(buffer.data() + from, buffer.size() - from);
        out.sentences.push_back(sentence);
        if (options.keep_tokens) out.sentence_tokens.push_back(static_cast<std::uint32_t>(from));
        mentions.clear();
        grammar.extract(text, sentence_tokens, index, mentions, options.keep_tokens ? &out.token_classes : nullptr);
        if (options.genre == Genre::narrative && is_heading(text, sentence)) resolver.open_section(index);
        const Mention* resolved_before = nullptr;  // the mention behind out.expressions.back(), in this sentence
        for (const Mention& m : mentions) {
            if (!out.dateline_begin && m.begin < zone)
                if (auto d = as_dateline(text, zone, m)) out.dateline_begin = d->begin;
            std::optional<Expression> x = resolver.resolve(m);
            if (!x) {
                resolved_before = nullptr;
                continue;
            }
            if (m.closes_range && resolved_before) resolver.order_range(*resolved_before, out.expressions.back(), m, *x);
            out.expressions.push_back(*x);
            resolved_before = &m;
        }
        ++index;
    }
    return out;
}

}  // namespace chronik
