#pragma once
// The provider tree on disk: where it is, what it holds, and the only place
// that reads or writes its files.
#include "model/case.hpp"
#include "model/provider.hpp"
#include "model/staff.hpp"
#include "store/access.hpp"
#include "store/read.hpp"
#include "util/fs.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::store {

class Tree {
public:
  // -C/--root first, then $PUSTERUM_ROOT, then the nearest folder upwards
  // from the current one that holds pusterum.yaml (as git finds .git).
  static std::filesystem::path find_root(const std::optional<std::string>& explicit_root);

  // `root` in any spelling; root() is its canonical absolute path.
  explicit Tree(const std::filesystem::path& root);

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path provider_file() const { return root_ / "pusterum.yaml"; }
  std::filesystem::path staff_file(const std::string& id) const { return root_ / "staff" / (id + ".yaml"); }
  std::filesystem::path case_dir(const std::string& id) const { return root_ / "cases" / id; }
  std::filesystem::path case_file(const std::string& id) const { return case_dir(id) / "case.yaml"; }
  std::string relative(const std::filesystem::path& path) const;

  Loaded<Provider> load_provider() const;
  // The provider settings; throws Error(invalid) listing the problems.
  const Provider& provider() const;

  std::vector<std::string> case_ids() const;  // folder names under cases/, sorted
  std::vector<std::string> staff_ids() const; // file stems under staff/, sorted
  bool has_case(const std::string& id) const;
  bool has_staff(const std::string& id) const;

  // A full ID or any unique prefix of it (with or without the year, any
  // letter case; a staff prefix also as the name is spelt, "søren" for
  // soeren-moelgaard, or the start of a later part of it, "Mølgaard").
  // Throws Error(usage) naming the candidates.
  std::string resolve_case(std::string_view prefix) const;
  std::string resolve_staff(std::string_view prefix) const;

  Loaded<Case> load_case(const std::string& id) const;
  Loaded<Staff> load_staff(const std::string& id) const;
  // Throw Error(invalid) with every blocking problem of the file.
  Case require_case(const std::string& id) const;
  Staff require_staff(const std::string& id) const;

  // Writers: call them while holding lock(). Each write is atomic.
  void save_case(const Case& c) const;
  void create_case(const Case& c) const; // publishes the whole folder at once
  void save_staff(const Staff& s) const;
  fs::FileLock lock() const;

  Date today() const; // $PUSTERUM_TODAY when set, else today in the provider's zone

  // A file of the tree; a failure names it relative to the tree. Every read
  // of a case folder's file notes the case for the access log (store/access.hpp).
  std::string read_text(const std::filesystem::path& path) const;
  std::optional<std::string> read_text_if_present(const std::filesystem::path& path) const; // nullopt: no such file

  // The cases this tree's readers read, for the access log.
  void note_read(std::string_view case_id) const { reads_->note(case_id); }
  std::vector<std::string> cases_read() const { return reads_->case_ids(); }

private:
  std::filesystem::path root_;
  std::unique_ptr<fs::Confinement> confined_; // no link below root_ is followed (util/fs.hpp)
  mutable std::unique_ptr<Provider> provider_;
  std::unique_ptr<ReadJournal> reads_;
};

// Today in `time_zone`, or $PUSTERUM_TODAY (YYYY-MM-DD) when it is set, so
// scripts and tests can ask "as of" a given day.
Date today_in_zone(std::string_view time_zone);

// Throws an Error listing the blocking problems: exit 3 when a file is
// malformed (yaml, schema, cpr-number) or names an ID that does not exist,
// 2 when a flag's value is, else 1 (refused by a business rule).
[[noreturn]] void throw_problems(const Diagnostics& problems);
template <class T>
const T& require(const Loaded<T>& loaded) {
  if (!loaded.ok()) throw_problems(loaded.problems);
  return *loaded.value;
}

} // namespace pusterum::store
