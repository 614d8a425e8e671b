/* Drafts kept while writing (issue 13, item 2; forum.community.drafts). A moment after the
   writer stops typing, the subject and text go to the server as their draft; a copy stays in
   this tab's sessionStorage (never localStorage: it goes when the tab is closed) for when the
   server cannot be reached, and comes back into the form on reload. Posting, or saving or
   discarding the draft with the buttons, clears the copy. */
(function () {
  "use strict";
  var status = document.getElementById("draft-status");
  var form = status ? status.closest("form") : null;
  var content = document.getElementById("id_content");
  if (!status || !form || !content || !window.fetch) { return; }
  var subject = document.getElementById("id_subject");
  var url = status.getAttribute("data-draft-url");
  var key = "ravot-draft:" + url;
  var timer = null;
  var dirty = false;

  function say(text) { status.textContent = text; }

  function keep() {
    try {
      window.sessionStorage.setItem(key, JSON.stringify({ subject: subject ? subject.value : "", content: content.value }));
    } catch (error) { /* storage refused: the server copy is all there is */ }
  }

  function forget() {
    try { window.sessionStorage.removeItem(key); } catch (error) { /* nothing kept */ }
  }

  function fields() {
    var data = new FormData();
    data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
    data.append("subject", subject ? subject.value : "");
    data.append("content", content.value);
    return data;
  }

  function save() {
    window.clearTimeout(timer);
    timer = null;
    dirty = false;
    fetch(url, { method: "POST", body: fields(), credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json().then(function (data) { return { ok: response.ok, data: data }; }); })
      .then(function (result) {
        if (result.ok && result.data.saved) {
          say(status.getAttribute("data-draft-saved").replace("%(when)s", result.data.saved_at));
        } else if (result.ok && result.data.discarded) {
          say("");
        } else {
          say(result.data.error || status.getAttribute("data-draft-kept-here"));
        }
      })
      .catch(function () { dirty = true; say(status.getAttribute("data-draft-kept-here")); });
  }

  function changed() {
    keep();
    dirty = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 2000);
  }

  // Back after a reload or a lost connection: the tab's copy, if the form does not hold it already.
  var kept = null;
  try { kept = JSON.parse(window.sessionStorage.getItem(key) || "null"); } catch (error) { kept = null; }
  if (kept && kept.content && kept.content !== content.value && content.value === content.defaultValue) {
    content.value = kept.content;
    if (subject && kept.subject) { subject.value = kept.subject; }
    say(status.getAttribute("data-draft-restored"));
    save();
  }

  content.addEventListener("input", changed);
  if (subject) { subject.addEventListener("input", changed); }

  form.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (button && button.name === "preview") { return; }
    // Posted, or handed to the server as a draft (or discarded) by the buttons: no copy needed.
    window.clearTimeout(timer);
    dirty = false;
    forget();
  });

  // Leaving with words not yet sent: hand them over on the way out.
  window.addEventListener("pagehide", function () {
    if (!dirty || !navigator.sendBeacon) { return; }
    var data = fields();
    data.append("background", "1");
    navigator.sendBeacon(url, data);
  });
}());
