"""Find and read QR codes in a camera frame, a screenshot or an image file.

A cascade, cheapest first (``benchmarks/qr_decode.py`` measured every step):

1. zxing-cpp on the full-resolution gray frame. It reads about nine frames in ten on its own and
   costs a few milliseconds; most frames stop here.
2. Only when that finds nothing: a cheap texture search on a half-size frame proposes up to
   three square, densely edged regions where a code might be (a code too small, too blurred or
   too faint for step 1). Each region is cut out and retried enlarged, smoothed, with local
   contrast equalisation (CLAHE) and with OpenCV's Aruco-based detector. Frames with nothing
   code-like in them pay only for the search.
3. Only for small images (at most 480 px, e.g. phone photo thumbnails) that nothing read yet:
   a few last passes (median blur, a high threshold, erosion, ±20° turns; ``SMALL_IMAGE_PASSES``).

Every library call is wrapped: an exception inside a decoder is logged (never with the payload)
and counted as "nothing found" — a library problem is never the user's problem.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp
from numpy.typing import NDArray
from pyzbar import pyzbar

log = logging.getLogger(__name__)

Gray = NDArray[np.uint8]
Point = tuple[float, float]
Box = tuple[int, int, int, int]  # x, y, width, height in full-frame pixels

MAX_CANDIDATES = 3
#: Images this small (thumbnails, cropped photos) are retried whole instead of searched.
SMALL_IMAGE_SIDE = 480
_CROP_TARGET_SIDE = 360  # enlarge small regions to about this many pixels
_CROP_MARGIN = 0.25
_CROP_MIN_SCALE = 1.5  # enlarge every region up to this side a little: soft modules get sharper
_CROP_UPSCALE_LIMIT = 700
_MORPH_KERNEL = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
_DARK_THRESHOLD = 180  # of 255, for _darker_threshold
_CLAHE = cv2.createCLAHE(clipLimit=2.5, tileGridSize=(4, 4))


@dataclass(frozen=True)
class FoundCode:
    """A decoded QR code: its text and its four corners in the frame's pixel coordinates."""

    text: str
    corners: tuple[Point, Point, Point, Point]


def decode(image: NDArray[np.uint8]) -> list[str]:
    """Every QR payload found in ``image`` (gray or BGR, any stride), without duplicates."""
    return [code.text for code in decode_with_positions(image)]


def decode_with_positions(image: NDArray[np.uint8]) -> list[FoundCode]:
    """Like :func:`decode`, with each code's corners for outlining it on a preview."""
    gray = to_gray(image)
    if gray.size == 0 or min(gray.shape) < 21:
        return []
    detected: list[Box] = []
    found = _zxing_with(zxingcpp.Binarizer.LocalAverage, gray, (0.0, 0.0), 1.0, detected)
    if found:
        return found
    height, width = gray.shape
    if max(height, width) <= SMALL_IMAGE_SIDE:
        boxes = [(0, 0, width, height)]
    else:  # codes zxing saw but could not read come first, then places that look like codes
        boxes = (detected[:MAX_CANDIDATES] + find_candidates(gray))[: MAX_CANDIDATES + 1]
    for box in boxes:
        crop_found = _decode_region(gray, box)
        if crop_found:
            return crop_found
    if max(height, width) <= SMALL_IMAGE_SIDE:
        return _decode_small(gray)
    return []


def to_gray(image: NDArray[np.uint8]) -> Gray:
    """8-bit gray from gray, BGR or BGRA; strided views are fine (no copy when already gray)."""
    array = np.asarray(image)
    if array.dtype != np.uint8:
        raise TypeError(f"expected an 8-bit image, not {array.dtype}")
    if array.ndim == 2:
        return array
    if array.ndim == 3 and array.shape[2] == 1:
        return array[:, :, 0]
    if array.ndim == 3 and array.shape[2] in (3, 4):
        code = cv2.COLOR_BGR2GRAY if array.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        return cv2.cvtColor(np.ascontiguousarray(array), code)  # type: ignore[return-value]
    raise TypeError(f"expected a gray or BGR image, not shape {array.shape}")


def _zxing(gray: Gray, offset: Point = (0.0, 0.0), scale: float = 1.0) -> list[FoundCode]:
    return _zxing_with(zxingcpp.Binarizer.LocalAverage, gray, offset, scale)


def _zxing_global(gray: Gray, offset: Point = (0.0, 0.0), scale: float = 1.0) -> list[FoundCode]:
    """zxing-cpp with one threshold for the whole region: better on soft, evenly lit crops."""
    return _zxing_with(zxingcpp.Binarizer.GlobalHistogram, gray, offset, scale)


