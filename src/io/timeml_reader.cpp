// TimeML input through libxml2's xmlTextReader. The parser decides what the
// document is (well-formed or not, which TEXT is the real one, what is text,
// CDATA, a comment or a tag); a scanner walks the raw bytes in step with it
// to learn where each piece stands, so that the TimeML writer can give the
// file back byte for byte with only TIMEX3 tags added. Where the scanner and
// the parser disagree, that is a bug here (std::logic_error), never a guess.
//
// libxml2 is opened (dlopen, by its soname) when the first TimeML input is
// met, not linked: it brings ICU (30 MB of data), liblzma and zlib, which a
// process that reads only plain text never maps (`chronik tag` starts
// without them).
#include "timeml_markup.hpp"

#include <chronik/text.hpp>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <dlfcn.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace chronik::io {

namespace {

// The five predefined entities and character references ("amp", "#38",
// "#x26"), decoded into out; false for any other name.
bool decode_reference(std::string_view name, std::string& out) {
    if (name == "amp") out = "&";
    else if (name == "lt") out = "<";
    else if (name == "gt") out = ">";
    else if (name == "quot") out = "\"";
    else if (name == "apos") out = "'";
    else if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty()) return false;
        char32_t cp = 0;
        for (const char c : digits) {
            int v;
            if (c >= '0' && c <= '9') v = c - '0';
            else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
            else return false;
            cp = cp * (hex ? 16 : 10) + char32_t(v);
            if (cp > 0x10FFFF) return false;
        }
        out.clear();
        text::append_utf8(out, cp);
    } else {
        return false;
    }
    return true;
}

// The libxml2 functions the reader calls, resolved in the library opened at
// the first use. Each pointer has the type of the declaration in libxml2's
// headers.
struct LibXml2 {
    decltype(&::xmlInitParser) init_parser;
    decltype(&::xmlReaderForMemory) reader_for_memory;
    decltype(&::xmlFreeTextReader) free_text_reader;
    decltype(&::xmlTextReaderSetStructuredErrorHandler) set_structured_error_handler;
    decltype(&::xmlTextReaderRead) read;
    decltype(&::xmlTextReaderNodeType) node_type;
    decltype(&::xmlTextReaderDepth) depth;
    decltype(&::xmlTextReaderConstName) const_name;
    decltype(&::xmlTextReaderConstValue) const_value;
    decltype(&::xmlTextReaderIsEmptyElement) is_empty_element;
    decltype(&::xmlTextReaderHasAttributes) has_attributes;
    decltype(&::xmlTextReaderMoveToAttribute) move_to_attribute;
    decltype(&::xmlTextReaderMoveToElement) move_to_element;
    decltype(&::xmlTextReaderGetAttribute) get_attribute;
    xmlFreeFunc* free;  // the variable xmlFree: libxml2's deallocator
};

template <typename F>
void resolve(void* handle, F& into, const char* name, std::string& missing) {
    into = reinterpret_cast<F>(dlsym(handle, name));
    if (into == nullptr) missing += std::string(missing.empty() ? "" : ", ") + name;
}

