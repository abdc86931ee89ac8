/* The video page and playlists of the Hami portal (hami.policy's video/):
 * the size chosen for the screen, captions drawn in their own direction
 * (Uyghur and Kazakh right to left), thumbnails that seek, the beacon that
 * counts a view, and a page that shows the video once it is converted. */
(function () {
  "use strict";

  function chooseSize(video, buttons, src, keepTime) {
    var time = video.currentTime;
    var playing = !video.paused;
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", button.dataset.src === src ? "true" : "false");
      button.classList.toggle("active", button.dataset.src === src);
    });
    if (video.currentSrc === src) {
      return;
    }
    video.src = src;
    if (keepTime && time) {
      video.addEventListener("loadedmetadata", function once() {
        video.removeEventListener("loadedmetadata", once);
        video.currentTime = time;
        if (playing) {
          video.play();
        }
      });
    }
    video.load();
  }

  function setupSizes(root, video) {
    var buttons = Array.prototype.slice.call(root.querySelectorAll(".video-sizes button"));
    if (!buttons.length) {
      return;
    }
    // phones and slow lines start with the smallest; wide screens with the largest
    var wide = window.matchMedia("(min-width: 768px)").matches;
    var saveData = navigator.connection && navigator.connection.saveData;
    var start = wide && !saveData ? buttons[buttons.length - 1] : buttons[0];
    chooseSize(video, buttons, start.dataset.src, false);
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        chooseSize(video, buttons, button.dataset.src, true);
      });
    });
  }

  function setupCaptions(root, video) {
    var overlay = root.querySelector(".video-captions");
    var elements = Array.prototype.slice.call(video.querySelectorAll("track"));
    var buttons = Array.prototype.slice.call(root.querySelectorAll(".video-caption-choice button"));
    if (!overlay || !elements.length) {
      return;
    }
    var current = null;
    function show(language) {
      current = null;
      elements.forEach(function (element) {
        var track = element.track;
        var chosen = element.dataset.language === language;
        // the browser loads and times the cues; the page draws them
        track.mode = chosen ? "hidden" : "disabled";
        if (chosen) {
          current = element;
          overlay.dir = element.dataset.dir;
          overlay.lang = element.srclang;
        }
      });
      buttons.forEach(function (button) {
        var on = button.dataset.language === (current ? language : "");
        button.setAttribute("aria-pressed", on ? "true" : "false");
        button.classList.toggle("active", on);
      });
      draw();
    }
    function draw() {
      var cues = current && current.track.activeCues;
      var lines = [];
      for (var i = 0; cues && i < cues.length; i++) {
        // the cue's words, without WebVTT's voice and style tags
        lines.push(cues[i].getCueAsHTML ? cues[i].getCueAsHTML().textContent : cues[i].text);
      }
      overlay.textContent = lines.join("\n");
      overlay.hidden = !lines.length;
    }
    elements.forEach(function (element) {
      element.track.addEventListener("cuechange", function () {
        if (element === current) {
          draw();
        }
      });
    });
    var initial = elements.filter(function (element) {
      return element.default;
    })[0] || elements[0];
    show(initial.dataset.language);
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        show(button.dataset.language);
      });
    });
    // in the browser's own full screen the page's captions are not seen:
    // the browser draws the chosen track itself there
    document.addEventListener("fullscreenchange", function () {
      if (current) {
        current.track.mode = document.fullscreenElement === video ? "showing" : "hidden";
      }
    });
    video.addEventListener("webkitbeginfullscreen", function () {
      if (current) {
        current.track.mode = "showing";
      }
    });
    video.addEventListener("webkitendfullscreen", function () {
      if (current) {
        current.track.mode = "hidden";
      }
    });
  }

  function setupThumbnails(root, video) {
    root.querySelectorAll(".video-thumbnail").forEach(function (button) {
      button.addEventListener("click", function () {
        video.currentTime = parseFloat(button.dataset.at);
        video.play();
      });
    });
  }

  function waitUntilConverted(root) {
    var url = root.dataset.statusUrl;
    window.setInterval(function () {
      fetch(url, { credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (answer) {
          if (answer && (answer.status === "ready" || answer.status === "failed")) {
            // a new address: a caching proxy may still hold the page as it was
            window.location.replace(
              window.location.pathname + "?converted=" + encodeURIComponent(answer.status)
                + "-" + Date.now()
            );
          }
        })
        .catch(function () {});
    }, 5000);
  }

  function countView(root) {
    var url = root.dataset.viewedUrl;
    if (navigator.sendBeacon) {
      navigator.sendBeacon(url);
    } else {
      fetch(url, { method: "POST", credentials: "same-origin", keepalive: true });
    }
  }

  function setupVideo(root) {
    var status = root.dataset.status;
    if (status === "pending" || status === "processing") {
      waitUntilConverted(root);
    }
    var video = root.querySelector("video");
    if (!video) {
      return;
    }
    setupSizes(root, video);
    setupCaptions(root, video);
    setupThumbnails(root, video);
    countView(root);
  }

  function setupPlaylist(root) {
    var video = root.querySelector("video");
    var links = Array.prototype.slice.call(root.querySelectorAll(".playlist-play"));
    if (!video || !links.length) {
      return;
    }
    var index = 0;
    function play(position, start) {
      index = position;
      links.forEach(function (link, i) {
        link.parentNode.classList.toggle("active", i === index);
        link.setAttribute("aria-current", i === index ? "true" : "false");
      });
      video.poster = links[index].dataset.poster || "";
      video.src = links[index].dataset.src;
      if (start) {
        video.play();
      }
    }
    links.forEach(function (link, position) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        play(position, true);
      });
    });
    video.addEventListener("ended", function () {
      if (index + 1 < links.length) {
        play(index + 1, true);
      }
    });
    play(0, false);
  }

  function start() {
    document.querySelectorAll(".hami-video").forEach(setupVideo);
    document.querySelectorAll(".hami-playlist").forEach(setupPlaylist);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
