// TimeML input: the markup inside TEXT as the XML parser read it (elements,
// CDATA sections, existing TIMEX3s), and where a new TIMEX3 can stand so that
// the output stays well-formed. Internal to the library (src/io).
#pragma once

#include <chronik/document.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace chronik {

struct TimemlMarkup {
    static constexpr std::size_t kNone = SIZE_MAX;  // no element: TEXT itself

    // An element inside TEXT. Raw offsets of its start tag [open_begin,
    // open_end) and end tag [close_begin, close_end) (the same tag for an
    // empty element); the text it holds, [text_begin, text_end) of doc.text.
    struct Element {
        std::size_t parent = kNone;
        std::size_t open_begin = 0, open_end = 0, close_begin = 0, close_end = 0;
        std::size_t text_begin = 0, text_end = 0;
        bool in_timex = false;  // a TIMEX3, or inside one
    };
    std::vector<Element> elements;
    // For each entry of doc.segments: the innermost element holding it.
    std::vector<std::size_t> segment_element;
    // Raw [begin, end) of each CDATA section's content inside TEXT, in order.
    std::vector<std::pair<std::size_t, std::size_t>> cdata;
    // Raw offsets of the start tags of the TIMEX3s inside TEXT, in order.
    std::vector<std::size_t> timex_opens;
    // The first tid number after every tid="tN" the document uses.
    std::size_t next_tid = 1;
    // Raw [begin, end) of white space between a byte order mark (or the
    // file's start) and the XML declaration: the reader lets it be; written
    // back it would make the output not well-formed ("XML declaration
    // allowed only at the start"), so the writer leaves it out.
    std::size_t space_before_declaration_begin = 0, space_before_declaration_end = 0;
};

namespace io {

// Where a document's markup starts: past a byte order mark and XML white space.
std::size_t markup_start(std::string_view raw);

// Parses TimeML with libxml2 (no DTD loading, no external entities, no
// network) into doc.text, doc.segments and doc.markup. Throws InputError
// for input that is not well-formed XML or has no TEXT element.
void read_timeml(SourceDocument& doc);

// Where a TIMEX3 for text [begin, end) goes in the raw input: [begin, end)
// of doc.raw, widened to whole elements where the expression starts or ends
// inside an element it does not wholly hold; split_begin / split_end: the
// tag falls inside a CDATA section, which is closed before it and reopened
// after it. nullopt when the TIMEX3 would nest in or around a TIMEX3 the
// input already has.
struct Placement {
    std::size_t begin = 0, end = 0;
    bool split_begin = false, split_end = false;
};
std::optional<Placement> place_timex(const SourceDocument& doc, std::size_t begin, std::size_t end);

}  // namespace io
}  // namespace chronik
