/* Quote only the words selected (issue 13, item 2). Without this script, a post's "Quote" link
   opens the reply form with the whole post quoted. With it, words selected inside one post are
   kept in this tab's sessionStorage (never in an address, so never in a server log) when its
   "Quote" link is followed, and the reply form quotes only them. */
(function () {
  "use strict";
  var KEY = "ravot-quote-selection";

  function store(value) {
    try {
      if (value) { window.sessionStorage.setItem(KEY, JSON.stringify(value)); }
      else { window.sessionStorage.removeItem(KEY); }
    } catch (error) { /* storage refused: the whole post is quoted */ }
  }

  function selectionIn(source) {
    var selection = window.getSelection ? window.getSelection() : null;
    if (!selection || selection.isCollapsed || !selection.rangeCount) { return ""; }
    var range = selection.getRangeAt(0);
    if (!source.contains(range.commonAncestorContainer)) { return ""; }
    return selection.toString().trim();
  }

  // Topic page: remember the selection of the post whose "Quote" link is followed.
  document.querySelectorAll("a[data-quote-post]").forEach(function (link) {
    var postId = link.getAttribute("data-quote-post");
    var source = document.querySelector('[data-quote-source="' + postId + '"]');
    if (!source) { return; }
    // Pressing the link moves the focus (and, in some browsers, clears the selection): read it first.
    var remembered = "";
    link.addEventListener("pointerdown", function () { remembered = selectionIn(source); });
    link.addEventListener("click", function () {
      var text = selectionIn(source) || remembered;
      remembered = "";
      store(text ? { post: postId, text: text } : null);
    });
  });

  // Reply form opened with ?quote=<post>: narrow the whole-post quote to the selected words.
  var marker = document.querySelector("div[data-quote-post][data-quote-heading]");
  var textarea = document.getElementById("id_content");
  if (!marker || !textarea) { return; }
  var saved = null;
  try { saved = JSON.parse(window.sessionStorage.getItem(KEY) || "null"); } catch (error) { saved = null; }
  store(null);
  if (!saved || saved.post !== marker.getAttribute("data-quote-post") || !saved.text) { return; }
  // Only while the field still holds the quote the server wrote (never over the member's words).
  if (textarea.value !== textarea.defaultValue) { return; }
  var lines = [marker.getAttribute("data-quote-heading"), ">"];
  saved.text.split(/\r?\n/).forEach(function (line) { lines.push(("> " + line).replace(/\s+$/, "")); });
  // A draft written before the quote was asked for stays in front of it (forum.community.drafts).
  var start = parseInt(marker.getAttribute("data-quote-start") || "0", 10) || 0;
  textarea.value = textarea.value.slice(0, start) + lines.join("\n") + "\n\n";
}());
