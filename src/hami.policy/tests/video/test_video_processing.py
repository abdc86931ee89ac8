"""ffprobe and ffmpeg on real files: what the worker makes, and what it refuses."""

from hami.policy.testing import video_clip
from hami.policy.video import processing
from pathlib import Path

import pytest


pytestmark = pytest.mark.skipif(not processing.available(), reason="ffmpeg missing")


def clip(path: Path, seconds=3, size="640x360", audio=True) -> Path:
    return video_clip(path, seconds=seconds, size=size, audio=audio)


def test_probe_reads_the_content_not_the_name(tmp_path):
    source = clip(tmp_path / "recording.mp4").rename(tmp_path / "recording.dat")
    info = processing.probe(source)
    assert 2.9 <= info.duration <= 3.1
    assert (info.width, info.height, info.audio) == (640, 360, True)


def test_sizes_the_source_allows():
    small = processing.Probe(10, 640, 360, True, "h264")
    large = processing.Probe(10, 1920, 1080, True, "h264")
    tiny = processing.Probe(10, 320, 241, True, "h264")
    assert processing.sizes_for(small, [360, 720]) == [360]
    assert processing.sizes_for(large, [360, 720]) == [360, 720]
    assert processing.sizes_for(tiny, [360, 720]) == [240]


def test_mp4_for_browsers_poster_and_thumbnails(tmp_path):
    source = clip(tmp_path / "in.mov", seconds=4, audio=False)
    info = processing.probe(source)
    made = processing.transcode(source, info, 240, tmp_path / "240.mp4")
    result = processing.probe(made)
    assert result.height == 240
    assert result.codec == "h264"
    # faststart: the index (moov) comes before the media data (mdat)
    head = made.read_bytes()[:4096]
    assert head.find(b"moov") != -1
    assert head.find(b"moov") < max(head.find(b"mdat"), 4096)
    poster = processing.poster(source, info, tmp_path / "poster.jpg")
    assert poster.read_bytes()[:2] == b"\xff\xd8"
    strip = processing.thumbnails(source, info, tmp_path / "strip.jpg")
    assert (
        processing.probe_image_width(strip)
        == processing.THUMBNAIL_WIDTH * processing.THUMBNAILS
    )


def test_damaged_and_foreign_files_are_refused_with_a_reason(tmp_path):
    source = clip(tmp_path / "full.mp4")
    damaged = tmp_path / "damaged.mp4"
    damaged.write_bytes(source.read_bytes()[:20000])
    with pytest.raises(processing.ProcessingError) as error:
        processing.probe(damaged)
    assert error.value.reason == "not_video"
    text = tmp_path / "notes.mp4"
    text.write_text("not a video")
    with pytest.raises(processing.ProcessingError):
        processing.probe(text)
    with pytest.raises(processing.ProcessingError) as error:
        processing.probe(tmp_path / "gone.mp4")
    assert error.value.reason == "missing"
