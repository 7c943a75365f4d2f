// Status formatting: the markdown table exactly as specified, JSON with the same counts, and a
// self-contained HTML page (no external resources, every cell coloured by status).
#include "status_report.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

StatusReport sample() {
  StatusReport report;
  report.tag = "pr-42";
  report.abi_version = 1;
  auto row = [](std::string package, std::string arch, std::string status, std::string key) {
    StatusRow r;
    r.package = package;
    r.arch = arch;
    r.status = status;
    r.entry.key = key;
    return r;
  };
  report.rows.push_back(row("sed", "wasm32", "failed", "03befd20aaaa"));
  report.rows.push_back(row("bc", "wasm32", "built", "3a78fb67bbbb"));
  report.rows.push_back(row("bash", "wasm64", "blocked", "deadbeef0000"));
  report.rows.back().entry.error_tail = "<oops>";
  report.rows.push_back(row("bash", "wasm32", "built", "12345678ffff"));
  report.rows.back().entry.wasm_size = 2 * 1024 * 1024;
  report.rows.back().entry.code_before = 1000;
  report.rows.back().entry.code_after = 1500;
  report.rows.back().entry.instrumented = 1;
  report.rows.back().entry.programs = 1;
  return report;
}

TEST(StatusReport, MarkdownHasTheExactFormat) {
  EXPECT_EQ(format_status_markdown(sample()), "## Matrix build status \xe2\x80\x94 `pr-42`\n"
                                              "\n"
                                              "ABI v1. **2 built**, **1 failed**, 4 total.\n"
                                              "\n"
                                              "| Package | Arch | Status | Sha |\n"
                                              "|---|---|---|---|\n"
                                              "| bash | wasm32 | built | 12345678 |\n"
                                              "| bash | wasm64 | blocked | deadbeef |\n"
                                              "| bc | wasm32 | built | 3a78fb67 |\n"
                                              "| sed | wasm32 | failed | 03befd20 |\n");
}

TEST(StatusReport, JsonCarriesCountsAndRows) {
  const std::string json = format_status_json(sample());
  EXPECT_NE(json.find("\"built\": 2"), std::string::npos);
  EXPECT_NE(json.find("\"failed\": 1"), std::string::npos);
  EXPECT_NE(json.find("\"total\": 4"), std::string::npos);
  EXPECT_LT(json.find("\"package\": \"bash\""), json.find("\"package\": \"sed\""));
  const Json parsed = Json::parse(json, "status.json");
  EXPECT_EQ(parsed.find("rows")->items().size(), 4u);
  EXPECT_EQ(parsed.find("rows")->items()[0].get_string("sha"), "12345678");
}

TEST(StatusReport, HtmlIsSelfContainedAndEscaped) {
  const std::string html = format_status_html(sample());
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<script src"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"built\""), std::string::npos);
  EXPECT_NE(html.find("<td class=\"failed\""), std::string::npos);
  EXPECT_NE(html.find("2.0 MiB wasm, code +50.0% (1/1 instrumented)"), std::string::npos);
  EXPECT_EQ(html.find("<oops>"), std::string::npos); // escaped, never raw
}

} // namespace
} // namespace wpk
