#include "match/cbc.hpp"

#include <coin/Cbc_C_Interface.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <iostream>
#include <map>
#include <numeric>
#include <unistd.h>

namespace pusterum::match {

namespace {

// CBC prints a banner and statistics whatever its log level says; pusterum's
// stdout carries only data, so both streams go to /dev/null while it works.
class Silence {
public:
  Silence() {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    null_ = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    out_ = ::dup(STDOUT_FILENO);
    err_ = ::dup(STDERR_FILENO);
    if (null_ >= 0 && out_ >= 0 && err_ >= 0) {
      ::dup2(null_, STDOUT_FILENO);
      ::dup2(null_, STDERR_FILENO);
    }
  }
  ~Silence() {
    std::fflush(nullptr);
    if (out_ >= 0) ::dup2(out_, STDOUT_FILENO);
    if (err_ >= 0) ::dup2(err_, STDERR_FILENO);
    for (int fd : {null_, out_, err_})
      if (fd >= 0) ::close(fd);
  }
  Silence(const Silence&) = delete;
  Silence& operator=(const Silence&) = delete;

private:
  int null_ = -1, out_ = -1, err_ = -1;
};

class Model {
public:
  Model() : model_(Cbc_newModel()) {}
  ~Model() { Cbc_deleteModel(model_); }
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;
  Cbc_Model* get() const { return model_; }

private:
  Cbc_Model* model_;
};

// Column `c` is the pair (group case, pick); columns run case by case.
struct Column {
  int group_case; // index into `cases`
  int pick;       // index into that case's picks
};

std::vector<Column> columns_of(const Picks& picks, const std::vector<int>& cases) {
  std::vector<Column> out;
  for (size_t g = 0; g < cases.size(); ++g)
    for (size_t k = 0; k < picks[cases[g]].size(); ++k) out.push_back({static_cast<int>(g), static_cast<int>(k)});
  return out;
}

// The answer when CBC finds nothing better in time: the best remaining pair
// first, as long as it fits.
std::vector<int> greedy(const JointProblem& p, const Picks& picks, const std::vector<int>& cases, const std::vector<Column>& columns) {
  std::vector<int> order(columns.size());
  std::iota(order.begin(), order.end(), 0);
  auto pick_of = [&](int col) -> const Pick& { return picks[cases[columns[col].group_case]][columns[col].pick]; };
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const Pick &x = pick_of(a), &y = pick_of(b);
    return x.score != y.score ? x.score > y.score : x.position < y.position;
  });
  std::vector<int> chosen(cases.size(), -1);
  std::map<int, int64_t> left;
  for (int col : order) {
    const Column& c = columns[col];
    const Pick& pick = pick_of(col);
    const int need = p.need_minutes[cases[c.group_case]];
    auto it = left.try_emplace(pick.staff, p.free_minutes[pick.staff]).first;
    if (chosen[c.group_case] != -1 || it->second < need) continue;
    chosen[c.group_case] = c.pick;
    it->second -= need;
  }
  return chosen;
}

bool fits(const JointProblem& p, const Picks& picks, const std::vector<int>& cases, const std::vector<int>& chosen) {
  std::map<int, int64_t> used;
  for (size_t g = 0; g < cases.size(); ++g) {
    if (chosen[g] < 0) continue;
    const int staff = picks[cases[g]][chosen[g]].staff;
    if ((used[staff] += p.need_minutes[cases[g]]) > p.free_minutes[staff]) return false;
  }
  return true;
}

int64_t group_score(const Picks& picks, const std::vector<int>& cases, const std::vector<int>& chosen) {
  int64_t sum = 0;
  for (size_t g = 0; g < cases.size(); ++g)
    if (chosen[g] >= 0) sum += picks[cases[g]][chosen[g]].score;
  return sum;
}

