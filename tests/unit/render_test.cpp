#include "render/csv.hpp"
#include "render/html.hpp"
#include "render/lang.hpp"

#include <doctest/doctest.h>

using namespace pusterum;

TEST_CASE("csv: fields are quoted only when they must be") {
  CHECK(render::csv_field("Aarhus") == "Aarhus");
  CHECK(render::csv_field("a,b") == "\"a,b\"");
  CHECK(render::csv_field("a,b", ';') == "a,b");
  CHECK(render::csv_field("a;b", ';') == "\"a;b\"");
  CHECK(render::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(render::csv_field("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("csv: the dialect for Excel") {
  const auto danish = render::csv_for_excel();
  CHECK(render::csv_start(danish) == "\xEF\xBB\xBF");
  CHECK(render::csv_start(render::csv_for_programs).empty());
  CHECK(render::csv_row({"Aarhus", format_number(Rational(25, 2), 2, danish.numbers)}, danish) == "Aarhus;12,50\n");
  CHECK(render::csv_row({"Aarhus", format_number(Rational(25, 2), 2, render::csv_for_programs.numbers)}, render::csv_for_programs) ==
        "Aarhus,12.50\n");
}

TEST_CASE("lang: dates, hours and money in Danish and English") {
  const Date date = *Date::parse("2026-11-02");
  CHECK(render::long_date(date, Language::da) == "2. november 2026");
  CHECK(render::long_date(date, Language::en) == "2 November 2026");
  CHECK(render::short_date(date, Language::da) == "02.11.2026");
  CHECK(render::hours_phrase(Rational(25, 2), Language::da) == "12,5 timer");
  CHECK(render::hours_phrase(Rational(1), Language::da) == "1 time");
  CHECK(render::hours_phrase(Rational(2, 3), Language::en) == "0.67 hours");
  CHECK(render::money_phrase(Rational(123450, 100), Language::da) == "1.234,50 kr.");
  CHECK(render::money_phrase(Rational(123450, 100), Language::en) == "DKK 1,234.50");
}

TEST_CASE("html: text is escaped and the page is whole") {
  CHECK(render::html_escape("<b>Ærø & \"Co\"</b>") == "&lt;b&gt;Ærø &amp; &quot;Co&quot;&lt;/b&gt;");
  const std::string page = render::html_page("Status <1>", "da", "<p>x</p>\n");
  CHECK(page.starts_with("<!DOCTYPE html>"));
  CHECK(page.find("<html lang=\"da\">") != std::string::npos);
  CHECK(page.find("<title>Status &lt;1&gt;</title>") != std::string::npos);
  CHECK(page.find("<p>x</p>") != std::string::npos);
  CHECK(page.find("size: A4") != std::string::npos);
}
