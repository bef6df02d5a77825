// Input documents: plain UTF-8 text, or TimeML (DCT + TEXT) as in the
// TempEval and KRAUTS corpora; and the writers for tagged documents.
#pragma once

#include <chronik/tagger.hpp>

#include <date/date.h>

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace chronik {

// A stretch of TEXT: `text_size` bytes of decoded text at `text_begin` that
// stand as `raw_size` bytes at `raw_begin` in the file (an entity such as
// "&amp;" is 5 raw bytes for 1 text byte; a tag is raw bytes for none).
struct TextSegment {
    std::size_t text_begin;
    std::size_t raw_begin;
    std::size_t text_size;
    std::size_t raw_size;
    bool verbatim;  // raw and text bytes are the same
};

struct TimemlMarkup;  // TimeML input: its markup inside TEXT (src/io)

struct SourceDocument {
    std::string source;  // path, or "-" for standard input
    std::string raw;     // the input as read
    bool timeml = false;
    std::string text;    // what is tagged: the file, or TimeML's TEXT decoded
    // parse_document ran check_text on `text` (a document put together by
    // hand has not): tag_options_for passes it on, so tag_text need not again.
    bool text_checked = false;
    std::optional<date::year_month_day> dct;
    // The language the markup declares (TimeML xml:lang), as written; empty when none.
    std::string language;
    // Why a DCT the file has is not used as its publication date ("the DCT
    // value \"2025-02-30\" is not a calendar date"); empty when it is, or
    // when there is none.
    std::string dct_problem;
    // TimeML only: TEXT's content in `raw`, and how it maps to `text`
    // (a segment for each stretch of text; tags, comments and processing
    // instructions stand between segments and hold no text).
    std::size_t raw_text_begin = 0;
    std::size_t raw_text_end = 0;
    std::vector<TextSegment> segments;
    // TimeML only: the text of the first DOCID and TITLE elements outside
    // TEXT, decoded; empty when there are none.
    std::string docid;
    std::string title;
    // TimeML only: the elements, CDATA sections and TIMEX3s inside TEXT,
    // for the TimeML writer.
    std::shared_ptr<const TimemlMarkup> markup;

    // Byte offset in `raw` where text byte `offset` starts, and where text
    // that ends before `offset` ends.
    std::size_t raw_begin_of(std::size_t offset) const;
    std::size_t raw_end_of(std::size_t offset) const;
};

// A publication date chronik can resolve against: a year from 1 to 9999
// (the resolver's range; year 0 would leave every expression unresolved).
bool publication_year_ok(const date::year_month_day& d);

// Reads a document from its bytes; TimeML is recognised by its root element
// and read by an XML parser (libxml2: no DTD is loaded, no external entity
// read, nothing fetched from the network). Its text is the content of the
// first TEXT element: text and CDATA sections, entities decoded, comments
// and processing instructions left out (a commented-out TEXT is no TEXT).
// Throws InputError for text chronik cannot read (invalid UTF-8, UTF-16 or
// UTF-32 — named as such —, binary, TimeML that is not well-formed XML —
// with the parser's line, column and message — or has no TEXT).
SourceDocument parse_document(std::string source, std::string raw);

// Reads a file ("-": standard input). Throws InputError when it cannot be read.
SourceDocument read_document(const std::string& path);

// Tagging options with the document's publication date: the one given,
// else its DCT; with neither, the tagger looks for a dateline.
// The language is `language` when given, else German.
TagOptions tag_options_for(const SourceDocument& doc, std::optional<date::year_month_day> published,
                           const LanguageData* language = nullptr);

// Escapes text for XML element content and attribute values, and replaces
// each character XML 1.0 forbids (C0 controls but tab and newline, U+FFFE,
// U+FFFF) with U+FFFD, so that any text written through it stays
// well-formed. Carriage returns are kept as "&#13;".
std::string xml_escape(std::string_view s);
// The five XML entities and character references decoded; anything else
// (an unknown entity, a stray '&') is kept as it stands.
std::string xml_unescape(std::string_view s);

// The writers for tagged documents write straight to a stream as they go:
// their memory does not grow with the output.

// TimeML with inline TIMEX3 tags. For TimeML input the file comes back
// byte for byte, with only TIMEX3 tags added inside TEXT, and stays
// well-formed: a TIMEX3 that would start or end inside an inline element it
// does not wholly hold (<EVENT>, <SIGNAL>, …) takes in that element whole;
// one inside a CDATA section closes the section before its tags and reopens
// it after them (the text stays the same); TIMEX3s the input already has are
// kept, and an expression that overlaps one is not tagged again (the JSON
// output still lists it).
void write_timeml(std::ostream& out, const SourceDocument& doc, const TaggedText& tagged);
std::string to_timeml(const SourceDocument& doc, const TaggedText& tagged);

// The JSON output {"documents": [...]} (schema in the README), one document
// at a time: construct, add() each document as soon as it is tagged (it is
// written at once), finish() to close the list.
class JsonDocumentsWriter {
public:
    explicit JsonDocumentsWriter(std::ostream& out);
    ~JsonDocumentsWriter();
    JsonDocumentsWriter(const JsonDocumentsWriter&) = delete;
    JsonDocumentsWriter& operator=(const JsonDocumentsWriter&) = delete;

    void add(const SourceDocument& doc, const TaggedText& tagged);
    void finish();

private:
    struct State;
    std::unique_ptr<State> state_;
    bool finished_ = false;
};

// JSON lines: one document as one compact line, the same object as an
// entry of "documents", followed by a newline.
void write_json_line(std::ostream& out, const SourceDocument& doc, const TaggedText& tagged);

struct TaggedDocument {
    const SourceDocument* document;
    const TaggedText* tagged;
};

// The JSON output as one string (JsonDocumentsWriter into a string).
std::string to_json(const std::vector<TaggedDocument>& documents);

}  // namespace chronik
