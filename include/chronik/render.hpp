// Explainer graphics: a Timeline drawn as an SVG, PDF or PNG timeline.
//
// Two stages. layout_timeline() turns a Timeline into pure geometry (plain
// structs of doubles and strings: axis, ticks, markers, label boxes, leader
// curves, lanes, title block, credit line); it measures text only through
// the TextMeasurer interface, so it is testable without a drawing surface.
// render_* paint that geometry: PDF and PNG with cairo and pango, SVG
// written directly, with the text as <text> lines where pango broke them.
#pragma once

#include <chronik/tagger.hpp>
#include <chronik/timeline.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronik::render {

// Canvas presets. Web and social are in CSS pixels, A4 in PostScript points.
// The canvas is always exactly the preset's size: a graphic shows the most
// salient events that fit it, and a PDF at a4 is a print chronology of as
// many A4 pages as its events need.
enum class SizePreset : std::uint8_t {
    web,     // 16:9, 1200 × 675 px (PNG at png_scale 2: 2400 × 1350)
    social,  // 1:1, 1080 × 1080 px
    a4,      // A4 portrait for print, 595.28 × 841.89 pt
};
enum class Theme : std::uint8_t { light, dark, print };
enum class Orientation : std::uint8_t {
    automatic,   // horizontal on a landscape or square canvas when it shows about as many events as vertical, else vertical
    horizontal,  // time runs left to right
    vertical,    // time runs top to bottom
};
enum class Format : std::uint8_t { svg, pdf, png };

std::string_view to_string(SizePreset p);
std::string_view to_string(Theme t);
std::string_view to_string(Orientation o);
// Parsers for command-line values ("web", "16:9", "social", "1:1", "a4",
// "print"; "light", "dark", "print"; "auto", "horizontal", "vertical");
// nullopt for anything else.
std::optional<SizePreset> parse_size_preset(std::string_view s);
std::optional<Theme> parse_theme(std::string_view s);
std::optional<Orientation> parse_orientation(std::string_view s);
// A format by name ("svg", "pdf", "png"; any case), or by the extension of
// an output path; nullopt for anything else.
std::optional<Format> parse_format(std::string_view s);
std::optional<Format> format_for_path(std::string_view path);

struct RenderOptions {
    SizePreset size = SizePreset::web;
    Theme theme = Theme::light;
    Orientation orientation = Orientation::automatic;
    std::string font_family = "DejaVu Sans";  // Debian fonts-dejavu-core
    std::string language;                     // labels and ticks; "" = the timeline's language
    int max_headline_lines = 6;               // longer headlines end in "…"
    std::string title;                        // "" = the timeline's title
    std::string subtitle;                     // "" = none
    bool hyphenate = true;                    // soft hyphens from libhyphen where a dictionary exists
    std::string hyphen_dir = "/usr/share/hyphen";  // hyph_<lang>_<REGION>.dic (Debian hyphen-*)
    double png_scale = 2.0;                   // device pixels per canvas unit for PNG
    EventSelection selection;                 // undated and vague events only when asked for
    // Most events on the graphic (0: as many as fit, the most salient first).
    // More than fit is refused with LimitError rather than drawn overlapping.
    int max_events = 0;
};

// A limit where drawing more would overlap labels or grow the canvas; the
// message names the limit and the option that lifts it (exit 1 in the CLI).
class LimitError : public InputError {
public:
    using InputError::InputError;
};

// ---- text measurement ------------------------------------------------------

enum class TextRole : std::uint8_t { title, subtitle, date, headline, tick, lane, credit, note, legend };
std::string_view to_string(TextRole r);

struct TextStyle {
    double size = 12;  // canvas units
    bool bold = false;
    friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

struct TextExtent {
    double width = 0;   // of the widest line
    double height = 0;  // of all lines
    int lines = 0;
    bool cut = false;  // the text did not fit max_lines and ends in "…"
};

// One line of a wrapped text, as it is drawn.
struct TextLine {
    std::string text;     // UTF-8 as shown: soft hyphens dropped, "-" where a word breaks, "…" where the text is cut
    double x = 0;         // where the line starts, from the left end of the wrap width
    double baseline = 0;  // from the top of the text
    double width = 0;     // of what the line shows
};

// How large a text is when wrapped at word boundaries (and at soft hyphens)
// to `wrap_width` and cut to `max_lines` lines (the last ending in "…").
// A wrap_width of 0 means one unwrapped line.
class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    virtual TextExtent measure(std::string_view text, const TextStyle& style, double wrap_width,
                               int max_lines) const = 0;
    // The lines the text is broken into, as measure() breaks it; with
    // `flush_end`, flush right against the end of the wrap width.
    virtual std::vector<TextLine> lines(std::string_view text, const TextStyle& style, double wrap_width, int max_lines,
                                        bool flush_end) const = 0;
    // Drops what it keeps of texts measured so far (a print chronology
    // calls it between pages, so that memory stays that of one page).
    virtual void release() const {}
};

