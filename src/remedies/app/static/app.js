// remedies app: small enhancements over plain forms (everything also works without this file).
// No inline scripts (the Content-Security-Policy forbids them); nothing is loaded from elsewhere.
(function () {
  "use strict";
  var csrf = document.body.getAttribute("data-csrf");

  // Quick exit: the page is replaced (Back does not return to it); Esc twice does the same.
  function quickExit(event) {
    if (event) { event.preventDefault(); }
    document.body.innerHTML = "";
    window.location.replace("/exit");
  }
  var exit = document.getElementById("quick-exit");
  if (exit) { exit.addEventListener("click", quickExit); }
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 1000) { quickExit(event); }
    lastEscape = now;
  });

  // Idle lock: when the server locks the session, the page on screen goes too (it would still show
  // the victim's details); the server then asks for a new link from the terminal.
  var idleMinutes = parseFloat(document.body.getAttribute("data-idle-minutes") || "0");
  if (idleMinutes > 0) {
    var idleTimer = null;
    var lock = function () { document.body.innerHTML = ""; window.location.replace("/"); };
    var awake = function () {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(lock, (idleMinutes * 60 + 5) * 1000);
    };
    ["keydown", "pointerdown", "input", "scroll"].forEach(function (name) {
      document.addEventListener(name, awake, { passive: true });
    });
    awake();
  }

  // The language menu applies at once.
  document.querySelectorAll("select.autosubmit").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });

  // Validation as you type: the page's answers are checked by the record's own rules on the server.
  document.querySelectorAll("form[data-validate]").forEach(function (form) {
    var timer = null;
    var url = form.getAttribute("data-validate");
    function show(errors) {
      form.querySelectorAll("p.error").forEach(function (p) {
        var name = p.id.slice(2);
        var message = errors[name] || "";
        p.textContent = message;
        var box = document.getElementById("f-" + name);
        if (box) { box.classList.toggle("invalid", message !== ""); }
        var input = document.getElementById("i-" + name);
        if (input) { input.setAttribute("aria-invalid", message !== "" ? "true" : "false"); }
      });
    }
    function check() {
      var data = new FormData(form);
      fetch(url, { method: "POST", body: data, credentials: "same-origin", headers: { "X-CSRF-Token": csrf } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (result) { if (result) { show(result.errors || {}); } })
        .catch(function () {});
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(check, 500);
    });
    form.addEventListener("change", function () {
      clearTimeout(timer);
      timer = setTimeout(check, 200);
    });
  });

  // Evidence: drop files on the zone to add them.
  var zone = document.getElementById("dropzone");
  if (zone) {
    var input = document.getElementById("files");
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        document.getElementById("upload").submit();
      }
    });
  }
})();
