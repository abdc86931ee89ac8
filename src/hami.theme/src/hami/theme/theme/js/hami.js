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

// TinyMCE in Arabic script. Its own Kazakh is in Cyrillic, which Xinjiang's
// Kazakh readers do not use, and its Uyghur leaves some texts in English: the
// editor takes these strings (hami.theme, not yet reviewed by a native
// speaker) for the page's language whenever an editor is added, after its
// own language pack.
(function () {
  "use strict";
  var STRINGS = {
 "kk": {
  "_dir": "rtl",
  "#": "#",
  "Accessibility": "قولجەتىمدىلىك",
  "Accordion": "جينالمالى ٴبولىم",
  "Accordion body...": "جينالمالى ٴبولىم مازمۇنى...",
  "Accordion summary...": "جينالمالى ٴبولىم تاقىرىبى...",
  "Action": "ارەكەت",
  "Activity": "بەلسەندىلىك",
  "Address": "مەكەنجاي",
  "Advanced": "كەڭەيتىلگەن",
  "Align": "تۋرالاۋ",
  "Align center": "ورتاسىنا تۋرالاۋ",
  "Align left": "سولعا تۋرالاۋ",
  "Align right": "وڭعا تۋرالاۋ",
  "Alignment": "تۋرالاۋ",
  "Alignment {0}": "تۋرالاۋ {0}",
  "All": "بارلىعى",
  "Alternative description": "بالاما سيپاتتاما",
  "Alternative source": "بالامالى كوز",
  "Alternative source URL": "بالامالى كوزدىڭ URL مەكەنجايى",
  "Anchor": "بەتبەلگى",
  "Anchor...": "بەتبەلگى...",
  "Anchors": "بەتبەلگىلەر",
  "Animals and Nature": "جانۋارلار جانە تابيعات",
  "Arrows": "كورسەتكىلەر",
  "B": "كوك",
  "Background color": "ٴوڭىنىڭ ٴتۇسى",
  "Background color {0}": "ٴوڭىنىڭ ٴتۇسى {0}",
  "Black": "قارا",
  "Block": "بلوك",
  "Block {0}": "بلوك {0}",
  "Blockquote": "دايەكسوز",
  "Blocks": "بلوكتار",
  "Blue": "كوك",
  "Blue component": "كوك قۇراۋشىسى",
  "Body": "نەگىزگى بولىگى",
  "Bold": "قالىڭ",
  "Border": "جيەك",
  "Border color": "جيەك ٴتۇسى",
  "Border style": "جيەك مانەرى",
  "Border width": "جيەك ەنى",
  "Bottom": "استى",
  "Browse files": "فايلداردى شولۋ",
  "Browse for an image": "سۋرەتتى شولۋ",
  "Browse links": "سىلتەمەلەردى شولۋ",
  "Bullet list": "تاڭبالانعان ٴتىزىم",
  "Cancel": "بولدىرماۋ",
  "Caption": "اتاۋى",
  "Cell": "ۇياشىق",
  "Cell padding": "ۇياشىق كەڭدىگى",
  "Cell properties": "ۇياشىق سيپاتتارى",
  "Cell spacing": "ۇياشىق ارالىعى",
  "Cell styles": "ۇياشىق مانەرلەرى",
  "Cell type": "ۇياشىق ٴتۇرى",
  "Center": "ورتاسى",
  "Characters": "تاڭبالار",
  "Characters (no spaces)": "تاڭبالار (بوس ورىنسىز)",
  "Circle": "شەڭبەر",
  "Class": "سىنىپ",
  "Clear formatting": "پىشىمدەۋدى تازالاۋ",
  "Close": "جابۋ",
  "Code": "كود",
  "Code sample...": "كود ۇلگىسى...",
  "Code view": "كود كورىنىسى",
  "Color Picker": "ٴتۇس تاڭداۋ قۇرالى",
  "Color swatch": "ٴتۇس ۇلگىسى",
  "Cols": "باعاندار",
  "Column": "باعان",
  "Column clipboard actions": "باعاندى كوشىرۋ-قويۋ ارەكەتتەرى",
  "Column group": "باعاندار توبى",
  "Column header": "باعان تاقىرىبى",
  "Constrain proportions": "پروپورتسيالاردى ساقتاۋ",
  "Copy": "كوشىرۋ",
  "Copy column": "باعاندى كوشىرۋ",
  "Copy row": "جولدى كوشىرۋ",
  "Could not find the specified string.": "كورسەتىلگەن ٴماتىندى تابۋ مۇمكىن بولمادى.",
  "Could not load emojis": "ەمودزيلەر جۇكتەلمەدى",
  "Count": "سانى",
  "Currency": "ۆاليۋتا",
  "Current window": "اعىمداعى تەرەزە",
  "Custom color": "رەتتەلمەلى ٴتۇس",
  "Custom...": "رەتتەلمەلى...",
  "Cut": "قيىپ الۋ",
  "Cut column": "باعاندى قيىپ الۋ",
  "Cut row": "جولدى قيىپ الۋ",
  "Dark Blue": "قارا كوك",
  "Dark Gray": "كۇڭگىرت سۇر",
  "Dark Green": "كۇڭگىرت جاسىل",
  "Dark Orange": "كۇڭگىرت سارعىش",
  "Dark Purple": "قارا كۇلگىن",
  "Dark Red": "كۇڭگىرت قىزىل",
  "Dark Turquoise": "كۇڭگىرت كوگىلدىر",
  "Dark Yellow": "كۇڭگىرت سارى",
  "Dashed": "ۇزىك سىزىق",
  "Date/time": "كۇن/ۋاقىت",
  "Decrease indent": "شەگىنىستى كەمىتۋ",
  "Default": "ادەپكى",
  "Delete accordion": "جينالمالى ٴبولىمدى ٴوشىرۋ",
  "Delete column": "باعاندى ٴوشىرۋ",
  "Delete row": "جولدى ٴوشىرۋ",
  "Delete table": "كەستەنى ٴوشىرۋ",
  "Dimensions": "ولشەمدەرى",
  "Disc": "دوڭگەلەك",
  "Div": "ٴبولىم",
  "Document": "قۇجات",
  "Dotted": "نۇكتەلى",
  "Double": "قوس سىزىق",
  "Drop an image here": "سۋرەتتى وسى جەرگە تاستاڭىز",
  "Dropped file type is not supported": "تاستالعان فايل ٴتۇرى قولداۋ تاپپايدى",
  "Edit": "وڭدەۋ",
  "Embed": "ەندىرۋ",
  "Emojis": "ەمودزيلەر",
  "Emojis...": "ەمودزيلەر...",
  "Error": "قاتە",
  "Error: Form submit field collision.": "قاتە: ٴپىشىندى جىبەرۋ ٴورىسىنىڭ قايشىلىعى.",
  "Error: No form element found.": "قاتە: ٴپىشىن ەلەمەنتى تابىلمادى.",
  "Extended Latin": "كەڭەيتىلگەن لاتىن",
  "Failed to initialize plugin: {0}": "قوسىلاتىن مودۋل باپتاندىرىلمادى: {0}",
  "Failed to load plugin url: {0}": "قوسىلاتىن مودۋلدىڭ URL مەكەنجايى جۇكتەلمەدى: {0}",
  "Failed to load plugin: {0} from url {1}": "قوسىلاتىن مودۋل جۇكتەلمەدى: {0}، URL مەكەنجايى: {1}",
  "Failed to upload image: {0}": "سۋرەت جۇكتەپ سالىنبادى: {0}",
  "File": "فايل",
  "Find": "تابۋ",
  "Find (if searchreplace plugin activated)": "تابۋ (ىزدەۋ/اۋىستىرۋ قوسىلاتىن مودۋلى بەلسەندىرىلگەن بولسا)",
  "Find and Replace": "تابۋ جانە اۋىستىرۋ",
  "Find and replace...": "تابۋ جانە اۋىستىرۋ...",
  "Find in selection": "تاڭدالعان بولىكتەن ىزدەۋ",
  "Find whole words only": "تەك ٴبۇتىن سوزدەردى تابۋ",
  "Flags": "تۋلار",
  "Focus to contextual toolbar": "ماتىنماندىك قۇرالدار تاقتاسىن فوكۋستاۋ",
  "Focus to element path": "ەلەمەنت جولىن فوكۋستاۋ",
  "Focus to menubar": "ٴمازىر جولاعىن فوكۋستاۋ",
  "Focus to toolbar": "قۇرالدار تاقتاسىن فوكۋستاۋ",
  "Font": "قارىپ",
  "Font size {0}": "قارىپ ولشەمى {0}",
  "Font sizes": "قارىپ ولشەمدەرى",
  "Font {0}": "قارىپ {0}",
  "Fonts": "قارىپتەر",
  "Food and Drink": "تاعامدار جانە سۋسىندار",
  "Footer": "تومەنگى دەرەكتەمە",
  "Format": "ٴپىشىم",
  "Format {0}": "ٴپىشىم {0}",
  "Formats": "پىشىمدەر",
  "Fullscreen": "تولىق ەكران",
  "G": "جاسىل",
  "General": "جالپى",
  "Gray": "سۇر",
  "Green": "جاسىل",
  "Green component": "جاسىل قۇراۋشىسى",
  "Groove": "ويىق",
  "Handy Shortcuts": "ىڭعايلى پەرنەلەر تىركەسىمدەرى",
  "Header": "جوعارعى دەرەكتەمە",
  "Header cell": "تاقىرىپ ۇياشىعى",
  "Heading 1": "تاقىرىپ 1",
  "Heading 2": "تاقىرىپ 2",
  "Heading 3": "تاقىرىپ 3",
  "Heading 4": "تاقىرىپ 4",
  "Heading 5": "تاقىرىپ 5",
  "Heading 6": "تاقىرىپ 6",
  "Headings": "تاقىرىپتار",
  "Height": "بيىكتىگى",
  "Help": "انىقتاما",
  "Hex color code": "ون التىلىق ٴتۇس كودى",
  "Hidden": "جاسىرىن",
  "Horizontal align": "كولدەنەڭ تۋرالاۋ",
  "Horizontal line": "كولدەنەڭ سىزىق",
  "Horizontal space": "كولدەنەڭ كەڭىستىك",
  "ID": "ID",
  "ID should start with a letter, followed only by letters, numbers, dashes, dots, colons or underscores.": "ID ارىپتەن باستالۋى كەرەك، ودان كەيىن تەك ارىپتەر، ساندار، سىزىقشالار، نۇكتەلەر، قوس نۇكتەلەر نەمەسە استى سىزىقتار عانا بولۋى ٴتيىس.",
  "Image is decorative": "سۋرەت تەك ساندىك ٴۇشىن",
  "Image list": "سۋرەتتەر ٴتىزىمى",
  "Image title": "سۋرەت اتاۋى",
  "Image...": "سۋرەت...",
  "ImageProxy HTTP error: Could not find Image Proxy": "سۋرەت پروكسيى HTTP قاتەسى: سۋرەت پروكسيى تابىلمادى",
  "ImageProxy HTTP error: Incorrect Image Proxy URL": "سۋرەت پروكسيى HTTP قاتەسى: سۋرەت پروكسيىنىڭ URL مەكەنجايى دۇرىس ەمەس",
  "ImageProxy HTTP error: Rejected request": "سۋرەت پروكسيى HTTP قاتەسى: سۇرانىس قابىلدانبادى",
  "ImageProxy HTTP error: Unknown ImageProxy error": "سۋرەت پروكسيى HTTP قاتەسى: سۋرەت پروكسيىنىڭ بەلگىسىز قاتەسى",
  "Increase indent": "شەگىنىستى ارتتىرۋ",
  "Inline": "جول ىشىلىك",
  "Insert": "ەنگىزۋ",
  "Insert Template": "ۇلگى كىرىستىرۋ",
  "Insert accordion": "جينالمالى ٴبولىم كىرىستىرۋ",
  "Insert column after": "ارتىنا باعان كىرىستىرۋ",
  "Insert column before": "الدىنا باعان كىرىستىرۋ",
  "Insert date/time": "كۇن/ۋاقىت كىرىستىرۋ",
  "Insert image": "سۋرەت كىرىستىرۋ",
  "Insert link (if link plugin activated)": "سىلتەمە كىرىستىرۋ (سىلتەمە قوسىلاتىن مودۋلى بەلسەندىرىلگەن بولسا)",
  "Insert row after": "استىنا جول كىرىستىرۋ",
  "Insert row before": "ۇستىنە جول كىرىستىرۋ",
  "Insert table": "كەستە كىرىستىرۋ",
  "Insert template...": "ۇلگى كىرىستىرۋ...",
  "Insert video": "بەينە كىرىستىرۋ",
  "Insert/Edit code sample": "كود ۇلگىسىن كىرىستىرۋ/وڭدەۋ",
  "Insert/edit image": "سۋرەتتى كىرىستىرۋ/وڭدەۋ",
  "Insert/edit link": "سىلتەمە كىرىستىرۋ/وڭدەۋ",
  "Insert/edit media": "مەديافايل كىرىستىرۋ/وڭدەۋ",
  "Insert/edit video": "بەينە كىرىستىرۋ/وڭدەۋ",
  "Inset": "ىشكە باتقان",
  "Invalid hex color code: {0}": "جارامسىز ون التىلىق ٴتۇس كودى: {0}",
  "Invalid input": "جارامسىز ەنگىزۋ",
  "Italic": "كولبەۋ",
  "Justify": "ەنى بويىنشا تۋرالاۋ",
  "Keyboard Navigation": "پەرنەتاقتا ناۆيگاتسياسى",
  "Language": "ٴتىل",
  "Learn more...": "قوسىمشا مالىمەتتەر...",
  "Left": "سول جاق",
  "Left to right": "سولدان وڭعا",
  "Light Blue": "اشىق كوك",
  "Light Gray": "اشىق سۇر",
  "Light Green": "اشىق جاسىل",
  "Light Purple": "اشىق كۇلگىن",
  "Light Red": "اشىق قىزىل",
  "Light Yellow": "اشىق سارى",
  "Line height": "جول بيىكتىگى",
  "Link list": "سىلتەمەلەر ٴتىزىمى",
  "Link...": "سىلتەمە...",
  "List Properties": "ٴتىزىم سيپاتتارى",
  "List properties...": "ٴتىزىم سيپاتتارى...",
  "Loading emojis...": "ەمودزيلەر جۇكتەلۋدە...",
  "Loading...": "جۇكتەلۋدە...",
  "Lower Alpha": "كىشى لاتىن ارىپتەرى",
  "Lower Greek": "كىشى گرەك ارىپتەرى",
  "Lower Roman": "كىشى ريم ساندارى",
  "Match case": "رەگيسترگە سايكەس",
  "Mathematical": "ماتەماتيكالىق",
  "Media poster (Image URL)": "مەديا مۇقاباسى (سۋرەتتىڭ URL مەكەنجايى)",
  "Media...": "مەديافايل...",
  "Medium Blue": "ورتاشا كوك",
  "Medium Gray": "ورتاشا سۇر",
  "Medium Purple": "ورتاشا كۇلگىن",
  "Merge cells": "ۇياشىقتاردى بىرىكتىرۋ",
  "Middle": "ورتاسى",
  "Midnight Blue": "تۇنگى كوك",
  "More...": "قوسىمشا...",
  "Name": "اتاۋ",
  "Navy Blue": "تەڭىز كوگى",
  "New document": "جاڭا قۇجات",
  "New window": "جاڭا تەرەزە",
  "Next": "كەلەسى",
  "No": "جوق",
  "No alignment": "تۋرالاۋسىز",
  "No color": "ٴتۇسسىز",
  "Nonbreaking space": "ۇزدىكسىز بوس ورىن",
  "None": "جوق",
  "Numbered list": "نومىرلەنگەن ٴتىزىم",
  "OR": "نەمەسە",
  "Objects": "نىساندار",
  "Ok": "ماقۇل",
  "Open help dialog": "انىقتاما تەرەزەسىن اشۋ",
  "Open link": "سىلتەمەنى اشۋ",
  "Open link in...": "سىلتەمەنى اشاتىن ورىن...",
  "Open popup menu for split buttons": "بولىنگەن تۇيمەلەر ٴۇشىن قالقىمالى ٴمازىردى اشۋ",
  "Orange": "سارعىش",
  "Outset": "سىرتقا شىققان",
  "Page break": "بەت ٴۇزىلىمى",
  "Paragraph": "پاراگراف",
  "Paste": "قويۋ",
  "Paste as text": "ٴماتىن رەتىندە قويۋ",
  "Paste column after": "باعاندى ارتىنا قويۋ",
  "Paste column before": "باعاندى الدىنا قويۋ",
  "Paste is now in plain text mode. Contents will now be pasted as plain text until you toggle this option off.": "قويۋ ەندى كادىمگى ٴماتىن رەجيمىندە. بۇل وپتسيانى وشىرمەيىنشە، مازمۇن كادىمگى ٴماتىن رەتىندە قويىلادى.",
  "Paste or type a link": "سىلتەمەنى قويىڭىز نەمەسە تەرىڭىز",
  "Paste row after": "استىنا جول قويۋ",
  "Paste row before": "ۇستىنە جول قويۋ",
  "Paste your embed code below:": "ەندىرۋ كودىن تومەنگە قويىڭىز:",
  "People": "ادامدار",
  "Plugins": "قوسىلاتىن مودۋلدەر",
  "Plugins installed ({0}):": "ورناتىلعان قوسىلاتىن مودۋلدەر ({0}):",
  "Powered by {0}": "{0} تەحنولوگياسىنا نەگىزدەلگەن",
  "Pre": "الدىن الا پىشىمدەلگەن",
  "Preferences": "باپتالىمدار",
  "Preformatted": "الدىن الا پىشىمدەلگەن",
  "Premium plugins:": "پرەميۋم قوسىلاتىن مودۋلدەر:",
  "Press the Up and Down arrow keys to resize the editor.": "رەداكتوردىڭ ولشەمىن وزگەرتۋ ٴۇشىن جوعارى جانە تومەن كورسەتكى پەرنەلەرىن باسىڭىز.",
  "Press the arrow keys to resize the editor.": "رەداكتوردىڭ ولشەمىن وزگەرتۋ ٴۇشىن كورسەتكى پەرنەلەرىن باسىڭىز.",
  "Press {0} for help": "انىقتاما ٴۇشىن {0} باسىڭىز",
  "Preview": "الدىن الا قاراۋ",
  "Previous": "الدىڭعى",
  "Print": "باسىپ شىعارۋ",
  "Print...": "باسىپ شىعارۋ...",
  "Purple": "كۇلگىن",
  "Quotations": "تىرناقشالار",
  "R": "قىزىل",
  "Range 0 to 255": "اۋقىمى 0 مەن 255 ارالىعىندا",
  "Red": "قىزىل",
  "Red component": "قىزىل قۇراۋشىسى",
  "Redo": "قايتارۋ",
  "Remove": "الىپ تاستاۋ",
  "Remove color": "ٴتۇستى الىپ تاستاۋ",
  "Remove link": "سىلتەمەنى الىپ تاستاۋ",
  "Replace": "الماستىرۋ",
  "Replace all": "بارلىعىن اۋىستىرۋ",
  "Replace with": "اۋىستىراتىن ٴماتىن",
  "Resize": "ولشەمىن وزگەرتۋ",
  "Restore last draft": "سوڭعى ساقتالعان جوبانى قالپىنا كەلتىرۋ",
  "Reveal or hide additional toolbar items": "قوسىمشا قۇرالدار تاقتاسى ەلەمەنتتەرىن كورسەتۋ نەمەسە جاسىرۋ",
  "Rich Text Area": "پىشىمدەلگەن ٴماتىن اۋماعى",
  "Rich Text Area. Press ALT-0 for help.": "پىشىمدەلگەن ٴماتىن اۋماعى. انىقتاما الۋ ٴۇشىن ALT-0 باسىڭىز.",
  "Rich Text Area. Press ALT-F9 for menu. Press ALT-F10 for toolbar. Press ALT-0 for help": "پىشىمدەلگەن ٴماتىن اۋماعى. ٴمازىردى كورسەتۋ ٴۇشىن ALT-F9 باسىڭىز. قۇرالدار تاقتاسىن كورسەتۋ ٴۇشىن ALT-F10 باسىڭىز. انىقتاما الۋ ٴۇشىن ALT-0 باسىڭىز.",
  "Ridge": "قىر",
  "Right": "وڭ جاق",
  "Right to left": "وڭنان سولعا",
  "Row": "جول",
  "Row clipboard actions": "جولدى كوشىرۋ-قويۋ ارەكەتتەرى",
  "Row group": "جولدار توبى",
  "Row header": "جول تاقىرىبى",
  "Row properties": "جول سيپاتتارى",
  "Row type": "جول ٴتۇرى",
  "Rows": "جولدار",
  "Save": "ساقتاۋ",
  "Save (if save plugin activated)": "ساقتاۋ (ساقتاۋ قوسىلاتىن مودۋلى بەلسەندىرىلگەن بولسا)",
  "Scope": "اۋقىم",
  "Search": "ىزدەۋ",
  "Select all": "بارلىعىن تاڭداۋ",
  "Select...": "تاڭداۋ...",
  "Selection": "تاڭدالعان",
  "Shortcut": "پەرنەلەر تىركەسىمى",
  "Show blocks": "بلوكتاردى كورسەتۋ",
  "Show caption": "اتاۋىن كورسەتۋ",
  "Show invisible characters": "كورىنبەيتىن تاڭبالاردى كورسەتۋ",
  "Size": "ولشەم",
  "Solid": "تۇتاس سىزىق",
  "Source": "كوز",
  "Source code": "باستاپقى كود",
  "Special Character": "ارنايى تاڭبا",
  "Special character...": "ارنايى تاڭبا...",
  "Split cell": "ۇياشىقتى ٴبولۋ",
  "Square": "شارشى",
  "Start list at number": "ٴتىزىمنىڭ باستاپقى ٴنومىرى",
  "Strikethrough": "سىزىلعان",
  "Style": "مانەر",
  "Subscript": "جول استى",
  "Superscript": "جول ٴۇستى",
  "Switch to or from fullscreen mode": "تولىق ەكران رەجيمىنە نەمەسە ودان اۋىسۋ",
  "Symbols": "سيمۆولدار",
  "System Font": "جۇيە قارپى",
  "Table": "كەستە",
  "Table caption": "كەستە اتاۋى",
  "Table properties": "كەستە سيپاتتارى",
  "Table styles": "كەستە مانەرلەرى",
  "Template": "ۇلگى",
  "Templates": "ۇلگىلەر",
  "Text": "ٴماتىن",
  "Text color": "ٴماتىن ٴتۇسى",
  "Text color {0}": "ٴماتىن ٴتۇسى {0}",
  "Text to display": "كورسەتىلەتىن ٴماتىن",
  "The URL you entered seems to be an email address. Do you want to add the required mailto: prefix?": "سىز ەنگىزگەن URL مەكەنجايى ەلەكتروندىق پوشتا مەكەنجايى سياقتى. مىندەتتى mailto: پرەفيكسىن قوسۋدى قالايسىز با؟",
  "The URL you entered seems to be an external link. Do you want to add the required http:// prefix?": "سىز ەنگىزگەن URL مەكەنجايى سىرتقى سىلتەمە سياقتى. مىندەتتى http:// پرەفيكسىن قوسۋدى قالايسىز با؟",
  "The URL you entered seems to be an external link. Do you want to add the required https:// prefix?": "سىز ەنگىزگەن URL مەكەنجايى سىرتقى سىلتەمە سياقتى. مىندەتتى https:// پرەفيكسىن قوسۋدى قالايسىز با؟",
  "Title": "اتاۋى",
  "To open the popup, press Shift+Enter": "قالقىمالى تەرەزەنى اشۋ ٴۇشىن Shift+Enter باسىڭىز",
  "Toggle accordion": "جينالمالى ٴبولىمدى اشۋ نەمەسە جابۋ",
  "Tools": "قۇرالدار",
  "Top": "ٴۇستى",
  "Travel and Places": "ساياحات جانە ورىندار",
  "Turquoise": "كوگىلدىر",
  "Underline": "استى سىزىلعان",
  "Undo": "بولدىرماۋ",
  "Upload": "جۇكتەپ سالۋ",
  "Uploading image": "سۋرەت جۇكتەلۋدە",
  "Upper Alpha": "باس لاتىن ارىپتەرى",
  "Upper Roman": "باس ريم ساندارى",
  "Url": "URL مەكەنجايى",
  "User Defined": "پايدالانۋشى انىقتاعان",
  "Valid": "جارامدى",
  "Version": "نۇسقا",
  "Vertical align": "تىك تۋرالاۋ",
  "Vertical space": "تىك كەڭىستىك",
  "View": "كورىنىس",
  "Visual aids": "كورنەكى قۇرالدار",
  "Warn": "ەسكەرتۋ",
  "White": "اق",
  "Width": "ەنى",
  "Word count": "ٴسوز سانى",
  "Words": "سوزدەر",
  "Words: {0}": "سوزدەر سانى: {0}",
  "Yellow": "سارى",
  "Yes": "ٴيا",
  "You are using {0}": "سىز {0} پايدالانۋداسىز",
  "You have unsaved changes are you sure you want to navigate away?": "ساقتالماعان وزگەرىستەر بار. سىز شىنىمەن باسقا جەرگە كەتۋدى قالايسىز با؟",
  "Your browser doesn't support direct access to the clipboard. Please use the Ctrl+X/C/V keyboard shortcuts instead.": "شولعىشىڭىز ارالىق ساقتاعىشقا تىكەلەي قاتىناي المايدى. ونىڭ ورنىنا Ctrl+X/C/V پەرنەلەر تىركەسىمىن پايدالانىڭىز.",
  "alignment": "تۋرالاۋ",
  "austral sign": "اۋسترال بەلگىسى",
  "cedi sign": "سەدي بەلگىسى",
  "colon sign": "كولون بەلگىسى",
  "cruzeiro sign": "كرۋزەيرو بەلگىسى",
  "currency sign": "ۆاليۋتا بەلگىسى",
  "dollar sign": "دوللار بەلگىسى",
  "dong sign": "دونگ بەلگىسى",
  "drachma sign": "دراحما بەلگىسى",
  "euro-currency sign": "ەۋرو ۆاليۋتاسىنىڭ بەلگىسى",
  "example": "مىسال",
  "formatting": "پىشىمدەۋ",
  "french franc sign": "فرانتسۋزدىق فرانك بەلگىسى",
  "german penny symbol": "گەرماندىق پەنني تاڭباسى",
  "guarani sign": "گۋاراني بەلگىسى",
  "history": "تاريح",
  "hryvnia sign": "گريۆنا بەلگىسى",
  "indentation": "شەگىنىس",
  "indian rupee sign": "ٴۇندى رۋپياسى بەلگىسى",
  "kip sign": "كيپ بەلگىسى",
  "lira sign": "ليرا بەلگىسى",
  "livre tournois sign": "تۋر ليۆرى بەلگىسى",
  "manat sign": "مانات بەلگىسى",
  "mill sign": "ميلل بەلگىسى",
  "naira sign": "نايرا بەلگىسى",
  "new sheqel sign": "جاڭا شەكەل بەلگىسى",
  "nordic mark sign": "سكانديناۆيالىق ماركا بەلگىسى",
  "peseta sign": "پەسەتا بەلگىسى",
  "peso sign": "پەسو بەلگىسى",
  "ruble sign": "رۋبل بەلگىسى",
  "rupee sign": "رۋپيا بەلگىسى",
  "spesmilo sign": "سپەسميلو بەلگىسى",
  "styles": "مانەرلەر",
  "tenge sign": "تەڭگە بەلگىسى",
  "tugrik sign": "تۋگريك بەلگىسى",
  "turkish lira sign": "تۇرىك ليراسى بەلگىسى",
  "won sign": "ۆون بەلگىسى",
  "yen character": "يەنا تاڭباسى",
  "yen/yuan character variant one": "يەنا/يۋان تاڭباسىنىڭ ٴبىرىنشى نۇسقاسى",
  "yuan character": "يۋان تاڭباسى",
  "yuan character, in hong kong and taiwan": "يۋان تاڭباسى (شياڭگاڭ جانە تايۋاندا)",
  "{0} characters": "{0} تاڭبا",
  "{0} columns, {1} rows": "{0} باعان، {1} جول",
  "{0} words": "{0} ٴسوز"
 },
 "ug": {
  "_dir": "rtl",
  "#": "#",
  "Accessibility": "ياردەمچە ئىقتىدار",
  "Accordion": "قاتلانما بۆلەك",
  "Accordion body...": "قاتلانما بۆلەك مەزمۇنى...",
  "Accordion summary...": "قاتلانما بۆلەك ماۋزۇسى...",
  "Action": "مەشغۇلات",
  "Activity": "پائالىيەت",
  "Address": "ئادرېسى",
  "Advanced": "ئالىي",
  "Align": "توغرىلاش",
  "Align center": "ئوتتۇرىغا توغرىلاش",
  "Align left": "سولغا توغرىلاش",
  "Align right": "ئوڭغا توغرىلاش",
  "Alignment": "توغرىلاش",
  "Alignment {0}": "توغرىلاش {0}",
  "All": "ھەممە",
  "Alternative description": "تاللانما چۈشەندۈرۈشى",
  "Alternative source": "تاللانما مەنبە",
  "Alternative source URL": "تاللانما مەنبە ئادرېسى",
  "Anchor": "لەڭگەر",
  "Anchor...": "لەڭگەر...",
  "Anchors": "لەڭگەرلەر",
  "Animals and Nature": "ھايۋانلار ۋە تەبىئەت",
  "Arrows": "يا ئوق بەلگىلىرى",
  "B": "كۆك",
  "Background color": "تەگلىك رەڭگى",
  "Background color {0}": "تەگلىك رەڭگى {0}",
  "Black": "قارا",
  "Block": "بۆلەك",
  "Block {0}": "بۆلەك {0}",
  "Blockquote": "نەقىل",
  "Blocks": "بۆلەكلەر",
  "Blue": "كۆك",
  "Blue component": "كۆك بىرىكمە",
  "Body": "بەت گەۋدىسى",
  "Bold": "توم",
  "Border": "گىرۋەك",
  "Border color": "گىرۋەك رەڭگى",
  "Border style": "گىرۋەك ئۇسلۇبى",
  "Border width": "گىرۋەك كەڭلىكى",
  "Bottom": "ئاستىغا",
  "Browse files": "ھۆججەتلەرنى كۆرۈش",
  "Browse for an image": "رەسىمنى كۆرۈش",
  "Browse links": "ئۇلانمىلارنى كۆرۈش",
  "Bullet list": "بەلگە تىزىملىك",
  "Cancel": "بىكار قىلىش",
  "Caption": "تېمىسى",
  "Cell": "كاتەكچە",
  "Cell padding": "كاتەكچە ئىچكى ئارىلىقى",
  "Cell properties": "كاتەكچە خاسلىقلىرى",
  "Cell spacing": "كاتەكچە ئارىلىقى",
  "Cell styles": "كاتەكچە ئۇسلۇبلىرى",
  "Cell type": "كاتەكچە تىپى",
  "Center": "ئوتتۇرىغا",
  "Characters": "ھەرپ-بەلگىلەر",
  "Characters (no spaces)": "ھەرپ-بەلگىلەر (بوشلۇقنى ئۆز ئىچىگە ئالمايدۇ)",
  "Circle": "چەمبەر",
  "Class": "تۈر",
  "Clear formatting": "فورمات تازىلاش",
  "Close": "تاقاش",
  "Code": "كود",
  "Code sample...": "ئۈلگە كود...",
  "Code view": "كود كۆرۈنۈشى",
  "Color Picker": "رەڭ تاللىغۇچ",
  "Color swatch": "رەڭ ئۈلگىسى",
  "Cols": "ئىستونلار",
  "Column": "ئىستون",
  "Column clipboard actions": "ئىستون كۆچۈرۈش مەشغۇلاتى",
  "Column group": "ئىستون گۇرۇپپىسى",
  "Column header": "ئىستون قېشى",
  "Constrain proportions": "نىسبەتنى چەكلەش",
  "Copy": "كۆچۈرۈش",
  "Copy column": "ئىستون كۆچۈرۈش",
  "Copy row": "قۇر كۆچۈرۈش",
  "Could not find the specified string.": "بەلگىلەنگەن مەزمۇن تېپىلمىدى.",
  "Could not load emojis": "چىراي ئىپادىلىرى يۈكلەنمىدى",
  "Count": "سانى",
  "Currency": "پۇل",
  "Current window": "نۆۋەتتىكى كۆزنەك",
  "Custom color": "ئىختىيارىي رەڭ",
  "Custom...": "ئىختىيارىي...",
  "Cut": "كېسىش",
  "Cut column": "ئىستون كېسىش",
  "Cut row": "قۇر كېسىش",
  "Dark Blue": "توق كۆك",
  "Dark Gray": "توق كۈلرەڭ",
  "Dark Green": "توق يېشىل",
  "Dark Orange": "توق قىزغۇچ",
  "Dark Purple": "توق بىنەپشە",
  "Dark Red": "توق قىزىل",
  "Dark Turquoise": "توق كۆكۈچ يېشىل",
  "Dark Yellow": "توق سېرىق",
  "Dashed": "ئۈزۈك سىزىق",
  "Date/time": "چېسلا ياكى ۋاقىت",
  "Decrease indent": "تارايتىشنى ئازايتىش",
  "Default": "سۈكۈتتىكى",
  "Delete accordion": "قاتلانما بۆلەكنى ئۆچۈرۈش",
  "Delete column": "ئىستوننى ئۆچۈرۈش",
  "Delete row": "قۇرنى ئۆچۈرۈش",
  "Delete table": "جەدۋەلنى ئۆچۈرۈش",
  "Dimensions": "ئۆلچىمى",
  "Disc": "دىسكا",
  "Div": "ئايرىما بۆلەك",
  "Document": "ھۆججەت",
  "Dotted": "چېكىتلىك",
  "Double": "قوش سىزىق",
  "Drop an image here": "رەسىمنى بۇ يەرگە تاشلاڭ",
  "Dropped file type is not supported": "تاشلانغان ھۆججەت تىپىنى قوللىمايدۇ",
  "Edit": "تەھرىرلەش",
  "Embed": "قىستۇرۇش",
  "Emojis": "چىراي ئىپادىلىرى",
  "Emojis...": "چىراي ئىپادىلىرى...",
  "Error": "خاتالىق",
  "Error: Form submit field collision.": "خاتالىق: رامكا يوللاش بۆلىكى توقۇنۇشتى.",
  "Error: No form element found.": "خاتالىق: رامكا ئېلېمېنتى تېپىلمىدى.",
  "Extended Latin": "كېڭەيتىلگەن لاتىن ھەرپلىرى",
  "Failed to initialize plugin: {0}": "قىستۇرمىنى دەسلەپلەشتۈرەلمىدى: {0}",
  "Failed to load plugin url: {0}": "قىستۇرما ئادرېسىنى يۈكلىيەلمىدى: {0}",
  "Failed to load plugin: {0} from url {1}": "قىستۇرمىنى يۈكلىيەلمىدى: {0}، ئادرېسى: {1}",
  "Failed to upload image: {0}": "رەسىمنى يۈكلىيەلمىدى: {0}",
  "File": "ھۆججەت",
  "Find": "ئىزدەش",
  "Find (if searchreplace plugin activated)": "ئىزدەش (ئىزدەش ۋە ئالماشتۇرۇش قىستۇرمىسى ئاكتىپلانغان بولسا)",
  "Find and Replace": "ئىزدەش ۋە ئالماشتۇرۇش",
  "Find and replace...": "ئىزدەش ۋە ئالماشتۇرۇش...",
  "Find in selection": "تاللانغاندىن ئىزدەش",
  "Find whole words only": "پۈتۈن سۆزنىلا ئىزدەش",
  "Flags": "بايراقلار",
  "Focus to contextual toolbar": "كونتېكىستلىق قورالبالداقنى فوكۇسلاش",
  "Focus to element path": "ئېلېمېنت يولىنى فوكۇسلاش",
  "Focus to menubar": "تىزىملىك بالدىقىنى فوكۇسلاش",
  "Focus to toolbar": "قورالبالداقنى فوكۇسلاش",
  "Font": "خەت نۇسخىسى",
  "Font size {0}": "خەت چوڭلۇقى {0}",
  "Font sizes": "خەت چوڭلۇقى",
  "Font {0}": "خەت نۇسخىسى {0}",
  "Fonts": "خەت نۇسخىلىرى",
  "Food and Drink": "يېمەك-ئىچمەك",
  "Footer": "بەت ئاستى",
  "Format": "فورمات",
  "Format {0}": "فورمات {0}",
  "Formats": "فورماتلار",
  "Fullscreen": "تولۇق ئېكران",
  "G": "يېشىل",
  "General": "ئومۇمىي",
  "Gray": "كۈلرەڭ",
  "Green": "يېشىل",
  "Green component": "يېشىل بىرىكمە",
  "Groove": "ئوقۇر",
  "Handy Shortcuts": "قولايلىق قىسقا يوللار",
  "Header": "بەت قېشى",
  "Header cell": "بەت قېشى كاتەكچىسى",
  "Heading 1": "ماۋزۇ 1",
  "Heading 2": "ماۋزۇ 2",
  "Heading 3": "ماۋزۇ 3",
  "Heading 4": "ماۋزۇ 4",
  "Heading 5": "ماۋزۇ 5",
  "Heading 6": "ماۋزۇ 6",
  "Headings": "ماۋزۇلار",
  "Height": "ئېگىزلىكى",
  "Help": "ياردەم",
  "Hex color code": "ئون ئالتىلىك رەڭ كودى",
  "Hidden": "يوشۇرۇن",
  "Horizontal align": "گورىزونتال توغرىلاش",
  "Horizontal line": "گورىزونتال سىزىق",
  "Horizontal space": "گورىزونتال بوشلۇق",
  "ID": "ID",
  "ID should start with a letter, followed only by letters, numbers, dashes, dots, colons or underscores.": "ID ھەرپ بىلەن باشلىنىپ، ئارقىسى پەقەت ھەرپ، سان، سىزىق، چېكىت، قوش چېكىت ۋە ئاستى سىزىقلار بولسا بولىدۇ.",
  "Image is decorative": "بېزەك رەسىم",
  "Image list": "رەسىم تىزىملىكى",
  "Image title": "رەسىم تېمىسى",
  "Image...": "رەسىم...",
  "ImageProxy HTTP error: Could not find Image Proxy": "رەسىم ۋاكالەتچى HTTP خاتالىقى: رەسىم ۋاكالەتچىسىنى تاپالمىدى",
  "ImageProxy HTTP error: Incorrect Image Proxy URL": "رەسىم ۋاكالەتچى HTTP خاتالىقى: رەسىم ۋاكالەتچى ئادرېسى خاتا",
  "ImageProxy HTTP error: Rejected request": "رەسىم ۋاكالەتچى HTTP خاتالىقى: ئىلتىماس رەت قىلىندى",
  "ImageProxy HTTP error: Unknown ImageProxy error": "رەسىم ۋاكالەتچى HTTP خاتالىقى: نامەلۇم رەسىم ۋاكالەتچى خاتالىقى",
  "Increase indent": "تارايتىشنى ئاشۇرۇش",
  "Inline": "ئىچكى",
  "Insert": "قىستۇرۇش",
  "Insert Template": "قېلىپ قىستۇرۇش",
  "Insert accordion": "قاتلانما بۆلەك قىستۇرۇش",
  "Insert column after": "ئارقىغا ئىستون قىستۇرۇش",
  "Insert column before": "ئالدىغا ئىستون قىستۇرۇش",
  "Insert date/time": "چېسلا ياكى ۋاقىت قىستۇرۇش",
  "Insert image": "رەسىم قىستۇرۇش",
  "Insert link (if link plugin activated)": "ئۇلانما قىستۇرۇش (ئۇلانما قىستۇرمىسى ئاكتىپلانغان بولسا)",
  "Insert row after": "ئارقىغا قۇر قىستۇرۇش",
  "Insert row before": "ئالدىغا قۇر قىستۇرۇش",
  "Insert table": "جەدۋەل قىستۇرۇش",
  "Insert template...": "قېلىپ قىستۇرۇش...",
  "Insert video": "سىن قىستۇرۇش",
  "Insert/Edit code sample": "ئۈلگە كود قىستۇرۇش ياكى تەھرىرلەش",
  "Insert/edit image": "رەسىم قىستۇرۇش ياكى تەھرىرلەش",
  "Insert/edit link": "ئۇلانما قىستۇرۇش ياكى تەھرىرلەش",
  "Insert/edit media": "مېدىيا قىستۇرۇش ياكى تەھرىرلەش",
  "Insert/edit video": "سىن قىستۇرۇش ياكى تەھرىرلەش",
  "Inset": "ئىچكى",
  "Invalid hex color code: {0}": "ئۈنۈمسىز ئون ئالتىلىك رەڭ كودى: {0}",
  "Invalid input": "كىرگۈزۈش ئۈنۈمسىز",
  "Italic": "يانتۇ",
  "Justify": "تەكشىلەش",
  "Keyboard Navigation": "كۇنۇپكا تاختىسى ئارقىلىق يۆتكىلىش",
  "Language": "تىل",
  "Learn more...": "تەپسىلاتى...",
  "Left": "سولغا",
  "Left to right": "سولدىن ئوڭغا",
  "Light Blue": "ئاچ كۆك",
  "Light Gray": "ئاچ كۈلرەڭ",
  "Light Green": "ئاچ يېشىل",
  "Light Purple": "ئاچ بىنەپشە",
  "Light Red": "ئاچ قىزىل",
  "Light Yellow": "ئاچ سېرىق",
  "Line height": "قۇر ئارىلىقى",
  "Link list": "ئۇلانما تىزىملىكى",
  "Link...": "ئۇلانما...",
  "List Properties": "تىزىملىك خاسلىقلىرى",
  "List properties...": "تىزىملىك خاسلىقلىرى...",
  "Loading emojis...": "چىراي ئىپادىلىرى يۈكلىنىۋاتىدۇ...",
  "Loading...": "يۈكلىنىۋاتىدۇ...",
  "Lower Alpha": "ئىنگلىزچە كىچىك يېزىلىشى",
  "Lower Greek": "گىرېكچە كىچىك يېزىلىشى",
  "Lower Roman": "رىمچە كىچىك يېزىلىشى",
  "Match case": "چوڭلۇقى ماس كېلىش",
  "Mathematical": "ماتېماتىكىلىق",
  "Media poster (Image URL)": "مېدىيا مۇقاۋىسى (رەسىم ئادرېسى)",
  "Media...": "مېدىيا...",
  "Medium Blue": "ئارا كۆك",
  "Medium Gray": "ئوتتۇرھال كۈلرەڭ",
  "Medium Purple": "ئارا بىنەپشە",
  "Merge cells": "كاتەكچە بىرلەشتۈرۈش",
  "Middle": "ئوتتۇرىغا",
  "Midnight Blue": "قارا كۆك",
  "More...": "تېخىمۇ كۆپ...",
  "Name": "نامى",
  "Navy Blue": "دېڭىز كۆك",
  "New document": "يېڭى ھۆججەت",
  "New window": "يېڭى كۆزنەك",
  "Next": "كېيىنكى",
  "No": "ياق",
  "No alignment": "توغرىلانمىغان",
  "No color": "رەڭ يوق",
  "Nonbreaking space": "ئۈزۈلمەس بوشلۇق",
  "None": "يوق",
  "Numbered list": "نومۇرلۇق تىزىملىك",
  "OR": "ياكى",
  "Objects": "نەرسىلەر",
  "Ok": "ماقۇل",
  "Open help dialog": "ياردەم دىيالوگىنى ئېچىش",
  "Open link": "ئۇلانما ئېچىش",
  "Open link in...": "ئۇلانما ئېچىش ئورنى...",
  "Open popup menu for split buttons": "بۆلۈنمە كۇنۇپكىلار ئۈچۈن سەكرىمە تىزىملىك ئېچىش",
  "Orange": "قىزغۇچ سېرىق",
  "Outset": "سىرتقى",
  "Page break": "بەت ئايرىش",
  "Paragraph": "ئابزاس",
  "Paste": "چاپلاش",
  "Paste as text": "تېكىست شەكلىدە چاپلاش",
  "Paste column after": "ئىستون ئارقىغا چاپلاش",
  "Paste column before": "ئىستون ئالدىغا چاپلاش",
  "Paste is now in plain text mode. Contents will now be pasted as plain text until you toggle this option off.": "چاپلاش ھازىر ساپ تېكىست ھالىتىدە. بۇ تاللانمىنى ئېتىۋەتكىچە مەزمۇنلار ساپ تېكىست بويىچە چاپلىنىدۇ.",
  "Paste or type a link": "ئۇلانما چاپلاڭ ياكى كىرگۈزۈڭ",
  "Paste row after": "قۇر ئارقىغا چاپلاش",
  "Paste row before": "قۇر ئالدىغا چاپلاش",
  "Paste your embed code below:": "قىستۇرما كودىڭىزنى ئاستىغا چاپلاڭ:",
  "People": "ئادەملەر",
  "Plugins": "قىستۇرمىلار",
  "Plugins installed ({0}):": "قاچىلانغان قىستۇرمىلار ({0}):",
  "Powered by {0}": "{0} تەمىنلىگەن",
  "Pre": "ئالدىن فورماتلانغان",
  "Preferences": "مايىللىقلىرى",
  "Preformatted": "ئالدىن فورماتلانغان",
  "Premium plugins:": "ئالىي قىستۇرمىلار:",
  "Press the Up and Down arrow keys to resize the editor.": "تەھرىرلىگۈچنىڭ چوڭلۇقىنى ئۆزگەرتىش ئۈچۈن ئۈستى ۋە ئاستى يا ئوق كۇنۇپكىلىرىنى بېسىڭ.",
  "Press the arrow keys to resize the editor.": "تەھرىرلىگۈچنىڭ چوڭلۇقىنى ئۆزگەرتىش ئۈچۈن يا ئوق كۇنۇپكىلىرىنى بېسىڭ.",
  "Press {0} for help": "ياردەم ئۈچۈن {0} نى بېسىڭ",
  "Preview": "كۆرۈپ بېقىش",
  "Previous": "ئالدىنقى",
  "Print": "بېسىش",
  "Print...": "بېسىش...",
  "Purple": "بىنەپشە",
  "Quotations": "نەقىللەر",
  "R": "قىزىل",
  "Range 0 to 255": "دائىرىسى 0 دىن 255 گىچە",
  "Red": "قىزىل",
  "Red component": "قىزىل بىرىكمە",
  "Redo": "تەكرارلاش",
  "Remove": "چىقىرىۋېتىش",
  "Remove color": "رەڭنى چىقىرىۋېتىش",
  "Remove link": "ئۇلانمىنى چىقىرىۋېتىش",
  "Replace": "ئالماشتۇرۇش",
  "Replace all": "ھەممىنى ئالماشتۇرۇش",
  "Replace with": "ئالماشتۇرۇش مەزمۇنى",
  "Resize": "چوڭلۇقىنى ئۆزگەرتىش",
  "Restore last draft": "ئاخىرقى قوليازمىنى ئەسلىگە كەلتۈرۈش",
  "Reveal or hide additional toolbar items": "قوشۇمچە قورالبالداق تۈرلىرىنى كۆرسىتىش ياكى يوشۇرۇش",
  "Rich Text Area": "فورماتلىق تېكىست رايونى",
  "Rich Text Area. Press ALT-0 for help.": "فورماتلىق تېكىست رايونى. ياردەم ئۈچۈن ALT-0 نى بېسىڭ.",
  "Rich Text Area. Press ALT-F9 for menu. Press ALT-F10 for toolbar. Press ALT-0 for help": "فورماتلىق تېكىست رايونى. تىزىملىك ئۈچۈن ALT-F9 نى بېسىڭ. قورالبالداق ئۈچۈن ALT-F10 نى بېسىڭ. ياردەم ئۈچۈن ALT-0 نى بېسىڭ",
  "Ridge": "قىيا",
  "Right": "ئوڭغا",
  "Right to left": "ئوڭدىن سولغا",
  "Row": "قۇر",
  "Row clipboard actions": "قۇر كۆچۈرۈش مەشغۇلاتى",
  "Row group": "قۇر گۇرۇپپىسى",
  "Row header": "قۇر قېشى",
  "Row properties": "قۇر خاسلىقلىرى",
  "Row type": "قۇر تىپى",
  "Rows": "قۇرلار",
  "Save": "ساقلاش",
  "Save (if save plugin activated)": "ساقلاش (ساقلاش قىستۇرمىسى ئاكتىپلانغان بولسا)",
  "Scope": "دائىرە",
  "Search": "ئىزدەش",
  "Select all": "ھەممىنى تاللاش",
  "Select...": "تاللاش...",
  "Selection": "تاللانغان",
  "Shortcut": "قىسقا يول",
  "Show blocks": "بۆلەكلەرنى كۆرسىتىش",
  "Show caption": "تېمىسىنى كۆرسىتىش",
  "Show invisible characters": "يوشۇرۇن ھەرپ-بەلگىلەرنى كۆرسىتىش",
  "Size": "چوڭلۇقى",
  "Solid": "پۈتۈن سىزىق",
  "Source": "مەنبە",
  "Source code": "مەنبە كودى",
  "Special Character": "ئالاھىدە ھەرپ-بەلگىلەر",
  "Special character...": "ئالاھىدە ھەرپ-بەلگىلەر...",
  "Split cell": "كاتەكچە پارچىلاش",
  "Square": "كىۋادرات",
  "Start list at number": "تىزىملىكنى سان بىلەن باشلاش",
  "Strikethrough": "ئۆچۈرۈش سىزىقى",
  "Style": "ئۇسلۇب",
  "Subscript": "ئاستبەلگە",
  "Superscript": "ئۈستبەلگە",
  "Switch to or from fullscreen mode": "تولۇق ئېكران ھالىتىنى ئالماشتۇرۇش",
  "Symbols": "بەلگىلەر",
  "System Font": "سىستېما خەت نۇسخىسى",
  "Table": "جەدۋەل",
  "Table caption": "جەدۋەل تېمىسى",
  "Table properties": "جەدۋەل خاسلىقلىرى",
  "Table styles": "جەدۋەل ئۇسلۇبلىرى",
  "Template": "قېلىپ",
  "Templates": "قېلىپلار",
  "Text": "تېكىست",
  "Text color": "تېكىست رەڭگى",
  "Text color {0}": "تېكىست رەڭگى {0}",
  "Text to display": "كۆرسىتىدىغان تېكىست",
  "The URL you entered seems to be an email address. Do you want to add the required mailto: prefix?": "سىز كىرگۈزگەن ئادرېس تورخەت ئادرېسىدەك تۇرىدۇ. تەلەپ قىلىنغان mailto: ئالدى قوشۇمچىسىنى قوشامسىز؟",
  "The URL you entered seems to be an external link. Do you want to add the required http:// prefix?": "سىز كىرگۈزگەن ئادرېس سىرتقى ئۇلانمىدەك تۇرىدۇ. تەلەپ قىلىنغان http:// ئالدى قوشۇمچىسىنى قوشامسىز؟",
  "The URL you entered seems to be an external link. Do you want to add the required https:// prefix?": "سىز كىرگۈزگەن ئادرېس سىرتقى ئۇلانمىدەك تۇرىدۇ. تەلەپ قىلىنغان https:// ئالدى قوشۇمچىسىنى قوشامسىز؟",
  "Title": "تېمىسى",
  "To open the popup, press Shift+Enter": "سەكرىمە كۆزنەكنى ئېچىش ئۈچۈن Shift+Enter نى بېسىڭ",
  "Toggle accordion": "قاتلانما بۆلەكنى ئېچىش ياكى يىغىش",
  "Tools": "قوراللار",
  "Top": "ئۈستىگە",
  "Travel and Places": "ساياھەت ۋە جايلار",
  "Turquoise": "كۆكۈچ يېشىل",
  "Underline": "ئاستى سىزىق",
  "Undo": "يېنىۋېلىش",
  "Upload": "يۈكلەش",
  "Uploading image": "رەسىم يۈكلەۋاتىدۇ",
  "Upper Alpha": "ئىنگلىزچە چوڭ يېزىلىشى",
  "Upper Roman": "رىمچە چوڭ يېزىلىشى",
  "Url": "ئادرېسى",
  "User Defined": "ئىشلەتكۈچى بەلگىلىگەن",
  "Valid": "ئۈنۈملۈك",
  "Version": "نەشرى",
  "Vertical align": "ۋېرتىكال توغرىلاش",
  "Vertical space": "ۋېرتىكال بوشلۇق",
  "View": "كۆرۈنۈش",
  "Visual aids": "كۆرۈنمە قوراللار",
  "Warn": "ئاگاھلاندۇرۇش",
  "White": "ئاق",
  "Width": "كەڭلىكى",
  "Word count": "سۆز سانى",
  "Words": "سۆزلەر",
  "Words: {0}": "سۆزلەر: {0}",
  "Yellow": "سېرىق",
  "Yes": "ھەئە",
  "You are using {0}": "ئىشلىتىۋاتقىنىڭىز {0}",
  "You have unsaved changes are you sure you want to navigate away?": "ساقلانمىغان ئۆزگەرتىشلىرىڭىز بار، راستتىنلا ئايرىلامسىز؟",
  "Your browser doesn't support direct access to the clipboard. Please use the Ctrl+X/C/V keyboard shortcuts instead.": "تور كۆرگۈچىڭىز كېسىش تاختىسىنى بىۋاسىتە زىيارەت قىلالمايدۇ. ئۇنىڭ ئورنىغا Ctrl+X/C/V تېزلەتمە كۇنۇپكىلىرىنى ئىشلىتىڭ.",
  "alignment": "توغرىلاش",
  "austral sign": "ئاۋسترال بەلگىسى",
  "cedi sign": "سېدى بەلگىسى",
  "colon sign": "كولون بەلگىسى",
  "cruzeiro sign": "كرۇزېيرو بەلگىسى",
  "currency sign": "پۇل بەلگىسى",
  "dollar sign": "دوللار بەلگىسى",
  "dong sign": "ۋىيېتنام دوڭى بەلگىسى",
  "drachma sign": "دىراخما بەلگىسى",
  "euro-currency sign": "ياۋرو پۇل بەلگىسى",
  "example": "مىسال",
  "formatting": "فورماتلاش",
  "french franc sign": "فىرانسىيە فىرانك بەلگىسى",
  "german penny symbol": "گېرمانىيە پېننى بەلگىسى",
  "guarani sign": "گۇئارانى بەلگىسى",
  "history": "تارىخ",
  "hryvnia sign": "گرىۋنا بەلگىسى",
  "indentation": "تارايتىش",
  "indian rupee sign": "ھىندىستان رۇپىيە بەلگىسى",
  "kip sign": "كىپ بەلگىسى",
  "lira sign": "لىرا بەلگىسى",
  "livre tournois sign": "تۇر لىۋرى بەلگىسى",
  "manat sign": "مانات بەلگىسى",
  "mill sign": "مىل بەلگىسى",
  "naira sign": "نايرا بەلگىسى",
  "new sheqel sign": "يېڭى شىكىل بەلگىسى",
  "nordic mark sign": "شىمالىي ياۋروپا مارك بەلگىسى",
  "peseta sign": "پېسېتا بەلگىسى",
  "peso sign": "پېسو بەلگىسى",
  "ruble sign": "رۇبلى بەلگىسى",
  "rupee sign": "رۇپىيە بەلگىسى",
  "spesmilo sign": "سپېسمىلو بەلگىسى",
  "styles": "ئۇسلۇبلار",
  "tenge sign": "تەڭگە بەلگىسى",
  "tugrik sign": "تۈگرىك بەلگىسى",
  "turkish lira sign": "تۈركىيە لىرا بەلگىسى",
  "won sign": "ۋون بەلگىسى",
  "yen character": "يېن بەلگىسى",
  "yen/yuan character variant one": "يېن/يۈەن بەلگىسىنىڭ بىرىنچى ۋارىيانتى",
  "yuan character": "يۈەن بەلگىسى",
  "yuan character, in hong kong and taiwan": "يۈەن بەلگىسى (شياڭگاڭ ۋە تەيۋەن)",
  "{0} characters": "{0} ھەرپ-بەلگە",
  "{0} columns, {1} rows": "{0} ئىستون، {1} قۇر",
  "{0} words": "{0} سۆز"
 }
};
  var language = (document.documentElement.lang || "").toLowerCase().slice(0, 2);
  var strings = STRINGS[language];
  if (!strings) {
    return;
  }
  function install(tiny) {
    if (!tiny || !tiny.on || !tiny.addI18n || tiny.hamiStrings) {
      return;
    }
    tiny.hamiStrings = true;
    var add = function () {
      tiny.addI18n(language, strings);
    };
    add();
    // after the editor's own language pack, before its menus are drawn
    tiny.on("AddEditor", add);
  }
  if (window.tinymce) {
    install(window.tinymce);
    return;
  }
  // TinyMCE is loaded later, on demand: catch the moment it announces
  // itself (window.tinymce = ...), so that no editor is drawn before
  var value;
  Object.defineProperty(window, "tinymce", {
    configurable: true,
    enumerable: true,
    get: function () {
      return value;
    },
    set: function (tiny) {
      value = tiny;
      install(tiny);
    },
  });
})();