// The measurer that matches what draw() paints: pango with the given font.
std::unique_ptr<TextMeasurer> make_pango_measurer(const std::string& font_family);

// ---- geometry ----------------------------------------------------------------

struct Point {
    double x = 0;
    double y = 0;
    friend bool operator==(const Point&, const Point&) = default;
};

struct Box {
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;

    double right() const { return x + w; }
    double bottom() const { return y + h; }
    bool empty() const { return w <= 0 || h <= 0; }
    // Interiors intersect (touching edges do not count).
    bool overlaps(const Box& o) const { return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom(); }
    bool contains(const Box& o, double tolerance = 1e-6) const {
        return o.x >= x - tolerance && o.y >= y - tolerance && o.right() <= right() + tolerance &&
               o.bottom() <= bottom() + tolerance;
    }
    friend bool operator==(const Box&, const Box&) = default;
};

// A piece of text at its place: its top left corner at box.x, box.y, wrapped
// as it was measured (to wrap_width, at most max_lines lines).
struct TextBlock {
    TextRole role = TextRole::headline;
    std::string text;  // UTF-8; may hold soft hyphens (U+00AD)
    TextStyle style;
    Box box;
    double wrap_width = 0;  // 0: one unwrapped line
    int max_lines = 1;
    bool flush_end = false;  // lines flush right against box.right() (labels left of a vertical axis)
};

enum class MarkerShape : std::uint8_t {
    point,       // a day (or finer): a dot
    bar,         // a month, a year, a range: a bar over its interval
    open_start,  // "before …", PAST_REF: an arrow fading into the past
    open_end,    // "after …", FUTURE_REF: an arrow fading into the future
    relative,    // undated, placed by its link to another event: a hollow, dashed dot
};
std::string_view to_string(MarkerShape s);

// Where an event sits on the axis.
struct Marker {
    std::string event_id;
    std::size_t event = 0;  // index into Timeline::events
    std::size_t lane = 0;
    std::size_t colour = 0;  // the lane's, or in one lane of several sources the source's
    MarkerShape shape = MarkerShape::point;
    Box core;                // the dot's bounds or the bar's certain part
    Box fade_before;         // the uncertain margin before the core (empty if none)
    Box fade_after;          // the uncertain margin after the core (empty if none)
    bool approximate = false;  // drawn with a dotted outline
    bool coarse = false;       // a period known only as a month, season, year or coarser: a light band in brackets
    Point anchor;            // where the leader line starts
    double along_begin = 0;  // the date interval's position on the time axis
    double along_end = 0;    // (equal for points)
};

// An event's label: its date line and its headline.
struct Label {
    std::string event_id;
    std::size_t event = 0;
    std::size_t lane = 0;
    std::size_t colour = 0;
    Box box;  // encloses date and headline with padding; painted opaque
    TextBlock date;
    TextBlock headline;
    int side = 0;   // -1 above/left of its baseline, +1 below/right
    int layer = 0;  // 0 next to the axis, outward from there
};

// A leader from a marker to its label: a cubic Bézier curve from the marker
// that bends beside the axis, then a straight line to the label (`end`;
// equal to `to` for labels next to the axis). Leaders to outer layers run
// straight through the gaps between the inner labels.
struct Leader {
    std::string event_id;
    Point from, control1, control2, to;
    Point end;  // on the label's edge
};

// The leader as a polyline of `steps` pieces of its curve and its straight
// end (for checks: no leader crosses another or runs behind a label).
std::vector<Point> leader_path(const Leader& leader, int steps = 16);
// Whether the segments a→b and c→d cross or touch.
bool segments_meet(Point a, Point b, Point c, Point d);
// Whether the segment a→b passes through the interior of a box.
bool segment_enters(Point a, Point b, const Box& box);

