"""Seeded synthetic webcam-like frames with a QR code, for the decoder benchmark.

Each frame is a cluttered, unevenly lit background with an otpauth:// QR code projected onto it
(size, rotation and perspective per category), then degraded like a cheap webcam (blur, sensor
noise, low contrast, glare, a finger over the code) and finally JPEG-compressed at q55–92 as
MJPEG webcams do. Everything comes from one ``numpy`` generator, so a seed gives the same set.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import segno

CATEGORIES = (
    "clean",
    "small",
    "large",
    "rotation",
    "perspective",
    "blur",
    "noise",
    "low contrast",
    "glare",
    "inverted",
    "occlusion",
    "mixed",
    "empty",
)
SIZES = ((640, 480), (1280, 720))
_ISSUERS = ("GitHub", "Chat2Desk", "Google", "ACME Corp", "Example", "Okta", "AWS", "Dropbox")
Rng = np.random.Generator


@dataclass(frozen=True)
class Sample:
    category: str
    size: tuple[int, int]
    frame: np.ndarray  # BGR uint8
    expected: str | None  # None: no code in the frame


@dataclass
class Scene:
    """What to draw: the code's place and how the picture is degraded."""

    side: float = 300.0
    angle: float = 0.0
    tilt: float = 0.03
    blur: float = 0.6
    noise: float = 3.0
    ink: int = 30
    paper: int = 225
    glare: float = 0.0
    occlusion: float = 0.0
    error: str = "m"


def random_uri(rng: Rng) -> str:
    secret = base64.b32encode(rng.bytes(int(rng.choice([10, 16, 20])))).decode().rstrip("=")
    issuer = str(rng.choice(_ISSUERS))
    user = f"user{int(rng.integers(1, 99999))}@example.com"
    digits = int(rng.choice([6, 6, 6, 8]))
    return f"otpauth://totp/{issuer}:{user}?secret={secret}&issuer={issuer.replace(' ', '%20')}&digits={digits}"


def _scene(category: str, rng: Rng, width: int, height: int) -> Scene:
    short = min(width, height)
    u = rng.uniform
    s = Scene(side=u(0.35, 0.6) * short, angle=u(-12, 12), tilt=u(0, 0.06), blur=u(0.3, 0.9))
    s.noise, s.error = u(2, 6), str(rng.choice(["l", "m", "q"]))
    gap = u(60, 160)
    s.ink, s.paper = int(u(10, 60)), int(min(250, u(10, 60) + gap + 60))
    if category == "small":
        s.side = u(95, 140)
    elif category == "large":
        s.side = u(0.85, 0.98) * short
    elif category == "rotation":
        s.angle = u(0, 360)
    elif category == "perspective":
        s.tilt, s.angle = u(0.12, 0.3), u(-30, 30)
    elif category == "blur":
        s.blur = u(1.6, 3.4) * (width / 1280) ** 0.5
    elif category == "noise":
        s.noise = u(18, 40)
    elif category == "low contrast":
        s.ink = int(u(70, 120))
        s.paper = s.ink + int(u(22, 45))
    elif category == "glare":
        s.glare = u(0.7, 1.4)
    elif category == "inverted":
        s.ink, s.paper = s.paper, s.ink
    elif category == "occlusion":
        s.occlusion, s.error = u(0.03, 0.08), str(rng.choice(["m", "q"]))
    elif category == "mixed":
        s.angle, s.tilt = u(0, 360), u(0.05, 0.18)
        s.blur, s.noise = u(0.8, 1.8) * (width / 1280) ** 0.5, u(6, 18)
        s.ink = int(u(40, 80))
        s.paper = s.ink + int(u(50, 110))
        s.side = u(0.25, 0.55) * short
    return s


def _background(rng: Rng, width: int, height: int) -> np.ndarray:
    base = rng.uniform(60, 200, size=3)
    small = rng.uniform(-50, 50, size=(4, 5, 3)) + base
    image = cv2.resize(small.astype(np.float32), (width, height), interpolation=cv2.INTER_CUBIC)
    for _ in range(int(rng.integers(3, 12))):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(20, width // 3)), int(rng.integers(5, height // 3))
        color = tuple(float(c) for c in rng.uniform(0, 255, size=3))
        cv2.rectangle(image, (x, y), (x + w, y + h), color, -1)
    image = np.clip(image, 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(0, 6))):
        org = (int(rng.integers(0, width - 50)), int(rng.integers(20, height)))
        color = tuple(float(c) for c in rng.uniform(0, 255, size=3))
        cv2.putText(
            image,
            "Keydesk 2FA",
            org,
            cv2.FONT_HERSHEY_SIMPLEX,
            float(rng.uniform(0.5, 2)),
            color,
            2,
        )
    return cv2.GaussianBlur(image.astype(np.float32), (0, 0), 1.2)


