// chronik._chronik: the library behind the Python package `chronik`
// (python/chronik/__init__.py holds the documented functions). Values cross
// as JSON text, written and read by the same code as the CLI's; the GIL is
// released while C++ runs.
#include <chronik/batch.hpp>
#include <chronik/build.hpp>
#include <chronik/export.hpp>
#include <chronik/language.hpp>
#include <chronik/render.hpp>
#include <chronik/tagger.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

namespace py = pybind11;

namespace {

std::string tag(const std::string& text, const std::optional<std::string>& published, const std::string& language,
                const std::string& genre, const std::string& source) {
    py::gil_scoped_release unlocked;
    std::optional<date::year_month_day> date;
    if (published) {
        date = chronik::parse_iso_date(*published);
        if (!date)
            throw chronik::InputError("published " + *published +
                                      " is not a calendar date (expected YYYY-MM-DD, e.g. 2025-07-13)");
    }
    const chronik::Genre g = chronik::batch_genre(genre);
    const chronik::SourceDocument doc = chronik::parse_document(source, text);
    // As chronik tag --language: a code, else the TimeML xml:lang, else detected.
    const chronik::LanguageData& lang = chronik::choose_language(language, doc.language, doc.text);
    chronik::TagOptions options = chronik::tag_options_for(doc, date, &lang);
    options.genre = g;
    const chronik::TaggedText tagged = chronik::tag_text(doc.text, options);
    return chronik::tagged_document_json(doc, tagged);
}

// Articles as JSON objects, read as chronik build --jsonl reads its lines.
std::string build(const std::vector<std::string>& articles, const std::string& title) {
    py::gil_scoped_release unlocked;
    std::vector<chronik::BatchArticle> batch;
    batch.reserve(articles.size());
    for (std::size_t i = 0; i < articles.size(); ++i) {
        try {
            batch.push_back(chronik::read_batch_article(articles[i], i + 1));
        } catch (const chronik::InputError& e) {
            throw chronik::InputError("article " + std::to_string(i) + ": " + e.what());
        }
    }
    chronik::BuildOptions options;
    options.title = title;
    return chronik::export_timeline(chronik::build_timeline(batch, options), chronik::ExportFormat::json);
}

chronik::Timeline read_timeline(const std::string& json) {
    try {
        return chronik::read_timeline_json(json);
    } catch (const chronik::TimelineFormatError& e) {
        throw chronik::TimelineFormatError(std::string("not a chronik timeline: ") + e.what());
    }
}

std::string export_timeline(const std::string& timeline_json, const std::string& format) {
    py::gil_scoped_release unlocked;
    const auto f = chronik::format_from_name(format);
    if (!f)
        throw chronik::InputError("unknown export format '" + format +
                                  "' (json, ics, jsonfeed, timelinejs, markdown, html, timeml)");
    return chronik::export_timeline(read_timeline(timeline_json), *f);
}

py::object render(const std::string& timeline_json, const std::string& format, const std::string& size,
                  const std::string& theme, const std::string& orientation, const std::string& font,
                  const std::string& label_language, int max_lines, const std::string& title,
                  const std::string& subtitle, bool hyphenation) {
    namespace r = chronik::render;
    std::string bytes;
    std::optional<r::Format> f;
    {
        py::gil_scoped_release unlocked;
        f = r::parse_format(format);
        if (!f) throw chronik::InputError("unknown graphic format '" + format + "' (svg, pdf, png)");
        r::RenderOptions o;
        const auto s = r::parse_size_preset(size);
        if (!s) throw chronik::InputError("size '" + size + "' is not one of web, social, a4");
        const auto t = r::parse_theme(theme);
        if (!t) throw chronik::InputError("theme '" + theme + "' is not one of light, dark, print");
        const auto orient = r::parse_orientation(orientation);
        if (!orient) throw chronik::InputError("orientation '" + orientation + "' is not one of auto, horizontal, vertical");
        if (max_lines < 1 || max_lines > 12) throw chronik::InputError("max_lines must be 1 to 12");
        o.size = *s;
        o.theme = *t;
        o.orientation = *orient;
        o.font_family = font;
        o.language = label_language;
        o.max_headline_lines = max_lines;
        o.title = title;
        o.subtitle = subtitle;
        o.hyphenate = hyphenation;
#ifdef CHRONIK_HAVE_RENDER
        bytes = r::render_timeline_with_layout(read_timeline(timeline_json), o, *f).bytes;
#else
        throw chronik::InputError("this chronik draws no graphics (SVG, PDF, PNG): built with CHRONIK_RENDER=OFF");
#endif
    }
    if (*f == r::Format::svg) return py::str(bytes);
    return py::bytes(bytes);
}

std::vector<std::pair<std::string, bool>> tag_jsonl(const std::vector<std::string>& lines, std::uint64_t first_line) {
    py::gil_scoped_release unlocked;
    std::vector<std::pair<std::string, bool>> out;
    out.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (chronik::blank_line(lines[i])) continue;
        chronik::BatchRecord r = chronik::tag_batch_line(lines[i], first_line + i);
        out.emplace_back(std::move(r.json), r.failed);
    }
    return out;
}

}  // namespace

PYBIND11_MODULE(_chronik, m) {
    m.doc() = "chronik's C++ library; use the functions of the chronik package";
    auto& input_error = py::register_exception<chronik::InputError>(m, "InputError", PyExc_ValueError);
    py::register_exception<chronik::MissingPublicationDate>(m, "MissingPublicationDate", input_error.ptr());
    py::register_exception<chronik::TimelineFormatError>(m, "TimelineFormatError", input_error.ptr());
    m.def("tag", &tag);
    m.def("build_timeline", &build);
    m.def("export", &export_timeline);
    m.def("render", &render);
    m.def("tag_jsonl", &tag_jsonl);
#ifdef CHRONIK_HAVE_RENDER
    m.attr("has_graphics") = true;
#else
    m.attr("has_graphics") = false;
#endif
}