// libxml2, opened and initialised once (thread-safe); throws InputError when
// it cannot be opened, so that the TimeML input is reported, not the process ended.
const LibXml2& libxml2() {
    static std::once_flag once;
    static LibXml2 x{};
    static std::string failure;
    std::call_once(once, [] {
        void* h = dlopen(CHRONIK_LIBXML2_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (h == nullptr) {
            const char* why = dlerror();
            failure = std::string("TimeML input needs libxml2, which cannot be opened: ") + (why ? why : CHRONIK_LIBXML2_SONAME);
            return;
        }
        std::string missing;
        resolve(h, x.init_parser, "xmlInitParser", missing);
        resolve(h, x.reader_for_memory, "xmlReaderForMemory", missing);
        resolve(h, x.free_text_reader, "xmlFreeTextReader", missing);
        resolve(h, x.set_structured_error_handler, "xmlTextReaderSetStructuredErrorHandler", missing);
        resolve(h, x.read, "xmlTextReaderRead", missing);
        resolve(h, x.node_type, "xmlTextReaderNodeType", missing);
        resolve(h, x.depth, "xmlTextReaderDepth", missing);
        resolve(h, x.const_name, "xmlTextReaderConstName", missing);
        resolve(h, x.const_value, "xmlTextReaderConstValue", missing);
        resolve(h, x.is_empty_element, "xmlTextReaderIsEmptyElement", missing);
        resolve(h, x.has_attributes, "xmlTextReaderHasAttributes", missing);
        resolve(h, x.move_to_attribute, "xmlTextReaderMoveToAttribute", missing);
        resolve(h, x.move_to_element, "xmlTextReaderMoveToElement", missing);
        resolve(h, x.get_attribute, "xmlTextReaderGetAttribute", missing);
        resolve(h, x.free, "xmlFree", missing);
        if (!missing.empty()) {
            failure = std::string("TimeML input needs libxml2, and " CHRONIK_LIBXML2_SONAME " lacks: ") + missing;
            return;  // the handle stays open: other code of the process may use libxml2 too
        }
        x.init_parser();
    });
    if (!failure.empty()) throw InputError(failure);
    return x;
}

bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The first error libxml2 reports (a fatal one before any other).
struct Errors {
    std::string message;
    int line = 0;
    int column = 0;
    bool fatal = false;
};

void on_error(void* arg, xmlErrorPtr e) {
    auto* errors = static_cast<Errors*>(arg);
    if (e == nullptr || e->level < XML_ERR_ERROR) return;
    const bool fatal = e->level == XML_ERR_FATAL;
    if (!errors->message.empty() && (errors->fatal || !fatal)) return;
    errors->message = e->message ? e->message : "error";
    while (!errors->message.empty() && xml_space(errors->message.back())) errors->message.pop_back();
    errors->line = e->line;
    errors->column = e->int2;
    errors->fatal = fatal;
}

struct FreeReader {
    void operator()(xmlTextReader* r) const { libxml2().free_text_reader(r); }
};

std::string_view str(const xmlChar* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view(); }

// An attribute's value (empty when the element has none).
std::string attribute(xmlTextReaderPtr r, const char* name) {
    const LibXml2& xml = libxml2();
    xmlChar* v = xml.get_attribute(r, reinterpret_cast<const xmlChar*>(name));
    if (v == nullptr) return {};
    std::string out(str(v));
    (*xml.free)(v);
    return out;
}

// The number of a tid ("t12", "12"), or nothing.
std::optional<std::size_t> tid_number(std::string_view tid) {
    if (!tid.empty() && tid[0] == 't') tid.remove_prefix(1);
    if (tid.empty() || tid.size() > 9) return std::nullopt;
    std::size_t v = 0;
    for (const char c : tid) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + std::size_t(c - '0');
    }
    return v;
}

// The raw bytes, walked in step with the parser's nodes.
class Scanner {
public:
    Scanner(SourceDocument& doc, TimemlMarkup& markup, std::size_t start)
        : raw_(doc.raw), doc_(doc), markup_(markup), pos_(start) {}

    std::size_t pos() const { return pos_; }

