// TimeML input read as XML (libxml2): the TimeML output of every case is
// parsed as XML again (libxml2's tree API here, independent of chronik's
// reader) and TEXT's text content must be the input's, byte for byte.
#include <chronik/document.hpp>
#include <chronik/tagger.hpp>

#include "line_ends.hpp"

#include <catch2/catch.hpp>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

using namespace chronik;

namespace {

TagOptions on(int y, unsigned m, unsigned d) {
    TagOptions o;
    o.published = date::year{y} / m / d;
    o.published_from = PublishedFrom::argument;
    return o;
}

struct FreeDoc {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

xmlNode* find_element(xmlNode* n, const char* name) {
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name)) return n;
        if (xmlNode* inner = find_element(n->children, name)) return inner;
    }
    return nullptr;
}

void collect(xmlNode* n, const char* name, std::vector<xmlNode*>& out) {
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name)) out.push_back(n);
        collect(n->children, name, out);
    }
}

// What an XML parser makes of a TimeML document.
struct Parsed {
    bool well_formed = false;
    std::string text;                // TEXT's text content (text and CDATA, comments left out)
    std::vector<std::string> timex;  // the text of each TIMEX3 inside TEXT
    std::vector<std::string> tids;   // every TIMEX3's tid, DCT's included
    bool nested_timex = false;
};

