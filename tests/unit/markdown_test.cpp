// The status text's Markdown by cmark, and the PDF drawn from a report.
#include "render/markdown.hpp"
#include "report/status_text.hpp"

#include <doctest/doctest.h>

using namespace pusterum;

TEST_CASE("markdown: lists, emphasis and code become blocks of styled runs") {
  const auto blocks = render::markdown_blocks("Før *nu* og **altid**.\n\n- en\n- to\n\n3. tre\n4. fire\n\n```\nkode\n```\n");
  REQUIRE(blocks.size() == 6);
  CHECK(blocks[0].runs.size() == 5); // Før, nu, og, altid, the full stop
  CHECK(blocks[0].runs[1].text == "nu");
  CHECK(blocks[0].runs[1].emphasis);
  CHECK(blocks[0].runs[3].text == "altid");
  CHECK(blocks[0].runs[3].strong);
  CHECK(blocks[1].marker == "- ");
  CHECK(blocks[1].depth == 1);
  CHECK(blocks[1].gap_before);       // the list stands apart from the paragraph
  CHECK_FALSE(blocks[2].gap_before); // a tight list's items do not
  CHECK(blocks[3].marker == "3. "); // an ordered list counts from its start
  CHECK(blocks[4].marker == "4. ");
  CHECK(blocks[5].kind == render::MarkdownBlock::Kind::code);
  CHECK(blocks[5].runs.front().text == "kode");
}

TEST_CASE("markdown: plain text wraps, hangs list items under their text, and drops the markup") {
  const std::string text = render::markdown_plain_text("Et *vigtigt* ord.\n\n1. en lang linje som skal brydes\n2. kort\n   - inde\n", 20);
  CHECK(text == "Et vigtigt ord.\n\n"
                "1. en lang linje som\n"
                "   skal brydes\n"
                "2. kort\n"
                "   - inde");
}

TEST_CASE("markdown: HTML leaves raw HTML out") {
  const std::string html = render::markdown_html("- *a*\n- <b onclick=x>b</b>\n\n<script>alert(1)</script>\n");
  CHECK(html.find("<ul>") != std::string::npos);
  CHECK(html.find("<em>a</em>") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("onclick") == std::string::npos);
}

TEST_CASE("status text: CommonMark decides the headings, and a section keeps its Markdown") {
  Diagnostics problems;
  const report::StatusText t = report::parse_status_text(
    "# Titel\n\nFormål\n------\n\n- en\n- to\n\nMere.\n\n## Mål\n\n```\n## ikke en overskrift\n```\n", "s.md", problems);
  CHECK(problems.empty());
  REQUIRE(t.sections.size() == 2);
  CHECK(t.sections[0].topic == report::Topic::purpose); // a heading underlined with ---
  CHECK(t.sections[0].body == "- en\n- to\n\nMere.");
  CHECK(t.sections[1].topic == report::Topic::goals);
  CHECK(t.sections[1].body == "```\n## ikke en overskrift\n```");
}

TEST_CASE("status text: the template holds the four sections, each still missing until written") {
  const std::string da = report::status_template("O.H.", "1. juli 2026 – 30. september 2026", Language::da);
  CHECK(da.starts_with("# Status for O.H., 1. juli 2026 – 30. september 2026\n"));
  Diagnostics problems;
  const report::StatusText empty = report::parse_status_text(da, "s.md", problems);
  CHECK(empty.sections.size() == 4);
  CHECK(empty.missing.size() == 4);
  const report::StatusText en = report::parse_status_text(report::status_template("O.H.", "Q3", Language::en), "s.md", problems);
  for (const auto& s : en.sections) CHECK(s.topic);
}