def _zxing_with(
    binarizer: zxingcpp.Binarizer,
    gray: Gray,
    offset: Point,
    scale: float,
    unreadable: list[Box] | None = None,
) -> list[FoundCode]:
    """Decode with zxing-cpp; codes it detects but cannot read go to ``unreadable`` (if given)."""
    try:
        barcodes = zxingcpp.read_barcodes(
            gray,
            formats=zxingcpp.BarcodeFormat.QRCode,  # type: ignore[arg-type]
            text_mode=zxingcpp.TextMode.Plain,
            try_invert=True,
            binarizer=binarizer,
            return_errors=unreadable is not None,
        )
    except Exception as exc:  # noqa: BLE001 - any library failure means "not found"
        log.warning(
            "zxing-cpp failed on a %sx%s frame: %s",
            gray.shape[1],
            gray.shape[0],
            type(exc).__name__,
        )
        return []
    found: list[FoundCode] = []
    for barcode in barcodes:
        if not barcode.valid:
            if unreadable is not None:
                unreadable.append(_bounds(barcode.position))
            continue
        position = barcode.position
        points = (
            position.top_left,
            position.top_right,
            position.bottom_right,
            position.bottom_left,
        )
        corners = [(p.x / scale + offset[0], p.y / scale + offset[1]) for p in points]
        found.append(FoundCode(barcode.text, _four(corners)))
    return _unique(found)


def _aruco(gray: Gray, offset: Point = (0.0, 0.0), scale: float = 1.0) -> list[FoundCode]:
    try:
        ok, texts, points, _ = cv2.QRCodeDetectorAruco().detectAndDecodeMulti(gray)
    except Exception as exc:  # noqa: BLE001 - OpenCV raises on non-UTF-8 payloads, among others
        log.warning("OpenCV QR detector failed: %s", type(exc).__name__)
        return []
    if not ok or points is None:
        return []
    found = []
    for text, quad in zip(texts, points, strict=False):
        if text:
            corners = [
                (float(x) / scale + offset[0], float(y) / scale + offset[1]) for x, y in quad
            ]
            found.append(FoundCode(str(text), _four(corners)))
    return _unique(found)


def _pyzbar(gray: Gray, offset: Point = (0.0, 0.0), scale: float = 1.0) -> list[FoundCode]:
    found: list[FoundCode] = []
    for image in (gray, 255 - gray):  # zbar cannot read light-on-dark codes by itself
        try:
            symbols = pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])
        except Exception as exc:  # noqa: BLE001 - any library failure means "not found"
            log.warning("pyzbar failed: %s", type(exc).__name__)
            return []
        for symbol in symbols:
            text = _zbar_text(symbol.data)
            corners = [(p.x / scale + offset[0], p.y / scale + offset[1]) for p in symbol.polygon]
            found.append(FoundCode(text, _four(corners)))
        if found:
            break
    return _unique(found)