// The integer program in CBC's column-wise form: maximise the total score;
// at most one pick per case; per staff member whose hours bind, the minutes
// of their picks within what they have free. Scores and minutes are whole
// numbers, so CBC proves optimality exactly (a better total is at least 1
// point better).
void load(Cbc_Model* m, const JointProblem& p, const Picks& picks, const std::vector<int>& cases,
          const std::vector<char>& binding, const std::vector<Column>& columns) {
  std::map<int, int> row_of_staff; // after the case rows
  for (const Column& c : columns) {
    const int staff = picks[cases[c.group_case]][c.pick].staff;
    if (binding[staff]) row_of_staff.emplace(staff, 0);
  }
  int row = static_cast<int>(cases.size());
  for (auto& [staff, r] : row_of_staff) r = row++;

  std::vector<CoinBigIndex> starts{0};
  std::vector<int> rows;
  std::vector<double> values, lower(columns.size(), 0.0), upper(columns.size(), 1.0), objective;
  for (const Column& c : columns) {
    const Pick& pick = picks[cases[c.group_case]][c.pick];
    rows.push_back(c.group_case);
    values.push_back(1.0);
    if (binding[pick.staff]) {
      rows.push_back(row_of_staff.at(pick.staff));
      values.push_back(p.need_minutes[cases[c.group_case]]);
    }
    starts.push_back(static_cast<CoinBigIndex>(rows.size()));
    objective.push_back(pick.score);
  }
  std::vector<double> row_lower(static_cast<size_t>(row), 0.0), row_upper(static_cast<size_t>(row), 1.0);
  for (const auto& [staff, r] : row_of_staff) row_upper[r] = p.free_minutes[staff];
  Cbc_loadProblem(m, static_cast<int>(columns.size()), row, starts.data(), rows.data(), values.data(), lower.data(),
                  upper.data(), objective.data(), row_lower.data(), row_upper.data());
  for (size_t col = 0; col < columns.size(); ++col) Cbc_setInteger(m, static_cast<int>(col));
  Cbc_setObjSense(m, -1); // maximise
}

} // namespace

GroupResult solve_group(const JointProblem& p, const Picks& picks, const std::vector<int>& cases,
                        const std::vector<char>& binding, double seconds) {
  const std::vector<Column> columns = columns_of(picks, cases);
  Model model;
  Cbc_Model* m = model.get();
  load(m, p, picks, cases, binding, columns);
  Cbc_setLogLevel(m, 0);
  Cbc_setMaximumSeconds(m, std::max(seconds, 0.05));

  // Not given to CBC as a start: the C interface of CBC 2.10 passes a start
  // by generated column names and then stops before searching at all.
  const std::vector<int> start = greedy(p, picks, cases, columns);

  GroupResult result;
  double best_possible = 0;
  {
    Silence silence;
    Cbc_solve(m);
    best_possible = Cbc_getBestPossibleObjValue(m);
  }
  result.chosen = start;
  bool solved = false;
  if (const double* x = Cbc_bestSolution(m)) {
    std::vector<int> chosen(cases.size(), -1);
    for (size_t col = 0; col < columns.size(); ++col)
      if (x[col] > 0.5) chosen[columns[col].group_case] = columns[col].pick;
    // Trust but verify: CBC's answer is used only when it really fits.
    if (fits(p, picks, cases, chosen) && group_score(picks, cases, chosen) >= group_score(picks, cases, start)) {
      result.chosen = chosen;
      solved = true;
    }
  }
  const int64_t score = group_score(picks, cases, result.chosen);
  result.optimal = solved && Cbc_isProvenOptimal(m);
  if (result.optimal) {
    result.bound = score;
  } else {
    // CBC's bound when it has one, else every case with its best pick; totals are whole points.
    int64_t bound = 0;
    for (int c : cases)
      if (!picks[c].empty()) bound += picks[c].front().score;
    if (std::isfinite(best_possible)) bound = std::min<int64_t>(bound, static_cast<int64_t>(std::floor(best_possible + 1e-6)));
    result.bound = std::max(bound, score);
  }
  return result;
}

} // namespace pusterum::match