def _code_quad(rng: Rng, scene: Scene, width: int, height: int) -> np.ndarray:
    half = scene.side / 2
    margin = half * 1.15
    cx = rng.uniform(min(margin, width / 2), max(width - margin, width / 2))
    cy = rng.uniform(min(margin, height / 2), max(height - margin, height / 2))
    corners = np.array([[-half, -half], [half, -half], [half, half], [-half, half]])
    corners += rng.uniform(-scene.tilt, scene.tilt, size=(4, 2)) * scene.side
    theta = np.deg2rad(scene.angle)
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    return (corners @ rot.T + [cx, cy]).astype(np.float32)


def _draw_code(image: np.ndarray, uri: str, scene: Scene, quad: np.ndarray) -> None:
    matrix = np.array(segno.make_qr(uri, error=scene.error).matrix, dtype=np.uint8)
    matrix = np.pad(matrix, 4)
    scale = 8
    tile = cv2.resize(matrix, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)
    paper_ink = np.where(tile > 0, scene.ink, scene.paper).astype(np.float32)
    n = tile.shape[0]
    src = np.array([[0, 0], [n, 0], [n, n], [0, n]], dtype=np.float32)
    homography = cv2.getPerspectiveTransform(src, quad)
    size = (image.shape[1], image.shape[0])
    warped = cv2.warpPerspective(paper_ink, homography, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones_like(paper_ink), homography, size, flags=cv2.INTER_AREA)
    tint = np.array([1.0, 0.98, 0.95], dtype=np.float32)
    image *= (1 - mask)[..., None]
    image += (warped[..., None] * tint) * mask[..., None]


def _occlude(image: np.ndarray, rng: Rng, scene: Scene, quad: np.ndarray) -> None:
    center = quad.mean(axis=0)
    corner = int(rng.integers(0, 4))
    edge = (quad[corner] + quad[(corner + 1) % 4]) / 2  # a finger on an edge, between two corners
    radius = np.sqrt(scene.occlusion * scene.side**2 / np.pi)
    spot = edge * 0.6 + center * 0.4
    axes = (int(radius * 1.4), int(radius * 0.7))
    color = (120.0, 150.0, 200.0)
    cv2.ellipse(
        image, (int(spot[0]), int(spot[1])), axes, float(rng.uniform(0, 180)), 0, 360, color, -1
    )


def _glare(image: np.ndarray, rng: Rng, scene: Scene, quad: np.ndarray) -> None:
    height, width = image.shape[:2]
    center = quad.mean(axis=0) + rng.uniform(-0.25, 0.25, size=2) * scene.side
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    sigma = scene.side * rng.uniform(0.15, 0.3)
    spot = np.exp(-((xs - center[0]) ** 2 + (ys - center[1]) ** 2) / (2 * sigma**2))
    image += (spot * 255 * scene.glare)[..., None]


def _light(image: np.ndarray, rng: Rng) -> None:
    height, width = image.shape[:2]
    gx = np.linspace(rng.uniform(0.7, 1.0), rng.uniform(0.8, 1.15), width, dtype=np.float32)
    gy = np.linspace(rng.uniform(0.75, 1.0), rng.uniform(0.85, 1.1), height, dtype=np.float32)
    image *= (gy[:, None] * gx[None, :])[..., None]


def _finish(image: np.ndarray, rng: Rng, scene: Scene) -> np.ndarray:
    if scene.blur > 0.05:
        image = cv2.GaussianBlur(image, (0, 0), scene.blur)
    image = image + rng.normal(0, scene.noise, size=image.shape).astype(np.float32)
    frame = np.clip(image, 0, 255).astype(np.uint8)
    quality = int(rng.integers(55, 93))
    ok, jpeg = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(jpeg, cv2.IMREAD_COLOR)


def make_sample(category: str, size: tuple[int, int], rng: Rng) -> Sample:
    width, height = size
    image = _background(rng, width, height)
    scene = _scene(category, rng, width, height)
    expected: str | None = None
    if category != "empty":
        expected = random_uri(rng)
        quad = _code_quad(rng, scene, width, height)
        _draw_code(image, expected, scene, quad)
        if scene.occlusion:
            _occlude(image, rng, scene, quad)
        if scene.glare:
            _glare(image, rng, scene, quad)
    _light(image, rng)
    return Sample(category, size, _finish(image, rng, scene), expected)


def samples(per_category: int, seed: int = 20260101) -> Iterator[Sample]:
    rng = np.random.default_rng(seed)
    for size in SIZES:
        for category in CATEGORIES:
            for _ in range(per_category):
                yield make_sample(category, size, rng)


Builder = Callable[[str, tuple[int, int], Rng], Sample]
__all__: list[Any] = ["CATEGORIES", "SIZES", "Sample", "make_sample", "samples"]
