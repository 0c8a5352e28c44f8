#include "report_billing_options.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include <cctype>
#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

void add_sheet_options(CLI::App* command, SheetOptions& o, const std::string& period_help) {
  command->add_option("--month", o.month, fmt::format(fmt::runtime(_("the month YYYY-MM ({})")), period_help));
  command->add_option("--period", o.period, _("a month 2026-10, a quarter 2026-Q3 or a year 2026"));
  command->add_option("--from", o.from, _("the first day YYYY-MM-DD, with --to"));
  command->add_option("--to", o.to, _("the last day YYYY-MM-DD, with --from"));
  add_format_option(command, o.format, {"text", "md", "csv", "json", "html"});
  command->add_option("--lang", o.lang, _("da or en (default: language in pusterum.yaml)"))->check(CLI::IsMember({"da", "en"}));
  add_excel_flag(command, o.excel);
}

report::BillingPeriod chosen_period(const SheetOptions& o, Date today) {
  const int given = !o.month.empty() + !o.period.empty() + (!o.from.empty() || !o.to.empty());
  if (given > 1) throw Error(Exit::usage, _("give one of --month, --period or --from/--to"), _("they name the same thing in different ways"));
  if (!o.from.empty() || !o.to.empty()) {
    if (o.from.empty() || o.to.empty()) throw Error(Exit::usage, _("--from and --to go together"), _("give both days, like --from 2026-10-01 --to 2026-10-15"));
    const report::BillingPeriod p{date_option(today, o.from, "--from"), date_option(today, o.to, "--to")};
    if (p.last < p.first) throw Error(Exit::usage, fmt::format(fmt::runtime(_("--to {} is before --from {}")), o.to, o.from), _("swap them"));
    return p;
  }
  if (!o.month.empty()) {
    const bool month_shaped = o.month.size() == 7 && std::isdigit(static_cast<unsigned char>(o.month[5]));
    const auto p = month_shaped ? report::parse_billing_period(o.month) : std::nullopt;
    if (!p) throw Error(Exit::usage, fmt::format(fmt::runtime(_("--month '{}' is not a month")), o.month), _("write it as YYYY-MM, like 2026-10"));
    return *p;
  }
  if (!o.period.empty()) {
    const auto p = report::parse_billing_period(o.period);
    if (!p)
      throw Error(Exit::usage, fmt::format(fmt::runtime(_("--period '{}' is not a period")), o.period),
                  _("write a month 2026-10, a quarter 2026-Q3 or a year 2026, or give --from and --to"));
    return *p;
  }
  return report::month_before(today);
}

Language chosen_language(const SheetOptions& o, const Provider& provider) {
  if (o.lang.empty()) return provider.language;
  return *parse_enum<Language>(o.lang);
}

std::string sheet_in_format(const report::Sheet& sheet, const std::string& format, bool to_terminal) {
  return report::sheet_in_format(sheet, format, to_terminal ? stdout_painter() : terminal::Painter(false));
}

render::CsvDialect chosen_dialect(const SheetOptions& o, Language lang) { return render::csv_dialect(o.excel, lang); }

void write_reported(const std::string& format, const std::function<void(const app::Written&)>& write) {
  std::vector<report::OutFile> written;
  write([&](const report::OutFile& file) {
    say(fmt::format(fmt::runtime(_("wrote {}")), file.path.string()));
    written.push_back(file);
  });
  if (format == "json") std::cout << render::dump(report::written_json(written));
}

} // namespace pusterum::cli
