"""ffprobe and ffmpeg (Debian's ``ffmpeg``) on files: no Zope here.

What is made from an upload:
- an MP4 (H.264 main profile, yuv420p, AAC, ``+faststart`` so that playback
  starts before the whole file has arrived) for each configured size that the
  source allows, and always the smallest;
- a poster frame (JPEG), a strip of preview thumbnails (one JPEG, frames side
  by side) and the duration.

ffmpeg runs at the lowest priority (nice 19) and on one thread for decoding,
filtering and encoding alike, so that a converting worker leaves the
machine's other core to the portal's clients.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import json
import os
import shutil
import subprocess


FFMPEG = os.environ.get("HAMI_FFMPEG", "ffmpeg")
FFPROBE = os.environ.get("HAMI_FFPROBE", "ffprobe")
THREADS = os.environ.get("HAMI_FFMPEG_THREADS", "1")
THUMBNAILS = 10
THUMBNAIL_WIDTH = 160


class ProcessingError(Exception):
    """Why a video could not be processed: ``reason`` is one of REASONS."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail[-500:]


REASONS = ("not_video", "no_picture", "transcode", "timeout", "missing")


class Unavailable(Exception):
    """ffmpeg or ffprobe cannot be run here: nothing is wrong with the video."""


@dataclass(frozen=True)
class Probe:
    duration: float
    width: int
    height: int
    audio: bool
    codec: str


def _threads() -> list[str]:
    """Before ``-i``: the decoder's and the filters' threads (after it,
    ``-threads`` limits only the encoder)."""
    return ["-threads", THREADS, "-filter_threads", THREADS]


def available() -> bool:
    return shutil.which(FFMPEG) is not None and shutil.which(FFPROBE) is not None


def _run(
    args: list[str], timeout: float, fds: tuple[int, ...] = ()
) -> subprocess.CompletedProcess:
    """``args`` at the lowest priority; ``fds``: open files the program reads
    as /dev/fd/N."""
    try:
        result = subprocess.run(  # noqa: S603 - fixed programs, arguments are paths and numbers
            ["nice", "-n", "19", *args],  # noqa: S607 - Debian's nice and ffmpeg, from PATH
            capture_output=True,
            timeout=timeout,
            check=False,
            pass_fds=fds,
        )
    except subprocess.TimeoutExpired as error:
        raise ProcessingError("timeout", str(error)) from None
    except OSError as error:
        raise Unavailable(str(error)) from None
    if result.returncode in (126, 127):  # nice could not run the program
        raise Unavailable(_last_lines(result.stderr))
    return result


class Source:
    """The original, opened once for every run of ffmpeg on it: each reads
    /dev/fd/N, which stays readable even if the file is deleted meanwhile
    (RelStorage's blob cache may evict it during a long conversion), and
    whose name says nothing about where the database keeps its files."""

    def __init__(self, path: Path | str):
        if not Path(path).is_file():
            raise ProcessingError("missing")
        self.fd = os.open(path, os.O_RDONLY)

    @property
    def path(self) -> str:
        return f"/dev/fd/{self.fd}"

    @property
    def fds(self) -> tuple[int, ...]:
        return (self.fd,)

    def close(self) -> None:
        os.close(self.fd)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _last_lines(stderr: bytes, count: int = 3) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return "\n".join(lines[-count:])


def probe(path: Path | str, fds: tuple[int, ...] = ()) -> Probe:
    """What the file holds, read from its content (not its name)."""
    if not Path(path).is_file():
        raise ProcessingError("missing")
    result = _run(
        [
            FFPROBE,
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            str(path),
        ],
        timeout=120,
        fds=fds,
    )
    if result.returncode:
        raise ProcessingError("not_video", _last_lines(result.stderr))
    try:
        info = json.loads(result.stdout or b"{}")
    except ValueError:
        raise ProcessingError("not_video", "ffprobe gave no answer") from None
    streams = info.get("streams") or []
    pictures = [
        stream
        for stream in streams
        if stream.get("codec_type") == "video"
        and not (stream.get("disposition") or {}).get("attached_pic")
    ]
    if not pictures:
        raise ProcessingError(
            "no_picture", (info.get("format") or {}).get("format_name", "")
        )
    picture = pictures[0]
    try:
        duration = float(
            (info.get("format") or {}).get("duration") or picture.get("duration")
        )
    except (TypeError, ValueError):
        raise ProcessingError("not_video", "no duration") from None
    width, height = int(picture.get("width") or 0), int(picture.get("height") or 0)
    if duration <= 0 or not width or not height:
        raise ProcessingError("not_video", f"{duration}s {width}x{height}")
    # a phone's portrait video is stored landscape with a rotation
    rotation = abs(int(float((picture.get("tags") or {}).get("rotate", 0) or 0)))
    for side_data in picture.get("side_data_list") or []:
        rotation = abs(int(float(side_data.get("rotation", rotation) or 0)))
    if rotation in (90, 270):
        width, height = height, width
    return Probe(
        duration=duration,
        width=width,
        height=height,
        audio=any(stream.get("codec_type") == "audio" for stream in streams),
        codec=picture.get("codec_name", ""),
    )


