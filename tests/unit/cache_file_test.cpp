#include "hours/case_log.hpp"
#include "hours/log_file.hpp"
#include "hours/staff_index.hpp"
#include "schedule/plan_codec.hpp"
#include "schedule/plan_file.hpp"
#include "store/binary.hpp"
#include "store/cache_file.hpp"
#include "store/read_cache.hpp"

#include "tree_copy.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>

using namespace pusterum;

namespace {

const std::string header = "pusterum test cache 1\n";

store::CacheRecords sample() {
  return {{"cases/2025-FR23R/case.yaml", std::string("\x01\x02\x03", 3)}, {"staff/jonas-berg.yaml", ""}, {"z", "bytes"}};
}

std::string entries_text(const std::vector<hours::Entry>& entries) {
  std::string out;
  for (const auto& e : entries) out += hours::format_entry(e);
  return out;
}

} // namespace

TEST_CASE("cache frame: every byte of a cache file is covered by its header or a checksum") {
  const std::string bytes = store::encode_cache_records(header, sample());
  CHECK(store::decode_cache_records(bytes, header) == sample());
  int refused = 0;
  for (size_t at = 0; at < bytes.size(); ++at) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5a);
    CHECK_THROWS_AS(store::decode_cache_records(damaged, header), store::CodecError);
    ++refused;
  }
  CHECK(refused == static_cast<int>(bytes.size()));
  for (size_t n = 0; n < bytes.size(); ++n)
    CHECK_THROWS_AS(store::decode_cache_records(std::string_view(bytes).substr(0, n), header), store::CodecError);
  CHECK_THROWS_AS(store::decode_cache_records(bytes + "x", header), store::CodecError);
}

TEST_CASE("cache frame: a record of another kind or version of cache fails its checksum") {
  const std::string other = "pusterum test cache 2\n"; // the same length: only the checksums tell
  std::string foreign = store::encode_cache_records(other, sample());
  foreign.replace(0, other.size(), header);
  CHECK_THROWS_AS(store::decode_cache_records(foreign, header), store::CodecError);
  CHECK_THROWS_AS(store::decode_cache_records(store::encode_cache_records(header, sample()), other), store::CodecError);
}

TEST_CASE("binary reader: only what the writer writes, so a decoded value encodes to the same bytes") {
  store::Out flag;
  flag.u8(2);
  CHECK_THROWS_AS(store::In(flag.take()).flag(), store::CodecError);
  store::Out halves;
  halves.i64(2);
  halves.i64(4); // 2/4: Out writes 1/2
  CHECK_THROWS_AS(store::In(halves.take()).number(), store::CodecError);
  store::Out smallest;
  smallest.i64(INT64_MIN); // once fed to std::gcd: undefined behaviour
  smallest.i64(3);
  CHECK_THROWS_AS(store::In(smallest.take()).number(), store::CodecError);
  store::Out zero;
  zero.i64(0);
  zero.i64(5);
  CHECK_THROWS_AS(store::In(zero.take()).number(), store::CodecError);
  store::Out fine;
  fine.number(Rational(-15, 7));
  CHECK(store::In(fine.take()).number() == Rational(-15, 7));
}

TEST_CASE("hours cache: a damaged record keeps its size and time and is still never used") {
  testing::TreeCopy copy;
  const store::Tree tree(copy.root);
  const auto cold = hours::read_case_log(tree, "2025-FR23R");
  REQUIRE(cold.problems.empty());
  const auto file = store::hours_cache_file(tree, "2025-FR23R");
  const std::string good = fs::read_file(file);
  REQUIRE(hours::read_case_log(tree, "2025-FR23R").entries.size() == cold.entries.size());
  REQUIRE(fs::read_file(file) == good); // the warm run used it as it was
  // Every 97th place, 4 bytes that raise a digit: the size stays.
  for (size_t at = 0; at + 4 <= good.size(); at += 97) {
    std::string damaged = good;
    for (size_t i = at; i < at + 4; ++i) damaged[i] = static_cast<char>(damaged[i] + 1);
    fs::write_cache_file(file, damaged);
    CHECK(entries_text(hours::read_case_log(tree, "2025-FR23R").entries) == entries_text(cold.entries));
    CHECK(fs::read_file(file) == good); // rebuilt from the month files
  }
}