Parsed parse(const std::string& xml) {
    Parsed p;
    std::unique_ptr<xmlDoc, FreeDoc> doc(
        xmlReadMemory(xml.data(), int(xml.size()), nullptr, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!doc) return p;
    p.well_formed = true;
    xmlNode* root = xmlDocGetRootElement(doc.get());
    xmlNode* text = find_element(root, "TEXT");
    if (text) {
        xmlChar* content = xmlNodeGetContent(text);
        p.text = content ? reinterpret_cast<const char*>(content) : "";
        xmlFree(content);
        std::vector<xmlNode*> timex;
        collect(text->children, "TIMEX3", timex);
        for (xmlNode* t : timex) {
            xmlChar* c = xmlNodeGetContent(t);
            p.timex.emplace_back(reinterpret_cast<const char*>(c));
            xmlFree(c);
            for (xmlNode* up = t->parent; up; up = up->parent)
                if (up->type == XML_ELEMENT_NODE && xmlStrEqual(up->name, BAD_CAST "TIMEX3")) p.nested_timex = true;
        }
    }
    std::vector<xmlNode*> all;
    collect(root, "TIMEX3", all);
    for (xmlNode* t : all) {
        xmlChar* tid = xmlGetProp(t, BAD_CAST "tid");
        if (tid) p.tids.emplace_back(reinterpret_cast<const char*>(tid));
        xmlFree(tid);
    }
    return p;
}

std::string tml(const std::string& text, const std::string& head = "") {
    return "<?xml version=\"1.0\"?>\n<TimeML>\n<DOCID>x</DOCID>\n" + head +
           "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-07-13\">2025-07-13</TIMEX3></DCT>\n<TEXT>" + text +
           "</TEXT>\n</TimeML>\n";
}

// Tags a TimeML input and checks what every case must give: well-formed
// output, the same text, unique tids, no TIMEX3 inside another. The text
// chronik tags is the same as the XML text unless the document declares
// entities of its own (those are not expanded: `own_entities`).
Parsed tag_and_check(const std::string& input, bool own_entities = false) {
    const SourceDocument doc = parse_document("in.tml", input);
    const std::string out = to_timeml(doc, tag_text(doc.text, tag_options_for(doc, std::nullopt)));
    const Parsed in = parse(input);
    const Parsed p = parse(out);
    INFO(out);
    REQUIRE(p.well_formed);
    CHECK(p.text == in.text);
    // (Carriage returns compared as line ends, see line_ends.hpp.)
    if (!own_entities) CHECK(chronik_test::cr_as_line_ends(p.text) == chronik_test::cr_as_line_ends(doc.text));
    CHECK(std::set<std::string>(p.tids.begin(), p.tids.end()).size() == p.tids.size());
    CHECK_FALSE(p.nested_timex);
    return p;
}

// Time limits hold for the optimised build; a sanitized one (with coverage hooks) runs ten to twenty times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSlowdown = 20;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kSlowdown = 20;
#else
constexpr double kSlowdown = 1;
#endif
#else
constexpr double kSlowdown = 1;
#endif

// Seconds of this process's CPU time since `t0` (std::clock). The timed cases
// run on one thread, so on an idle machine this is their wall time; on a
// machine shared with other jobs (ctest -j, CI runners) the time the others
// take does not count against the limit.
double cpu_seconds_since(std::clock_t t0) { return double(std::clock() - t0) / CLOCKS_PER_SEC; }

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("TimeML: an expression across an inline tag takes in the element whole", "[io][timeml]") {
    // The expression ends inside <EVENT>: the TIMEX3 closes after </EVENT>.
    const Parsed a = tag_and_check(tml("Er kam am 3. <EVENT eid=\"e1\">Mai</EVENT> an."));
    CHECK(has(a.timex, "3. Mai"));
    // Starts before the element and ends inside its text ("Sonntag" of
    // "Sonn<EVENT>tagabend</EVENT>"): the element comes in whole.
    const Parsed b = tag_and_check(tml("Sie kamen am Sonn<EVENT eid=\"e1\">tag</EVENT> zur\xc3\xbc" "ck."));
    CHECK(has(b.timex, "Sonntag"));
    // Starts inside one element and ends in the next.
    const Parsed c = tag_and_check(tml("Das war am <SIGNAL sid=\"s1\">3.</SIGNAL> <EVENT eid=\"e1\">Mai 2024</EVENT> so."));
    CHECK(has(c.timex, "3. Mai 2024"));
    // Inside one element: the TIMEX3 stays inside it.
    const SourceDocument d = parse_document("in.tml", tml("Er <EVENT eid=\"e1\">kam am Samstag</EVENT> an."));
    const std::string out = to_timeml(d, tag_text(d.text, tag_options_for(d, std::nullopt)));
    CHECK(out.find("<EVENT eid=\"e1\">kam am <TIMEX3") != std::string::npos);
    // Empty elements and attributes with '>' in their value.
    const Parsed e = tag_and_check(tml("Am <MAKEINSTANCE a=\">\"/>Samstag<X/> kam er."));
    CHECK(has(e.timex, "Samstag"));
}

TEST_CASE("TimeML: TIMEX3s the input has are kept and not tagged again", "[io][timeml]") {
    const Parsed p = tag_and_check(
        tml("Er kam <TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2025-07-12\">am Samstag</TIMEX3> und am Sonntag. "
            "Sie kam am <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"2025-05-03\">3.</TIMEX3> Mai. "
            "<TIMEX3 tid=\"t12\" type=\"DATE\" value=\"2025-07-07\" anchorTimeID=\"t0\"/>Am Montag ging er."));
    CHECK(has(p.tids, "t4"));
    CHECK(has(p.tids, "t9"));
    CHECK(has(p.tids, "t12"));
    CHECK(has(p.timex, "am Samstag"));  // as it was, nothing inside it
    CHECK(has(p.timex, "Sonntag"));      // new, with a tid after every one the file uses
    CHECK(std::count(p.timex.begin(), p.timex.end(), "Samstag") == 0);
    CHECK(p.tids.size() == 6);  // t0, t4, t9, t12, the new "Sonntag" and "Montag"; not "3. Mai" around t9
    CHECK(has(p.tids, "t13"));
}

TEST_CASE("TimeML: CDATA text is tagged, the section split around the tags", "[io][timeml]") {
    const Parsed p = tag_and_check(tml("<![CDATA[Er kam am Samstag & blieb <nicht>.]]> Sie kam <![CDATA[am Sonntag]]>. "
                                       "<![CDATA[Am 3. ]]><![CDATA[Mai 2024 war es.]]>"));
    CHECK(has(p.timex, "Samstag"));
    CHECK(has(p.timex, "Sonntag"));
    CHECK(has(p.timex, "3. Mai 2024"));
    CHECK(p.text.find("& blieb <nicht>.") != std::string::npos);
    // Found by fuzzing: libxml2 keeps a carriage return right after "<![CDATA[" as it is.
    tag_and_check(tml("<![CDATA[Am 3. ]]><![CDATA[\rMai 2024 ging er.]]> <![CDATA[\r\nam Samstag\r]]>"));
    // Found by fuzzing: libxml2's reader gives CDATA's carriage returns raw;
    // each line end is "\n" in the text chronik tags, as XML has it, also
    // where a line end outside the section follows.
    const std::string input = tml("<![CDATA[\r\nAm Samstag\r\nkam er\r\r]]><X>\n</X>\n");
    CHECK(parse_document("in.tml", input).text == "\nAm Samstag\nkam er\n\n\n\n");
    tag_and_check(input);
    // Found by fuzzing: empty CDATA sections, which libxml2 reports in some
    // places as empty nodes and in others not at all.
    const Parsed empty = tag_and_check(tml("<![CDATA[Am 3. ]]><![CDATA[]]> <![CDATA[Mai 2024]]><![CDATA[]]><x><![CDATA[]]></x>"
                                           "<![CDATA[]]><![CDATA[am Samstag]]><![CDATA[]]>"));
    CHECK(has(empty.timex, "Samstag"));
}

TEST_CASE("TimeML: comments are no text, a commented-out TEXT, DCT or DOCID does not count", "[io][timeml]") {
    const std::string input =
        "<?xml version=\"1.0\"?>\n<TimeML>\n<!-- <DOCID>old</DOCID> <DCT><TIMEX3 value=\"2001-01-01\"/></DCT> "
        "<TEXT>Am Montag</TEXT> -->\n<DOCID>real</DOCID>\n"
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-07-13\">2025-07-13</TIMEX3></DCT>\n"
        "<TEXT>Er kam am Samstag<!-- am Freitag --> an.<?pi am Donnerstag?></TEXT>\n</TimeML>\n";
    const SourceDocument doc = parse_document("in.tml", input);
    CHECK(doc.text == "Er kam am Samstag an.");
    CHECK(doc.docid == "real");
    REQUIRE(doc.dct);
    CHECK(*doc.dct == date::year{2025} / 7 / 13);
    const Parsed p = tag_and_check(input);
    CHECK(p.timex == std::vector<std::string>{"Samstag"});
}

TEST_CASE("TimeML: a processing instruction named xml… before the root is no XML declaration", "[io][timeml]") {
    // Found by the fuzzer: "<?xmlfoo x?>" was skipped as the declaration, and
    // the reader then stood before a node the parser had already passed.
    for (const std::string head : {"<?xmlfoo x?>\n", "<?xml-stylesheet href=\"a.css\"?>\n",
                                   "<?xml version=\"1.0\"?>\n<?xmlfoo x?>\n"}) {
        INFO(head);
        const std::string input = head + "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-07-13\">2025-07-13</TIMEX3></DCT>"
                                         "<TEXT>Er kam am Samstag an.</TEXT></TimeML>\n";
        const SourceDocument doc = parse_document("in.tml", input);
        CHECK(doc.text == "Er kam am Samstag an.");
        const Parsed p = tag_and_check(input);
        CHECK(p.timex == std::vector<std::string>{"Samstag"});
    }
}

TEST_CASE("TimeML: entities, character references and line ends map back to the bytes", "[io][timeml]") {
    const std::string input = tml("Caf&#233; &amp; Bar am&#32;Samstag,\r\nam 3.&#x20;Mai &lt;2024&gt;\r am Sonntag &#x2014; so.");
    const SourceDocument doc = parse_document("in.tml", input);
    CHECK(doc.text == "Caf\xc3\xa9 & Bar am Samstag,\nam 3. Mai <2024>\n am Sonntag \xe2\x80\x94 so.");
    const Parsed p = tag_and_check(input);
    CHECK(has(p.timex, "Samstag"));
    CHECK(has(p.timex, "Sonntag"));
    const std::string out = to_timeml(doc, tag_text(doc.text, tag_options_for(doc, std::nullopt)));
    CHECK(out.find("am&#32;<TIMEX3") != std::string::npos);  // the input's bytes, the reference kept
}

TEST_CASE("TimeML: input that is not well-formed XML is refused with the parser's place and message", "[io][timeml]") {
    CHECK_THROWS_WITH(parse_document("in.tml", tml("Am Samstag <EVENT>kam er.</TEXT>")),
                      Catch::Contains("not well-formed XML (line ") && Catch::Contains("column"));
    CHECK_THROWS_WITH(parse_document("in.tml", tml("AT&T kam am Samstag.")), Catch::Contains("not well-formed XML"));
    CHECK_THROWS_WITH(parse_document("in.tml", "<TimeML><DOCID>x</DOCID></TimeML>"), Catch::Contains("no <TEXT>"));
    // Found by fuzzing: an XML declaration without its end is the parser's error, not ours.
    CHECK_THROWS_WITH(parse_document("in.tml", "<?xml version=\"1.0\"\n<TimeML><TEXT>x</TEXT></TimeML>"),
                      Catch::Contains("not well-formed XML (line 2"));
    // The same text is fine as plain text.
    CHECK_NOTHROW(parse_document("in.txt", "AT&T kam am Samstag <EVENT>."));
}

TEST_CASE("TimeML: 500,000 stray '<' or escaped ones in linear time", "[io][timeml][slow]") {
    std::string stray, escaped;
    for (int i = 0; i < 500000; ++i) {
        stray += "a < b ";
        escaped += "a &lt; b ";
    }
    const std::clock_t t0 = std::clock();
    CHECK_THROWS_AS(parse_document("in.tml", tml(stray)), InputError);  // refused at the first '<'
    const SourceDocument plain = parse_document("in.txt", stray + "am Samstag.");
    CHECK(tag_text(plain.text, on(2025, 7, 13)).expressions.size() == 1);
    const SourceDocument doc = parse_document("in.tml", tml(escaped + "am Samstag."));
    const std::string out = to_timeml(doc, tag_text(doc.text, tag_options_for(doc, std::nullopt)));
    const double seconds = cpu_seconds_since(t0);
    CHECK(out.find(">Samstag</TIMEX3>") != std::string::npos);
    CHECK(parse(out).well_formed);
    CHECK(seconds < 3.0 * kSlowdown);
}

TEST_CASE("TimeML: no DTD, external entity or network is read, internal entities are not expanded", "[io][timeml]") {
    namespace fs = std::filesystem;
    const fs::path secret = fs::temp_directory_path() / "chronik-test-secret.txt";
    std::ofstream(secret) << "geheim am Freitag";
    const std::string input = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"http://192.0.2.1/timeml.dtd\" [\n"
                              "<!ENTITY ext SYSTEM \"file://" +
                              secret.string() + "\">\n<!ENTITY a \"am Montag\">\n]>\n"
                              "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2025-07-13\"/></DCT>"
                              "<TEXT>Am Samstag &ext; kam er &a; am Sonntag.</TEXT></TimeML>\n";
    const SourceDocument doc = parse_document("in.tml", input);
    CHECK(doc.text == "Am Samstag  kam er  am Sonntag.");
    const Parsed p = tag_and_check(input, true);
    CHECK(has(p.timex, "Sonntag"));
    const std::string out = to_timeml(doc, tag_text(doc.text, tag_options_for(doc, std::nullopt)));
    CHECK(out.find("geheim") == std::string::npos);
    CHECK(out.find("&ext;") != std::string::npos);
    fs::remove(secret);

    // Nested entities ("billion laughs"): read at once or refused, never expanded.
    std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [\n<!ENTITY a0 \"am Montag am Montag\">\n";
    for (int i = 1; i < 12; ++i)
        bomb += "<!ENTITY a" + std::to_string(i) + " \"" + [&] {
            std::string refs;
            for (int k = 0; k < 10; ++k) refs += "&a" + std::to_string(i - 1) + ";";
            return refs;
        }() + "\">\n";
    bomb += "]>\n<TimeML><TEXT>Am Samstag &a11; kam er.</TEXT></TimeML>\n";
    const std::clock_t t0 = std::clock();
    try {
        const SourceDocument d = parse_document("bomb.tml", bomb);
        CHECK(d.text.size() < 100);
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("not well-formed XML") != std::string::npos);
    }
    CHECK(cpu_seconds_since(t0) < 2.0 * kSlowdown);
}

TEST_CASE("TimeML: the language, DCT and tids come from the markup", "[io][timeml]") {
    const SourceDocument a = parse_document("a.tml", "<TimeML xml:lang='en'><TEXT>On Saturday.</TEXT></TimeML>");
    CHECK(a.language == "en");
    const SourceDocument b = parse_document("b.tml", "<TimeML><TEXT xml:lang=\"de-AT\">Am Samstag.</TEXT></TimeML>");
    CHECK(b.language == "de-AT");
    const SourceDocument c =
        parse_document("c.tml", "<TimeML><DCT><TIMEX3 tid='t0' value='2025-07-13'/></DCT><TEXT>Am Samstag.</TEXT></TimeML>");
    REQUIRE(c.dct);
    const SourceDocument e = parse_document("e.tml", "<TimeML><DCT><TIMEX3 tid='t0'/></DCT><TEXT>x</TEXT></TimeML>");
    CHECK(e.dct_problem == "the DCT has no value attribute");
    // A byte order mark and white space before the declaration are let be.
    const SourceDocument f = parse_document("f.tml", "\xEF\xBB\xBF\n <?xml version=\"1.0\"?><TimeML><TEXT>x</TEXT></TimeML>");
    CHECK(f.text == "x");
    // … and left out when it is written back, where it would not be well-formed XML.
    const std::string back = to_timeml(f, tag_text(f.text, on(2025, 7, 13)));
    CHECK(back.starts_with("\xEF\xBB\xBF<?xml"));
}

TEST_CASE("TimeML: the annotated development corpora come back well-formed with their text", "[io][timeml][corpus]") {
    namespace fs = std::filesystem;
    const char* shared = std::getenv("CHRONIK_SHARED");
    const fs::path corpora = (shared ? fs::path(shared) : fs::path(CHRONIK_SOURCE_DIR) / ".." / "shared") / "corpora";
    std::vector<fs::path> files;
    for (const char* dir : {"TBAQ-cleaned/TimeBank", "TBAQ-cleaned/AQUAINT", "KRAUTS-dev/KRAUTS_Dolomiten-42",
                            "KRAUTS-dev/KRAUTS_Dolomiten-100", "WikiWarsDE-dev/gold"})
        if (fs::exists(corpora / dir))
            for (const auto& f : fs::directory_iterator(corpora / dir))
                if (f.path().extension() == ".tml") files.push_back(f.path());
    if (files.empty()) {
        WARN("the development corpora are not beside the source tree: skipped");
        return;
    }
    std::sort(files.begin(), files.end());
    std::size_t kept = 0;
    for (const fs::path& f : files) {
        INFO(f.string());
        const SourceDocument doc = read_document(f.string());
        TagOptions options = tag_options_for(doc, std::nullopt);
        if (!options.published) options.published = date::year{2000} / 1 / 1;
        const std::string out = to_timeml(doc, tag_text(doc.text, options));
        const Parsed in = parse(doc.raw);
        const Parsed p = parse(out);
        REQUIRE(p.well_formed);
        CHECK(p.text == in.text);
        CHECK_FALSE(p.nested_timex);
        CHECK(std::set<std::string>(p.tids.begin(), p.tids.end()).size() == p.tids.size());
        kept += p.tids.size() >= in.tids.size();
    }
    CHECK(kept == files.size());
}
