// Label placement along one axis, after labella.js: labels are intervals
// around their anchors; they are spread over layers, and within a layer
// their overlaps are removed exactly (pool-adjacent-violators).
#pragma once

#include <vector>

namespace chronik::render::detail {

// Starts x_i of intervals kept in their given order that minimise
// Σ (x_i − ideal_i)² subject to x_{i+1} ≥ x_i + length_i + gap and
// lo ≤ x_0, x_last + length_last ≤ hi. With y_i = x_i − (lengths and gaps
// before i) the constraints become y non-decreasing, so this is isotonic
// regression, solved exactly in O(n) by pool-adjacent-violators; the common
// bounds are then met by clamping, which keeps it optimal. When the
// intervals do not fit between lo and hi they are packed from lo.
std::vector<double> remove_overlap(const std::vector<double>& ideal, const std::vector<double>& length, double gap,
                                   double lo, double hi);

struct Placement {
    std::vector<int> layer;     // per label
    std::vector<double> start;  // per label: where its interval begins
    int layers = 1;
    double max_shift = 0;  // the largest distance of a label from its ideal place
    bool fits = true;      // every layer holds its labels between lo and hi
};

// Labels sorted by anchor, each centred on its anchor ideally. Neighbours go
// to different layers (round robin, as labella's simple distributor); the
// number of layers is the smallest multiple of `layer_step` up to
// `max_layers` whose largest shift stays within `tolerance`, else the one
// with the least shift among those that fit.
Placement place_labels(const std::vector<double>& anchor, const std::vector<double>& length, double gap, double lo,
                       double hi, int max_layers, int layer_step, double tolerance);

}  // namespace chronik::render::detail
