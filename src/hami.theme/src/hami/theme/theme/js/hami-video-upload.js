/* Resumable uploads in the Video add and edit forms (hami.policy's video/).
 *
 * A recording of a meeting is often larger than a government office's line
 * sends in one go, and the portal takes at most 16 MB in one request. When
 * the chosen file is larger than 8 MB, the form sends it in
 * chunks through plone.restapi's TUS endpoints instead of one request: a
 * lost connection resumes where it stopped (also after the page is
 * reloaded and Save pressed again, in the same tab). Then:
 * - adding: the new video's other fields are saved over REST, and the
 *   browser goes to the video;
 * - editing: the video's file has been replaced; the rest of the form is
 *   saved as usual.
 * Small files go with the form as always. hami.js loads this script on the
 * two forms only. */
(function () {
  "use strict";

  var TEXTS = {
    zh: {
      sending: "正在上传视频：{percent}%（{sent} / {total} MB）",
      resuming: "网络中断，正在续传…",
      saving: "视频已上传，正在保存…",
      failed: "上传失败：{message}。已上传的部分会保留，请再次点击“保存”继续。",
      saved_with_error: "视频已上传，但有些信息没有保存：{message}",
      edit: "在编辑页面补充",
      title: "请填写标题。",
    },
    ug: {
      sending: "سىن يۈكلىنىۋاتىدۇ: {percent}% ({sent} / {total} MB)",
      resuming: "تور ئۈزۈلۈپ قالدى، داۋاملىق يۈكلەۋاتىدۇ…",
      saving: "سىن يۈكلەندى، ساقلىنىۋاتىدۇ…",
      failed: "يۈكلەش مەغلۇپ بولدى: {message}. يۈكلەنگەن قىسمى ساقلىنىدۇ، داۋاملاشتۇرۇش ئۈچۈن «ساقلاش»نى يەنە بىر قېتىم بېسىڭ.",
      saved_with_error: "سىن يۈكلەندى، ئەمما بەزى ئۇچۇرلار ساقلانمىدى: {message}",
      edit: "تەھرىرلەش بېتىدە تولۇقلاڭ",
      title: "ماۋزۇنى تولدۇرۇڭ.",
    },
    kk: {
      sending: "بەينە جۇكتەلۋدە: {percent}% ({sent} / {total} MB)",
      resuming: "جەلى ٴۇزىلدى، جۇكتەۋ جالعاسۋدا…",
      saving: "بەينە جۇكتەلدى، ساقتالۋدا…",
      failed: "جۇكتەۋ ساتسىز بولدى: {message}. جۇكتەلگەن بولىگى ساقتالادى، جالعاستىرۋ ٴۇشىن «ساقتاۋ» تۇيمەسىن قايتا باسىڭىز.",
      saved_with_error: "بەينە جۇكتەلدى، بىراق كەيبىر مالىمەتتەر ساقتالمادى: {message}",
      edit: "وڭدەۋ بەتىندە تولىقتىرىڭىز",
      title: "اتاۋىن جازىڭىز.",
    },
    en: {
      sending: "Uploading the video: {percent}% ({sent} / {total} MB)",
      resuming: "The connection was lost; resuming…",
      saving: "The video is uploaded; saving…",
      failed: "The upload failed: {message}. What was sent is kept: press Save again to go on.",
      saved_with_error: "The video is uploaded, but some details were not saved: {message}",
      edit: "Complete them on the edit page",
      title: "Please give a title.",
    },
  };
  var CHUNK = 8 * 1024 * 1024; // below the portal's 16 MB per request
  var LARGE = 8 * 1024 * 1024; // with the form's other fields below 16 MB
  var TUS = { "Tus-Resumable": "1.0.0" };

  var language = (document.documentElement.lang || "").toLowerCase().slice(0, 2);
  var text = TEXTS[language] || TEXTS.en;
  var form = document.getElementById("form");
  var input = document.getElementById("form-widgets-original-input");
  if (!form || !input || !window.fetch) {
    return;
  }
  var adding = /\/\+\+add\+\+Video(\?.*)?$/.test(form.action);
  var base = adding
    ? form.action.replace(/\/\+\+add\+\+Video(\?.*)?$/, "")
    : form.action.replace(/\/(@@)?edit(\?.*)?$/, "");
  var token = (form.querySelector("input[name='_authenticator']") || {}).value || "";
  var busy = false;
  var passThrough = false;

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, name) {
      return values[name] === undefined ? match : values[name];
    });
  }

  var box = document.createElement("div");
  box.className = "hami-upload-progress mt-2";
  box.setAttribute("role", "status");
  box.hidden = true;
  var bar = document.createElement("progress");
  bar.max = 100;
  bar.value = 0;
  bar.className = "w-100";
  var line = document.createElement("p");
  line.className = "mb-0 small";
  box.appendChild(bar);
  box.appendChild(line);
  input.parentNode.appendChild(box);

  function say(message, error) {
    box.hidden = false;
    line.textContent = message;
    line.classList.toggle("text-danger", Boolean(error));
  }

  function b64(value) {
    var bytes = new TextEncoder().encode(value);
    var binary = "";
    bytes.forEach(function (byte) {
      binary += String.fromCharCode(byte);
    });
    return btoa(binary);
  }

  function call(method, url, headers, body) {
    return fetch(url, {
      method: method,
      credentials: "same-origin",
      headers: Object.assign({ "X-CSRF-TOKEN": token, Accept: "application/json" }, headers),
      body: body,
    });
  }

  function reason(response) {
    return response
      .json()
      .then(function (answer) {
        var error = answer && answer.error;
        return (error && (error.message || error.type)) || answer.message || String(response.status);
      })
      .catch(function () {
        return String(response.status);
      });
  }

  function sleep(ms) {
    return new Promise(function (resolve) {
      window.setTimeout(resolve, ms);
    });
  }

  function offsetOf(location) {
    return call("HEAD", location, TUS).then(function (response) {
      return response.ok ? parseInt(response.headers.get("Upload-Offset"), 10) : null;
    });
  }

  function progress(sent, total) {
    var percent = Math.floor((100 * sent) / total);
    bar.value = percent;
    say(
      format(text.sending, {
        percent: percent,
        sent: (sent / 1048576).toFixed(1),
        total: (total / 1048576).toFixed(1),
      })
    );
  }

  async function send(file) {
    var key = ["hami-tus", base, file.name, file.size, file.lastModified].join("|");
    var location = window.sessionStorage.getItem(key);
    var offset = 0;
    if (location) {
      offset = await offsetOf(location).catch(function () {
        return null;
      });
      if (offset === null) {
        location = null;
        offset = 0;
      }
    }
    if (!location) {
      var metadata = ["filename " + b64(file.name), "content-type " + b64(file.type || "video/mp4")];
      if (adding) {
        metadata.push("@type " + b64("Video"));
      }
      var created = await call(
        "POST",
        base + (adding ? "/@tus-upload" : "/@tus-replace"),
        Object.assign({ "Upload-Length": String(file.size), "Upload-Metadata": metadata.join(",") }, TUS)
      );
      if (created.status !== 201) {
        throw new Error(await reason(created));
      }
      location = created.headers.get("Location");
      window.sessionStorage.setItem(key, location);
    }
    var failures = 0;
    var last = null;
    progress(offset, file.size);
    while (offset < file.size) {
      try {
        last = await call(
          "PATCH",
          location,
          Object.assign(
            { "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" },
            TUS
          ),
          file.slice(offset, offset + CHUNK)
        );
        if (last.status !== 204) {
          var message = await reason(last);
          if (last.status >= 400 && last.status < 500 && last.status !== 409) {
            window.sessionStorage.removeItem(key);
            throw Object.assign(new Error(message), { final: true });
          }
          throw new Error(message);
        }
        offset = parseInt(last.headers.get("Upload-Offset"), 10);
        failures = 0;
        progress(offset, file.size);
      } catch (error) {
        failures += 1;
        if (error.final || failures > 30) {
          throw error;
        }
        say(text.resuming);
        await sleep(Math.min(30000, 1000 * failures));
        var known = await offsetOf(location).catch(function () {
          return null;
        });
        if (known !== null) {
          offset = known;
        }
      }
    }
    window.sessionStorage.removeItem(key);
    return last ? last.headers.get("Location") : null;
  }

  function readFile(element) {
    var file = element && element.files && element.files[0];
    if (!file) {
      return Promise.resolve(undefined);
    }
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () {
        resolve({
          data: String(reader.result).split(",", 2)[1],
          encoding: "base64",
          filename: file.name,
          "content-type": file.type || "application/octet-stream",
        });
      };
      reader.onerror = reject;
      reader.readAsDataURL(file);
    });
  }

  function value(name) {
    var element = form.elements[name];
    return element ? element.value : undefined;
  }

  async function details() {
    var data = {
      title: value("form.widgets.IBasic.title"),
      description: value("form.widgets.IBasic.description"),
      category: value("form.widgets.category:list"),
      recorded: value("form.widgets.recorded") || null,
      speakers: (value("form.widgets.speakers") || "")
        .split(/\r?\n/)
        .map(function (item) {
          return item.trim();
        })
        .filter(Boolean),
    };
    var unit = value("form.widgets.IResponsibleDepartment.responsible_department:list");
    if (unit && unit !== "--NOVALUE--") {
      data.responsible_department = unit;
    }
    var files = ["poster", "captions_zh", "captions_ug", "captions_kk", "captions_en"];
    for (var i = 0; i < files.length; i++) {
      var file = await readFile(document.getElementById("form-widgets-" + files[i] + "-input"));
      if (file) {
        data[files[i]] = file;
      }
    }
    Object.keys(data).forEach(function (key) {
      if (data[key] === undefined) {
        delete data[key];
      }
    });
    return data;
  }

  function failed(message, url) {
    busy = false;
    say(format(text.failed, { message: message }), true);
    if (url) {
      say(format(text.saved_with_error, { message: message }), true);
      var link = document.createElement("a");
      link.href = url + "/edit";
      link.textContent = text.edit;
      link.className = "ms-2";
      line.appendChild(link);
    }
  }

  form.addEventListener("submit", async function (event) {
    var file = input.files && input.files[0];
    var button = event.submitter;
    if (passThrough || !file || file.size < LARGE || !button || button.name !== "form.buttons.save") {
      return;
    }
    event.preventDefault();
    if (busy) {
      return;
    }
    if (adding && !(value("form.widgets.IBasic.title") || "").trim()) {
      say(text.title, true);
      form.elements["form.widgets.IBasic.title"].focus();
      return;
    }
    busy = true;
    var url = null;
    try {
      url = await send(file);
    } catch (error) {
      failed(error.message);
      return;
    }
    if (!adding) {
      // the file is replaced: save the rest of the form as it is
      var keep = form.querySelector("input[name='form.widgets.original.action'][value='nochange']");
      if (keep) {
        keep.checked = true;
      }
      input.value = "";
      passThrough = true;
      say(text.saving);
      form.requestSubmit(button);
      return;
    }
    say(text.saving);
    var saved = await call("PATCH", url, { "Content-Type": "application/json" }, JSON.stringify(await details()));
    if (saved.status !== 204 && saved.status !== 200) {
      failed(await reason(saved), url);
      return;
    }
    window.location.href = url;
  });
})();
