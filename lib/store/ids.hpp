#pragma once
// Case IDs are the intake year and five random Crockford base32 characters
// ("2026-K7M3Q"): short enough to say on the phone, and random so that two
// coordinators taking in cases in two clones at the same moment do not
// collide (1 in 33 million per pair). Staff IDs are slugs of the name.
#include <functional>
#include <string>
#include <string_view>

namespace pusterum::store {

constexpr std::string_view crockford_alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

bool is_case_id(std::string_view id);
// A staff ID as new_staff_id makes it: [a-z0-9][a-z0-9-]{0,39}.
bool is_staff_id(std::string_view id);
std::string new_case_id(int year, const std::function<bool(const std::string&)>& taken);
std::string new_staff_id(std::string_view name, const std::function<bool(const std::string&)>& taken);

} // namespace pusterum::store
