#pragma once
// Whose entries each case's file for one month holds: a rebuildable index
// across the tree, in .pusterum/cache/hours/by-month/YYYY-MM.bin (ignored by
// git, readable by the owner only). A new entry is checked against its
// person's other cases; with the index that reads the month files of the
// cases the person worked in, not every case's log. Each case's line is
// judged by its month file's stamp, as the hours cache is: a file changed in
// any way, or not in the index, is read again and its line renewed. It can be
// deleted at any time. Each line has its checksum (store/cache_file.hpp).
#include "store/tree.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::hours {

// The cases among `case_ids`, in their order, whose file for `month` has an
// entry by one of `staff`, or has a problem (then the caller reads it and
// meets the problem as before).
std::vector<std::string> cases_with_staff(const store::Tree& tree, const std::vector<std::string>& case_ids,
                                          const std::string& month, const std::set<std::string>& staff);

// A case's line in the index: the people its month file names, sorted, each
// once; and back (throws store::CodecError on anything cut short or malformed).
std::string encode_staff_line(const std::vector<std::string>& staff);
std::vector<std::string> decode_staff_line(std::string_view bytes);

} // namespace pusterum::hours
