// The graph stage: events as vertices of a Boost.Graph, ordered.
//
// Edges come from the events' intervals (granularity-aware: 2024-08 lies
// inside 2024, neither before nor after it) and from narrative cues. Cycles
// are contradictions: the weaker, cue-derived edges in them are dropped and
// reported. The order is topological, ties broken by start, then time of
// day (events without one first), then granularity (coarser first), then
// position in the text.
#pragma once

#include <chronik/timeline.hpp>

#include <string>
#include <vector>

namespace chronik {

struct Ordering {
    std::vector<std::size_t> order;  // event indices, oldest first
    std::vector<Link> links;         // the graph's edges (indices into the events given)
    std::vector<std::string> notes;  // contradictions and the links dropped for them
};

// `positions` gives each event's place in the text (for ties); `cue_links`
// are the narrative's BEFORE links (std::invalid_argument for an index
// beyond `events`).
Ordering order_events(const std::vector<Event>& events, const std::vector<std::uint64_t>& positions,
                      const std::vector<Link>& cue_links);

// How two events' intervals relate (nullopt when either has no interval).
// Two events of one day at different clock times: BEFORE for the earlier
// time first, nullopt the other way round.
std::optional<Order> interval_order(const EventTime& a, const EventTime& b);

}  // namespace chronik
