// Webbgranskning: the little script the pages need. No inline scripts anywhere (the CSP forbids them).
(function () {
    "use strict";

    function csrfToken() {
        var meta = document.querySelector('meta[name="csrf-token"]');
        return meta ? meta.getAttribute("content") : "";
    }

    function announce(text, isError) {
        var box = document.getElementById("meddelande");
        if (!box) { return; }
        box.textContent = text;
        box.classList.toggle("toast-error", !!isError);
        box.classList.add("toast-visible");
        window.clearTimeout(announce.timer);
        announce.timer = window.setTimeout(function () { box.classList.remove("toast-visible"); }, isError ? 10000 : 2500);
    }
    window.wgAnnounce = announce;

    document.addEventListener("htmx:configRequest", function (event) {
        event.detail.headers["X-CSRF-Token"] = csrfToken();
    });

    // A failed request must never be silent: the server's Swedish message is shown, the typed text stays.
    document.addEventListener("htmx:responseError", function (event) {
        var text = event.detail.xhr.responseText || "Det gick inte att spara. Försök igen.";
        announce(text.length > 400 ? "Det gick inte att spara. Försök igen." : text, true);
    });
    document.addEventListener("htmx:sendError", function () {
        announce("Servern svarar inte. Det du skrev finns kvar här; försök igen om en stund.", true);
    });

    // ---- The review screen ---------------------------------------------------------------------------------
    var current = null;
    var unsaved = new Set();

    function items() {
        return Array.prototype.slice.call(document.querySelectorAll(".item"));
    }

    function setCurrent(item, focus) {
        if (!item) { return; }
        if (current) { current.classList.remove("current"); }
        current = item;
        item.classList.add("current");
        var select = document.getElementById("citat-fraga");
        if (select) { select.value = item.getAttribute("data-item"); }
        if (focus) {
            item.focus({preventScroll: true});
            item.scrollIntoView({block: "nearest"});
        }
    }

    function move(step) {
        var all = items();
        if (all.length === 0) { return; }
        var index = current ? all.indexOf(current) : -1;
        setCurrent(all[Math.max(0, Math.min(all.length - 1, index + step))], true);
    }

    function score(value) {
        if (!current) { return; }
        var radio = current.querySelector('input[name="poang"][value="' + value + '"]');
        if (!radio || radio.matches(":disabled")) { return; }
        radio.checked = true;
        radio.dispatchEvent(new Event("input", {bubbles: true}));
    }

    function citeSelection() {
        var quote = document.getElementById("citat-text");
        if (quote && quote.value.trim() !== "") {
            document.getElementById("citera").requestSubmit();
        }
    }

    document.addEventListener("focusin", function (event) {
        var item = event.target.closest && event.target.closest(".item");
        if (item) { setCurrent(item, false); }
    });

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || !document.querySelector(".review-grid")) { return; }
        if (event.target.matches("input[type=text], input[type=search], input[type=password], textarea, select")) {
            return;
        }
        var actions = {
            "j": function () { move(1); },
            "k": function () { move(-1); },
            "0": function () { score("0"); },
            "1": function () { score("1"); },
            "2": function () { score("2"); },
            "e": function () { score("na"); },
            "n": function () { var next = document.getElementById("nasta-sida"); if (next) { next.click(); } },
            "c": citeSelection
        };
        if (actions[event.key]) {
            event.preventDefault();
            actions[event.key]();
        }
    });

    // Selecting text in the text view fills the citation form: the quote, and where it starts (a hint for
    // the server, which finds the passage in the stored text itself).
    function takeSelection() {
        var text = document.getElementById("sidtext");
        var quote = document.getElementById("citat-text");
        var selection = window.getSelection();
        if (!text || !quote || !selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
        var range = selection.getRangeAt(0);
        if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return; }
        var before = document.createRange();
        before.setStart(text, 0);
        before.setEnd(range.startContainer, range.startOffset);
        quote.value = selection.toString().trim();
        document.getElementById("citat-position").value = String(before.toString().length);
    }
    document.addEventListener("mouseup", takeSelection);
    document.addEventListener("keyup", function (event) {
        if (event.shiftKey || event.key === "Shift") { takeSelection(); }
    });

    // Typed work is never lost silently: unsaved items are tracked and leaving the page asks first.
    document.addEventListener("input", function (event) {
        var item = event.target.closest && event.target.closest(".item");
        if (item) { unsaved.add(item.getAttribute("data-item")); }
    });
    document.addEventListener("htmx:afterRequest", function (event) {
        var item = event.detail.elt.closest && event.detail.elt.closest(".item");
        if (item && event.detail.successful && event.detail.xhr.status === 200) {
            unsaved.delete(item.getAttribute("data-item"));
        }
    });
    window.addEventListener("beforeunload", function (event) {
        if (unsaved.size > 0) {
            event.preventDefault();
            event.returnValue = "";
        }
    });
    // A form that leaves the page (citing, submitting) first sends the saves still waiting for their delay, and
    // is sent itself only once they are stored; if one fails, the page stays and says so.
    var leavingForm = null;
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (form.classList.contains("item-form")) {
            unsaved.delete(form.closest(".item").getAttribute("data-item")); // a plain (no-script) save
            return;
        }
        if (unsaved.size === 0) { return; }
        event.preventDefault();
        leavingForm = form;
        unsaved.forEach(function (itemId) {
            var itemForm = document.querySelector("#fraga-" + CSS.escape(itemId) + " form.item-form");
            if (itemForm) { htmx.trigger(itemForm, "wg:spara-nu"); }
        });
    });
    document.addEventListener("htmx:afterRequest", function (event) {
        if (!leavingForm || !(event.detail.elt.classList && event.detail.elt.classList.contains("item-form"))) {
            return;
        }
        if (!event.detail.successful || event.detail.xhr.status !== 200) {
            leavingForm = null;
            announce("Ett svar kunde inte sparas, så sidan lämnades inte. Kontrollera svaret och försök igen.", true);
        } else if (unsaved.size === 0) {
            var form = leavingForm;
            leavingForm = null;
            form.requestSubmit();
        }
    });

    // After a conflict the reviewer may keep their own answer: save it over the version they have now seen.
    document.addEventListener("click", function (event) {
        var keep = event.target.closest && event.target.closest("[data-keep-mine]");
        if (!keep) { return; }
        var itemId = keep.getAttribute("data-keep-mine");
        document.getElementById("version-" + itemId).value = keep.getAttribute("data-version");
        document.querySelector("#fraga-" + CSS.escape(itemId) + " form").dispatchEvent(new Event("input", {bubbles: true}));
    });

    document.addEventListener("DOMContentLoaded", function () {
        var target = window.location.hash && document.getElementById(window.location.hash.substring(1));
        if (target && target.classList.contains("item")) {
            setCurrent(target, true);
        } else if (items().length > 0) {
            setCurrent(items()[0], false);
        }
        var mark = document.getElementById("citerat");
        if (mark) { mark.scrollIntoView({block: "center"}); }
    });
})();
