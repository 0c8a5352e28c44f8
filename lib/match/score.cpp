#include "match/score.hpp"

#include "match/availability.hpp"
#include "match/rules.hpp"
#include "rules/borneattest.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::match {

namespace {

// A børneattest that runs out this soon after the start is worth a word.
constexpr int renewal_notice_months = 3;

bool contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// The words of `wanted` (as the case writes them) found in `offered`, compared
// on `wanted_keys` (lowercased when the words are free text).
std::vector<std::string> shared(const std::vector<std::string>& wanted, const std::vector<std::string>& wanted_keys,
                                const std::vector<std::string>& offered) {
  std::vector<std::string> out;
  for (size_t i = 0; i < wanted.size(); ++i)
    if (contains(offered, wanted_keys[i])) out.push_back(wanted[i]);
  return out;
}

bool same_word(std::string_view a, std::string_view b) { return text::to_lower_ascii(a) == text::to_lower_ascii(b); }

bool is_postcode(std::string_view p) {
  return p.size() == 4 && std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class Tally {
public:
  Tally(const Weights& weights, std::vector<Reason>* reasons) : weights_(weights), reasons_(reasons) {}

  // `count` times the criterion's points; nothing when there is nothing to count or no points to give.
  template <class Words>
  void add(Criterion criterion, int count, Words&& words) {
    const int points = count * weights_[criterion];
    if (points == 0) return;
    total_ += points;
    if (reasons_) reasons_->push_back({name_of(criterion), points, words()});
  }
  void add_points(Criterion criterion, int points, std::string words) {
    if (points == 0) return;
    total_ += points;
    if (reasons_) reasons_->push_back({name_of(criterion), points, std::move(words)});
  }
  template <class Words>
  void fact(HardRule rule, Words&& words) {
    if (reasons_) reasons_->push_back({name_of(rule), 0, words()});
  }
  int total() const { return total_; }

private:
  const Weights& weights_;
  std::vector<Reason>* reasons_;
  int total_ = 0;
};

} // namespace

int score(const Need& n, const Worker& w, const Context& ctx, std::vector<Reason>* reasons) {
  const Case& c = *n.c;
  const Staff& s = *w.staff;
  Tally tally(ctx.weights, reasons);

  if (!c.child.required_competences.empty())
    tally.fact(HardRule::competences, [&] { return "experience with " + text::join(c.child.required_competences, ", "); });
  if (auto it = n.known.find(s.id); it != n.known.end())
    tally.add(Criterion::continuity, 1, [&] { return "knows the family: " + it->second; });

  const auto interests = shared(c.child.special_interests, n.interests, w.interests);
  tally.add(Criterion::shared_interest, static_cast<int>(interests.size()),
            [&] { return "shares interests: " + text::join(interests, ", "); });
  const auto personality = shared(c.child.wanted_personality, c.child.wanted_personality, s.personality);
  tally.add(Criterion::wanted_personality, static_cast<int>(personality.size()),
            [&] { return "personality as wished: " + text::join(personality, ", "); });

  std::vector<std::string> needs;
  for (const auto& need : c.child.needs) {
    const std::string key = text::to_lower_ascii(need);
    if (contains(s.competences, key) && !contains(c.child.required_competences, key)) needs.push_back(need);
  }
  tally.add(Criterion::covered_need, static_cast<int>(needs.size()), [&] { return "also knows: " + text::join(needs, ", "); });

  const auto languages = shared(c.child.languages, c.child.languages, s.languages);
  tally.add(Criterion::shared_language, static_cast<int>(languages.size()),
            [&] { return "speaks " + text::join(languages, ", "); });

  if (!c.preferred_gender.empty() && same_word(c.preferred_gender, s.gender))
    tally.add(Criterion::preferred_gender, 1, [&] { return s.gender + ", as the family prefers"; });

  if (is_postcode(c.postcode) && is_postcode(s.postcode)) {
    if (c.postcode == s.postcode)
      tally.add(Criterion::same_postcode, 1, [&] { return "lives in the family's postcode " + c.postcode; });
    else if (c.postcode.compare(0, 2, s.postcode, 0, 2) == 0)
      tally.add(Criterion::nearby_postcode, 1, [&] { return fmt::format(fmt::runtime(_("lives nearby ({}, the family {})")), s.postcode, c.postcode); });
  }

  tally.fact(HardRule::availability, [&] {
    return "free " + slots_text(usable_slots(s.availability, n.terms, ctx.minimum_visit_minutes()));
  });

  // Spread the work: someone with most of their week free gets the most points.
  const int free = w.free_minutes(c.id);
  if (w.max_minutes > 0) {
    const int points = ctx.weights[Criterion::workload] * free / w.max_minutes;
    tally.add_points(Criterion::workload, points,
                     fmt::format(fmt::runtime(_("{} of {} h a week free")), hours_text(free), hours_text(w.max_minutes)));
  }

  if (const auto until = rules::borneattest_valid_until(s, *ctx.provider);
      until && *until < add_months(n.start, renewal_notice_months))
    tally.fact(HardRule::borneattest, [&] { return fmt::format(fmt::runtime(_("børneattest to renew by {}")), until->iso()); });

  tally.add(Criterion::base, 1, [] { return std::string("meets every rule"); });
  return tally.total();
}

std::string reason_text(const Reason& reason) {
  return reason.points == 0 ? reason.text : fmt::format("{} +{}", reason.text, reason.points);
}

} // namespace pusterum::match
