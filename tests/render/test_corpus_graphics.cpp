// The graphics desk's check on real articles: every Dolomiten article of the
// development corpus with three or more events, and merges of the first 3,
// 10 and 30 of them and of all dev articles, drawn at web, social and a4.
// Each graphic must be exactly its preset's size (SVG attributes, PNG
// pixels, every PDF page), no text may cover another, every box lies on its
// page, no label says "ohne Datum", no leader crosses another or runs
// behind a label. The geometry is checked on the layouts
// the files are painted from (every page of a print chronology); the merges
// also go through `chronik build -o` (exit 0).
//
// Runs when the corpus is there (../shared beside the source tree, or
// $CHRONIK_SHARED); skipped otherwise.
#include <chronik/build.hpp>
#include <chronik/document.hpp>
#include <chronik/render.hpp>

#include "files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

using namespace chronik;
using namespace chronik::render;
using namespace chronik::render::testing;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> dolomiten_articles() {
    const char* shared = std::getenv("CHRONIK_SHARED");
    const fs::path corpora =
        (shared ? fs::path(shared) : fs::path(CHRONIK_SOURCE_DIR) / ".." / "shared") / "corpora" / "KRAUTS-dev";
    std::vector<fs::path> files;
    if (!fs::exists(corpora)) return files;
    for (const auto& dir : fs::directory_iterator(corpora)) {
        const std::string name = dir.path().filename().string();
        if (!name.starts_with("KRAUTS_Dolomiten") || !name.ends_with("_raw-text")) continue;
        for (const auto& f : fs::directory_iterator(dir.path()))
            if (f.path().extension() == ".tml") files.push_back(f.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

struct Canvas {
    double w, h;
};
Canvas canvas_of(SizePreset s) {
    switch (s) {
        case SizePreset::web: return {1200, 675};
        case SizePreset::social: return {1080, 1080};
        case SizePreset::a4: return {595.28, 841.89};
    }
    return {0, 0};
}

// What is wrong with one page, as a graphics desk would say it.
void check_page(const Layout& l, SizePreset size, std::vector<std::string>& problems) {
    const Canvas c = canvas_of(size);
    const std::string page = l.pages > 1 ? " (page " + std::to_string(l.page + 1) + ")" : "";
    if (l.width != c.w || l.height != c.h)
        problems.push_back("canvas " + std::to_string(l.width) + " × " + std::to_string(l.height) + page);
    const Box canvas{0, 0, c.w, c.h};
    std::vector<RoleBox> texts;
    for (const RoleBox& b : role_boxes(l)) {
        if (!canvas.contains(b.box, 0.01)) problems.push_back(b.role + " " + b.event_id + " off the page" + page);
        if (b.role == "label" || b.role == "title" || b.role == "subtitle" || b.role == "tick_label" ||
            b.role == "credit" || b.role == "note" || b.role == "legend" || b.role == "lane_title")
            texts.push_back(b);
    }
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t k = i + 1; k < texts.size(); ++k)
            if (texts[i].box.overlaps(texts[k].box))
                problems.push_back(texts[i].role + " " + texts[i].event_id + " covers " + texts[k].role + " " +
                                   texts[k].event_id + page);
    for (const std::string& p : leader_problems(l)) problems.push_back(p + page);
    for (const Label& label : l.labels)
        if (label.date.text.find("ohne Datum") != std::string::npos)
            problems.push_back("an 'ohne Datum' label: " + label.headline.text + page);
    if (l.labels.empty()) problems.push_back("no event on the graphic" + page);
}

// The width and height a PNG's header gives.
std::pair<unsigned, unsigned> png_size(const std::string& bytes) {
    if (bytes.size() < 24 || bytes.compare(1, 3, "PNG") != 0) return {0, 0};
    auto be32 = [&](std::size_t at) {
        unsigned v = 0;
        for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
        return v;
    };
    return {be32(16), be32(20)};
}

// The size the root element of an SVG document gives: `width="1200" height="675"`.
std::string svg_size(const std::string& svg) {
    const auto at = svg.find("<svg ");
    if (at == std::string::npos) return {};
    const auto w = svg.find(" width=\"", at), h = svg.find(" height=\"", at);
    if (w == std::string::npos || h == std::string::npos) return {};
    const auto we = svg.find('"', w + 8), he = svg.find('"', h + 9);
    return svg.substr(w + 8, we - w - 8) + " × " + svg.substr(h + 9, he - h - 9);
}

// Every page size pdfinfo reports for a file, one string a page, and the page count.
std::pair<std::vector<std::string>, int> pdf_pages(const fs::path& path) {
    std::vector<std::string> sizes;
    int pages = -1;
    const std::string command = "pdfinfo -f 1 -l 100000 '" + path.string() + "' 2>/dev/null";
    FILE* p = popen(command.c_str(), "r");
    if (!p) return {sizes, pages};
    char line[512];
    while (std::fgets(line, sizeof line, p)) {
        const std::string s(line);
        if (s.starts_with("Pages:")) pages = std::atoi(s.c_str() + 6);
        if (s.starts_with("Page ") && s.find(" size:") != std::string::npos) {
            std::string v = s.substr(s.find(" size:") + 6);
            v.erase(0, v.find_first_not_of(' '));
            v.erase(v.find(" pts"));
            sizes.push_back(v);
        }
    }
    pclose(p);
    return {sizes, pages};
}

std::string expected_svg(SizePreset s) {
    switch (s) {
        case SizePreset::web: return "1200 × 675";
        case SizePreset::social: return "1080 × 1080";
        case SizePreset::a4: return "595.28pt × 841.89pt";
    }
    return {};
}
std::string expected_pdf(SizePreset s) {
    switch (s) {
        case SizePreset::web: return "1200 x 675";
        case SizePreset::social: return "1080 x 1080";
        case SizePreset::a4: return "595.28 x 841.89";
    }
    return {};
}

struct Case {
    std::string name;
    Timeline timeline;
    std::vector<std::string> paths;  // the articles, for the command line
};

}  // namespace

TEST_CASE("graphics of real articles: preset size, no overlaps, on the page, no 'ohne Datum'", "[render][corpus]") {
    const std::vector<fs::path> files = dolomiten_articles();
    if (files.empty()) {
        WARN("the development corpus is not beside the source tree (nor in $CHRONIK_SHARED): skipped");
        return;
    }
    std::vector<SourceDocument> docs;
    for (const fs::path& f : files) docs.push_back(read_document(f.string()));
    std::vector<Case> cases;
    std::vector<std::size_t> rich;  // articles with three or more events the graphic shows
    for (std::size_t i = 0; i < docs.size(); ++i) {
        Timeline t = build_timeline(docs[i]);
        // Vague and undated events are left off a graphic by default (chronik::shown):
        // an article told only "jetzt" has nothing to draw.
        const auto drawn = std::count_if(t.events.begin(), t.events.end(),
                                         [](const Event& e) { return shown(e, EventSelection{}); });
        if (drawn < 3) continue;
        rich.push_back(i);
        cases.push_back({files[i].filename().string(), std::move(t), {files[i].string()}});
    }
    auto merge = [&](std::vector<std::size_t> members, std::string name) {
        std::vector<ArticleInput> in;
        Case c;
        c.name = std::move(name);
        for (const std::size_t i : members) {
            in.push_back(ArticleInput{&docs[i], std::nullopt});
            c.paths.push_back(files[i].string());
        }
        c.timeline = build_timeline(in);
        cases.push_back(std::move(c));
    };
    for (const std::size_t n : {3, 10, 30})
        merge(std::vector<std::size_t>(rich.begin(), rich.begin() + std::ptrdiff_t(std::min(n, rich.size()))),
              "merge of " + std::to_string(n));
    std::vector<std::size_t> all(docs.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    merge(all, "merge of all " + std::to_string(docs.size()));
    const std::size_t merges = 4;

    std::map<SizePreset, std::size_t> passed;
    std::vector<std::string> failures;
    for (std::size_t ci = 0; ci < cases.size(); ++ci) {
        const Case& c = cases[ci];
        for (const SizePreset size : {SizePreset::web, SizePreset::social, SizePreset::a4}) {
            std::vector<std::string> problems;
            RenderOptions o;
            o.size = size;
            const std::string stem = "corpus-" + std::string(to_string(size));
            try {
                const Layout l = layout_timeline(c.timeline, o, measurer());
                check_page(l, size, problems);
                if (const std::string got = svg_size(render_layout(l, Format::svg)); got != expected_svg(size))
                    problems.push_back("SVG " + got);
                const auto [pw, ph] = png_size(render_layout(l, Format::png));
                const Canvas cv = canvas_of(size);
                if (pw != unsigned(std::lround(cv.w * o.png_scale)) || ph != unsigned(std::lround(cv.h * o.png_scale)))
                    problems.push_back("PNG " + std::to_string(pw) + " × " + std::to_string(ph));
                std::size_t pages = 0;
                if (size == SizePreset::a4) {
                    layout_pages(c.timeline, o, measurer(), [&](const Layout& page) {
                        ++pages;
                        check_page(page, size, problems);
                    });
                } else {
                    pages = 1;
                }
                write(scratch(stem + ".pdf"), render_timeline(c.timeline, o, Format::pdf));
                const auto [sizes, count] = pdf_pages(scratch(stem + ".pdf"));
                if (count != int(pages) || sizes.size() != pages)
                    problems.push_back("PDF of " + std::to_string(count) + " pages, " + std::to_string(pages) + " laid out");
                for (const std::string& s : sizes)
                    if (s != expected_pdf(size)) problems.push_back("PDF page " + s);
            } catch (const std::exception& e) {
                problems.push_back(std::string("threw: ") + e.what());
            }
            if (problems.empty()) {
                ++passed[size];
            } else {
                std::string listed;
                for (std::size_t k = 0; k < problems.size() && k < 3; ++k) listed += "; " + problems[k];
                failures.push_back(c.name + " at " + std::string(to_string(size)) + ": " +
                                   std::to_string(problems.size()) + " problem(s)" + listed);
            }
        }
        // The command line draws the merges (exit 0), at each preset and in each format.
        if (ci + merges >= cases.size()) {
            std::string inputs;
            for (const std::string& p : c.paths) inputs += " '" + p + "'";
            for (const char* size : {"web", "social", "a4"})
                for (const char* ext : {"svg", "pdf", "png"}) {
                    const fs::path out = scratch(std::string("corpus-cli-") + size + "." + ext);
                    if (!runs_clean(std::string("'") + CHRONIK_CLI + "' build" + inputs + " --size " + size + " -o '" +
                                    out.string() + "'"))
                        failures.push_back(c.name + ": chronik build --size " + size + " -o ." + ext + " failed");
                }
        }
    }
    std::ostringstream summary;
    summary << cases.size() << " timelines (" << cases.size() - merges << " articles with three or more events, "
            << merges << " merges); clean: web " << passed[SizePreset::web] << ", social " << passed[SizePreset::social]
            << ", a4 " << passed[SizePreset::a4];
    WARN(summary.str());
    std::string listed;
    for (const std::string& f : failures) listed += f + "\n";
    INFO(listed);
    CHECK(failures.empty());
    CHECK(cases.size() > merges);
}
