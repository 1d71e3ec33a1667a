// The article page's side panel: clicking a record highlights its spans in the text and
// scrolls to the first; clicking a highlighted span selects its record in the panel.
// Plain JavaScript, no dependencies. Records and spans share keys such as "quote-2":
// panel buttons carry data-ref, text segments data-refs (space-separated).
(function () {
  "use strict";
  const text = document.getElementById("article-text");
  if (!text) return;

  function clear() {
    document.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
  }

  function select(ref, fromText) {
    if (!/^[a-z]+-\d+$/.test(ref)) return;
    clear();
    const spans = text.querySelectorAll('[data-refs~="' + ref + '"]');
    spans.forEach((el) => el.classList.add("active"));
    const button = document.querySelector('.panel [data-ref="' + ref + '"]');
    if (button) button.classList.add("active");
    const target = fromText ? button : spans[0];
    if (target) target.scrollIntoView({ behavior: "smooth", block: "center" });
    history.replaceState(null, "", "#" + ref);
  }

  document.addEventListener("click", (event) => {
    if (event.target.closest("a")) return;
    const button = event.target.closest(".panel [data-ref]");
    if (button) {
      select(button.dataset.ref, false);
      return;
    }
    const span = event.target.closest("#article-text [data-refs]");
    if (span) {
      // The innermost record first: a name before the quote around it, a place before
      // the entity it resolves.
      const refs = span.dataset.refs.split(" ");
      const ref =
        refs.find((r) => r.startsWith("place-")) ||
        refs.find((r) => r.startsWith("entity-")) ||
        refs[0];
      select(ref, true);
    }
  });

  if (location.hash.length > 1) select(location.hash.slice(1), false);
})();