    [[noreturn]] void out_of_step(const char* what) const {
        throw std::logic_error("TimeML reader: the XML parser and the input disagree at byte " + std::to_string(pos_) +
                               " (" + what + ")");
    }
    bool at(std::string_view s) const { return raw_.substr(pos_, s.size()) == s; }
    void expect(std::string_view s, const char* what) {
        if (!at(s)) out_of_step(what);
        pos_ += s.size();
    }
    void skip_past(std::string_view end, const char* what) {
        const std::size_t k = raw_.find(end, pos_);
        if (k == std::string_view::npos) out_of_step(what);
        pos_ = k + end.size();
    }
    void skip_space() {
        while (pos_ < raw_.size() && xml_space(raw_[pos_])) ++pos_;
    }
    // Forward over quoted attribute values to the first unquoted character of
    // `stops`, which is returned (pos_ on it); 0 when the input ends first.
    char scan_to_unquoted(std::string_view stops) {
        char quote = 0;
        for (; pos_ < raw_.size(); ++pos_) {
            const char c = raw_[pos_];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (stops.find(c) != std::string_view::npos) {
                return c;
            }
        }
        return 0;
    }
    // From inside a tag to just past its '>', over quoted attribute values.
    void skip_tag() {
        if (scan_to_unquoted(">") == 0) out_of_step("tag");
        ++pos_;
    }
    // <!DOCTYPE name ExternalID? [internal subset]? >
    void skip_doctype() {
        expect("<!DOCTYPE", "DOCTYPE");
        const char stop = scan_to_unquoted(">[");
        if (stop == 0) out_of_step("DOCTYPE");
        ++pos_;
        if (stop == '[') {
            skip_internal_subset();
            skip_space();
            expect(">", "DOCTYPE end");
        }
    }
    void skip_internal_subset() {
        char quote = 0;
        while (pos_ < raw_.size()) {
            const char c = raw_[pos_];
            if (quote) {
                if (c == quote) quote = 0;
                ++pos_;
            } else if (c == '"' || c == '\'') {
                quote = c;
                ++pos_;
            } else if (at("<!--")) {
                skip_past("-->", "comment in the DTD");
            } else if (at("<?")) {
                skip_past("?>", "processing instruction in the DTD");
            } else if (c == ']') {
                ++pos_;
                return;
            } else {
                ++pos_;
            }
        }
        out_of_step("internal subset");
    }

    // The raw form of `value` (text with entities and character references,
    // or CDATA content; line ends as the parser normalised them). Inside
    // TEXT (`keep`), the text is appended to doc.text with its segments,
    // each held by `element`.
    void consume(std::string_view value, bool cdata, bool keep, std::size_t element) {
        std::size_t vi = 0;
        if (lf_given_next_ && !value.empty() && value[0] == '\n') vi = 1;  // read with the '\r' before
        lf_given_next_ = false;
        std::size_t run = pos_;  // the verbatim run being read
        auto flush = [&] {
            if (keep && pos_ > run) add_segment(run, pos_ - run, pos_ - run, true, element, raw_.substr(run, pos_ - run));
        };
        while (vi < value.size()) {
            // A verbatim stretch: up to the next byte that is not itself.
            const std::string_view ahead = raw_.substr(pos_, value.size() - vi);
            const std::size_t special = ahead.find_first_of(cdata ? "\r]" : "\r&");
            const std::size_t n = special == std::string_view::npos ? ahead.size() : special;
            if (n > 0) {
                if (ahead.substr(0, n) != value.substr(vi, n)) out_of_step("text");
                pos_ += n;
                vi += n;
                continue;
            }
            if (pos_ >= raw_.size()) out_of_step("text at the end");
            const char c = raw_[pos_];
            if (c == ']') {
                if (at("]]>")) {
                    // Adjacent CDATA sections: the parser gives them as one.
                    flush();
                    close_cdata();
                    open_cdata();
                    run = pos_;
                    continue;
                }
                if (value[vi] != ']') out_of_step("CDATA");
                ++pos_;
                ++vi;
            } else if (c == '&') {
                flush();
                const std::size_t semi = raw_.find(';', pos_);
                if (semi == std::string_view::npos) out_of_step("reference");
                std::string decoded;
                if (!decode_reference(raw_.substr(pos_ + 1, semi - pos_ - 1), decoded) ||
                    value.substr(vi, decoded.size()) != decoded)
                    out_of_step("reference");
                if (keep) add_segment(pos_, decoded.size(), semi + 1 - pos_, false, element, decoded);
                vi += decoded.size();
                pos_ = semi + 1;
                run = pos_;
            } else {
                // '\r': a line end, "\r\n" or "\r" alone, is "\n" in the
                // text (XML 1.0, 2.11). libxml2's reader gives it as "\n", or
                // in CDATA sometimes as the raw bytes (at the section's
                // start, at chunk ends); the text is "\n" either way.
                const std::size_t size = at("\r\n") ? 2 : 1;
                std::size_t given = 1;  // bytes of `value` this line end is
                if (value[vi] == '\r') {
                    if (size == 2 && vi + 1 < value.size() && value[vi + 1] == '\n') given = 2;
                    else if (size == 2 && vi + 1 == value.size()) lf_given_next_ = true;  // split after '\r'
                } else if (value[vi] != '\n') {
                    out_of_step("line end");
                }
                flush();
                if (keep) add_segment(pos_, 1, size, false, element, "\n");
                pos_ += size;
                vi += given;
                run = pos_;
            }
        }
        flush();
    }

