// Small touches for researchers: fold the column notes away, and link the ids that views and
// canned queries return (event_id, bloc_id, person_id, theme_id) to their row pages.
document.addEventListener("DOMContentLoaded", () => {
  const dl = document.querySelector("dl.column-descriptions");
  if (dl) {
    const details = document.createElement("details");
    details.className = "column-notes";
    const summary = document.createElement("summary");
    summary.textContent = "About the columns";
    dl.parentNode.insertBefore(details, dl);
    details.appendChild(summary);
    details.appendChild(dl);
  }
  const db = decodeURIComponent(location.pathname.split("/")[1] || "");
  if (!db || db.startsWith("-")) return;
  const targets = { event_id: "events", bloc_id: "blocs", person_id: "people", theme_id: "themes" };
  for (const [column, table] of Object.entries(targets)) {
    document.querySelectorAll(`td.col-${column}`).forEach((td) => {
      const value = td.textContent.trim();
      if (td.querySelector("a") || !/^[a-z0-9_-]+$/.test(value)) return;
      const a = document.createElement("a");
      a.href = `/${encodeURIComponent(db)}/${table}/${value}`;
      a.textContent = value;
      td.textContent = "";
      td.appendChild(a);
    });
  }
  // An event's page: list the reports and the officials under the row, readable without joins.
  const m = location.pathname.match(/^\/([^/]+)\/events\/([a-z0-9_-]+)$/);
  if (m) showEvent(m[1], m[2]);
});

async function showEvent(db, id) {
  const q = async (sql) =>
    (await fetch(`/${db}.json?_shape=array&sql=${encodeURIComponent(sql)}&id=${encodeURIComponent(id)}`)).json();
  const [reports, people] = await Promise.all([
    q("select a.id, a.title, a.url, a.outlet, a.published from event_sources s join articles a on a.id = s.article_id where s.event_id = :id order by a.published"),
    q("select p.id, p.name, a.title, a.rank, a.role from appearances a join people p on p.id = a.person_id where a.event_id = :id order by p.name"),
  ]).catch(() => [[], []]);
  const section = document.createElement("section");
  section.className = "event-summary";
  const list = (title, items) => {
    if (!items.length) return;
    const h = document.createElement("h2");
    h.textContent = title;
    const ul = document.createElement("ul");
    items.forEach((node) => { const li = document.createElement("li"); li.append(...node); ul.appendChild(li); });
    section.append(h, ul);
  };
  const link = (href, text) => { const a = document.createElement("a"); a.href = href; a.textContent = text; return a; };
  list("Reported by", reports.map((r) => [link(`/${db}/articles/${r.id}`, r.title || r.id),
    ` — ${r.outlet || ""} ${r.published || ""} `, link(r.url, "original")]));
  list("Officials present", people.map((p) => [link(`/${db}/people/${p.id}`, p.name),
    `${p.rank ? " (" + p.rank + ")" : ""}${p.title ? ", " + p.title : ""}${p.role ? " — " + p.role : ""}`]));
  const anchor = document.querySelector(".table-wrapper") || document.querySelector("table");
  if (anchor && section.childNodes.length) anchor.after(section);
}