// Folder contents shows each item's state by its id ("draft", "published"):
// Plone does not translate it there. The states of the portal's workflows,
// in the page's language.
(function () {
  "use strict";
  var STATES = {
 "kk": {
  "accepted": "قابىلداندى",
  "answer_approval": "جاۋاپ حات جاشىگى كەڭسەسىنىڭ تەكسەرۋىندە",
  "answer_review": "جاۋاپ تارماق باسشىسىنىڭ تەكسەرۋىندە",
  "answered": "جاۋاپ بەرىلدى",
  "approved": "بەكىتىلدى",
  "cancelled": "بولدىرىلمادى",
  "checking": "تەكسەرىلۋدە",
  "closed": "اياقتالدى",
  "denied": "بەكىتىلمەدى",
  "distributed": "ورىندالۋدا",
  "draft": "جوبا",
  "instructing": "نۇسقاۋدى كۇتۋدە",
  "issued": "تاراتىلدى",
  "not_accepted": "قابىلدانبادى",
  "pending_department": "تارماق تەكسەرۋىن كۇتۋدە",
  "pending_final": "سوڭعى تەكسەرۋدى كۇتۋدە",
  "pending_leadership": "باسشىلىقتىڭ شەشىمىن كۇتۋدە",
  "published": "جاريالاندى",
  "received": "الىندى",
  "refused": "قابىلدانبادى",
  "registered": "تىركەلدى",
  "reviewing": "تەكسەرىلۋدە",
  "scheduled": "جوسپارلاندى",
  "signed": "قول قويىلدى",
  "signing": "قول قويۋدى كۇتۋدە",
  "submitted": "جىبەرىلدى",
  "supplement_requested": "تولىقتىرۋ تالاپ ەتىلدى",
  "transferred": "ارىز-شاعىم مەكەمەسىنە وتكىزىلدى",
  "under_review": "تەكسەرىلۋدە",
  "withdrawn": "كەرى الىندى"
 },
 "ug": {
  "accepted": "قوبۇل قىلىندى",
  "answer_approval": "جاۋاب خەت ساندۇقى ئىشخانىسىنىڭ تەكشۈرۈشىدە",
  "answer_review": "جاۋاب تارماق رەھبىرىنىڭ تەكشۈرۈشىدە",
  "answered": "جاۋاب بېرىلدى",
  "approved": "تەستىقلاندى",
  "cancelled": "ئەمەلدىن قالدۇرۇلدى",
  "checking": "تەكشۈرۈلۈۋاتىدۇ",
  "closed": "ئاخىرلاشتى",
  "denied": "تەستىقلانمىدى",
  "distributed": "بىر تەرەپ قىلىنىۋاتىدۇ",
  "draft": "لايىھە",
  "instructing": "يوليورۇق كۈتۈۋاتىدۇ",
  "issued": "تارقىتىلدى",
  "not_accepted": "قوبۇل قىلىنمىدى",
  "pending_department": "تارماق تەكشۈرۈشىنى كۈتۈۋاتىدۇ",
  "pending_final": "ئاخىرقى تەكشۈرۈشنى كۈتۈۋاتىدۇ",
  "pending_leadership": "رەھبەرلىكنىڭ قارارىنى كۈتۈۋاتىدۇ",
  "published": "ئېلان قىلىندى",
  "received": "تاپشۇرۇۋېلىندى",
  "refused": "قوبۇل قىلىنمىدى",
  "registered": "تىزىملاندى",
  "reviewing": "تەكشۈرۈلۈۋاتىدۇ",
  "scheduled": "ئورۇنلاشتۇرۇلدى",
  "signed": "ئىمزالاندى",
  "signing": "ئىمزا كۈتۈۋاتىدۇ",
  "submitted": "يوللاندى",
  "supplement_requested": "تولۇقلاش تەلەپ قىلىندى",
  "transferred": "ئەرز-شىكايەت ئىدارىسىگە ئۆتكۈزۈلدى",
  "under_review": "تەكشۈرۈلۈۋاتىدۇ",
  "withdrawn": "قايتۇرۇۋېلىندى"
 },
 "zh": {
  "accepted": "已受理",
  "answer_approval": "答复待专员信箱办公室审核",
  "answer_review": "答复待部门领导审核",
  "answered": "已答复",
  "approved": "已批准",
  "cancelled": "已取消",
  "checking": "审核中",
  "closed": "已办结",
  "denied": "不予批准",
  "distributed": "办理中",
  "draft": "草稿",
  "instructing": "待批示",
  "issued": "已印发",
  "not_accepted": "不予受理",
  "pending_department": "待部门审核",
  "pending_final": "待终审",
  "pending_leadership": "待领导审批",
  "published": "已发布",
  "received": "已收到",
  "refused": "不予受理",
  "registered": "已登记",
  "reviewing": "审核中",
  "scheduled": "已安排",
  "signed": "已签发",
  "signing": "待签发",
  "submitted": "已提交",
  "supplement_requested": "已要求补正",
  "transferred": "已转信访部门办理",
  "under_review": "审核中",
  "withdrawn": "已撤回"
 }
};
  var language = (document.documentElement.lang || "").toLowerCase().slice(0, 2);
  var titles = STATES[language];
  if (!titles || !window.MutationObserver) {
    return;
  }
  function translate(root) {
    var cells = root.querySelectorAll ? root.querySelectorAll("td.review_state") : [];
    Array.prototype.forEach.call(cells, function (cell) {
      var state = cell.textContent.trim();
      if (titles[state] && !cell.hasAttribute("data-state")) {
        cell.setAttribute("data-state", state);
        cell.textContent = titles[state];
      }
    });
  }
  function start() {
    var structure = document.querySelector(".pat-structure");
    if (!structure) {
      return;
    }
    translate(structure);
    new MutationObserver(function () {
      translate(structure);
    }).observe(structure, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

/* The Video add and edit forms send large files resumably
   (hami-video-upload.js, loaded on those two forms only). */
(function () {
  "use strict";
  function start() {
    var form = document.getElementById("form");
    if (!form || !document.getElementById("form-widgets-original-input")) {
      return;
    }
    var adding = /\/\+\+add\+\+Video(\?.*)?$/.test(form.action);
    var editing = document.body.classList.contains("portaltype-video");
    if (!adding && !editing) {
      return;
    }
    var script = document.createElement("script");
    script.src = document.body.dataset.portalUrl + "/++theme++hami/js/hami-video-upload.js";
    document.head.appendChild(script);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

/* File and image fields that already hold a file offer "keep", "remove" and
   "replace"; the file input is for "replace" only. Plone switches it with
   inline scripts, which the portal's Content-Security-Policy does not run:
   the input stayed enabled and required, and the browser refused to save an
   edit form (or an add form after an error) without a new file. */
(function () {
  "use strict";
  function start() {
    document.querySelectorAll("input[type='file'][name^='form.widgets.']").forEach(function (input) {
      var radios = document.querySelectorAll("input[type='radio'][name='" + input.name + ".action']");
      if (!radios.length) {
        return;
      }
      function sync() {
        var chosen = Array.prototype.filter.call(radios, function (radio) {
          return radio.checked;
        })[0];
        input.disabled = Boolean(chosen) && chosen.value !== "replace";
      }
      radios.forEach(function (radio) {
        radio.addEventListener("change", sync);
      });
      sync();
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