    // CDATA sections: opened at a CDATA node, closed lazily (the next node
    // may continue the same section).
    void open_cdata() {
        expect("<![CDATA[", "CDATA");
        cdata_begin_ = pos_;
        in_cdata_ = true;
    }
    void close_cdata() {
        if (!in_cdata_) return;
        if (keep_cdata_) markup_.cdata.emplace_back(cdata_begin_, pos_);
        expect("]]>", "CDATA end");
        in_cdata_ = false;
    }
    bool in_cdata() const { return in_cdata_; }
    // Empty CDATA sections hold no text; libxml2 reports them as empty
    // nodes in some places and not at all in others, so they are passed
    // over wherever a node may start.
    void skip_empty_cdata() {
        while (at("<![CDATA[]]>")) pos_ += std::string_view("<![CDATA[]]>").size();
    }
    void keep_cdata(bool keep) { keep_cdata_ = keep; }

private:
    void add_segment(std::size_t raw_begin, std::size_t text_size, std::size_t raw_size, bool verbatim,
                     std::size_t element, std::string_view text) {
        if (text_size == 0) return;
        doc_.segments.push_back({doc_.text.size(), raw_begin, text_size, raw_size, verbatim});
        markup_.segment_element.push_back(element);
        doc_.text.append(text);
    }

    std::string_view raw_;
    SourceDocument& doc_;
    TimemlMarkup& markup_;
    std::size_t pos_;
    std::size_t cdata_begin_ = 0;
    bool in_cdata_ = false;
    bool keep_cdata_ = false;
    bool lf_given_next_ = false;  // a raw "\r\n" whose '\n' the next value starts with
};

// The DCT's date, or why there is none to use (doc.dct_problem).
void use_dct(std::string_view value, bool found, SourceDocument& doc) {
    if (!found) {
        doc.dct_problem = "the DCT has no value attribute";
        return;
    }
    value = value.substr(0, 40);
    const auto d = value.size() >= 10 ? parse_iso_date(value.substr(0, 10)) : std::nullopt;
    if (!d) doc.dct_problem = "the DCT value \"" + std::string(value) + "\" is not a calendar date (YYYY-MM-DD)";
    else if (!publication_year_ok(*d))
        doc.dct_problem = "the DCT value \"" + std::string(value) + "\" is outside the years 1–9999 chronik resolves in";
    else doc.dct = d;
}

}  // namespace

std::size_t markup_start(std::string_view raw) {
    std::size_t start = raw.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (start < raw.size() && xml_space(raw[start])) ++start;
    return start;
}

