/* Two gaps in Wagtail 7.4's autosave that cost editors their words.

   1. Recovery after a server error (issue 16, finding 3). Wagtail retries after a network error
      but stops at a server error until the editor types again, leaving "Autosave is paused" on
      screen and the words unsaved, though the cause (SQLite busy for a moment, a restarting
      worker) is usually gone a second later. This tries again after 2, 5, 15, 30 and then every
      60 seconds; Wagtail's own success event then clears the message. Errors the server
      explains (a newer revision, a lock, invalid data) are left to Wagtail.

   2. Words typed while a save is on its way. On success Wagtail marks the form as it is *now* as
      saved (w-autosave:success -> w-unsaved#clear), including what was typed after the request
      left, so those last words were never sent, and leaving the page gave no warning. This
      remembers what each save sent and, when the form has moved on since, puts that back as
      the saved state: Wagtail's own watcher then sees the edits and saves them. */
(function () {
  "use strict";
  var DELAYS = [2000, 5000, 15000, 30000, 60000];
  var attempts = 0;
  var timer = null;
  var sent = new WeakMap(); // form -> the form's data as Wagtail's watcher writes it, at the last save

  function controllerOf(form, identifier) {
    var app = window.wagtail && window.wagtail.app;
    return app ? app.getControllerForElementAndIdentifier(form, identifier) : null;
  }

  document.addEventListener("w-autosave:save", function (event) {
    var form = event.target;
    var unsaved = form instanceof HTMLFormElement && controllerOf(form, "w-unsaved");
    // Wagtail builds the request from the form at this same moment, and a debounced save sends
    // the last of these, so the last copy taken here is what the server receives.
    if (unsaved) { sent.set(form, unsaved.formData); }
  });

  document.addEventListener("w-autosave:error", function (event) {
    var detail = event.detail || {};
    var form = event.target;
    if (detail.type !== "server_error" || !(form instanceof HTMLFormElement)) { return; }
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var autosave = controllerOf(form, "w-autosave");
      if (autosave && autosave.activeValue) { autosave.save(); }
    }, DELAYS[Math.min(attempts, DELAYS.length - 1)]);
    attempts += 1;
  });

  // Runs after the form's own w-unsaved#clear: the event reaches the form before the document.
  document.addEventListener("w-autosave:success", function (event) {
    window.clearTimeout(timer);
    timer = null;
    attempts = 0;

    var form = event.target;
    var unsaved = form instanceof HTMLFormElement && controllerOf(form, "w-unsaved");
    if (!unsaved || !sent.has(form)) { return; }
    var saved = sent.get(form);
    if (unsaved.formData !== saved) {
      unsaved.initialFormData = saved;
      unsaved.check(); // the form has edits again, so leaving the page warns
      // Wagtail's clear() and this check change hasEdits back and forth in one task, which its
      // value observer may not report; so notify directly: "add" starts Wagtail's next autosave.
      unsaved.notify();
    }
  });
}());