def _zbar_text(data: bytes) -> str:
    """zbar hands back Latin-1 re-encoded as UTF-8 for binary payloads; undo that when it fits."""
    text = data.decode("utf-8", errors="replace")
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def find_candidates(gray: Gray) -> list[Box]:
    """Square regions dense with edges where a code may hide, largest first (full-frame pixels)."""
    height, width = gray.shape
    half = cv2.resize(gray, (width // 2, height // 2), interpolation=cv2.INTER_AREA)
    gradient = cv2.morphologyEx(half, cv2.MORPH_GRADIENT, _MORPH_KERNEL)
    _, edges = cv2.threshold(gradient, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    density = cv2.blur(edges, (9, 9))
    _, dense = cv2.threshold(density, 115, 255, cv2.THRESH_BINARY)
    contours, _ = cv2.findContours(dense, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    boxes: list[tuple[float, Box]] = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if min(w, h) < 16 or max(w, h) > 1.6 * min(w, h):
            continue
        area = cv2.contourArea(contour)
        if area < 0.45 * w * h:
            continue
        boxes.append((area, (x * 2, y * 2, w * 2, h * 2)))
    boxes.sort(reverse=True)
    return [box for _, box in boxes[:MAX_CANDIDATES]]


def _decode_region(gray: Gray, box: Box) -> list[FoundCode]:
    crop, offset = _crop(gray, box)
    side = max(crop.shape)
    scale = max(_CROP_MIN_SCALE if side < _CROP_UPSCALE_LIMIT else 1.0, _CROP_TARGET_SIDE / side)
    if scale > 1.0:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)  # type: ignore[assignment]
    for prepare, reader in CROP_PASSES:
        found = reader(prepare(crop), offset, scale)
        if found:
            return found
    return []


def _crop(gray: Gray, box: Box) -> tuple[Gray, Point]:
    x, y, w, h = box
    margin = int(_CROP_MARGIN * max(w, h))
    left, top = max(0, x - margin), max(0, y - margin)
    right, bottom = min(gray.shape[1], x + w + margin), min(gray.shape[0], y + h + margin)
    return gray[top:bottom, left:right], (float(left), float(top))


def _as_is(gray: Gray) -> Gray:
    return gray


def _smoothed(gray: Gray) -> Gray:
    return cv2.GaussianBlur(gray, (0, 0), 1.2)  # type: ignore[return-value]


def _equalised(gray: Gray) -> Gray:
    return _CLAHE.apply(gray)  # type: ignore[return-value]


Reader = Callable[[Gray, Point, float], list[FoundCode]]
#: (preprocessing, decoder) tried in order on each candidate region; the benchmark decides.
CROP_PASSES: Sequence[tuple[Callable[[Gray], Gray], Reader]] = (
    (_as_is, _zxing),
    (_smoothed, _zxing),
    (_equalised, _zxing),
    (_as_is, _zxing_global),
    (_as_is, _pyzbar),
    (_as_is, _aruco),
)


def _darker_threshold(gray: Gray) -> Gray:
    """One high global threshold: grey, washed-out dark modules (ink on fabric) count as dark."""
    _, binary = cv2.threshold(gray, _DARK_THRESHOLD, 255, cv2.THRESH_BINARY)
    return binary  # type: ignore[return-value]


def _median(gray: Gray) -> Gray:
    return cv2.medianBlur(gray, 3)  # type: ignore[return-value]


def _eroded(gray: Gray) -> Gray:
    """Light areas shrink by a pixel: thin dark modules bled into by light fabric grow back."""
    return cv2.erode(gray, _MORPH_KERNEL)  # type: ignore[return-value]


def _decode_small(gray: Gray) -> list[FoundCode]:
    """Last tries for a small whole image (a phone photo thumbnail) that nothing else read."""
    for scale, angle, prepare, reader in SMALL_IMAGE_PASSES:
        image = gray
        if scale != 1.0:
            image = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)  # type: ignore[assignment]
        turn = cv2.getRotationMatrix2D((image.shape[1] / 2, image.shape[0] / 2), angle, 1.0)
        if angle:
            image = cv2.warpAffine(  # type: ignore[assignment]
                image,
                turn,
                (image.shape[1], image.shape[0]),
                flags=cv2.INTER_CUBIC,
                borderMode=cv2.BORDER_REPLICATE,
            )
        found = reader(np.ascontiguousarray(prepare(image)), (0.0, 0.0), 1.0)
        if found:
            back = np.asarray(cv2.invertAffineTransform(turn), dtype=np.float64)
            return [_unturned(code, back, scale) for code in found]
    return []


def _unturned(code: FoundCode, back: NDArray[np.float64], scale: float) -> FoundCode:
    """``code`` with corners taken back from a rotated, enlarged image to the original one."""
    corners = [
        (
            float(back[0, 0] * x + back[0, 1] * y + back[0, 2]) / scale,
            float(back[1, 0] * x + back[1, 1] * y + back[1, 2]) / scale,
        )
        for x, y in code.corners
    ]
    return FoundCode(code.text, _four(corners))


#: (scale, rotation in degrees, preprocessing, decoder) tried on small images only, after
#: CROP_PASSES. Each one reads public photos (ink on fabric, artistic codes) that nothing before
#: it reads; none returned a wrong payload. Rotating resamples the module grid differently.
SMALL_IMAGE_PASSES: Sequence[tuple[float, float, Callable[[Gray], Gray], Reader]] = (
    (1.0, 0.0, _median, _pyzbar),
    (1.0, 0.0, _darker_threshold, _pyzbar),
    (2.0, 0.0, _eroded, _zxing),
    (3.0, 20.0, _eroded, _pyzbar),
    (3.0, -20.0, _eroded, _pyzbar),
)


def _bounds(position: zxingcpp.Position) -> Box:
    points = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    xs, ys = [p.x for p in points], [p.y for p in points]
    return min(xs), min(ys), max(1, max(xs) - min(xs)), max(1, max(ys) - min(ys))


def _four(points: Sequence[Point]) -> tuple[Point, Point, Point, Point]:
    p = list(points)[:4]
    while len(p) < 4:
        p.append(p[-1] if p else (0.0, 0.0))
    return (p[0], p[1], p[2], p[3])


def _unique(found: list[FoundCode]) -> list[FoundCode]:
    seen: set[str] = set()
    result = []
    for code in found:
        if code.text not in seen:
            seen.add(code.text)
            result.append(code)
    return result
