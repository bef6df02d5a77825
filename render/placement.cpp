#include "placement.hpp"

#include <chronik/render.hpp>

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

namespace chronik::render {

std::vector<Point> leader_path(const Leader& ld, int steps) {
    steps = std::max(1, steps);
    std::vector<Point> out;
    out.reserve(std::size_t(steps) + 2);
    for (int k = 0; k <= steps; ++k) {
        const double t = double(k) / steps, u = 1 - t;
        const double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
        out.push_back({a * ld.from.x + b * ld.control1.x + c * ld.control2.x + d * ld.to.x,
                       a * ld.from.y + b * ld.control1.y + c * ld.control2.y + d * ld.to.y});
    }
    if (ld.end != ld.to) out.push_back(ld.end);
    return out;
}

namespace {
double cross(Point o, Point a, Point b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }
bool within(Point a, Point b, Point p) {
    return std::min(a.x, b.x) <= p.x + 1e-9 && p.x <= std::max(a.x, b.x) + 1e-9 && std::min(a.y, b.y) <= p.y + 1e-9 &&
           p.y <= std::max(a.y, b.y) + 1e-9;
}
}  // namespace

bool segments_meet(Point a, Point b, Point c, Point d) {
    const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    constexpr double eps = 1e-9;
    if (((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps)))
        return true;
    return (std::abs(d1) <= eps && within(c, d, a)) || (std::abs(d2) <= eps && within(c, d, b)) ||
           (std::abs(d3) <= eps && within(a, b, c)) || (std::abs(d4) <= eps && within(a, b, d));
}

bool segment_enters(Point a, Point b, const Box& box) {
    // Liang–Barsky clipping against the open box.
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - box.x, box.right() - a.x, a.y - box.y, box.bottom() - a.y};
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0) {
            if (q[k] <= 0) return false;  // parallel to this edge and outside (or on it)
            continue;
        }
        const double r = q[k] / p[k];
        if (p[k] < 0) t0 = std::max(t0, r);
        else t1 = std::min(t1, r);
        if (t0 >= t1) return false;
    }
    return t1 - t0 > 1e-9;
}

}  // namespace chronik::render
