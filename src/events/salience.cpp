// Salience: see <chronik/events.hpp>. The weights are few and round on
// purpose: an editor can tell from them why one event is shown and another
// left to the chronology.
#include <chronik/events.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace chronik {

namespace {

// Shares of the article's part (they sum to 1).
constexpr double kLead = 0.40, kMain = 0.30, kPrecision = 0.30;
// Factors for what an article does not assert itself.
constexpr double kQuoteFactor = 0.6, kHypotheticalFactor = 0.5;
// Shares of the final salience.
constexpr double kArticle = 0.75, kSources = 0.15, kMentions = 0.10;

}  // namespace

double article_salience(const EventTime& when, const SalienceCues& cues) {
    // The lead: 1 for the first sentence, 2/3 for the second, 1/2 for the third …
    const double lead = 1.0 / (1.0 + double(cues.sentence) / 2.0);
    double s = kLead * lead + kMain * (cues.main_report ? 1.0 : 0.0) + kPrecision * date_precision(when);
    if (cues.quote) s *= kQuoteFactor;
    if (cues.hypothetical) s *= kHypotheticalFactor;
    return std::clamp(s, 0.0, 1.0);
}

void weigh_salience(std::vector<Event>& events) {
    for (Event& e : events) {
        std::set<std::size_t> sources;
        for (const EventMention& m : e.mentions) sources.insert(m.source);
        // 0 for one, 1/2 for two, 2/3 for three …: each more source adds less.
        const double by_sources = sources.empty() ? 0 : 1.0 - 1.0 / double(sources.size());
        const double by_mentions = e.mentions.empty() ? 0 : 1.0 - 1.0 / double(e.mentions.size());
        const double s = kArticle * std::clamp(e.salience, 0.0, 1.0) + kSources * by_sources + kMentions * by_mentions;
        // Rounded to 1/1000: the JSON stays short and the same on every machine.
        e.salience = std::clamp(double(std::lround(s * 1000)) / 1000, 0.0, 1.0);
    }
}

}  // namespace chronik
