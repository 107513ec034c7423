/*
 * Toeslagen assistant web chat. Embed with one tag:
 *   <script src="https://host/web/widget.js" data-lang="pl" data-gateway="https://host" defer></script>
 * No third-party code, no CDN, no fonts fetched from elsewhere. Every sentence comes from the
 * gateway (GET /api/v1/ui-strings/{lang}), rendered from the shared catalogs, in the language of
 * the conversation: every gateway reply says which language that is now (the picker, a language
 * button in the chat, a typed language name, detection), and the controls follow it.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var base = script.src.replace(/\/[^/]*$/, "");
  var gateway = (script.getAttribute("data-gateway") || base.replace(/\/web$/, "")).replace(/\/$/, "");
  var storageKey = "toeslagen-chat:" + gateway;
  var saved = load();
  var pageLang = script.getAttribute("data-lang") || "nl";
  // Boot fallback only: the launcher's label before the catalog texts arrive (or when the gateway
  // cannot be reached). Kept equal to widget.open in the catalogs by tests/i18n.
  var BOOT_LAUNCHER = {
    nl: "Vraag de toeslagen-assistent",
    pl: "Zapytaj asystenta ds. dodatków",
    ar: "محادثة مع مساعد الإعانات",
    ti: "ንሓጋዚ ድጎማታት ሕተቱ",
    en: "Ask the benefits assistant",
  };
  var BOOT_DIR = { ar: "rtl" };
  var state = {
    // The page's language until the user has chosen one in this browser; then the chosen one.
    lang: saved.lang || pageLang,
    id: saved.id || null,
    strings: {},
    languages: [],
    messages: [],
    busy: false,
    started: false,
    // The transcript position of the last message pushed by a person (the live stream's cursor).
    pushedSeq: 0,
    stream: null,
    pollTimer: null,
  };
  var el = {};

  function load() {
    try {
      return JSON.parse(localStorage.getItem(storageKey) || "{}");
    } catch (e) {
      return {};
    }
  }

  function save() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ id: state.id, lang: state.lang }));
    } catch (e) {
      /* private mode: the conversation simply does not survive a reload */
    }
  }

  function t(key) {
    return state.strings[key] || "";
  }

  function make(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text) node.textContent = text;
    return node;
  }

  function api(method, path, body) {
    return fetch(gateway + path, {
      method: method,
      headers: { "Content-Type": "application/json", "Accept-Language": state.lang },
      body: body ? JSON.stringify(body) : undefined,
    }).then(function (response) {
      return response.json().then(
        function (data) {
          if (!response.ok) throw { status: response.status, message: data.message, code: data.code, gateway: true };
          return data;
        },
        function () {
          throw { status: response.status, message: t("widget.error"), gateway: true };
        }
      );
    });
  }

  // --- building the widget ------------------------------------------------------------------

  function build() {
    var css = make("link", { rel: "stylesheet", href: base + "/widget.css" });
    document.head.appendChild(css);

    var bootLang = BOOT_LAUNCHER[state.lang] ? state.lang : BOOT_LAUNCHER[pageLang] ? pageLang : "nl";
    el.root = make("div", { class: "tsa", lang: bootLang, dir: BOOT_DIR[bootLang] || "ltr" });
    el.launcher = make("button", { type: "button", class: "tsa-launcher", "aria-expanded": "false", "aria-controls": "tsa-panel" }, BOOT_LAUNCHER[bootLang]);
    el.panel = make("section", { id: "tsa-panel", class: "tsa-panel", "aria-labelledby": "tsa-title", hidden: "" });

    var header = make("div", { class: "tsa-header" });
    el.title = make("h2", { id: "tsa-title", class: "tsa-title" });
    el.close = make("button", { type: "button", class: "tsa-icon-button tsa-close" });
    el.close.appendChild(make("span", { "aria-hidden": "true" }, "×"));
    el.closeLabel = make("span", { class: "tsa-visually-hidden" });
    el.close.appendChild(el.closeLabel);
    header.appendChild(el.title);
    header.appendChild(el.close);

    var tools = make("div", { class: "tsa-tools" });
    el.langLabel = make("label", { for: "tsa-language" });
    el.langSelect = make("select", { id: "tsa-language", class: "tsa-select" });
    el.download = make("button", { type: "button", class: "tsa-tool" });
    el.restart = make("button", { type: "button", class: "tsa-tool" });
    [el.langLabel, el.langSelect, el.download, el.restart].forEach(function (n) {
      tools.appendChild(n);
    });

    el.privacy = make("p", { class: "tsa-privacy" });
    // role=log is a polite live region: each new bot message is read out once.
    el.log = make("div", { class: "tsa-log", role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-busy": "false", tabindex: "0" });
    el.status = make("div", { class: "tsa-status", role: "status" });
    el.replies = make("div", { class: "tsa-replies", role: "group" });

    el.form = make("form", { class: "tsa-form" });
    el.inputLabel = make("label", { for: "tsa-input", class: "tsa-visually-hidden" });
    el.input = make("input", { id: "tsa-input", class: "tsa-input", type: "text", maxlength: "2000", autocomplete: "off" });
    el.send = make("button", { type: "submit", class: "tsa-send" });
    [el.inputLabel, el.input, el.send].forEach(function (n) {
      el.form.appendChild(n);
    });

    [header, tools, el.privacy, el.log, el.status, el.replies, el.form].forEach(function (n) {
      el.panel.appendChild(n);
    });
    el.root.appendChild(el.launcher);
    el.root.appendChild(el.panel);
    (document.getElementById("toeslagen-chat") || document.body).appendChild(el.root);

    el.launcher.addEventListener("click", function () {
      toggle(true);
    });
    el.close.addEventListener("click", function () {
      toggle(false);
    });
    el.panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") toggle(false);
    });
    el.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = el.input.value.trim();
      if (text && !state.busy) {
        el.input.value = "";
        send({ text: text }, text);
      }
    });
    el.langSelect.addEventListener("change", function () {
      var lang = el.langSelect.value;
      setLanguage(lang).then(function () {
        // Rasa hears the choice too, and answers in the new language.
        if (state.id && !state.busy) send({ language: lang }, null);
      });
    });
    el.download.addEventListener("click", downloadSummary);
    el.restart.addEventListener("click", restart);
  }

  function applyStrings() {
    var dir = state.dir || "ltr";
    el.root.setAttribute("lang", state.lang);
    el.root.setAttribute("dir", dir);
    el.launcher.textContent = t("widget.open");
    el.title.textContent = t("widget.title");
    el.closeLabel.textContent = t("widget.close");
    el.langLabel.textContent = t("widget.language");
    el.download.textContent = t("widget.download_summary");
    el.restart.textContent = t("widget.restart");
    el.privacy.textContent = t("widget.privacy_note");
    el.inputLabel.textContent = t("widget.input_label");
    el.input.setAttribute("placeholder", t("widget.input_label"));
    el.send.textContent = t("widget.send");
    el.replies.setAttribute("aria-label", t("widget.title"));
    el.log.setAttribute("aria-label", t("widget.title"));
    el.langSelect.textContent = "";
    state.languages.forEach(function (option) {
      var node = make("option", { value: option.code, lang: option.code, dir: option.dir }, option.name);
      if (option.code === state.lang) node.selected = true;
      el.langSelect.appendChild(node);
    });
  }

  // After a gateway reply: switch the controls when the conversation language changed in the chat.
  function follow(lang) {
    if (!lang || lang === state.lang) return Promise.resolve();
    return setLanguage(lang).catch(function () {
      /* the controls stay as they were; the conversation itself goes on */
    });
  }

  function setLanguage(lang) {
    return api("GET", "/api/v1/ui-strings/" + encodeURIComponent(lang)).then(function (data) {
      state.lang = data.language;
      state.dir = data.dir;
      state.strings = data.strings;
      state.languages = data.languages;
      save();
      applyStrings();
    });
  }

  // --- conversation ---------------------------------------------------------------------------

  function toggle(open) {
    el.panel.hidden = !open;
    el.launcher.hidden = open;
    el.launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      el.input.focus();
      if (!state.started) start();
    } else {
      el.launcher.focus();
    }
  }

  function start() {
    state.started = true;
    if (state.id) {
      return api("GET", "/api/v1/conversations/" + state.id + "/messages").then(
        function (data) {
          return follow(data.language).then(function () {
            restore(data);
          });
        },
        function () {
          state.id = null;
          return create();
        }
      );
    }
    return create();
  }

  function restore(data) {
    // The earlier messages come back silently; only new bot messages are announced.
    el.log.setAttribute("aria-live", "off");
    data.messages.forEach(function (m) {
      addMessage(m, false);
    });
    showReplies(lastButtons());
    listen(data.messages.length);
    setTimeout(function () {
      el.log.setAttribute("aria-live", "polite");
    }, 0);
  }

  function create() {
    typing(true);
    return api("POST", "/api/v1/conversations", { language: state.lang }).then(
      function (data) {
        state.id = data.conversation_id;
        save();
        return follow(data.language).then(function () {
          typing(false);
          receive(data.messages);
          listen(data.messages.length);
        });
      },
      failed
    );
  }

  function send(body, shownText) {
    if (!state.id) return;
    state.busy = true;
    showReplies([]);
    var mine = shownText === null ? null : addMessage({ role: "user", text: shownText }, false);
    // A silent request (a language change) still starts a new turn: the earlier turn's buttons
    // must not stay next to the new ones.
    if (mine === null) state.messages.push({ role: "turn", text: "", buttons: [], node: null });
    typing(true);
    api("POST", "/api/v1/conversations/" + state.id + "/messages", body).then(function (data) {
      if (mine) {
        // Show what was actually kept (personal numbers replaced), not what was typed.
        mine.node.querySelector(".tsa-text").textContent = data.user_text;
        mine.text = data.user_text;
      }
      // The controls change language before the new turn is shown, so they never lag behind it.
      return follow(data.language).then(function () {
        data.notices.forEach(function (notice) {
          addNotice(notice.message);
        });
        typing(false);
        receive(data.messages);
      });
    }, failed);
  }

  // Messages from a person (an agent of the helpdesk) arrive without a turn of the user's:
  // server-sent events, or polling where a stream cannot stay open. Each carries its place in the
  // transcript, so nothing is shown twice and, after a reload, nothing is missed.
  function listen(seq) {
    stopListening();
    state.pushedSeq = seq;
    var path = "/api/v1/conversations/" + state.id;
    if (window.EventSource) {
      var stream = new EventSource(gateway + path + "/live?after=" + seq);
      stream.addEventListener("message", function (event) {
        pushed(JSON.parse(event.data));
      });
      stream.onerror = function () {
        // The browser reconnects by itself (Last-Event-ID); a stream refused for good is polled.
        if (stream.readyState === EventSource.CLOSED) {
          state.stream = null;
          poll(path);
        }
      };
      state.stream = stream;
    } else {
      poll(path);
    }
  }

  function poll(path) {
    state.pollTimer = setInterval(function () {
      api("GET", path + "/pushed?after=" + state.pushedSeq).then(function (data) {
        data.messages.forEach(pushed);
      }, function () { /* offline for a moment: the next poll asks again */ });
    }, 3000);
  }

  function stopListening() {
    if (state.stream) state.stream.close();
    if (state.pollTimer) clearInterval(state.pollTimer);
    state.stream = null;
    state.pollTimer = null;
  }

  function pushed(message) {
    if (message.seq <= state.pushedSeq) return;
    state.pushedSeq = message.seq;
    addMessage(message, true);
    if (!state.busy) showReplies(lastButtons());
  }

  function receive(messages) {
    messages.forEach(function (m) {
      addMessage(m, true);
    });
    showReplies(lastButtons());
    state.busy = false;
  }

  function failed(error) {
    typing(false);
    state.busy = false;
    // Only the gateway's own (localised) message is shown; a browser's network error text is not
    // in the user's language.
    addNotice((error && error.gateway && error.message) || t("widget.offline"));
    showReplies(lastButtons());
  }

  function lastButtons() {
    // Only the buttons of the bot's latest turn can be pressed (the gateway checks this too).
    var buttons = [];
    for (var i = state.messages.length - 1; i >= 0 && state.messages[i].role === "bot"; i--) {
      buttons = state.messages[i].buttons.concat(buttons);
    }
    return buttons;
  }

  function addMessage(message, announce) {
    var role = message.role === "user" ? "user" : "bot";
    var agent = message.custom && message.custom.agent;
    var node = make("div", { class: "tsa-message tsa-" + role + (agent ? " tsa-agent" : "") + (message.custom && message.custom.handoff ? " tsa-handoff" : "") });
    if (agent) {
      // A person's message: their name, visible; free text keeps the language it was typed in.
      node.appendChild(make("span", { class: "tsa-agent-name" }, agent.name + ": "));
      node.appendChild(make("span", { class: "tsa-text", dir: "auto", lang: agent.language }, message.text || ""));
      if (agent.label) node.appendChild(make("span", { class: "tsa-agent-note" }, agent.label));
    } else {
      node.appendChild(make("span", { class: "tsa-visually-hidden" }, (role === "user" ? t("widget.you") : t("widget.assistant")) + ": "));
      node.appendChild(make("span", { class: "tsa-text", dir: "auto" }, message.text || ""));
    }
    if (!announce) node.setAttribute("data-restored", "");
    if (!message.text) node.hidden = true; // a data-only message (e.g. the summary for download)
    if (message.custom && typeof message.custom.summary === "string") node.setAttribute("data-result", "");
    if (message.custom && typeof message.custom.summary_url === "string" && message.custom.summary_url.indexOf("/api/") === 0) {
      // The summary is one document: a link to the printable page and one to the download.
      node.hidden = false;
      var links = make("span", { class: "tsa-summary-links" });
      links.appendChild(make("a", { href: gateway + message.custom.summary_url, target: "_blank", rel: "noopener" }, t("widget.summary_title")));
      links.appendChild(document.createTextNode(" · "));
      links.appendChild(make("a", { href: gateway + message.custom.download_url, download: "" }, t("widget.download_summary")));
      node.appendChild(links);
    }
    el.log.appendChild(node);
    var entry = { role: role, text: message.text || "", buttons: message.buttons || [], custom: message.custom, node: node };
    state.messages.push(entry);
    node.scrollIntoView({ block: "end" });
    return entry;
  }

  function addNotice(text) {
    var node = make("div", { class: "tsa-message tsa-notice" });
    node.appendChild(make("span", { class: "tsa-text" }, text));
    el.log.appendChild(node);
  }

  function showReplies(buttons) {
    el.replies.textContent = "";
    buttons.forEach(function (button) {
      var node = make("button", { type: "button", class: "tsa-reply", dir: "auto", "data-payload": button.payload }, button.title);
      node.addEventListener("click", function () {
        if (!state.busy) send({ payload: button.payload }, button.title);
        el.input.focus();
      });
      el.replies.appendChild(node);
    });
    el.replies.hidden = buttons.length === 0;
  }

  function typing(on) {
    // aria-busy holds the live region's announcements until the whole turn has arrived.
    el.log.setAttribute("aria-busy", on ? "true" : "false");
    el.status.textContent = "";
    if (on) {
      var dots = make("span", { class: "tsa-dots", "aria-hidden": "true" });
      for (var i = 0; i < 3; i++) dots.appendChild(make("span"));
      el.status.appendChild(dots);
      el.status.appendChild(make("span", { class: "tsa-visually-hidden" }, t("widget.typing")));
    }
  }

  function restart() {
    stopListening();
    state.id = null;
    state.messages = [];
    el.log.textContent = "";
    save();
    create();
    el.input.focus();
  }

  function downloadSummary() {
    // The result's summary when the bot sent one (custom.summary), else the whole conversation.
    var summary = state.messages.filter(function (m) {
      return m.custom && typeof m.custom.summary === "string";
    }).pop();
    var lines = [t("widget.summary_title"), new Date().toISOString().slice(0, 10), ""];
    if (summary) {
      lines.push(summary.custom.summary);
    } else {
      state.messages.forEach(function (m) {
        if (m.role === "turn") return;
        lines.push((m.role === "user" ? t("widget.you") : t("widget.assistant")) + ": " + m.text);
      });
    }
    var blob = new Blob([lines.join("\n") + "\n"], { type: "text/plain;charset=utf-8" });
    var link = make("a", { href: URL.createObjectURL(blob), download: "summary-" + state.lang + ".txt" });
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function init() {
    build();
    setLanguage(state.lang).then(function () {
      // A page reload with a conversation in progress reopens it where it was.
      if (state.id) toggle(true);
    }, function () {
      /* the boot label stays; opening the widget will show the offline notice */
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
