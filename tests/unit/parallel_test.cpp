#include "util/parallel.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

using namespace pusterum;

TEST_CASE("parallel_for: every index exactly once, whatever the number of threads") {
  for (size_t count : {0u, 1u, 2u, 7u, 10000u}) {
    std::vector<std::atomic<int>> calls(count);
    parallel_for(count, [&](size_t i) { ++calls[i]; });
    int wrong = 0;
    for (const auto& c : calls) wrong += c != 1;
    CHECK_MESSAGE(wrong == 0, count);
  }
}

TEST_CASE("parallel_for: an exception in one call reaches the caller, after every thread stopped") {
  std::atomic<int> running{0};
  CHECK_THROWS_WITH_AS(parallel_for(1000,
                                    [&](size_t i) {
                                      ++running;
                                      if (i == 10) {
                                        --running;
                                        throw std::runtime_error("case 10 is broken");
                                      }
                                      --running;
                                    }),
                       "case 10 is broken", std::runtime_error);
  CHECK(running == 0);
}
