/* quotefix review page: filters, counts, keyboard navigation, links, rule pages.
 * Article text never passes through this script as markup: each file's body is
 * HTML that quotefix escaped when it wrote the page, kept in an inert script
 * block until the file is first opened; everything else this script writes
 * (hooks, tags, repairs, notes) comes from the index as text nodes. */
(function () {
  "use strict";
  var root = document.documentElement;
  // Files off screen skip layout (content-visibility in the CSS); this keeps the
  // size they had when last shown. Set here because the HTML validator's CSS
  // checker does not know the property yet.
  document.styleSheets[0].insertRule(".qf-file { contain-intrinsic-size: auto 2.5rem; }");
  var data = JSON.parse(document.getElementById("qf-index").textContent);
  var files = data.files;
  var raw = data.items;
  var total = raw.length;
  var AUTO_OPEN_MAX = 2000;
  var rules = data.rules;
  var fixRun = data.fix;
  // The fields of an index entry (quotefix/review/page.py, _Page._entry).
  var F_FILE = 0, F_CODE = 1, F_LINE = 2, F_COL = 3, F_SEV = 4, F_FIX = 5, F_PERSON = 6,
    F_APPLIED = 7, F_FAMILY = 8, F_MSG = 9, F_TEXT = 10, F_BEFORE = 11, F_AFTER = 12,
    F_WORDS = 13, F_REASON = 14, F_RELATED = 15;

  var sections = Array.prototype.slice.call(document.querySelectorAll("section.qf-file"));
  var shownLabels = Array.prototype.slice.call(document.querySelectorAll(".qf-shown"));
  var keys = new Array(total);
  var firstItem = new Array(files.length);
  var itemCount = new Array(files.length);
  var byPath = Object.create(null);
  var rendered = new Uint8Array(files.length);
  var visible = new Uint8Array(total);
  var searchText = null;
  var current = -1;
  var currentFile = -1;
  var filtering = false;

  (function index() {
    var strings = data.strings;
    var text = [F_MSG, F_TEXT, F_BEFORE, F_AFTER, F_WORDS, F_REASON];
    for (var i = 0; i < total; i++) {
      var r = raw[i];
      for (var t = 0; t < text.length; t++) r[text[t]] = r[text[t]] < 0 ? null : strings[r[text[t]]];
    }
    var k = 0;
    for (var f = 0; f < files.length; f++) {
      byPath[files[f][0]] = f;
      firstItem[f] = k;
      itemCount[f] = files[f][1];
      for (var j = 0; j < files[f][1]; j++, k++) keys[k] = "f" + f + "-" + j;
    }
    visible.fill(1);
  })();

  // -- rendering a file's body ------------------------------------------------
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    for (var name in attrs) el.setAttribute(name, attrs[name]);
    for (var c = 0; c < (children || []).length; c++) {
      var child = children[c];
      el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return el;
  }

  var STATES = fixRun ? {
    applied: { safe: "quotefix fix makes this repair (safe)",
               unsafe: "quotefix fix --unsafe-fixes makes this guess" },
    left: { safe: "not repaired: needs a person",
            unsafe: "a guess, not made without --unsafe-fixes: needs a person",
            none: "needs a person" }
  } : {
    left: { safe: "safe fix: quotefix fix makes it",
            unsafe: "a guess: only quotefix fix --unsafe-fixes makes it; needs a person",
            none: "needs a person" }
  };

  function tagOf(r) {
    var mark = r[F_PERSON] ? (r[F_FIX] === "unsafe" ? "?" : "!") : "\u2713";
    return h("span", { "class": "qf-tag", "aria-hidden": "true" }, [mark + r[F_CODE]]);
  }

  function chipOf(r) {
    var kind = r[F_FIX] === "safe" ? "safe" : "unsafe";
    return h("span", { "class": "qf-fix qf-fix-" + kind, title: kind + " fix: " + r[F_WORDS] }, [
      h("span", { "class": "qf-vh" }, [kind + " fix: "]),
      h("del", {}, [h("bdi", {}, [r[F_BEFORE]])]),
      h("span", { "aria-hidden": "true" }, ["\u2192"]),
      h("span", { "class": "qf-vh" }, [" becomes "]),
      h("ins", {}, [h("bdi", {}, [r[F_AFTER]])])
    ]);
  }

  function noteOf(i) {
    var r = raw[i], key = keys[i];
    var state = r[F_APPLIED] ? STATES.applied[r[F_FIX]] : STATES.left[r[F_FIX]];
    var children = [
      h("a", { "class": "qf-loc", href: linkOf(i), title: "Link to this finding" },
        [r[F_LINE] + ":" + r[F_COL]]), " ",
      h("a", { "class": "qf-code", href: "#rule-" + r[F_CODE], "data-rule": r[F_CODE] },
        [r[F_CODE]]), " ",
      h("span", { "class": "qf-name" }, [rules[r[F_CODE]] || ""]), " ",
      h("span", { "class": "qf-sev qf-sev-" + r[F_SEV] }, [r[F_SEV]]), " ",
      h("span", { "class": "qf-msg" }, [h("bdi", {}, [r[F_MSG]])])
    ];
    var related = r[F_RELATED];
    if (related.length) {
      var links = [" (see "];
      for (var k = 0; k < related.length; k++) {
        if (k) links.push(", ");
        links.push(h("a", { "class": "qf-rel",
          href: "#" + encodePath(files[r[F_FILE]][0]) + ":" + related[k][0] + ":" + related[k][1]
        }, [related[k][2]]));
      }
      links.push(")");
      children.push(h("span", { "class": "qf-related" }, links));
    }
    children.push(h("br"));
    children.push(h("span", {
      "class": "qf-state qf-state-" + r[F_FIX] + (r[F_PERSON] ? " qf-person" : "")
    }, [state]));
    if (r[F_BEFORE] !== null) {
      children.push(" ", h("span", { "class": "qf-repair" }, [
        h("del", {}, [h("bdi", {}, [r[F_BEFORE]])]), " \u2192 ",
        h("ins", {}, [h("bdi", {}, [r[F_AFTER]])])
      ]));
    }
    if (r[F_REASON]) children.push(" ", h("span", { "class": "qf-reason" }, [r[F_REASON]]));
    return h("li", { "class": "qf-note qf-" + r[F_FAMILY], id: "n-" + key, "data-for": key },
      children);
  }

  function decorate(f) {
    var groups = partsOf(f);
    for (var i = firstItem[f]; i < firstItem[f] + itemCount[f]; i++) {
      var r = raw[i], key = keys[i];
      var el = document.getElementById(key);
      if (!el) continue;
      el.setAttribute("data-code", r[F_CODE]);
      el.setAttribute("data-line", r[F_LINE]);
      el.setAttribute("data-column", r[F_COL]);
      el.setAttribute("data-severity", r[F_SEV]);
      el.setAttribute("data-safe", String(r[F_FIX] === "safe"));
      el.setAttribute("data-fix", r[F_FIX]);
      el.setAttribute("data-family", r[F_FAMILY]);
      el.setAttribute("data-person", String(r[F_PERSON] === 1));
      el.setAttribute("tabindex", "-1");
      el.setAttribute("aria-describedby", "n-" + key);
      var parts = groups[key];
      var last = parts ? parts[parts.length - 1] : el;
      last.appendChild(tagOf(r));
      if (r[F_BEFORE] !== null) last.appendChild(chipOf(r));
    }
    var lists = sections[f].querySelectorAll("ol.qf-notes");
    for (var l = 0; l < lists.length; l++) {
      var numbers = lists[l].getAttribute("data-items").split(" ");
      var fragment = document.createDocumentFragment();
      for (var n = 0; n < numbers.length; n++) fragment.appendChild(noteOf(firstItem[f] + +numbers[n]));
      lists[l].appendChild(fragment);
    }
  }

  function render(f) {
    if (rendered[f]) return;
    rendered[f] = 1;
    var holder = sections[f].querySelector(".qf-body");
    var block = holder && holder.querySelector("script[type='text/x-quotefix-body']");
    if (block) holder.innerHTML = block.textContent;
    decorate(f);
    applyFile(f);
  }

  function partsOf(f) {
    var groups = Object.create(null);
    var conts = sections[f].querySelectorAll(".qf-cont");
    for (var c = 0; c < conts.length; c++) {
      var key = conts[c].getAttribute("data-for");
      (groups[key] = groups[key] || []).push(conts[c]);
    }
    return groups;
  }

  function applyFile(f) {
    if (!rendered[f]) return;
    var groups = partsOf(f);
    for (var i = firstItem[f]; i < firstItem[f] + itemCount[f]; i++) {
      var off = !visible[i];
      var el = document.getElementById(keys[i]);
      if (el) el.classList.toggle("qf-off", off);
      var note = document.getElementById("n-" + keys[i]);
      if (note) note.hidden = off;
      var parts = groups[keys[i]] || [];
      for (var p = 0; p < parts.length; p++) parts[p].classList.toggle("qf-off", off);
    }
  }

  // -- filters ------------------------------------------------------------------
  var form = document.getElementById("qf-filters");
  var search = document.getElementById("qf-search");
  var status = document.getElementById("qf-status");
  var countEls = Array.prototype.slice.call(document.querySelectorAll(".qf-count"));

  function checked(name) {
    var set = Object.create(null);
    var boxes = form.querySelectorAll("input[name='" + name + "']");
    var all = true;
    for (var b = 0; b < boxes.length; b++) {
      if (boxes[b].checked) set[boxes[b].value] = true;
      else all = false;
    }
    return { set: set, all: all };
  }

  function haystack(i) {
    if (!searchText) {
      searchText = new Array(total);
      for (var k = 0; k < total; k++) {
        var r = raw[k];
        searchText[k] = [files[r[F_FILE]][0], r[F_CODE], rules[r[F_CODE]], r[F_MSG], r[F_TEXT]]
          .join("\n").toLowerCase();
      }
    }
    return searchText[i];
  }

  function update() {
    var began = performance.now();
    var fam = checked("family"), sev = checked("severity"), code = checked("code");
    var personOnly = document.getElementById("qf-person").checked;
    var query = search.value.trim().toLowerCase();
    filtering = !(fam.all && sev.all && code.all) || personOnly || query !== "";
    var facets = { family: {}, severity: {}, code: {}, person: {} };
    var perFile = new Array(files.length).fill(0);
    var shown = 0;
    for (var i = 0; i < total; i++) {
      var r = raw[i];
      var ok = [
        fam.set[r[F_FAMILY]] === true,
        sev.set[r[F_SEV]] === true,
        code.set[r[F_CODE]] === true,
        !personOnly || r[F_PERSON] === 1,
        query === "" || haystack(i).indexOf(query) >= 0
      ];
      var fails = 0, failed = -1;
      for (var d = 0; d < 5; d++) if (!ok[d]) { fails++; failed = d; }
      visible[i] = fails === 0 ? 1 : 0;
      if (fails === 0) { shown++; perFile[r[F_FILE]]++; }
      // a facet counts what would show if its own choice were made
      if (fails === 0 || (fails === 1 && failed === 0)) bump(facets.family, r[F_FAMILY]);
      if (fails === 0 || (fails === 1 && failed === 1)) bump(facets.severity, r[F_SEV]);
      if (fails === 0 || (fails === 1 && failed === 2)) bump(facets.code, r[F_CODE]);
      if ((fails === 0 || (fails === 1 && failed === 3)) && r[F_PERSON] === 1) {
        bump(facets.person, "true");
      }
    }
    for (var c = 0; c < countEls.length; c++) {
      var el = countEls[c];
      var n = facets[el.getAttribute("data-filter")][el.getAttribute("data-value")] || 0;
      if (el.textContent !== String(n)) el.textContent = String(n);
    }
    var filesShown = 0;
    for (var f = 0; f < files.length; f++) {
      var hide = filtering && perFile[f] === 0;
      if (!hide) filesShown++;
      if (sections[f].hidden !== hide) sections[f].hidden = hide;
      var label = filtering && itemCount[f] ? perFile[f] + " of " + itemCount[f] + " shown" : "";
      if (shownLabels[f].textContent !== label) shownLabels[f].textContent = label;
      applyFile(f);
    }
    status.textContent = "Showing " + plural(shown, "finding") + " of " + total + " in " +
      plural(filesShown, "file") + " of " + files.length + ".";
    root.setAttribute("data-shown", String(shown));
    root.setAttribute("data-update-ms", String(Math.round(performance.now() - began)));
  }

  function bump(table, key) { table[key] = (table[key] || 0) + 1; }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  var timer = 0;
  form.addEventListener("change", update);
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  form.addEventListener("reset", function () { setTimeout(update, 0); });

  // -- moving between findings and files -------------------------------------------
  function setCurrent(i) {
    var old = document.querySelectorAll(".qf-current");
    for (var o = 0; o < old.length; o++) old[o].classList.remove("qf-current");
    current = i;
    if (i < 0) return;
    currentFile = raw[i][F_FILE];
    var el = document.getElementById(keys[i]);
    var note = document.getElementById("n-" + keys[i]);
    if (el) el.classList.add("qf-current");
    if (note) note.classList.add("qf-current");
  }

  function isOpen(f) {
    var button = sections[f].querySelector("button.qf-toggle");
    return button !== null && button.getAttribute("aria-expanded") === "true";
  }

  function setOpen(f, open) {
    var button = sections[f].querySelector("button.qf-toggle");
    if (!button) return;
    if (open) render(f);
    button.setAttribute("aria-expanded", String(open));
    sections[f].querySelector(".qf-body").hidden = !open;
  }

  function openFile(f) {
    if (!isOpen(f)) setOpen(f, true);
  }

  function goTo(i, updateLink) {
    var f = raw[i][F_FILE];
    openFile(f);
    var el = document.getElementById(keys[i]);
    setCurrent(i);
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "center" });
    }
    if (updateLink) history.replaceState(null, "", linkOf(i));
  }

  function linkOf(i) {
    var r = raw[i];
    return "#" + encodePath(files[r[F_FILE]][0]) + ":" + r[F_LINE] + ":" + r[F_COL];
  }

  function encodePath(path) {
    return encodeURIComponent(path).replace(/%2F/g, "/");
  }

  function step(direction) {
    var i = current;
    if (i < 0 && currentFile >= 0 && direction > 0) i = firstItem[currentFile] - 1;
    for (i += direction; i >= 0 && i < total; i += direction) {
      if (visible[i]) { goTo(i, true); return; }
    }
  }

  function stepFile(direction) {
    var f = currentFile;
    for (f += direction; f >= 0 && f < files.length; f += direction) {
      if (!sections[f].hidden) {
        openFile(f);
        setCurrent(-1);
        currentFile = f;
        var head = sections[f].querySelector(".qf-toggle");
        if (head.tagName === "BUTTON") head.focus({ preventScroll: true });
        sections[f].scrollIntoView({ block: "start" });
        history.replaceState(null, "", "#" + encodePath(files[f][0]));
        return;
      }
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) {
      if (event.key === "Escape" && target === search) search.blur();
      return;
    }
    var key = event.key;
    if (key === "j" || key === "n") step(1);
    else if (key === "k" || key === "p") step(-1);
    else if (key === "]") stepFile(1);
    else if (key === "[") stepFile(-1);
    else if (key === "/") search.focus();
    else return;
    event.preventDefault();
  });

  // -- links: #path:line:col, #path, rule pages ---------------------------------------
  function route(hash) {
    if (!hash || hash.length < 2) return false;
    var target;
    try { target = decodeURIComponent(hash.slice(1)); } catch (e) { return false; }
    if (target in byPath) {
      var f0 = byPath[target];
      openFile(f0);
      currentFile = f0;
      sections[f0].scrollIntoView({ block: "start" });
      return true;
    }
    var m = /^(.*):(\d+):(\d+)$/.exec(target);
    if (!m || !(m[1] in byPath)) return false;
    var f = byPath[m[1]], line = +m[2], col = +m[3];
    for (var i = firstItem[f]; i < firstItem[f] + itemCount[f]; i++) {
      if (raw[i][F_LINE] === line && raw[i][F_COL] === col) { goTo(i, false); return true; }
    }
    openFile(f);
    currentFile = f;
    var place = sections[f].querySelector(".qf-at[data-at='" + line + ":" + col + "']");
    var where = place || sections[f];
    where.scrollIntoView({ block: "center" });
    if (place) {
      place.classList.add("qf-target");
      setTimeout(function () { place.classList.remove("qf-target"); }, 2000);
    }
    return true;
  }

  window.addEventListener("hashchange", function () { route(location.hash); });

  var dialog = document.getElementById("qf-dialog");
  function showRule(code) {
    var page = document.getElementById("rule-" + code);
    if (!page || typeof dialog.showModal !== "function") return false;
    dialog.querySelector("#qf-dialog-h").textContent =
      page.querySelector(".qf-rule-title").textContent;
    var body = dialog.querySelector(".qf-dialog-body");
    body.replaceChildren(page.querySelector(".qf-rule-body").cloneNode(true));
    dialog.showModal();
    return true;
  }

  document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest("button.qf-toggle");
    if (toggle) {
      var which = +toggle.closest("section.qf-file").getAttribute("data-index");
      setOpen(which, !isOpen(which));
      currentFile = which;
      return;
    }
    var link = event.target.closest && event.target.closest("a[href^='#']");
    if (link) {
      var rule = link.getAttribute("data-rule");
      if (rule && showRule(rule)) { event.preventDefault(); return; }
      var href = link.getAttribute("href");
      if (href !== "#qf-files" && route(href)) {
        event.preventDefault();
        history.pushState(null, "", href);
      }
      return;
    }
    var mark = event.target.closest && event.target.closest(".qf-f, .qf-note");
    if (mark) {
      var key = mark.id && mark.classList.contains("qf-f") ? mark.id : mark.getAttribute("data-for");
      var at = keys.indexOf(key);
      if (at >= 0) setCurrent(at);
    }
  });

  document.querySelector("[data-action='open-all']").addEventListener("click", function () {
    for (var f = 0; f < files.length; f++) if (!sections[f].hidden) openFile(f);
  });
  document.querySelector("[data-action='close-all']").addEventListener("click", function () {
    for (var f = 0; f < files.length; f++) if (isOpen(f)) setOpen(f, false);
  });

  // A report of one file opens it, unless it is so full of findings (thousands)
  // that building it would keep the page busy for seconds before anything shows.
  if (files.length === 1 && itemCount[0] <= AUTO_OPEN_MAX) openFile(0);
  route(location.hash);
  root.setAttribute("data-ready", "true");
  root.setAttribute("data-ready-ms", String(Math.round(performance.now())));
})();
