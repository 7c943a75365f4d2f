#include "status_report.h"

#include "json.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace wpk {

namespace {

std::vector<StatusRow> sorted_rows(const StatusReport& report) {
  std::vector<StatusRow> rows = report.rows;
  std::sort(rows.begin(), rows.end(), [](const StatusRow& a, const StatusRow& b) {
    return std::tie(a.package, a.arch) < std::tie(b.package, b.arch);
  });
  return rows;
}

std::string sha8(const StatusRow& row) {
  return row.entry.key.size() >= 8 ? row.entry.key.substr(0, 8) : "-";
}

std::string html_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string human_size(uint64_t bytes) {
  char buffer[32];
  if (bytes >= 1024 * 1024)
    std::snprintf(buffer, sizeof buffer, "%.1f MiB", static_cast<double>(bytes) / (1024 * 1024));
  else if (bytes >= 1024)
    std::snprintf(buffer, sizeof buffer, "%.1f KiB", static_cast<double>(bytes) / 1024);
  else
    std::snprintf(buffer, sizeof buffer, "%llu B", static_cast<unsigned long long>(bytes));
  return buffer;
}

// Code-section growth from instrumentation, e.g. "+12.5%", or "" when nothing was instrumented.
std::string overhead(const LedgerEntry& entry) {
  if (entry.instrumented == 0 || entry.code_before == 0)
    return "";
  char buffer[32];
  std::snprintf(
      buffer, sizeof buffer, "%+.1f%%",
      100.0 * (static_cast<double>(entry.code_after) - static_cast<double>(entry.code_before)) /
          static_cast<double>(entry.code_before));
  return buffer;
}

} // namespace

int StatusReport::count(const std::string& status) const {
  return static_cast<int>(std::count_if(
      rows.begin(), rows.end(), [&](const StatusRow& row) { return row.status == status; }));
}

std::string format_status_markdown(const StatusReport& report) {
  std::string out = "## Matrix build status \xe2\x80\x94 `" + report.tag + "`\n\n";
  out += "ABI v" + std::to_string(report.abi_version) + ". **" +
         std::to_string(report.count("built")) + " built**, **" +
         std::to_string(report.count("failed")) + " failed**, " +
         std::to_string(report.rows.size()) + " total.\n\n";
  out += "| Package | Arch | Status | Sha |\n|---|---|---|---|\n";
  for (const auto& row : sorted_rows(report))
    out += "| " + row.package + " | " + row.arch + " | " + row.status + " | " + sha8(row) + " |\n";
  return out;
}

std::string format_status_json(const StatusReport& report) {
  Json document = Json::object();
  document.set("tag", report.tag);
  document.set("abi_version", report.abi_version);
  document.set("built", report.count("built"));
  document.set("failed", report.count("failed"));
  document.set("total", static_cast<int>(report.rows.size()));
  Json rows = Json::array();
  for (const auto& row : sorted_rows(report)) {
    Json item = Json::object();
    item.set("package", row.package);
    item.set("arch", row.arch);
    item.set("status", row.status);
    item.set("sha", sha8(row));
    item.set("key", row.entry.key);
    item.set("version", row.entry.version);
    item.set("archive", row.entry.archive);
    item.set("archive_sha256", row.entry.archive_sha256);
    item.set("wasm_size", row.entry.wasm_size);
    item.set("code_before", row.entry.code_before);
    item.set("code_after", row.entry.code_after);
    item.set("programs", row.entry.programs);
    item.set("instrumented", row.entry.instrumented);
    item.set("error_tail", row.entry.error_tail);
    item.set("last_good_archive", row.entry.last_good_archive);
    rows.push(item);
  }
  document.set("rows", rows);
  return document.dump();
}

std::string format_status_html(const StatusReport& report) {
  const auto rows = sorted_rows(report);
  std::set<std::string> arches;
  std::vector<std::string> packages;
  std::map<std::pair<std::string, std::string>, const StatusRow*> cells;
  for (const auto& row : rows) {
    arches.insert(row.arch);
    if (packages.empty() || packages.back() != row.package)
      packages.push_back(row.package);
    cells[{row.package, row.arch}] = &row;
  }
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<title>Matrix build status \xe2\x80\x94 " + html_escape(report.tag) + "</title>\n";
  out += "<style>\n"
         "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\n"
         "table{border-collapse:collapse}\n"
         "th,td{border:1px solid #bbb;padding:.4em .7em;text-align:left;vertical-align:top}\n"
         "td.built{background:#c8f0c8}td.failed{background:#f5b5b5}\n"
         "td.blocked{background:#f5deb0}td.missing{background:#eee;color:#888}\n"
         "td.none{background:#fff}\n"
         ".sha{font-family:monospace}.small{font-size:.85em;color:#444}\n"
         "pre{max-width:60em;white-space:pre-wrap;font-size:.8em}\n"
         "</style>\n</head>\n<body>\n";
  out += "<h1>Matrix build status \xe2\x80\x94 <code>" + html_escape(report.tag) + "</code></h1>\n";
  out += "<p id=\"summary\">ABI v" + std::to_string(report.abi_version) + ". <b>" +
         std::to_string(report.count("built")) + " built</b>, <b>" +
         std::to_string(report.count("failed")) + " failed</b>, " + std::to_string(rows.size()) +
         " total.</p>\n";
  out += "<table id=\"grid\">\n<tr><th>Package</th>";
  for (const auto& arch : arches)
    out += "<th>" + html_escape(arch) + "</th>";
  out += "</tr>\n";
  for (const auto& package : packages) {
    out += "<tr><th>" + html_escape(package) + "</th>";
    for (const auto& arch : arches) {
      auto it = cells.find({package, arch});
      if (it == cells.end()) {
        out += "<td class=\"none\"></td>";
        continue;
      }
      const StatusRow& row = *it->second;
      const std::string css = row.status == "not built" ? "missing" : row.status;
      out += "<td class=\"" + html_escape(css) + "\" title=\"" + html_escape(row.entry.key) +
             "\"><b>" + html_escape(row.status) + "</b> <span class=\"sha\">" +
             html_escape(sha8(row)) + "</span>";
      if (row.entry.wasm_size > 0)
        out += "<br><span class=\"small\">" + human_size(row.entry.wasm_size) + " wasm";
      else
        out += "<br><span class=\"small\">";
      const std::string growth = overhead(row.entry);
      if (!growth.empty())
        out += ", code " + growth + " (" + std::to_string(row.entry.instrumented) + "/" +
               std::to_string(row.entry.programs) + " instrumented)";
      out += "</span>";
      out += "</td>";
    }
    out += "</tr>\n";
  }
  out += "</table>\n";
  bool any_failure = false;
  for (const auto& row : rows)
    if (row.status == "failed" && !row.entry.error_tail.empty()) {
      if (!any_failure)
        out += "<h2>Failures</h2>\n";
      any_failure = true;
      out += "<h3>" + html_escape(row.package + " (" + row.arch + ")") + "</h3>\n<pre>" +
             html_escape(row.entry.error_tail) + "</pre>\n";
    }
  out += "</body>\n</html>\n";
  return out;
}

} // namespace wpk
