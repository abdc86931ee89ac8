# The video worker (hami.policy's video/): converts uploads with Debian's
# ffmpeg in a process of its own, a client of the same database.  Included
# by the Makefile; `make run` and `make start` start it, `make stop` stops it.
#
#   make video-start   start the worker in the background
#   make video-stop    stop it (a conversion under way starts again next time)
VIDEO_PID := $(CURDIR)/$(VAR)/video-worker.pid
VIDEO_LOG := $(CURDIR)/$(VAR)/log/video-worker.log
VIDEO_PACKAGES := ffmpeg

.PHONY: video-start video-stop

video-start:
	@mkdir -p $(VAR)/log
	@if [ -f $(VIDEO_PID) ] && kill -0 $$(cat $(VIDEO_PID)) 2>/dev/null; then :; else \
	  setsid nohup bin/instance run scripts/video_worker.py >>$(VIDEO_LOG) 2>&1 </dev/null & \
	  echo $$! > $(VIDEO_PID); \
	  echo "[hami] Video worker started (log: $(VAR)/log/video-worker.log)"; fi

video-stop:
	@if [ -f $(VIDEO_PID) ]; then \
	  kill -TERM -- -$$(cat $(VIDEO_PID)) 2>/dev/null || kill $$(cat $(VIDEO_PID)) 2>/dev/null; \
	  rm -f $(VIDEO_PID); fi; true
