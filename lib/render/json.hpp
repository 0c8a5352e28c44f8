#pragma once
// JSON renderings for scripts. Keys come in the order of the files and of
// schemas/*.json; numbers are numbers; CPR numbers are always masked.
#include "model/case.hpp"
#include "model/provider.hpp"
#include "model/staff.hpp"
#include "util/diagnostics.hpp"

#include <nlohmann/json.hpp>

namespace pusterum::render {

using Json = nlohmann::ordered_json;

Json to_json(const Case& c);
Json to_json(const Staff& s);
Json to_json(const Grant& g);
Json to_json(const Problem& p);
Json to_json(const Location& where);
Json hours_json(const Rational& hours); // a number with at most 2 decimals

// Pretty-printed with a final newline.
std::string dump(const Json& json);

} // namespace pusterum::render
