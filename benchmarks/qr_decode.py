"""QR decoding: Keydesk's cascade against bare zxing-cpp, pyzbar and OpenCV, in one run.

Sets: a seeded synthetic set of webcam-like frames (``_qr_synth.py``: 13 categories at 640×480 and
1280×720, JPEG q55–92) and the public photo sets under ``../shared/testdata`` (skipped if absent;
expected text in the sibling ``.txt``). Success means the expected text is among the results; any
other text returned is a *wrong payload*. Everything runs on one thread.

    .venv/bin/python benchmarks/qr_decode.py            # 30 frames per category and size
    .venv/bin/python benchmarks/qr_decode.py --quick    # 8 per category, for a quick look
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from PIL import Image
from pyzbar import pyzbar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _qr_synth import CATEGORIES, SIZES, samples

from desktop.core import qr

SHARED = Path(os.environ.get("KEYDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
PHOTO_DIRS = (SHARED / "testdata" / "qr-photos", SHARED / "testdata" / "interop" / "real-world-qr")
Decoder = Callable[[np.ndarray], list[str]]


def gray_of(frame: np.ndarray) -> np.ndarray:
    return frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)


def bare_zxing(frame: np.ndarray) -> list[str]:
    found = zxingcpp.read_barcodes(
        gray_of(frame), formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.Plain
    )
    return [b.text for b in found]


def bare_pyzbar(frame: np.ndarray) -> list[str]:
    found = pyzbar.decode(gray_of(frame), symbols=[pyzbar.ZBarSymbol.QRCODE])
    return [d.data.decode("utf-8", "replace") for d in found]


_ARUCO = cv2.QRCodeDetectorAruco()


def bare_opencv(frame: np.ndarray) -> list[str]:
    try:
        ok, texts, _, _ = _ARUCO.detectAndDecodeMulti(gray_of(frame))
    except cv2.error:
        return []
    return [t for t in texts if t] if ok else []


DECODERS: dict[str, Decoder] = {
    "keydesk": qr.decode,
    "zxing-cpp": bare_zxing,
    "pyzbar": bare_pyzbar,
    "opencv": bare_opencv,
}


class Tally:
    def __init__(self) -> None:
        self.ok: dict[tuple[str, str], list[bool]] = defaultdict(list)
        self.ms: dict[tuple[str, str], list[float]] = defaultdict(list)
        self.wrong: dict[str, int] = defaultdict(int)

    def run(self, group: str, frame: np.ndarray, expected: str | None) -> None:
        for name, decoder in DECODERS.items():
            start = time.perf_counter()
            try:
                texts = decoder(frame)
            except Exception:  # noqa: BLE001 - a bare library failing counts as "not found"
                texts = []
            self.ms[(group, name)].append((time.perf_counter() - start) * 1000)
            found = [normalise(t) for t in texts]
            want = normalise(expected) if expected is not None else None
            self.ok[(group, name)].append(want in found if want is not None else not found)
            if want not in found:  # another text instead of the expected one
                self.wrong[name] += sum(1 for t in found if t != want)


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def photos() -> Iterator[tuple[np.ndarray, str]]:
    for root in PHOTO_DIRS:
        if not root.is_dir():
            print(f"(photo set {root} absent: skipped)")
            continue
        for truth in sorted(root.rglob("*.txt")):
            if truth.name.endswith("metadata.txt"):
                continue
            for suffix in (".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp"):
                image_path = truth.with_suffix(suffix)
                if image_path.exists():
                    with Image.open(image_path) as image:
                        bgr = cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2BGR)
                    yield bgr, truth.read_text(encoding="utf-8", errors="replace")
                    break


def pct(values: list[bool]) -> str:
    return f"{100 * sum(values) / len(values):5.1f}" if values else "   - "


def times(values: list[float]) -> str:
    if not values:
        return "      -     "
    p95 = float(np.percentile(values, 95))
    return f"{statistics.median(values):5.1f}/{p95:6.1f}"


def print_table(tally: Tally, groups: list[str]) -> None:
    names = list(DECODERS)
    header = f"{'set':<24}" + "".join(f"{n + ' %':>9} {'ms med/p95':>13}" for n in names)
    print(header)
    print("-" * len(header))
    for group in groups:
        row = f"{group:<24}"
        for name in names:
            row += f"{pct(tally.ok[(group, name)]):>9} {times(tally.ms[(group, name)]):>13}"
        print(row)


def merged(tally: Tally, groups: list[str], name: str) -> tuple[list[bool], list[float]]:
    ok = [v for g in groups for v in tally.ok[(g, name)]]
    ms = [v for g in groups for v in tally.ms[(g, name)]]
    return ok, ms


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="8 frames per category and size")
    parser.add_argument("--per-category", type=int, default=30)
    parser.add_argument("--seed", type=int, default=20260101)
    args = parser.parse_args()
    per_category = 8 if args.quick else args.per_category
    cv2.setNumThreads(1)
    tally = Tally()
    for sample in samples(per_category, args.seed):
        group = f"{sample.size[0]}x{sample.size[1]} {sample.category}"
        tally.run(group, sample.frame, sample.expected)
    photo_count = 0
    for frame, expected in photos():
        tally.run("public photos", frame, expected)
        photo_count += 1
    groups = [f"{w}x{h} {c}" for w, h in SIZES for c in CATEGORIES]
    for w, h in SIZES:
        size_groups = [g for g in groups if g.startswith(f"{w}x{h} ")]
        for name in DECODERS:
            ok, ms = merged(tally, size_groups, name)
            tally.ok[(f"{w}x{h} overall", name)] = ok
            tally.ms[(f"{w}x{h} overall", name)] = ms
    summary = [f"{w}x{h} overall" for w, h in SIZES] + (["public photos"] if photo_count else [])
    print(
        f"QR decode benchmark: {per_category} synthetic frames per category and size, "
        f"seed {args.seed}, {photo_count} public photos, one thread"
    )
    print_table(tally, groups + summary)
    report_targets(tally, photo_count)
    return 0


def report_targets(tally: Tally, photo_count: int) -> None:
    ok, ms = merged(tally, ["1280x720 overall"], "keydesk")
    _, zx_ms = merged(tally, ["1280x720 overall"], "zxing-cpp")
    _, empty_ms = merged(tally, ["1280x720 empty"], "keydesk")
    _, zx_empty = merged(tally, ["1280x720 empty"], "zxing-cpp")
    ratio = statistics.median(ms) / statistics.median(zx_ms)
    empty_ratio = statistics.median(empty_ms) / statistics.median(zx_empty)
    print()
    print(f"synthetic 1280x720 overall: {pct(ok).strip()} %   (target >= 96 %)")
    if photo_count:
        photo_ok, _ = merged(tally, ["public photos"], "keydesk")
        print(f"public photos:              {pct(photo_ok).strip()} %   (target >= 95 %)")
    print(f"median per 720p frame:      {ratio:.2f}x bare zxing-cpp   (target <= 1.5x)")
    print(f"median per empty 720p frame:{empty_ratio:.2f}x bare zxing-cpp   (target <= 2x)")
    print("wrong payloads:             " + ", ".join(f"{n} {c}" for n, c in tally.wrong.items()))


if __name__ == "__main__":
    sys.exit(main())