// A dashed arrow that ties an undated event to the event it is dated by.
struct Relation {
    std::string event_id;    // the undated event
    std::string partner_id;  // the event its link names
    Order order = Order::before;
    bool undated_first = true;  // undated event before (true) or after its partner
    Point from, control, to;  // a quadratic curve; the arrow head points at the later event
};

struct Tick {
    date::sys_days day;
    double along = 0;  // position on the time axis
    Point from, to;    // the tick mark
    std::optional<TextBlock> label;
};

// A continuous stretch of the time axis; a broken axis has several.
struct AxisSegment {
    date::sys_days first;  // the first and the last day the segment shows
    date::sys_days last;
    double along_begin = 0;  // position of `first` (its start) and of the end of `last`
    double along_end = 0;
    Box band;  // the drawn axis band
};

struct Lane {
    std::string name;  // source name; empty when there is a single lane
    Box box;
    Point line_from, line_to;  // the lane's baseline (drawn when there are several lanes)
    std::optional<TextBlock> title;
};

// A source's colour explained, when one lane shows several sources.
struct LegendEntry {
    std::size_t colour = 0;
    Box swatch;
    TextBlock text;
};

struct Layout {
    double width = 0;
    double height = 0;
    double unit = 14;  // the headline font size: line widths and marks scale with it
    Orientation orientation = Orientation::horizontal;  // never automatic
    RenderOptions options;                              // as given; the drawing reads theme and font
    std::vector<TextBlock> texts;                       // title, subtitle, note, credit line
    std::vector<AxisSegment> segments;
    std::vector<Box> breaks;  // the gaps of a broken axis
    std::vector<Tick> ticks;  // ascending
    std::vector<Lane> lanes;
    std::vector<Marker> markers;  // one per event, in event order
    std::vector<Label> labels;    // one per event, in event order
    std::vector<Leader> leaders;  // one per event, in event order
    std::vector<Relation> relations;
    std::vector<LegendEntry> legend;
    std::size_t left_out = 0;  // shown events the canvas has no room for (counted in the note)
    std::size_t page = 0;      // of a print chronology: this page (0-based) of `pages`
    std::size_t pages = 1;
    std::string description;  // plain-text summary (for SVG <desc>, PDF subject)
    std::optional<date::sys_days> published;  // the latest source's publication: the PDF's dates
};

// Every box of a layout with its role ("title", "tick_label", "marker",
// "label", "label_date", "label_headline", "leader", ...) and event id.
struct RoleBox {
    std::string role;
    std::string event_id;  // empty for boxes that belong to no event
    Box box;
};
std::vector<RoleBox> role_boxes(const Layout& layout);

// One canvas of the preset's size with the most salient shown events that
// fit (or options.max_events of them), in time order; the rest counted in a
// note. Throws LimitError when max_events do not fit.
Layout layout_timeline(const Timeline& timeline, const RenderOptions& options, const TextMeasurer& measurer);

// A print chronology: every shown event (or the max_events most salient)
// in time order on as many pages of the preset's size as they need, each
// laid out on its own with its own time scale. Pages are handed to `page`
// one at a time, so that memory stays that of one page.
void layout_pages(const Timeline& timeline, const RenderOptions& options, const TextMeasurer& measurer,
                  const std::function<void(const Layout&)>& page);

// The geometry as JSON (for --layout-json): canvas, every box with role and
// event id, ticks, leader curves. Deterministic.
std::string layout_json(const Layout& layout);

// ---- drawing -----------------------------------------------------------------

// Paints a layout; the bytes of a file in the given format. A PDF at the a4
// preset is the print chronology (layout_pages), every other graphic one
// canvas (layout_timeline). Deterministic:
// PDF dates come from the sources' publication dates, not the clock. The
// text is shaped again here; render_timeline shapes it once.
std::string render_layout(const Layout& layout, Format format);
// layout_timeline with the pango measurer, then render_layout.
std::string render_timeline(const Timeline& timeline, const RenderOptions& options, Format format);
// The same, keeping the layout it drew (for --layout-json; of a print
// chronology its first page): text shaped once.
struct Rendered {
    Layout layout;
    std::string bytes;
    std::size_t pages = 1;
};
Rendered render_timeline_with_layout(const Timeline& timeline, const RenderOptions& options, Format format);
// render_timeline() to a file; the format from the extension. Throws std::invalid_argument
// for an unknown extension and std::runtime_error when the file cannot be written.
void render_file(const Timeline& timeline, const RenderOptions& options, const std::string& path);

}  // namespace chronik::render
