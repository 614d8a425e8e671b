/* @mention suggestions in the post form (issue 13, item 2). Typing "@" and the start of a
   forum name lists the members who may read this discussion (asked of the server, which
   applies the forum's permissions); arrow keys choose, Enter or Tab inserts, Escape closes
   the list and leaves the text alone. Without this script, a mention typed in full works
   the same. The textarea stays a textarea: the list is announced through
   aria-activedescendant and a polite status message. */
(function () {
  "use strict";
  var marker = document.querySelector("[data-mentions-url]");
  var textarea = document.getElementById("id_content");
  var status = document.getElementById("mention-status");
  if (!marker || !textarea || !window.fetch) { return; }

  var TOKEN = /(^|[^\w@.])@([\w][\w.-]{0,149})$/;
  var list = document.createElement("ul");
  list.id = "mention-suggestions";
  list.className = "mention-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", marker.getAttribute("data-mentions-label"));
  list.hidden = true;
  textarea.parentNode.insertBefore(list, textarea.nextSibling);
  textarea.setAttribute("aria-autocomplete", "list");
  textarea.setAttribute("aria-controls", list.id);

  var results = [];
  var active = -1;
  var token = null;
  var timer = null;
  var asked = 0;

  function say(text) { if (status) { status.textContent = text; } }

  function close() {
    results = [];
    active = -1;
    token = null;
    list.hidden = true;
    list.textContent = "";
    textarea.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (item, position) {
      item.setAttribute("aria-selected", position === index ? "true" : "false");
    });
    if (index >= 0) { textarea.setAttribute("aria-activedescendant", list.children[index].id); }
    else { textarea.removeAttribute("aria-activedescendant"); }
  }

  function insert(index) {
    var member = results[index];
    if (!member || !token) { return; }
    var before = textarea.value.slice(0, token.start);
    var after = textarea.value.slice(textarea.selectionEnd);
    var mention = "@" + member.username + " ";
    textarea.value = before + mention + after.replace(/^ /, "");
    var caret = before.length + mention.length;
    textarea.setSelectionRange(caret, caret);
    close();
    textarea.focus();
  }

  function render(found) {
    results = found;
    list.textContent = "";
    found.forEach(function (member, index) {
      var item = document.createElement("li");
      item.id = "mention-option-" + index;
      item.setAttribute("role", "option");
      var name = document.createElement("span");
      name.className = "mention-suggestions__name";
      name.textContent = "@" + member.username;
      item.appendChild(name);
      var details = [member.sector, member.country, member.organisation].filter(Boolean).join(" · ");
      if (details) {
        var detail = document.createElement("span");
        detail.className = "mention-suggestions__detail";
        detail.textContent = details;
        item.appendChild(detail);
      }
      // mousedown, not click: the textarea keeps the focus and the caret.
      item.addEventListener("mousedown", function (event) { event.preventDefault(); insert(index); });
      list.appendChild(item);
    });
    list.hidden = !found.length;
    highlight(found.length ? 0 : -1);
    if (!found.length) { say(marker.getAttribute("data-mentions-none")); }
    else if (found.length === 1) { say(marker.getAttribute("data-mentions-one")); }
    else { say(marker.getAttribute("data-mentions-many").replace("%(count)s", String(found.length))); }
  }

  function ask() {
    var text = textarea.value.slice(0, textarea.selectionStart);
    var match = textarea.selectionStart === textarea.selectionEnd ? TOKEN.exec(text) : null;
    if (!match) { close(); return; }
    token = { start: text.length - match[2].length - 1, prefix: match[2] };
    var number = ++asked;
    var url = marker.getAttribute("data-mentions-url") + "?q=" + encodeURIComponent(match[2]);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (number === asked && token) { render(data.results || []); } })
      .catch(function () { if (number === asked) { close(); } });
  }

  textarea.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 150);
  });

  textarea.addEventListener("keydown", function (event) {
    if (list.hidden || !results.length) { return; }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + results.length) % results.length);
    } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
      event.preventDefault();
      insert(active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });

  textarea.addEventListener("blur", function () { window.setTimeout(close, 100); });
  close();
}());
