#pragma once
// What the billing basis and the overview read: every case file and its
// hours log, with voids and corrections applied. A case whose file or log
// has a line that cannot be read is set aside with its problems, so one
// broken case never hides or corrupts the others' figures.
//
// The files are read on every core, and a reader that needs only some
// months opens only those months' files: a quarter's basis on a provider
// with years of logs reads a quarter's worth.
#include "grant/arithmetic.hpp"
#include "hours/entry.hpp"
#include "model/case.hpp"
#include "store/read_cache.hpp"
#include "store/tree.hpp"
#include "util/diagnostics.hpp"
#include "util/parallel.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::report {

struct CaseWithHours {
  Case c;
  std::vector<hours::Entry> effective;
};

struct SetAside {
  std::string case_id;
  Diagnostics problems;
};

struct CaseInputs {
  std::vector<CaseWithHours> cases; // by ID
  std::vector<SetAside> set_aside;
};

struct HoursWanted {
  // Decides from the case file alone whether its log is read at all. Called
  // on several threads at once: it must not change anything shared.
  std::function<bool(const Case&)> of_case = [](const Case&) { return true; };
  // Only the month files these days touch; every month when empty.
  std::optional<grant::Span> days;
};

// One case folder as the readers above see it (the case file decoded from
// the read cache when its bytes have not changed): a wanted case with its
// hours, a case set aside, or neither (not wanted, or no case file).
struct OneCase {
  std::optional<CaseWithHours> input;
  std::optional<SetAside> set_aside;
};
OneCase read_case_with_hours(const store::Tree& tree, store::ReadCache& cache, const std::string& id, const HoursWanted& wanted);

template <class Result>
struct PerCase {
  std::vector<Result> results;     // by case ID
  std::vector<SetAside> set_aside; // by case ID
};

// Calls `use` for each wanted case with its effective entries, on several
// threads at once (it must only build its result), and returns the results
// in case-ID order. Memory stays at what the results hold, not the logs.
template <class Result>
PerCase<Result> map_cases_with_hours(const store::Tree& tree, const HoursWanted& wanted,
                                     const std::function<Result(CaseWithHours&&)>& use) {
  const std::vector<std::string> ids = tree.case_ids();
  store::ReadCache cache(tree); // reads the provider once, before the threads share the tree
  std::vector<std::optional<Result>> results(ids.size());
  std::vector<std::optional<SetAside>> aside(ids.size());
  parallel_for(ids.size(), [&](size_t i) {
    OneCase one = read_case_with_hours(tree, cache, ids[i], wanted);
    if (one.set_aside)
      aside[i] = std::move(one.set_aside);
    else if (one.input)
      results[i] = use(std::move(*one.input));
  });
  cache.save();
  PerCase<Result> out;
  for (auto& r : results)
    if (r) out.results.push_back(std::move(*r));
  for (auto& s : aside)
    if (s) out.set_aside.push_back(std::move(*s));
  return out;
}

CaseInputs read_cases_with_hours(const store::Tree& tree, const HoursWanted& wanted = {});

} // namespace pusterum::report
