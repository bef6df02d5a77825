// The writers of src/io: the streamed JSON has nlohmann's layout (so that it
// reads back and dumps to the same bytes), JSON lines are compact, and every
// XML output is free of the characters XML 1.0 forbids.
#include <chronik/document.hpp>
#include <chronik/tagger.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

using namespace chronik;

namespace {

SourceDocument seed() {
    return read_document(std::string(CHRONIK_SOURCE_DIR) + "/examples/000_2bb625ef10a0835c.txt");
}

TagOptions on(int y, unsigned m, unsigned d) {
    TagOptions o;
    o.published = date::year{y} / m / d;
    o.published_from = PublishedFrom::argument;
    return o;
}

}  // namespace

TEST_CASE("streamed JSON is laid out as nlohmann dumps it", "[io]") {
    const SourceDocument a = seed();
    const TaggedText ta = tag_text(a.text, TagOptions{});
    // Quotes, backslashes, control characters and non-ASCII text in every string.
    const SourceDocument b =
        parse_document("dir\\\"name\"\x01.txt", "Am 9. Mai\t2024 \"kam\" er \\ \x1f und \xc3\xa4 am Samstag.\r\n" + std::string(300, ' '));
    const TaggedText tb = tag_text(b.text, on(2024, 5, 12));
    REQUIRE(tb.expressions.size() == 2);
    const std::string both = to_json({{&a, &ta}, {&b, &tb}});
    CHECK(nlohmann::ordered_json::parse(both).dump(2) + "\n" == both);
    const std::string none = to_json({});
    CHECK(none == "{\n  \"documents\": []\n}\n");

    std::ostringstream line;
    write_json_line(line, b, tb);
    const std::string l = line.str();
    CHECK(l.back() == '\n');
    CHECK(l.find('\n') == l.size() - 1);
    CHECK(nlohmann::ordered_json::parse(l).dump() + "\n" == l);
    CHECK(nlohmann::ordered_json::parse(l) == nlohmann::ordered_json::parse(both)["documents"][1]);
}

TEST_CASE("the JSON writer writes each document when it is added", "[io]") {
    const SourceDocument a = seed();
    const TaggedText ta = tag_text(a.text, TagOptions{});
    std::ostringstream out;
    JsonDocumentsWriter writer(out);
    writer.add(a, ta);
    const std::size_t after_one = out.str().size();
    CHECK(after_one > a.text.size() / 4);  // written, not held back
    writer.add(a, ta);
    writer.finish();
    CHECK(nlohmann::ordered_json::parse(out.str())["documents"].size() == 2);
}

TEST_CASE("xml_escape leaves nothing XML 1.0 forbids", "[io]") {
    CHECK(xml_escape("a\xef\xbf\xbe b\xef\xbf\xbf c\x01 d\x1f") == "a\xef\xbf\xbd b\xef\xbf\xbd c\xef\xbf\xbd d\xef\xbf\xbd");
    CHECK(xml_escape("<&>\"\r\n\t\xef\xbf\xbd \xef\xbf\xbc") == "&lt;&amp;&gt;&quot;&#13;\n\t\xef\xbf\xbd \xef\xbf\xbc");
    const SourceDocument d = parse_document("x.txt", std::string("Am Samstag \xef\xbf\xbe kam er.") + std::string(200, ' '));
    const std::string tml = to_timeml(d, tag_text(d.text, on(2025, 7, 13)));
    CHECK(tml.find("\xef\xbf\xbe") == std::string::npos);
    CHECK(tml.find(">Samstag</TIMEX3>") != std::string::npos);
}
