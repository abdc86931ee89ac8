// Reading aids of the Hami portal: text size and high contrast, remembered in
// the browser (localStorage) and applied before the page is shown again.
(function () {
  "use strict";
  var root = document.documentElement;
  var SIZES = ["hami-text-large", "hami-text-larger"];

  function read(name) {
    try {
      return window.localStorage.getItem(name);
    } catch (error) {
      return null;
    }
  }

  function write(name, value) {
    try {
      window.localStorage.setItem(name, value);
    } catch (error) {
      /* private mode: the choice lasts for this page only */
    }
  }

  function applySize(size) {
    SIZES.forEach(function (name) {
      root.classList.remove(name);
    });
    if (size) {
      root.classList.add(size);
    }
    document.querySelectorAll(".hami-text-size").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.size === (size || "")));
    });
  }

  function applyContrast(on) {
    root.classList.toggle("hami-contrast", on);
    document.querySelectorAll(".hami-contrast-toggle").forEach(function (button) {
      button.setAttribute("aria-pressed", String(on));
    });
  }

  applySize(read("hami-text-size") || "");
  applyContrast(read("hami-contrast") === "on");

  // Accessibility repairs of Plone's toolbar and editing widgets, whose markup
  // the portal does not control (GB/T 37668 applies to editors too).
  function labelId(label) {
    if (!label.id) {
      label.id = "hami-label-" + Math.random().toString(36).slice(2);
    }
    return label.id;
  }

  function repair(root) {
    // A link without href that acts as a button.
    root.querySelectorAll("a.toolbar-collapse:not([role])").forEach(function (link) {
      link.setAttribute("role", "button");
      link.setAttribute("tabindex", "0");
    });
    // File inputs of upload widgets: the label points at the widget, not the input.
    root.querySelectorAll("input[type=file][id$='-input']").forEach(function (input) {
      if (input.labels && input.labels.length) {
        return;
      }
      var label = document.querySelector("label[for='" + input.id.replace(/-input$/, "") + "']");
      if (label) {
        input.setAttribute("aria-labelledby", labelId(label));
      }
    });
    // The text format chooser of rich text fields.
    root.querySelectorAll("select[id$='_text_format']").forEach(function (select) {
      if (select.labels && select.labels.length) {
        return;
      }
      var label = document.querySelector("label[for='" + select.id.replace(/_text_format$/, "") + "']");
      if (label) {
        select.setAttribute("aria-labelledby", labelId(label));
      }
    });
    // The editor's writing area: an iframe, named after its field.
    root.querySelectorAll("iframe.tox-edit-area__iframe:not([title])").forEach(function (frame) {
      var editor = frame.closest(".tox-tinymce");
      var field = editor && editor.parentNode.querySelector("textarea");
      var label = field && document.querySelector("label[for='" + field.id + "']");
      frame.setAttribute("title", label ? label.textContent.trim() : document.title);
    });
    // Editor buttons that show a text: let the text be their name.
    root.querySelectorAll(".tox-tbtn[aria-label]").forEach(function (button) {
      var text = button.textContent.trim();
      if (text && button.getAttribute("aria-label").indexOf(text) === -1) {
        button.removeAttribute("aria-label");
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    applySize(read("hami-text-size") || "");
    applyContrast(read("hami-contrast") === "on");
    document.querySelectorAll(".hami-text-size").forEach(function (button) {
      button.addEventListener("click", function () {
        write("hami-text-size", button.dataset.size);
        applySize(button.dataset.size);
      });
    });
    document.querySelectorAll(".hami-contrast-toggle").forEach(function (button) {
      button.addEventListener("click", function () {
        var on = !root.classList.contains("hami-contrast");
        write("hami-contrast", on ? "on" : "off");
        applyContrast(on);
      });
    });
    repair(document);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) {
            repair(node.parentNode || node);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
    // A form that comes back with an error: take keyboard and screen reader there.
    var error = document.getElementById("hami-form-error");
    if (error) {
      error.focus();
    }
  });
})();
