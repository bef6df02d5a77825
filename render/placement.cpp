#include "placement.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace chronik::render::detail {

std::vector<double> remove_overlap(const std::vector<double>& ideal, const std::vector<double>& length, double gap,
                                   double lo, double hi) {
    const std::size_t n = ideal.size();
    std::vector<double> offset(n, 0.0);
    for (std::size_t i = 1; i < n; ++i) offset[i] = offset[i - 1] + length[i - 1] + gap;

    // Pool adjacent violators on the targets ideal_i − offset_i.
    struct Block {
        double sum;
        std::size_t count;
        double mean() const { return sum / double(count); }
    };
    std::vector<Block> blocks;
    blocks.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        blocks.push_back({ideal[i] - offset[i], 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            const Block last = blocks.back();
            blocks.pop_back();
            blocks.back().sum += last.sum;
            blocks.back().count += last.count;
        }
    }
    std::vector<double> x;
    x.reserve(n);
    const double upper = n == 0 ? hi : hi - offset[n - 1] - length[n - 1];
    for (const Block& b : blocks) {
        const double y = std::max(lo, std::min(b.mean(), upper));
        for (std::size_t k = 0; k < b.count; ++k) x.push_back(y + offset[x.size()]);
    }
    return x;
}

Placement place_labels(const std::vector<double>& anchor, const std::vector<double>& length, double gap, double lo,
                       double hi, int max_layers, int layer_step, double tolerance) {
    const std::size_t n = anchor.size();
    layer_step = std::max(1, layer_step);
    max_layers = std::max(layer_step, max_layers);
    std::optional<Placement> best;
    for (int k = layer_step; k <= max_layers; k += layer_step) {
        Placement p;
        p.layers = k;
        p.layer.resize(n);
        p.start.resize(n);
        for (int l = 0; l < k; ++l) {
            std::vector<std::size_t> members;
            for (std::size_t i = std::size_t(l); i < n; i += std::size_t(k)) members.push_back(i);
            std::vector<double> ideal, len;
            double total = 0;
            for (std::size_t i : members) {
                ideal.push_back(anchor[i] - length[i] / 2);
                len.push_back(length[i]);
                total += length[i] + gap;
            }
            if (!members.empty() && total - gap > hi - lo + 1e-9) p.fits = false;
            const std::vector<double> x = remove_overlap(ideal, len, gap, lo, hi);
            for (std::size_t m = 0; m < members.size(); ++m) {
                p.layer[members[m]] = l;
                p.start[members[m]] = x[m];
                p.max_shift = std::max(p.max_shift, std::abs(x[m] - ideal[m]));
            }
        }
        if (p.fits && p.max_shift <= tolerance) return p;
        const bool better = !best || (p.fits && !best->fits) ||
                            (p.fits == best->fits && p.max_shift < best->max_shift - 1e-9);
        if (better) best = std::move(p);
    }
    return *best;
}

}  // namespace chronik::render::detail