def sizes_for(source: Probe, wanted: list[int]) -> list[int]:
    """The sizes (lines) to make: those the source allows, and always the smallest
    (a source smaller than it is kept at its own size, rounded to even)."""
    wanted = sorted(wanted)
    made = [lines for lines in wanted if lines <= source.height]
    if not made:
        made = [min(wanted[0], source.height - source.height % 2)]
    return made


def _ffmpeg(
    source: Path | str,
    target: Path,
    output: list[str],
    timeout: float,
    fds: tuple[int, ...] = (),
    seek: tuple[str, ...] = (),
) -> Path:
    """ffmpeg from ``source`` to ``target`` with the ``output`` options; the
    input's threads limited (before ``-i``) like the encoder's."""
    args = [
        FFMPEG,
        "-nostdin",
        "-y",
        "-v",
        "error",
        *seek,
        *_threads(),
        "-i",
        str(source),
    ]
    result = _run([*args, *output, str(target)], timeout=timeout, fds=fds)
    if result.returncode or not target.is_file() or not target.stat().st_size:
        raise ProcessingError("transcode", _last_lines(result.stderr))
    return target


def transcode(
    source: Path | str, info: Probe, lines: int, target: Path, fds: tuple[int, ...] = ()
) -> Path:
    """One MP4 ``lines`` high, for every browser and phone."""
    output = ["-map", "0:v:0", "-vf", f"scale=-2:{lines}", "-c:v", "libx264"]
    output += ["-preset", "veryfast", "-crf", "23", "-profile:v", "main"]
    output += ["-pix_fmt", "yuv420p", "-threads", THREADS]
    if info.audio:
        output += ["-map", "0:a:0", "-c:a", "aac", "-b:a", "128k", "-ac", "2"]
    output += ["-movflags", "+faststart", "-f", "mp4"]
    return _ffmpeg(source, target, output, 600 + info.duration * 20, fds)


def poster(
    source: Path | str, info: Probe, target: Path, fds: tuple[int, ...] = ()
) -> Path:
    """A frame a tenth into the video (at most 5 s in), 720 pixels wide at most."""
    at = min(info.duration / 10, 5.0)
    output = ["-frames:v", "1", "-vf", "scale='min(720,iw)':-2", "-q:v", "3"]
    return _ffmpeg(source, target, output, 120, fds, seek=("-ss", f"{at:.2f}"))


def thumbnails(
    source: Path | str,
    info: Probe,
    target: Path,
    count: int = THUMBNAILS,
    fds: tuple[int, ...] = (),
) -> Path:
    """``count`` frames spread over the video, side by side in one JPEG."""
    rate = count / info.duration
    output = ["-vf", f"fps={rate:.6f},scale={THUMBNAIL_WIDTH}:-2,tile={count}x1"]
    output += ["-frames:v", "1", "-q:v", "5", "-threads", THREADS]
    return _ffmpeg(source, target, output, 300 + info.duration * 5, fds)


def probe_image_width(path: Path | str) -> int:
    """The width of an image (the thumbnail strip), read by ffprobe."""
    result = _run(
        [
            FFPROBE,
            "-v",
            "error",
            "-show_entries",
            "stream=width",
            "-of",
            "csv=p=0",
            str(path),
        ],
        timeout=60,
    )
    return int(result.stdout.strip() or 0)
