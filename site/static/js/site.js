/* RAVOT-EUR site behaviour. Everything here is an enhancement: the site reads and
   its forms submit without JavaScript. */
(function () {
  "use strict";

  /* Quick exit ------------------------------------------------------------
     location.replace() swaps the current history entry for the neutral site, so
     pressing Back does not return here. It cannot erase earlier entries, other
     tabs or downloads: the get-help page says so. */
  var exitLink = document.getElementById("quick-exit");
  function leave(event) {
    if (!exitLink) return;
    var url = exitLink.getAttribute("data-quick-exit-url") || exitLink.href;
    if (event) event.preventDefault();
    document.documentElement.classList.add("is-leaving");
    document.title = "";
    window.location.replace(url);
  }
  /* The shortcut is Shift pressed three times within a second with no other key in
     between (as GOV.UK's "Exit this page"): nobody does that while typing, so a draft is
     never lost to a stray key, as it was with Escape, which text fields and dialogs use. */
  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 1000;
  var shiftTimes = [];
  if (exitLink) {
    exitLink.addEventListener("click", leave);
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift") {
        shiftTimes = [];
        return;
      }
      if (event.repeat) return;
      var now = Date.now();
      shiftTimes = shiftTimes.filter(function (time) { return now - time < SHIFT_WINDOW_MS; });
      shiftTimes.push(now);
      if (shiftTimes.length >= SHIFT_PRESSES) {
        shiftTimes = [];
        leave(event);
      }
    });
  }

  /* Main navigation toggle on small screens. ---------------------------- */
  var nav = document.querySelector(".site-nav");
  var toggle = nav && nav.querySelector(".site-nav__toggle");
  if (nav && toggle) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("is-open", open);
    });
  }

  /* Language switcher: change on selection; the button stays for keyboard and no-JS use. */
  var switcher = document.querySelector(".language-switcher select[data-autosubmit]");
  if (switcher) {
    switcher.addEventListener("change", function () { switcher.form.submit(); });
  }
})();
