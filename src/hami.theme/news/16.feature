The video page's script (sizes, captions right to left for Uyghur and Kazakh, thumbnails that seek, the view beacon, playlists) and styles, the live page's script and hls.js. @hami-egov
