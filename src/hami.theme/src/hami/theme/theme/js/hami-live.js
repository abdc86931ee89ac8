// The page of a live broadcast (hami.policy's LiveEvent): a countdown before
// it, the stream during it (hls.js, or the browser itself where it plays HLS),
// "Ended" and the recording after it. The page asks @@live-status every 15
// seconds, and when the countdown reaches zero; the stream's own end (the
// playlist's #EXT-X-ENDLIST, the video's "ended") ends the page too, without
// waiting for the schedule. The texts come from the page, in its language.
(function () {
  "use strict";
  var POLL_MS = 15000;
  var RETRY_MS = 5000;
  var STALL_MS = 8000; // playing without progress this long: has the stream ended?
  var HLS_MIME = "application/vnd.apple.mpegurl";

  function pad(number) {
    return (number < 10 ? "0" : "") + number;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.Hls) {
        resolve(window.Hls);
        return;
      }
      var script = document.createElement("script");
      script.src = src;
      script.onload = function () {
        if (window.Hls) {
          resolve(window.Hls);
        } else {
          reject(new Error("hls.js did not load"));
        }
      };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function LivePage(root) {
    this.root = root;
    this.stateText = root.querySelector(".live-state");
    this.countdown = root.querySelector(".live-countdown-value");
    this.video = root.querySelector("video.live-video");
    this.message = root.querySelector(".live-message");
    this.recording = root.querySelector(".live-recording");
    this.state = root.dataset.state;
    this.startAt = Date.now() + Number(root.dataset.seconds || 0) * 1000;
    this.hls = null;
    this.playing = false;
    this.streamEnded = false; // the playlist said #EXT-X-ENDLIST
    this.endedHere = false; // the stream ended: stays ended, whatever the schedule
    this.asked = false;
    this.lastTime = -1;
    this.lastProgress = Date.now();
    this.pollTimer = null;
  }

  LivePage.prototype.start = function () {
    var page = this;
    window.setInterval(function () {
      page.tick();
    }, 1000);
    this.video.addEventListener("ended", function () {
      page.finish();
    });
    this.video.addEventListener("timeupdate", function () {
      page.progressed();
    });
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) {
        page.poll();
      }
    });
    var form = this.root.querySelector(".live-end-form");
    if (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.dataset.confirm)) {
          event.preventDefault();
        }
      });
    }
    this.show(this.state);
    this.tick();
    // the page may come from a cache: ask now, then every 15 seconds
    this.poll();
  };

  LivePage.prototype.show = function (state) {
    this.state = state;
    this.root.dataset.state = state;
    this.stateText.dataset.state = state;
    this.stateText.textContent = this.stateText.getAttribute("data-text-" + state);
    this.root.querySelectorAll("[data-show]").forEach(function (part) {
      part.hidden = part.dataset.show !== state;
    });
    if (state === "live") {
      this.play();
    } else {
      this.stop();
    }
  };

  LivePage.prototype.tick = function () {
    if (this.state === "upcoming") {
      var left = Math.max(0, Math.ceil((this.startAt - Date.now()) / 1000));
      var days = Math.floor(left / 86400);
      var time =
        pad(Math.floor((left % 86400) / 3600)) +
        ":" +
        pad(Math.floor((left % 3600) / 60)) +
        ":" +
        pad(left % 60);
      this.countdown.textContent = days
        ? this.root.dataset.countdownDays.replace("{days}", days).replace("{time}", time)
        : time;
      if (left === 0 && !this.asked) {
        this.asked = true; // once, until the server answers
        this.poll();
      }
    } else if (this.state === "live" && this.playing && !this.video.paused) {
      if (Date.now() - this.lastProgress > STALL_MS) {
        this.lastProgress = Date.now(); // once per STALL_MS
        this.stalled();
      }
    }
  };

  // Playing, but the picture stands still: has the stream ended? After the
  // last segment some browsers fire no "ended"; and a playlist the browser
  // revalidated against a stale copy (304, same second, same ETag) hides its
  // #EXT-X-ENDLIST from hls.js, so read the playlist past the cache.
  LivePage.prototype.stalled = function () {
    var page = this;
    if (this.streamEnded) {
      this.finish();
      return;
    }
    var level = this.hls && this.hls.levels[this.hls.currentLevel];
    var url = (level && level.uri) || this.video.dataset.hlsUrl;
    window
      .fetch(url, { cache: "no-store", credentials: "omit" })
      .then(function (response) {
        return response.ok ? response.text() : "";
      })
      .then(function (playlist) {
        if (playlist.indexOf("#EXT-X-ENDLIST") !== -1 && page.state === "live") {
          page.finish();
        }
      })
      .catch(function () {
        /* the streaming server is away: @@live-status decides */
      });
  };

  LivePage.prototype.progressed = function () {
    if (this.video.currentTime !== this.lastTime) {
      this.lastTime = this.video.currentTime;
      this.lastProgress = Date.now();
      this.playing = true;
      this.say(null);
    }
  };

  LivePage.prototype.poll = function () {
    var page = this;
    window.clearTimeout(this.pollTimer);
    this.pollTimer = window.setTimeout(function () {
      page.poll();
    }, POLL_MS);
    if (document.hidden || (this.state === "ended" && !this.recording.hidden)) {
      return;
    }
    window
      .fetch(this.root.dataset.statusUrl, {
        credentials: "same-origin",
        cache: "no-store",
        headers: { Accept: "application/json" },
      })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (status) {
        if (status) {
          page.update(status);
        }
      })
      .catch(function () {
        /* offline for a moment: the next poll tries again */
      });
  };

  LivePage.prototype.update = function (status) {
    this.startAt = Date.now() + status.seconds * 1000;
    this.asked = status.seconds <= 0 && this.asked;
    if (status.recording_url) {
      this.recording.querySelector("a").href = status.recording_url;
      this.recording.hidden = false;
    }
    if (status.hls_url && status.hls_url !== this.video.dataset.hlsUrl) {
      this.video.dataset.hlsUrl = status.hls_url;
      if (this.state === "live") {
        this.stop();
      }
    }
    var state = this.endedHere ? "ended" : status.state;
    if (state !== this.state) {
      this.show(state);
    } else if (state === "live" && !this.hls && !this.video.src) {
      this.play();
    }
  };

  LivePage.prototype.finish = function () {
    this.endedHere = true;
    if (this.state !== "ended") {
      this.show("ended");
    }
  };

  LivePage.prototype.say = function (name) {
    var text = name ? this.message.getAttribute("data-text-" + name) : "";
    this.message.textContent = text;
    this.message.hidden = !text;
  };

  LivePage.prototype.autoplay = function () {
    var video = this.video;
    var played = video.play();
    if (played && played.catch) {
      played.catch(function () {
        // browsers let a page start sound only after a click: start muted
        video.muted = true;
        video.play().catch(function () {
          /* the viewer presses play */
        });
      });
    }
  };

  LivePage.prototype.play = function () {
    var page = this;
    var url = this.video.dataset.hlsUrl;
    if (this.hls || this.video.getAttribute("src") || !url) {
      return;
    }
    this.streamEnded = false;
    this.playing = false;
    this.lastProgress = Date.now();
    var native = this.video.canPlayType(HLS_MIME);
    if (!window.MediaSource && !window.ManagedMediaSource && native) {
      this.playNatively(url);
      return;
    }
    loadScript(this.root.dataset.hlsScript)
      .then(function (Hls) {
        if (page.state !== "live" || page.hls) {
          return;
        }
        if (Hls.isSupported()) {
          page.playWithHls(Hls, url);
        } else if (native) {
          page.playNatively(url);
        } else {
          page.say("unsupported");
        }
      })
      .catch(function () {
        if (native) {
          page.playNatively(url);
        } else {
          page.say("unsupported");
        }
      });
  };

  LivePage.prototype.playNatively = function (url) {
    this.video.src = url;
    this.autoplay();
  };

  LivePage.prototype.playWithHls = function (Hls, url) {
    var page = this;
    // no worker: the portal's Content-Security-Policy allows no blob: workers
    var hls = new Hls({ enableWorker: false });
    this.hls = hls;
    hls.on(Hls.Events.MANIFEST_PARSED, function () {
      page.autoplay();
    });
    // every reload of a live playlist; #EXT-X-ENDLIST makes it not live
    hls.on(Hls.Events.LEVEL_LOADED, function (event, data) {
      if (data.details) {
        page.streamEnded = !data.details.live;
      }
    });
    hls.on(Hls.Events.ERROR, function (event, data) {
      if (!data.fatal) {
        return;
      }
      if (data.type === Hls.ErrorTypes.MEDIA_ERROR) {
        hls.recoverMediaError();
        return;
      }
      // not published yet, or the streaming server is away: try again soon
      page.stop();
      if (page.streamEnded && page.playing) {
        page.finish();
        return;
      }
      page.say("waiting");
      window.setTimeout(function () {
        if (page.state === "live") {
          page.play();
        }
      }, RETRY_MS);
    });
    hls.loadSource(url);
    hls.attachMedia(this.video);
  };

  LivePage.prototype.stop = function () {
    if (this.hls) {
      this.hls.destroy();
      this.hls = null;
    }
    if (this.video.getAttribute("src")) {
      this.video.pause();
      this.video.removeAttribute("src");
      this.video.load();
    }
  };

  function init() {
    document.querySelectorAll(".hami-live[data-status-url]").forEach(function (root) {
      new LivePage(root).start();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
