"""A minimal OpenCV for the bundle: `python packaging/build.py --minimal-opencv` (or
`MINIMAL_OPENCV=1 make dist`).

The opencv-python-headless wheel is 155 MB in the bundle: its `cv2` (72 MB, every module) and the
libraries it links at load time: OpenBLAS (39 MB, for LAPACK), FFmpeg with its codecs (about
35 MB, for video files) and more. Keydesk uses OpenCV's image processing, the QR detector and
VideoCapture for cameras (V4L2 on Linux); it never opens a video file (tests do, as MJPEG AVI,
which OpenCV reads without FFmpeg) and never calls LAPACK. This builds the same OpenCV version
from the same PyPI source with only those modules, no FFmpeg, no BLAS/LAPACK and no optional image
codecs: one 21 MB `cv2.abi3.so` that needs only libjpeg, zlib and the C++ runtime.

It costs about 11.5 CPU-minutes (6 minutes on 2 idle cores) once per OpenCV version; the result is
kept in build/opencv-minimal-VERSION/. CI builds with the wheel's OpenCV (see packaging/README.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "opencv-python-headless"
#: Debian packages the build needs (not in scripts/debian-packages.txt: CI does not build it).
BUILD_PACKAGES = ("cmake", "ninja-build", "g++", "libjpeg-dev", "zlib1g-dev")
#: What Keydesk calls: imgproc, objdetect (QRCodeDetectorAruco) and videoio (cameras); CMake adds
#: what they depend on (core, flann, geometry, features, imgcodecs).
MODULES = ("core", "imgproc", "objdetect", "videoio", "python3")
_OFF = (
    # video files, other capture back-ends, GPU and vendor libraries
    "FFMPEG", "GSTREAMER", "OPENCL", "VA", "1394", "OBSENSOR", "IPP", "ITT",
    # BLAS/LAPACK, and what only dnn or the GUI module would use
    "LAPACK", "EIGEN", "PROTOBUF", "GTK", "QT",
    # image codecs beyond JPEG (MJPEG webcams); Pillow reads image files
    "PNG", "TIFF", "WEBP", "OPENJPEG", "JASPER", "OPENEXR", "AVIF",
    "IMGCODEC_HDR", "IMGCODEC_SUNRASTER", "IMGCODEC_PXM", "IMGCODEC_PFM", "IMGCODEC_GIF",
)  # fmt: skip


def cmake_options(python: Path, numpy_include: str, python_include: str) -> list[str]:
    """The configuration: a static, stripped cv2 with MODULES only."""
    return [
        "-G", "Ninja",
        "-DCMAKE_BUILD_TYPE=Release",
        "-DBUILD_SHARED_LIBS=OFF",
        f"-DBUILD_LIST={','.join(MODULES)}",
        "-DWITH_V4L=ON",
        "-DWITH_JPEG=ON",
        "-DBUILD_JPEG=OFF",  # the system's libjpeg, which the bundle already has for zbar
        *(f"-DWITH_{name}=OFF" for name in _OFF),
        "-DBUILD_TESTS=OFF", "-DBUILD_PERF_TESTS=OFF", "-DBUILD_EXAMPLES=OFF",
        "-DBUILD_DOCS=OFF", "-DBUILD_opencv_apps=OFF", "-DBUILD_JAVA=OFF",
        "-DBUILD_opencv_python3=ON",
        f"-DPYTHON3_EXECUTABLE={python}",
        f"-DPYTHON3_INCLUDE_DIR={python_include}",
        f"-DPYTHON3_NUMPY_INCLUDE_DIRS={numpy_include}",
        "-DPYTHON3_LIMITED_API=ON",
        "-DCMAKE_CXX_FLAGS=-ffunction-sections -fdata-sections",
        "-DCMAKE_MODULE_LINKER_FLAGS=-Wl,--gc-sections -Wl,--as-needed -s",
    ]  # fmt: skip


def minimal_cv2(build: Path) -> Path:
    """The minimal cv2.abi3.so for the installed OpenCV version, built once and kept."""
    version = metadata.version(DISTRIBUTION)
    work = build.resolve() / f"opencv-minimal-{version}"
    result = work / "cv2.abi3.so"
    if result.is_file():
        return result
    missing = [tool for tool in ("cmake", "ninja", "c++") if shutil.which(tool) is None]
    if missing or not Path("/usr/include/jpeglib.h").is_file():
        raise SystemExit(
            f"building OpenCV needs {', '.join(missing) or 'the libjpeg headers'}: "
            f"apt install {' '.join(BUILD_PACKAGES)}"
        )
    source = _source(work, version)
    objects = work / "cmake"
    objects.mkdir(parents=True, exist_ok=True)
    import sysconfig

    import numpy

    options = cmake_options(
        Path(sys.executable), numpy.get_include(), sysconfig.get_paths()["include"]
    )
    subprocess.run(["cmake", *options, str(source)], cwd=objects, check=True)
    jobs = str(os.cpu_count() or 1)
    subprocess.run(["ninja", "-j", jobs, "opencv_python3"], cwd=objects, check=True)
    shutil.copyfile(objects / "lib" / "python3" / "cv2.abi3.so", result)
    return result


def _source(work: Path, version: str) -> Path:
    """OpenCV's source from the wheel's own sdist on PyPI (the same version, the same patches)."""
    unpacked = work / "src"
    source = unpacked / f"opencv_python_headless-{version}" / "opencv"
    if source.is_dir():
        return source
    download = work / "sdist"
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", DISTRIBUTION,
         f"{DISTRIBUTION}=={version}", "--dest", str(download)],
        check=True,
    )  # fmt: skip
    (archive,) = download.glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    return source


def swap_into(binaries: list[tuple[str, str, str]], cv2: Path) -> list[tuple[str, str, str]]:
    """The bundle's binaries with the wheel's cv2 replaced by ``cv2`` and the libraries only the
    wheel's needed (opencv_python_headless.libs/, and their links at the top) left out."""
    libs = "opencv_python_headless.libs/"
    swapped = []
    for dest, source, kind in binaries:
        if dest.startswith(libs) or (kind == "SYMLINK" and source.startswith(libs)):
            continue
        swapped.append((dest, str(cv2) if dest == "cv2/cv2.abi3.so" else source, kind))
    return swapped
