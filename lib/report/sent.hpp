#pragma once
// Which status reports were sent to the caseworker, and when:
// cases/<id>/status/sent.yaml, one flow map per line, appended by
// `pusterum report --mark-sent`. Like the hours log it is a YAML list that
// `git diff` shows line by line and a union merge can join.
#include "grant/arithmetic.hpp"
#include "util/diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::report {

struct SentRecord {
  grant::Span period;
  Date sent;
  std::string by; // the OS user who marked it
};

struct SentRead {
  std::vector<SentRecord> records;
  Diagnostics problems;
};

SentRead parse_sent(std::string_view text, const std::string& file);
// The file's first lines, for a new file.
std::string sent_header();
std::string format_sent(const SentRecord& record); // one line with its newline

// The day the report for exactly `period` was last marked sent.
std::optional<Date> sent_on(const std::vector<SentRecord>& records, grant::Span period);

} // namespace pusterum::report
