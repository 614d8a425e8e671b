/* Loaded in <head>, before the page is drawn, so that styles for enhanced widgets apply
   from the first paint. A file rather than an inline script: the Content Security Policy
   allows no inline script on the public site (home/csp.py). */
document.documentElement.classList.replace("no-js", "js");
