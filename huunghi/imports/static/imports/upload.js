/* The upload page: send the file with XMLHttpRequest to show its progress in the <progress> bar.
   Without this script the form posts the ordinary way; the page works the same, without the bar. */
(function () {
  "use strict";
  if (!window.FormData || !window.XMLHttpRequest || !window.DOMParser) return;

  function showError(form, message) {
    var box = form.querySelector(".upload-error");
    if (!box) {
      box = document.createElement("p");
      box.className = "error upload-error";
      box.setAttribute("role", "alert");
      form.querySelector(".form-actions").before(box);
    }
    box.textContent = message;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.id !== "upload-form") return;
    var input = form.querySelector('input[type="file"]');
    var file = input && input.files && input.files[0];
    if (!file) return; // the server says that a file is needed
    event.preventDefault();
    var limit = parseInt(form.dataset.limit, 10);
    if (limit && file.size > limit) {
      showError(form, form.dataset.tooLarge);
      return;
    }
    var box = form.querySelector(".upload-progress");
    var bar = box.querySelector("progress");
    var status = box.querySelector(".upload-status");
    var button = form.querySelector('button[type="submit"]');
    box.hidden = false;
    button.disabled = true;
    bar.value = 0;
    status.textContent = form.dataset.sending + " 0%";

    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("action") || window.location.href);
    xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) return;
      var percent = Math.round((e.loaded / e.total) * 100);
      bar.value = percent;
      status.textContent = form.dataset.sending + " " + percent + "%";
      if (percent >= 100) {
        bar.removeAttribute("value"); // indeterminate while the server reads the file
        status.textContent = form.dataset.reading;
      }
    });
    xhr.addEventListener("load", function () {
      var type = xhr.getResponseHeader("Content-Type") || "";
      if (xhr.status === 200 && type.indexOf("application/json") === 0) {
        window.location.assign(JSON.parse(xhr.responseText).location);
        return;
      }
      // The page again, with what is wrong with the file: put its form in place of this one.
      var page = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var fresh = page.getElementById("upload-form");
      if (fresh) {
        form.replaceWith(document.importNode(fresh, true));
      } else {
        document.open();
        document.write(xhr.responseText);
        document.close();
      }
    });
    xhr.addEventListener("error", function () {
      box.hidden = true;
      button.disabled = false;
      showError(form, form.dataset.failed);
    });
    xhr.send(new FormData(form));
  });
})();
