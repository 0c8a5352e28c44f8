#include "match/rank.hpp"

#include <algorithm>

namespace pusterum::match {

bool ranks_before(int score_a, std::string_view id_a, int score_b, std::string_view id_b) {
  return score_a != score_b ? score_a > score_b : id_a < id_b;
}

Ranking rank(const Need& need, const std::vector<Worker>& workers, const Context& context) {
  Ranking r;
  for (const Worker& w : workers) {
    auto broken = exclusions(need, w, context);
    if (!broken.empty()) {
      r.excluded.push_back({&w, std::move(broken)});
      continue;
    }
    Candidate c{&w, 0, {}};
    c.score = score(need, w, context, &c.reasons);
    r.candidates.push_back(std::move(c));
  }
  std::sort(r.candidates.begin(), r.candidates.end(), [](const Candidate& a, const Candidate& b) {
    return ranks_before(a.score, a.worker->staff->id, b.score, b.worker->staff->id);
  });
  std::sort(r.excluded.begin(), r.excluded.end(),
            [](const Excluded& a, const Excluded& b) { return a.worker->staff->id < b.worker->staff->id; });
  return r;
}

} // namespace pusterum::match