void read_timeml(SourceDocument& doc) {
    const LibXml2& xml = libxml2();

    auto markup = std::make_shared<TimemlMarkup>();
    const std::string_view raw = doc.raw;
    // A byte order mark and white space before the XML declaration are let be.
    const std::size_t start = io::markup_start(raw);
    if (raw.size() - start > std::size_t(INT_MAX)) throw InputError("TimeML input over 2 GB: chronik reads XML up to 2 GB");

    Errors errors;
    const std::unique_ptr<xmlTextReader, FreeReader> owner(
        xml.reader_for_memory(raw.data() + start, int(raw.size() - start), nullptr, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_IGNORE_ENC));
    xmlTextReaderPtr r = owner.get();
    if (r == nullptr) throw std::runtime_error("libxml2: cannot create an XML reader");
    xml.set_structured_error_handler(r, on_error, &errors);

    Scanner scan(doc, *markup, start);
    // The XML declaration, past it at the first node (the parser has read it by then).
    // "<?xml" then white space: "<?xmlfoo …?>" is a processing instruction, a node of its own.
    bool declaration = start + 5 < raw.size() && raw.substr(start, 5) == "<?xml" && xml_space(raw[start + 5]);
    if (declaration) {
        markup->space_before_declaration_begin = raw.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        markup->space_before_declaration_end = start;
    }

    enum class Where { before, inside, after } where = Where::before;  // TEXT
    int text_depth = -1;
    std::vector<std::size_t> open;  // elements inside TEXT
    int dct_depth = -1;             // inside the first DCT
    bool dct_seen = false, dct_value_found = false;
    std::string dct_value;
    int capture_depth = -1;  // inside the first DOCID or TITLE
    std::string* capture = nullptr;
    bool docid_seen = false, title_seen = false;
    bool lang_root_seen = false;

    int ret;
    while ((ret = xml.read(r)) == 1) {
        const int type = xml.node_type(r);
        const int depth = xml.depth(r);
        if (declaration) {
            scan.skip_past("?>", "XML declaration");
            declaration = false;
        }
        if (type != XML_READER_TYPE_CDATA) {
            scan.close_cdata();
            scan.skip_empty_cdata();
        }
        if (depth == 0 && type != XML_READER_TYPE_END_ELEMENT) scan.skip_space();  // outside the root
        if (capture && depth <= capture_depth) capture = nullptr;
        if (dct_depth >= 0 && depth <= dct_depth) dct_depth = -1;
        const bool inside = where == Where::inside;
        const std::size_t parent = open.empty() ? TimemlMarkup::kNone : open.back();
        switch (type) {
            case XML_READER_TYPE_ELEMENT: {
                const std::string_view name = str(xml.const_name(r));
                const std::size_t begin = scan.pos();
                scan.expect("<", "start tag");
                scan.expect(name, "start tag name");
                scan.skip_tag();
                const bool empty = xml.is_empty_element(r) == 1;
                if (empty && raw[scan.pos() - 2] != '/') scan.out_of_step("empty element");
                if (xml.has_attributes(r) == 1) {
                    if (const auto n = tid_number(attribute(r, "tid")))
                        markup->next_tid = std::max(markup->next_tid, *n + 1);
                    if (dct_depth >= 0 && !dct_value_found && xml.move_to_attribute(r, BAD_CAST "value") == 1) {
                        dct_value = std::string(str(xml.const_value(r)));
                        dct_value_found = true;
                        xml.move_to_element(r);
                    }
                    if ((depth == 0 && !lang_root_seen) || (where == Where::before && name == "TEXT" && doc.language.empty())) {
                        std::string lang = attribute(r, "xml:lang");
                        if (lang.size() <= 16) doc.language = std::move(lang);
                    }
                }
                if (depth == 0) lang_root_seen = true;
                if (inside) {
                    TimemlMarkup::Element e;
                    e.parent = parent;
                    e.open_begin = begin;
                    e.open_end = scan.pos();
                    e.text_begin = doc.text.size();
                    e.in_timex = name == "TIMEX3" || (parent != TimemlMarkup::kNone && markup->elements[parent].in_timex);
                    if (name == "TIMEX3") markup->timex_opens.push_back(begin);
                    if (empty) {
                        e.close_begin = begin;
                        e.close_end = scan.pos();
                        e.text_end = e.text_begin;
                        markup->elements.push_back(e);
                    } else {
                        markup->elements.push_back(e);
                        open.push_back(markup->elements.size() - 1);
                    }
                } else if (where == Where::before && name == "TEXT") {
                    doc.raw_text_begin = scan.pos();
                    doc.raw_text_end = scan.pos();
                    if (empty) {
                        where = Where::after;
                    } else {
                        where = Where::inside;
                        text_depth = depth;
                        scan.keep_cdata(true);
                    }
                } else {
                    if (name == "DCT" && !dct_seen && !empty) {
                        dct_seen = true;
                        dct_depth = depth;
                    } else if (name == "DCT" && !dct_seen) {
                        dct_seen = true;
                    }
                    if (!empty && ((name == "DOCID" && !docid_seen) || (name == "TITLE" && !title_seen))) {
                        capture = name == "DOCID" ? &doc.docid : &doc.title;
                        (name == "DOCID" ? docid_seen : title_seen) = true;
                        capture_depth = depth;
                    }
                }
                break;
            }
            case XML_READER_TYPE_END_ELEMENT: {
                const std::size_t begin = scan.pos();
                scan.expect("</", "end tag");
                scan.expect(str(xml.const_name(r)), "end tag name");
                scan.skip_tag();
                if (inside && depth == text_depth) {
                    doc.raw_text_end = begin;
                    where = Where::after;
                    scan.keep_cdata(false);
                } else if (inside) {
                    if (open.empty()) scan.out_of_step("end tag");
                    TimemlMarkup::Element& e = markup->elements[open.back()];
                    e.close_begin = begin;
                    e.close_end = scan.pos();
                    e.text_end = doc.text.size();
                    open.pop_back();
                }
                break;
            }
            case XML_READER_TYPE_TEXT:
            case XML_READER_TYPE_WHITESPACE:
            case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            case XML_READER_TYPE_CDATA: {
                const bool cdata = type == XML_READER_TYPE_CDATA;
                const std::string_view value = str(xml.const_value(r));
                if (cdata) {
                    // A section read to its end: this node is a section of its own
                    // (libxml2 gives one section as several nodes, or adjacent ones as one).
                    if (scan.in_cdata() && scan.at("]]>")) scan.close_cdata();
                    if (!scan.in_cdata()) {
                        scan.skip_empty_cdata();
                        if (value.empty()) break;  // an empty section, passed over
                        scan.open_cdata();
                    }
                }
                scan.consume(value, cdata, inside, parent);
                if (capture) capture->append(value);
                break;
            }
            case XML_READER_TYPE_COMMENT:
                scan.expect("<!--", "comment");
                scan.skip_past("-->", "comment");
                break;
            case XML_READER_TYPE_PROCESSING_INSTRUCTION:
                scan.expect("<?", "processing instruction");
                scan.skip_past("?>", "processing instruction");
                break;
            case XML_READER_TYPE_DOCUMENT_TYPE:
                scan.skip_doctype();
                break;
            case XML_READER_TYPE_ENTITY_REFERENCE:
                // An entity the document declares itself: not expanded, its
                // reference kept as markup that holds no text.
                scan.expect("&", "entity reference");
                scan.skip_past(";", "entity reference");
                break;
            default:
                scan.out_of_step("node type");
        }
    }
    if (ret < 0) {
        std::string where_ = errors.line > 0 ? "line " + std::to_string(errors.line + 0) +
                                                   (errors.column > 0 ? ", column " + std::to_string(errors.column) : "")
                                             : "";
        throw InputError("TimeML input is not well-formed XML" + (where_.empty() ? "" : " (" + where_ + ")") + ": " +
                         (errors.message.empty() ? "the XML parser stopped" : errors.message));
    }
    if (where == Where::before) throw InputError("TimeML input has no <TEXT>...</TEXT> element");
    if (dct_seen) use_dct(dct_value, dct_value_found, doc);
    doc.markup = std::move(markup);
}

}  // namespace chronik::io
