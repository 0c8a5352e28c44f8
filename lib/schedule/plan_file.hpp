#pragma once
// cases/<id>/schedule.yaml: the plan, one visit or change per line so that a
// git diff shows one line per decision. Written by pusterum; read with
// file:line:col for every problem.
#include "schedule/plan.hpp"
#include "store/read.hpp"
#include "grant/arithmetic.hpp"
#include "store/tree.hpp"

#include <filesystem>
#include <string>

namespace pusterum::schedule {

store::Loaded<Plan> read_plan(const std::string& text, const std::string& file);
std::string write_plan(const Plan& plan, const std::string& case_id);

std::filesystem::path plan_path(const store::Tree& tree, const std::string& case_id);
// The case's plan (empty when it has none); its problems are in `problems`.
store::Loaded<Plan> load_plan(const store::Tree& tree, const std::string& case_id);
// Hours the case's plan puts on the days of `span` (cancelled dates left
// out); nullopt when the case has no plan. Throws when the plan is unreadable.
std::optional<Rational> planned_hours(const store::Tree& tree, const Case& c, grant::Span span);

// Call while holding the tree's lock.
void save_plan(const store::Tree& tree, const std::string& case_id, const Plan& plan);

} // namespace pusterum::schedule
