#include "render/report_page.hpp"

#include "render/assets.hpp"
#include "render/html.hpp"

namespace trichosim::render::detail {
namespace {

constexpr std::string_view kStyle = R"css(
:root { --ink:#1f2a36; --muted:#5b6775; --line:#dde2e8; --accent:#0b6e79; --paper:#ffffff; --band:#f4f6f8; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color:var(--ink);
       background:var(--band); }
header { background:var(--paper); border-bottom:3px solid var(--accent); padding:18px 32px 14px; }
header h1 { margin:0; font-size:22px; font-weight:600; }
header .kicker { color:var(--accent); font-size:12px; letter-spacing:.08em; text-transform:uppercase; }
header .meta { color:var(--muted); margin-top:4px; }
main { max-width:1140px; margin:0 auto; padding:18px 24px 40px; }
section { background:var(--paper); border:1px solid var(--line); border-radius:6px; padding:16px 20px;
          margin-bottom:16px; }
h2 { font-size:16px; margin:0 0 10px; color:var(--accent); font-weight:600; }
h3 { font-size:14px; margin:10px 0 6px; }
p.note { color:var(--muted); font-size:12px; margin:6px 0 0; }
table { border-collapse:collapse; width:100%; font-size:13px; }
th, td { border-bottom:1px solid var(--line); padding:4px 8px; text-align:right; white-space:nowrap; }
th:first-child, td:first-child { text-align:left; }
th { background:var(--band); font-weight:600; }
.grid2 { display:grid; grid-template-columns:1fr 1fr; gap:16px; }
.facts { display:grid; grid-template-columns:repeat(4, 1fr); gap:10px; }
.fact { background:var(--band); border-radius:4px; padding:8px 10px; }
.fact .v { font-size:20px; font-weight:600; }
.fact .k { color:var(--muted); font-size:12px; }
.viewer { display:flex; gap:20px; align-items:flex-start; }
.viewer img.frame { width:520px; height:520px; border:1px solid var(--line); border-radius:4px; }
.viewer .controls { flex:1; }
table.stats { margin:12px 0 4px; }
input[type=range] { width:100%; accent-color:var(--accent); }
.age { font-size:28px; font-weight:600; }
img.wide { max-width:100%; border:1px solid var(--line); border-radius:4px; }
figure { margin:0; } figcaption { color:var(--muted); font-size:12px; margin-top:4px; }
.chart { position:relative; height:300px; }
pre { background:var(--band); padding:10px; border-radius:4px; overflow:auto; font-size:12px; }
footer { color:var(--muted); font-size:12px; text-align:center; padding:8px; }
)css";

constexpr std::string_view kScript = R"js(
document.querySelectorAll('[data-slider]').forEach(function (box) {
  var frames = box.querySelectorAll('img.frame');
  var stats = box.querySelectorAll('table.stats');
  var labels = JSON.parse(box.getAttribute('data-labels'));
  var input = box.querySelector('input[type=range]');
  var label = box.querySelector('.age');
  function show(k) {
    frames.forEach(function (f, i) { f.style.display = i === k ? 'block' : 'none'; });
    stats.forEach(function (t, i) { t.style.display = i === k ? 'table' : 'none'; });
    label.textContent = labels[k];
  }
  input.addEventListener('input', function () { show(parseInt(input.value, 10)); });
  show(parseInt(input.value, 10));
});
Object.keys(CHARTS).forEach(function (id) {
  new Chart(document.getElementById(id), CHARTS[id]);
});
)js";

}  // namespace

std::string page_head(std::string_view title) {
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + html_escape(title) + "</title>\n<style>";
  out += kStyle;
  out += "</style>\n<script>\n";
  out += assets::chart_js();
  out += "\n</script>\n</head>\n<body>\n";
  return out;
}

std::string page_tail(std::string_view chart_configs) {
  std::string out;
  out += "<script>\nvar CHARTS = ";
  out += chart_configs;
  out += ";\n";
  out += kScript;
  out +=
      "</script>\n<details style=\"max-width:1140px;margin:0 auto 24px;padding:0 24px;color:#5b6775;"
      "font-size:12px\"><summary>Third-party licence: Chart.js (MIT), embedded above</summary><pre>";
  out += html_escape(assets::chart_js_licence());
  out += "</pre></details>\n</body>\n</html>\n";
  return out;
}

}  // namespace trichosim::render::detail
