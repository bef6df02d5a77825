#include <chronik/graph.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <queue>
#include <stdexcept>

namespace chronik {

namespace {

struct EdgeData {
    Order order = Order::before;
    bool from_cue = false;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeData>;

// What an event's place on the time axis is known to be: its interval, or
// bounds derived from cue links ("Zuvor": before the meeting).
struct Bounds {
    std::optional<date::sys_days> lo, hi;
};

// The sort key: the start if known, else the latest possible day; events
// with neither go last. On one day, events without a clock time first (a
// whole day, or a coarser period, frames what happened at a time of it),
// then by time of day. Then coarser granularity first, then the text.
struct Key {
    bool known = false;
    date::sys_days day{};
    int minute = -1;  // minute of the day, -1 for none
    int grain = 99;
    std::uint64_t position = 0;
    std::size_t index = 0;

    friend bool operator<(const Key& a, const Key& b) {
        if (a.known != b.known) return a.known;
        if (a.known && a.day != b.day) return a.day < b.day;
        if (a.minute != b.minute) return a.minute < b.minute;
        if (a.grain != b.grain) return a.grain < b.grain;
        if (a.position != b.position) return a.position < b.position;
        return a.index < b.index;
    }
};

}  // namespace

std::optional<Order> interval_order(const EventTime& a, const EventTime& b) {
    if (a.kind != TimeKind::calendar || b.kind != TimeKind::calendar) return std::nullopt;
    if (!a.earliest || !a.latest || !b.earliest || !b.latest) return std::nullopt;
    if (*a.latest < *b.earliest) return Order::before;
    if (*a.earliest == *b.earliest && *a.latest == *b.latest) {
        // The same day at two clock times: 8 Uhr before 20.30 Uhr.
        if (a.minute_of_day && b.minute_of_day && *a.earliest == *a.latest && *a.minute_of_day != *b.minute_of_day)
            return *a.minute_of_day < *b.minute_of_day ? Order::before : std::optional<Order>{};
        return Order::simultaneous;
    }
    if (*a.earliest <= *b.earliest && *b.latest <= *a.latest) return Order::includes;
    return Order::overlaps;
}

Ordering order_events(const std::vector<Event>& events, const std::vector<std::uint64_t>& positions,
                      const std::vector<Link>& cue_links) {
    const std::size_t n = events.size();
    for (const Link& l : cue_links)
        if (l.from >= n || l.to >= n) throw std::invalid_argument("order_events: a cue link names no event");
    Ordering out;
    Graph g(n);

    // --- bounds, from intervals and then along cue links
    std::vector<Bounds> bounds(n);
    for (std::size_t i = 0; i < n; ++i) {
        const EventTime& t = events[i].when;
        bounds[i].lo = t.earliest;
        bounds[i].hi = t.latest;
        // Strictly before or after the publication: one day off it.
        if (t.kind == TimeKind::future && t.earliest) bounds[i].lo = *t.earliest + date::days{1};
        if (t.kind == TimeKind::past && t.latest) bounds[i].hi = *t.latest - date::days{1};
    }
    for (int round = 0; round < 4; ++round) {
        bool changed = false;
        for (const Link& l : cue_links) {
            Bounds& a = bounds[l.from];
            Bounds& b = bounds[l.to];
            // a before b: b starts no earlier than a; a ends before b starts.
            if (a.lo && (!b.lo || *b.lo < *a.lo) && events[l.to].when.kind != TimeKind::calendar) {
                b.lo = a.lo;
                changed = true;
            }
            if (b.lo && events[l.from].when.kind != TimeKind::calendar) {
                const date::sys_days limit = *b.lo - date::days{1};
                if (!a.hi || *a.hi > limit) {
                    a.hi = limit;
                    changed = true;
                }
            }
        }
        if (!changed) break;
    }
    std::vector<Key> keys(n);
    for (std::size_t i = 0; i < n; ++i) {
        Key& k = keys[i];
        k.index = i;
        k.position = i < positions.size() ? positions[i] : i;
        if (bounds[i].lo) {
            k.known = true;
            k.day = *bounds[i].lo;
        } else if (bounds[i].hi) {
            k.known = true;
            k.day = *bounds[i].hi;
        }
        if (auto gr = events[i].when.granularity()) k.grain = int(*gr);
        if (events[i].when.minute_of_day && k.known && events[i].when.earliest == bounds[i].lo)
            k.minute = *events[i].when.minute_of_day;
    }

    // --- edges from intervals: between neighbours in start order, and from
    // each event to the innermost earlier one that contains it. O(n log n)
    // edges, not O(n^2): the rest follows by transitivity.
    std::vector<std::size_t> dated;
    for (std::size_t i = 0; i < n; ++i)
        if (events[i].when.kind == TimeKind::calendar && events[i].when.earliest && events[i].when.latest)
            dated.push_back(i);
    std::sort(dated.begin(), dated.end(), [&](std::size_t a, std::size_t b) {
        const EventTime& x = events[a].when;
        const EventTime& y = events[b].when;
        if (*x.earliest != *y.earliest) return *x.earliest < *y.earliest;
        if (*x.latest != *y.latest) return *x.latest > *y.latest;  // the longer one first: it contains the other
        return keys[a] < keys[b];
    });
    auto add_edge = [&](std::size_t from, std::size_t to, Order order, bool cue) {
        if (from == to || boost::edge(from, to, g).second) return;  // out-lists are short: a scan is cheap
        boost::add_edge(from, to, EdgeData{order, cue}, g);
    };
    std::vector<std::size_t> open;  // events whose interval is still open in the sweep, nested
    for (std::size_t k = 0; k < dated.size(); ++k) {
        const std::size_t b = dated[k];
        if (k > 0) {
            const std::size_t a = dated[k - 1];
            if (const auto order = interval_order(events[a].when, events[b].when)) add_edge(a, b, *order, false);
        }
        const date::sys_days start = *events[b].when.earliest;
        while (!open.empty() && *events[open.back()].when.latest < start) open.pop_back();
        if (!open.empty()) {
            const std::size_t a = open.back();
            if (interval_order(events[a].when, events[b].when) == Order::includes) add_edge(a, b, Order::includes, false);
        }
        open.push_back(b);
    }

    // --- cue edges, then contradictions: a cycle is resolved by dropping the
    // cue edges in it (dates are the stronger evidence).
    for (const Link& l : cue_links) add_edge(l.from, l.to, l.order, true);
    for (;;) {
        std::vector<int> component(n);
        const int components = n ? boost::strong_components(g, boost::make_iterator_property_map(component.begin(),
                                                                                                  boost::get(boost::vertex_index, g)))
                                 : 0;
        std::vector<int> size(std::size_t(std::max(components, 0)), 0);
        for (int c : component) ++size[std::size_t(c)];
        std::vector<std::pair<std::size_t, std::size_t>> drop;
        for (auto [e, end] = boost::edges(g); e != end; ++e) {
            const std::size_t s = boost::source(*e, g), t = boost::target(*e, g);
            if (g[*e].from_cue && component[s] == component[t] && size[std::size_t(component[s])] > 1) drop.emplace_back(s, t);
        }
        if (drop.empty()) break;
        for (auto [s, t] : drop) {
            boost::remove_edge(s, t, g);
            out.notes.push_back("contradiction: \"" + events[s].headline + "\" cannot come before \"" + events[t].headline +
                                "\" — their dates say otherwise; the cue-derived link was dropped");
        }
    }

    // --- topological order (Kahn), ties by key
    std::vector<std::size_t> indegree(n, 0);
    for (std::size_t v = 0; v < n; ++v) indegree[v] = boost::in_degree(v, g);
    auto later = [](const Key& a, const Key& b) { return b < a; };
    std::priority_queue<Key, std::vector<Key>, decltype(later)> ready(later);
    for (std::size_t v = 0; v < n; ++v)
        if (indegree[v] == 0) ready.push(keys[v]);
    while (!ready.empty()) {
        const std::size_t v = ready.top().index;
        ready.pop();
        out.order.push_back(v);
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
            const std::size_t t = boost::target(*e, g);
            if (--indegree[t] == 0) ready.push(keys[t]);
        }
    }
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        out.links.push_back(Link{boost::source(*e, g), boost::target(*e, g), g[*e].order, g[*e].from_cue});
    std::sort(out.links.begin(), out.links.end(), [](const Link& a, const Link& b) {
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
    return out;
}

}  // namespace chronik