TEST_CASE("caches of sources that are gone are deleted: a month file, a case folder") {
  testing::TreeCopy copy;
  const store::Tree tree(copy.root);
  REQUIRE(hours::read_case_log(tree, "2025-FR23R").problems.empty());
  REQUIRE(hours::read_case_log(tree, "2026-ZDSG3").problems.empty());
  CHECK(hours::cases_with_staff(tree, tree.case_ids(), "2026-10", {"jonas-berg"}) == std::vector<std::string>{"2026-ZDSG3"});
  const auto fr23 = store::hours_cache_file(tree, "2025-FR23R");
  const auto zdsg3 = store::hours_cache_file(tree, "2026-ZDSG3");
  const std::string november_entry = "GGMAKE"; // an entry of 2026-11
  REQUIRE(fs::read_file(fr23).find(november_entry) != std::string::npos);

  // A month file removed: its entries leave the case's cache with the next read of any month.
  std::filesystem::remove(copy.root / "cases/2025-FR23R/hours/2026-11.yaml");
  (void)hours::read_months(tree, "2025-FR23R", {"2026-10"});
  CHECK(fs::read_file(fr23).find(november_entry) == std::string::npos);
  CHECK(fs::read_file(fr23).find("2026-10") != std::string::npos);

  // A case folder removed: the next command that reads through the read cache deletes its hours cache and the index.
  REQUIRE(std::filesystem::exists(zdsg3));
  std::filesystem::remove_all(copy.root / "cases/2026-ZDSG3");
  {
    store::ReadCache cache(tree);
    (void)store::load_cases(tree, cache);
    cache.save();
  }
  CHECK_FALSE(std::filesystem::exists(zdsg3));
  CHECK(std::filesystem::exists(fr23));
  CHECK_FALSE(std::filesystem::exists(store::staff_index_file(tree, "2026-10")));
  // The index comes back without the case.
  CHECK(hours::cases_with_staff(tree, tree.case_ids(), "2026-10", {"jonas-berg"}).empty());
  CHECK(std::filesystem::exists(store::staff_index_file(tree, "2026-10")));
}

TEST_CASE("plan cache: a plan and where its fields were read survive the bytes, and cut, foreign or out-of-range bytes are refused") {
  testing::TreeCopy copy;
  const auto loaded = schedule::read_plan(copy.text("cases/2025-FR23R/schedule.yaml"), "cases/2025-FR23R/schedule.yaml");
  REQUIRE(loaded.problems.empty());
  const std::string bytes = schedule::encode_plan(loaded);
  const auto back = schedule::decode_plan(bytes);
  REQUIRE(back.value);
  CHECK(back.file == loaded.file);
  REQUIRE(back.value->visits.size() == loaded.value->visits.size());
  for (size_t i = 0; i < back.value->visits.size(); ++i) {
    CHECK(back.value->visits[i].id == loaded.value->visits[i].id);
    CHECK(back.value->visits[i].when == loaded.value->visits[i].when);
    CHECK(back.value->visits[i].until == loaded.value->visits[i].until);
    CHECK(back.value->visits[i].note == loaded.value->visits[i].note);
  }
  REQUIRE(back.value->changes.size() == loaded.value->changes.size());
  CHECK(back.value->changes.back().staff == loaded.value->changes.back().staff);
  CHECK(back.value->changes[1].by == loaded.value->changes[1].by);
  REQUIRE(back.positions.size() == loaded.positions.size());
  CHECK(back.positions.begin()->second.line == loaded.positions.begin()->second.line);
  CHECK(schedule::encode_plan(back) == bytes);

  CHECK_THROWS_AS(schedule::decode_plan(bytes.substr(0, bytes.size() - 1)), store::CodecError);
  CHECK_THROWS_AS(schedule::decode_plan(bytes + "x"), store::CodecError);
  CHECK_THROWS_AS(schedule::decode_plan("plan 1 " + bytes), store::CodecError);
  // The first visit's kind byte set beyond the kinds there are: refused, not cast into an enum.
  const auto& first = loaded.value->visits[0];
  size_t kind_at = bytes.find(first.id) + first.id.size() + 28 + (first.when.start_offset ? 4 : 0) +
                   (first.when.end_offset ? 4 : 0) + 4 + 1 + (first.until ? 4 : 0);
  REQUIRE(bytes[kind_at] == static_cast<char>(first.kind));
  std::string bad_kind = bytes;
  bad_kind[kind_at] = 9;
  CHECK_THROWS_AS(schedule::decode_plan(bad_kind), store::CodecError);
}
