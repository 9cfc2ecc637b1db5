import { createSearchEngine } from '#shared/search/engine.ts';
import { createSearchText } from '#shared/text/search-text.ts';

/**
 * The search page's as-you-type script: the very factories the index is built and the API queries with
 * (their source, not a copy), and a few lines of interface. It reads the index pieces from the CDN under
 * `indexUrl`; no Lambda runs. The page works without it: the form submits to the API.
 */
export function searchScript(indexUrl: string, searchApi: string): string {
  return `(function () {
"use strict";
var __name = function (target) { return target; };
var text = (${createSearchText.toString()})();
var engine = (${createSearchEngine.toString()})(text);
var indexUrl = ${JSON.stringify(indexUrl)};
var searchApi = ${JSON.stringify(searchApi)};
var live = document.getElementById("search-live");
var input = document.getElementById("search-page-query");
if (!live || !input) return;
var language = live.getAttribute("data-lang") || "vi";
var words = language === "vi"
  ? { about: "khoảng ", results: " kết quả", all: "Xem tất cả kết quả", kinds: { article: "Tin, bài", "legal-document": "Văn bản", "gazette-issue": "Công báo", "feedback-answer": "Trả lời phản ánh", consultation: "Lấy ý kiến", dialogue: "Đối thoại", disclosure: "Thông tin công khai", page: "Trang thông tin", unit: "Cơ quan, đơn vị" } }
  : { about: "about ", results: " results", all: "See all results", kinds: { article: "News", "legal-document": "Legal document", "gazette-issue": "Gazette", "feedback-answer": "Answer to feedback", consultation: "Consultation", dialogue: "Dialogue", disclosure: "Disclosure", page: "Information page", unit: "Organisation unit" } };
var pieces = new Map();
function read(path) {
  var found = pieces.get(path);
  if (!found) {
    found = fetch(indexUrl + path).then(function (response) { return response.ok ? response.json() : undefined; });
    found.catch(function () { pieces.delete(path); });
    pieces.set(path, found);
  }
  return found;
}
var manifest;
var manifestAt = 0;
function currentManifest() {
  if (manifest && Date.now() - manifestAt < 30000) return manifest;
  manifestAt = Date.now();
  manifest = fetch(indexUrl + "manifest.json", { cache: "no-cache" }).then(function (response) { return response.ok ? response.json() : undefined; });
  return manifest;
}
var latest = 0;
function show(answer, query) {
  while (live.firstChild) live.removeChild(live.firstChild);
  if (!answer || query.trim() === "") return;
  var summary = document.createElement("p");
  summary.className = "search-live__count";
  // Only first tiers read: the count is an estimate, and says so.
  summary.textContent = (answer.totalIsEstimate ? words.about : "") + answer.total + words.results;
  live.appendChild(summary);
  var list = document.createElement("ul");
  list.className = "search-live__hits";
  answer.hits.forEach(function (hit) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = hit.head.url;
    link.textContent = hit.head.title;
    item.appendChild(link);
    var meta = document.createElement("span");
    meta.className = "search-live__meta";
    meta.textContent = " — " + (words.kinds[hit.head.facets.kind] || "") + " · " + hit.head.date;
    item.appendChild(meta);
    list.appendChild(item);
  });
  live.appendChild(list);
  var all = document.createElement("a");
  all.href = searchApi + "?q=" + encodeURIComponent(query) + "&lang=" + language;
  all.textContent = words.all;
  live.appendChild(all);
}
var timer;
input.addEventListener("input", function () {
  clearTimeout(timer);
  timer = setTimeout(function () {
    var query = input.value;
    var ticket = ++latest;
    currentManifest().then(function (found) {
      if (!found) return undefined;
      return engine.search(read, found, { q: query, pageSize: 8 });
    }).then(function (answer) {
      if (ticket === latest) show(answer, query);
    }).catch(function () {});
  }, 120);
});
})();
`;
}
