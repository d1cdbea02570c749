/* The review page: pointing at a field lights up the words it was read from; its ¶ link scrolls the text
   to them; "Change" opens a picker in place. Without this script the ¶ links still jump to the words
   (#span-NAME) and "Change" asks the server for the page with the picker open. */
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

  // "Change" and "+ Add" open a picker in place, copied from the page's <template>s; the agencies are listed
  // once, in a <datalist>. Without this script the buttons submit the form, which saves the draft and shows
  // the page again with that picker open.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest('button[name="change"]');
    var template = button && document.getElementById(button.dataset.template || "agency-picker");
    if (!template) return;
    event.preventDefault();
    var picker = template.content.firstElementChild.cloneNode(true);
    var controls = [picker].concat(Array.prototype.slice.call(picker.querySelectorAll("[data-suffix]")));
    controls.forEach(function (control) {
      if (!control.hasAttribute("data-suffix")) return;
      control.name = button.value + control.dataset.suffix;
      control.removeAttribute("data-suffix");
      // A select that takes the field's own name (a category) starts from its value and replaces it.
      var hidden = button.parentNode.querySelector('input[type="hidden"][name="' + CSS.escape(control.name) + '"]');
      if (hidden && control.tagName === "SELECT") {
        control.value = hidden.value;
        hidden.remove();
        var shown = button.parentNode.querySelector(".chosen");
        if (shown) shown.remove();
      }
    });
    button.replaceWith(picker);
    var first = picker.matches("input, select") ? picker : picker.querySelector("input, select");
    first.focus();
    try { first.showPicker(); } catch (e) { /* not every browser opens a list on demand */ }
  });

  function known(box) {
    if (!box.value || !box.list) return true;
    return Array.prototype.some.call(box.list.options, function (o) { return o.value === box.value; });
  }

  // A name matched, changed or skipped is no longer flagged; a name typed that the list does not hold is,
  // once it is typed (the server checks everything again when the draft is saved).
  function update(event) {
    var control = event.target;
    var row = control.closest && control.closest(".name");
    if (control.list && (event.type === "change" || known(control))) {
      control.classList.toggle("unknown", !known(control));
    }
    if (!row) return;
    var select = row.querySelector("select");
    var box = row.querySelector("input[list]");
    var skip = row.querySelector('input[type="checkbox"]');
    if (select) row.classList.toggle("unresolved", select.value === "" && !(box && box.value));
    row.classList.toggle("replaced", Boolean((box && box.value) || (skip && skip.checked)));
  }
  document.addEventListener("input", update);
  document.addEventListener("change", update);
})();
