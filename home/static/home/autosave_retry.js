/* Autosave that recovers by itself (issue 16, finding 3). Wagtail's autosave retries after a
   network error but stops at a server error until the editor types again, leaving "Autosave
   is paused" on screen and the words unsaved, though the cause (SQLite busy for a moment, a
   restarting worker) is usually gone a second later. This tries again after 2, 5, 15, 30 and
   then every 60 seconds; Wagtail's own success event then clears the message. Errors the
   server explains (a newer revision, a lock, invalid data) are left to Wagtail. */
(function () {
  "use strict";
  var DELAYS = [2000, 5000, 15000, 30000, 60000];
  var attempts = 0;
  var timer = null;

  function autosaveOf(form) {
    var app = window.wagtail && window.wagtail.app;
    return app ? app.getControllerForElementAndIdentifier(form, "w-autosave") : null;
  }

  document.addEventListener("w-autosave:error", function (event) {
    var detail = event.detail || {};
    var form = event.target;
    if (detail.type !== "server_error" || !(form instanceof HTMLFormElement)) { return; }
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var controller = autosaveOf(form);
      if (controller && controller.activeValue) { controller.save(); }
    }, DELAYS[Math.min(attempts, DELAYS.length - 1)]);
    attempts += 1;
  });

  document.addEventListener("w-autosave:success", function () {
    window.clearTimeout(timer);
    timer = null;
    attempts = 0;
  });
}());
