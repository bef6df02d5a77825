// The tagger's JSON, written as it is produced (no tree of the whole result).
#include <chronik/document.hpp>

#include "json_stream.hpp"

#include <sstream>

namespace chronik {

namespace {

void day_member(io::JsonStream& j, io::JsonStream::Key name, const std::optional<date::sys_days>& d) {
    if (d) j.member(name, iso_date(*d));
    else j.null_member(name);
}

void expression_json(io::JsonStream& j, const Expression& x, std::string_view text, text::CharCounter& chars) {
    const std::size_t phrase_char = chars.at(x.phrase_begin);
    const std::size_t begin_char = chars.at(x.begin);
    const std::size_t end_char = chars.at(x.end);
    j.begin_object();
    j.member("text", text.substr(x.phrase_begin, x.end - x.phrase_begin));
    j.member("start", std::uint64_t(x.phrase_begin));
    j.member("end", std::uint64_t(x.end));
    j.member("char_start", std::uint64_t(phrase_char));
    j.member("char_end", std::uint64_t(end_char));
    j.member("type", to_string(x.type));
    j.member("value", timex3(x.value));
    if (x.mod == Mod::none) j.null_member("mod");
    else j.member("mod", to_string(x.mod));
    if (x.granularity) j.member("granularity", to_string(*x.granularity));
    else j.null_member("granularity");
    day_member(j, "earliest", x.earliest);
    day_member(j, "latest", x.latest);
    j.member("rule", x.rule);
    // The TIMEX3 extent, as in the TimeML output: without a leading preposition.
    j.member("timex_text", text.substr(x.begin, x.end - x.begin));
    j.member("timex_start", std::uint64_t(x.begin));
    j.member("timex_char_start", std::uint64_t(begin_char));
    if (const auto* r = std::get_if<Recurrence>(&x.value)) {
        if (!r->freq().empty()) j.member("freq", r->freq());
        if (!r->quant().empty()) j.member("quant", r->quant());
    }
    j.end_object();
}

void document_json(io::JsonStream& j, const SourceDocument& doc, const TaggedText& tagged) {
    j.begin_object();
    j.member("source", doc.source);
    if (tagged.published) {
        j.member("published", iso_date(*tagged.published));
        j.member("published_from", to_string(tagged.published_from));
    } else {
        j.null_member("published");
        j.null_member("published_from");
    }
    j.member("format", doc.timeml ? "timeml" : "text");
    j.member("language", tagged.language);
    j.key("expressions");
    j.begin_array();
    text::CharCounter chars(doc.text);
    for (const Expression& x : tagged.expressions) expression_json(j, x, doc.text, chars);
    j.end_array();
    j.end_object();
}

}  // namespace

struct JsonDocumentsWriter::State {
    explicit State(std::ostream& out) : sink(out), json(sink, 2) {}
    io::OutputSink sink;
    io::JsonStream json;
};

JsonDocumentsWriter::JsonDocumentsWriter(std::ostream& out) : state_(std::make_unique<State>(out)) {
    state_->json.begin_object();
    state_->json.key("documents");
    state_->json.begin_array();
}

JsonDocumentsWriter::~JsonDocumentsWriter() = default;

void JsonDocumentsWriter::add(const SourceDocument& doc, const TaggedText& tagged) {
    document_json(state_->json, doc, tagged);
    state_->sink.flush();
}

void JsonDocumentsWriter::finish() {
    if (finished_) return;
    finished_ = true;
    state_->json.end_array();
    state_->json.end_object();
    state_->sink.put('\n');
    state_->sink.flush();
}

void write_json_line(std::ostream& out, const SourceDocument& doc, const TaggedText& tagged) {
    io::OutputSink sink(out);
    io::JsonStream json(sink, -1);
    document_json(json, doc, tagged);
    sink.put('\n');
}

std::string to_json(const std::vector<TaggedDocument>& documents) {
    std::ostringstream out;
    JsonDocumentsWriter writer(out);
    for (const TaggedDocument& d : documents) writer.add(*d.document, *d.tagged);
    writer.finish();
    return std::move(out).str();
}

}  // namespace chronik
