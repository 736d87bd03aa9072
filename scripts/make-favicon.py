#!/usr/bin/env python3
"""Writes themes/default/static/favicon.ico: the picture of favicon.svg (a white tick on a blue
rounded square), drawn at 16 and 32 pixels, with the Python standard library alone.

Run from the repository root after changing favicon.svg, and keep the two alike:
    python3 scripts/make-favicon.py
"""
import struct
import zlib
from pathlib import Path

BLUE = (0x0B, 0x5C, 0xAD)
WHITE = (0xFF, 0xFF, 0xFF)
TICK = [(8.5, 16.5), (13.5, 21.5), (23.5, 10.5)]  # favicon.svg's path, in its 32x32 box
STROKE = 3.5
RADIUS = 7


def segment_distance(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


def inside_square(x, y):
    cx = min(max(x, RADIUS), 32 - RADIUS)
    cy = min(max(y, RADIUS), 32 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def pixel(size, x, y, samples=4):
    """Colour and alpha of one pixel, averaged over samples x samples points."""
    scale = 32 / size
    square = tick = 0
    for i in range(samples):
        for j in range(samples):
            px = (x + (i + 0.5) / samples) * scale
            py = (y + (j + 0.5) / samples) * scale
            if inside_square(px, py):
                square += 1
                if min(segment_distance(px, py, TICK[k], TICK[k + 1]) for k in range(len(TICK) - 1)) <= STROKE / 2:
                    tick += 1
    n = samples * samples
    if square == 0:
        return (0, 0, 0, 0)
    t = tick / square
    colour = tuple(round(BLUE[c] * (1 - t) + WHITE[c] * t) for c in range(3))
    return colour + (round(255 * square / n),)


def png(size):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(size, x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def ico(sizes):
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in zip(sizes, images):
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(images)


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "themes/default/static/favicon.ico"
    target.write_bytes(ico([16, 32]))
    print(f"wrote {target} ({target.stat().st_size} bytes)")
