#include <chronik/grammar.hpp>
#include <chronik/extract.hpp>
#include <chronik/text.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace chronik;
using namespace chronik::text;

TEST_CASE("UTF-8 validation finds the first bad byte", "[text]") {
    CHECK_FALSE(find_invalid_utf8("Grüße aus München — „Zitat“ 😀"));
    CHECK(find_invalid_utf8("abc\xFF") == 3u);              // never valid
    CHECK(find_invalid_utf8("ab\xC3") == 2u);               // truncated sequence
    CHECK(find_invalid_utf8("x\xC0\xAF") == 1u);            // overlong '/'
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);         // UTF-16 surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);     // above U+10FFFF
    CHECK(find_invalid_utf8("12345678\x80") == 8u);         // after the 8-byte fast path
}

TEST_CASE("binary data is recognised", "[text]") {
    CHECK(looks_binary(std::string("PK\x03\x04\0\0", 6)));
    CHECK_FALSE(looks_binary("Ein Satz.\r\nNoch einer.\tMit Tab."));
    std::string controls(200, 'a');
    for (int i = 0; i < 20; ++i) controls[std::size_t(i) * 10] = '\x01';
    CHECK(looks_binary(controls));
}

TEST_CASE("fold_lower handles German letters", "[text]") {
    std::string out;
    fold_lower("ÄÖÜ Straße JÄNNER", out);
    CHECK(out == "äöü straße jänner");
    fold_lower("\xE1\xBA\x9E", out);  // capital sharp s
    CHECK(out == "ß");
}

TEST_CASE("tokens carry byte offsets and shape flags", "[text]") {
    const std::string s = "Am 13. Juli 2025 traf Kim (KCNA) Lawrow.";
    SentenceReader reader(s, grammar_for(german()).sentence_rules());
    std::vector<Token> tokens;
    Sentence sentence;
    REQUIRE(reader.next(tokens, sentence));
    REQUIRE(tokens.size() == 12);
    CHECK(tokens[0].in(s) == "Am");
    CHECK(tokens[0].has(Token::upper_initial));
    CHECK(tokens[1].kind == TokenKind::number);
    CHECK(tokens[2].in(s) == ".");
    CHECK_FALSE(tokens[2].has(Token::space_before));  // glued ordinal dot
    CHECK(tokens[7].in(s) == "(");
    CHECK(tokens[8].has(Token::all_upper));
    CHECK(sentence.begin == 0);
    CHECK(sentence.end == s.size());
}

TEST_CASE("German sentence splitting knows abbreviations and ordinals", "[text]") {
    const auto& rules = grammar_for(german()).sentence_rules();
    auto count = [&](std::string_view s) { return split_sentences(s, rules).size(); };
    CHECK(count("Am 13. Juli traf er ihn. Dann ging er.") == 2);
    CHECK(count("Das ist z. B. so. Oder nicht.") == 2);
    CHECK(count("Dr. Müller kam. Er blieb.") == 2);
    CHECK(count("Siehe Nr. 5 im Katalog. Danach mehr.") == 2);
    CHECK(count("Er kam 2013. Dann ging er.") == 2);
    CHECK(count("„Wir kommen“, sagte er. „Sicher?“ Ja.") == 3);
    CHECK(count("Überschrift\nDer Text beginnt hier.") == 2);
    CHECK(count("Bis 1. Jan. 2020 galt das.") == 1);
}

TEST_CASE("a huge line without full stops is cut into bounded sentences", "[text]") {
    std::string s;
    for (int i = 0; i < 5000; ++i) s += "wort ";
    const auto sentences = split_sentences(s, SentenceRules{});
    CHECK(sentences.size() == (5000 + kMaxSentenceTokens - 1) / kMaxSentenceTokens);
}

TEST_CASE("CharCounter counts code points", "[text]") {
    const std::string s = "Größe 13";
    CharCounter c(s);
    CHECK(c.at(0) == 0);
    CHECK(c.at(2) == 2);  // "Gr"
    CHECK(c.at(4) == 3);  // ... and the two bytes of ö
    CHECK(c.at(s.size()) == 8);
}

TEST_CASE("wire copy's ASCII quotes become typographic ones, apostrophes stay", "[text]") {
    CHECK(text::typographic_quotes("He said ``we won'' and left.") == "He said \u201cwe won\u201d and left.");
    CHECK(text::typographic_quotes("a `catalyst' for Elian's case") == "a \u2018catalyst\u2019 for Elian's case");
    CHECK(text::typographic_quotes("the `boy's martyr' case") == "the \u2018boy's martyr\u2019 case");
    CHECK(text::typographic_quotes("Elian's father didn't go.") == "Elian's father didn't go.");
    CHECK(text::typographic_quotes("") == "");
}

TEST_CASE("CharCounter counts code points in long text, step by step and in one go", "[text]") {
    // Long enough for the 32- and 8-byte steps, with one-, two-, three- and
    // four-byte code points at every alignment.
    std::string s;
    const char* pieces[] = {"a", "\xC3\xB6", "\xE2\x80\x93", "\xF0\x9F\x98\x80", "Zeit ", "\xC3\x9F"};
    for (int k = 0; k < 300; ++k) s += pieces[(k * 7 + k / 5) % 6];
    auto naive = [&](std::size_t upto) {
        std::size_t n = 0;
        for (std::size_t i = 0; i < upto; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        return n;
    };
    CharCounter stepwise(s);
    for (std::size_t b = 0; b <= s.size(); b += 1 + b % 37) CHECK(stepwise.at(b) == naive(b));
    for (std::size_t b : {std::size_t{31}, std::size_t{32}, std::size_t{33}, std::size_t{200}, s.size()}) {
        CharCounter once(s);
        CHECK(once.at(b) == naive(b));
    }
}
