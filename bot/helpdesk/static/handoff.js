/*
 * The handoff pages of the helpdesk console (bot/helpdesk/handoff_views.py). The queue refreshes
 * itself; on a conversation an agent holds, the page sends a heartbeat every few seconds (a
 * closed browser lets the conversation wait again) and shows the user's new messages.
 * No third-party code. Everything also works by reloading the page.
 */
(function () {
  "use strict";
  var EVERY_MS = 3000;

  function refreshQueue(box) {
    // Not while the agent is choosing something in it (a supervisor's assignment).
    if (box.contains(document.activeElement) && document.activeElement.tagName === "SELECT") return;
    fetch(box.getAttribute("data-fragment"), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) box.innerHTML = html; })
      .catch(function () { /* next time */ });
  }

  function item(m) {
    var li = document.createElement("li");
    li.className = "handoff-" + m.role;
    li.setAttribute("data-id", String(m.id));
    var meta = document.createElement("span");
    meta.className = "small";
    meta.textContent = m.at + " · " + m.role;
    var text = document.createElement("p");
    text.className = "text";
    text.dir = "auto";
    text.lang = m.language;
    text.textContent = m.text;
    li.appendChild(meta);
    li.appendChild(text);
    if (m.dutch) {
      var dutch = document.createElement("p");
      dutch.className = "dutch";
      dutch.lang = "nl";
      dutch.textContent = m.dutch;
      li.appendChild(dutch);
    }
    return li;
  }

  function pollThread(list) {
    var after = list.getAttribute("data-after") || "0";
    fetch(list.getAttribute("data-poll") + "?after=" + encodeURIComponent(after), {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRF-Token": list.getAttribute("data-csrf") },
    })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        data.messages.forEach(function (m) {
          if (list.querySelector('[data-id="' + m.id + '"]')) return;
          list.appendChild(item(m));
          list.setAttribute("data-after", String(m.id));
        });
        var lost = document.getElementById("handoff-lost");
        if (!data.held && document.getElementById("hand-back") && !lost) {
          lost = document.createElement("p");
          lost.id = "handoff-lost";
          lost.setAttribute("role", "alert");
          lost.textContent = list.getAttribute("data-lost");
          list.parentNode.appendChild(lost);
        }
      })
      .catch(function () { /* next time */ });
  }

  function init() {
    var box = document.getElementById("handoff-queue");
    if (box) setInterval(function () { refreshQueue(box); }, EVERY_MS);
    var list = document.getElementById("handoff-thread");
    if (list) {
      pollThread(list);
      setInterval(function () { pollThread(list); }, EVERY_MS);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
