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
});
