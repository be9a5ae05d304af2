"""The minimal OpenCV option (distkit/opencv.py), without building OpenCV."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from distkit import opencv

WHEEL = "/venv/site-packages"
LIBS = "opencv_python_headless.libs"


def test_the_wheels_cv2_and_only_its_libraries_are_swapped_out(tmp_path: Path) -> None:
    minimal = tmp_path / "cv2.abi3.so"
    binaries = [
        ("cv2/cv2.abi3.so", f"{WHEEL}/cv2/cv2.abi3.so", "EXTENSION"),
        (
            f"{LIBS}/libavcodec-c4204469.so.62",
            f"{WHEEL}/{LIBS}/libavcodec-c4204469.so.62",
            "BINARY",
        ),
        ("libavcodec-c4204469.so.62", f"{LIBS}/libavcodec-c4204469.so.62", "SYMLINK"),
        ("numpy.libs/libscipy_openblas64_.so", f"{WHEEL}/numpy.libs/x.so", "BINARY"),
        ("libscipy_openblas64_.so", "numpy.libs/libscipy_openblas64_.so", "SYMLINK"),
        ("libjpeg.so.62", "/usr/lib/x86_64-linux-gnu/libjpeg.so.62", "BINARY"),  # zbar's too
    ]
    assert opencv.swap_into(binaries, minimal) == [
        ("cv2/cv2.abi3.so", str(minimal), "EXTENSION"),
        *binaries[3:],
    ]


def test_the_build_leaves_out_ffmpeg_blas_and_extra_codecs() -> None:
    options = opencv.cmake_options(Path("/py"), "/numpy/include", "/py/include")
    for off in ("FFMPEG", "LAPACK", "OPENCL", "IPP", "PNG", "TIFF", "WEBP", "AVIF"):
        assert f"-DWITH_{off}=OFF" in options
    assert "-DWITH_V4L=ON" in options and "-DWITH_JPEG=ON" in options  # cameras, MJPEG
    assert "-DBUILD_LIST=core,imgproc,objdetect,videoio,python3" in options
    assert "-DBUILD_SHARED_LIBS=OFF" in options  # one cv2 file


def test_a_built_cv2_is_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"built again: {args}")

    monkeypatch.setattr(opencv.subprocess, "run", no_build)
    kept = tmp_path / f"opencv-minimal-{metadata.version(opencv.DISTRIBUTION)}" / "cv2.abi3.so"
    kept.parent.mkdir()
    kept.write_bytes(b"\x7fELF")
    assert opencv.minimal_cv2(tmp_path) == kept.resolve()


def test_missing_build_tools_are_named_before_anything_is_downloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_download(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"ran {args}")

    monkeypatch.setattr(opencv.shutil, "which", lambda tool: None if tool == "ninja" else tool)
    monkeypatch.setattr(opencv.subprocess, "run", no_download)
    with pytest.raises(SystemExit, match="needs ninja: apt install cmake ninja-build"):
        opencv.minimal_cv2(tmp_path)
