/* The review page: pointing at a field lights up the words it was read from; its ¶ link scrolls the text
   to them. Without this script the ¶ links still jump to the words (#span-NAME). */
(function () {
  "use strict";

  function marks(names) {
    var found = [];
    (names || "").split(" ").forEach(function (name) {
      if (!name) return;
      document.querySelectorAll('mark[data-spans~="' + name + '"]').forEach(function (m) {
        found.push(m);
      });
    });
    return found;
  }

  function light(event, on) {
    var el = event.target.closest && event.target.closest("[data-span]");
    if (!el) return;
    marks(el.getAttribute("data-span")).forEach(function (m) {
      m.classList.toggle("lit", on);
    });
  }

  document.addEventListener("mouseover", function (e) { light(e, true); });
  document.addEventListener("mouseout", function (e) { light(e, false); });
  document.addEventListener("focusin", function (e) { light(e, true); });
  document.addEventListener("focusout", function (e) { light(e, false); });

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.src[data-span]");
    if (!link) return;
    var found = marks(link.getAttribute("data-span"));
    if (!found.length) return;
    event.preventDefault();
    document.querySelectorAll("mark.picked").forEach(function (m) { m.classList.remove("picked"); });
    found.forEach(function (m) { m.classList.add("picked"); });
    found[0].scrollIntoView({ block: "center", behavior: "smooth" });
  });

  // A name matched or skipped is no longer flagged (the server checks again when the draft is saved).
  document.addEventListener("change", function (event) {
    var select = event.target;
    var row = select.closest && select.closest(".name");
    if (row && select.tagName === "SELECT") row.classList.toggle("unresolved", select.value === "");
  });
})();
