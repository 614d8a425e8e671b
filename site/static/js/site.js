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
  /* In a text field Escape belongs to the field (it clears a search box, closes a
     suggestion list): someone typing must not be thrown off the site, and loses nothing
     by it, since the button stays one Tab-and-Enter away. */
  var TEXT_INPUT_TYPES = /^(text|search|email|url|tel|password|number|date|datetime-local|month|week|time)$/;
  function isTextField(element) {
    if (!element || element.nodeType !== 1) return false;
    if (element.isContentEditable) return true;
    var tag = element.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT") return true;
    return tag === "INPUT" && TEXT_INPUT_TYPES.test((element.getAttribute("type") || "text").toLowerCase());
  }
  if (exitLink) {
    exitLink.addEventListener("click", leave);
    document.addEventListener("keydown", function (event) {
      // Another control (an open menu, a dialog) may already have used Escape.
      if (event.key !== "Escape" || event.defaultPrevented || event.isComposing) return;
      if (isTextField(event.target) || isTextField(document.activeElement)) return;
      leave(event);
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
