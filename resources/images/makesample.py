#!/usr/bin/env python3
"""Draws the Convolution page's bundled sample picture (sample.png, 256x256, 8-bit grey).

Procedural, standard library only: a soft vertical gradient, a disc, a ring, a rotated
square, stripes of three widths and a checkerboard, so every image-mode kernel has edges,
corners, flat areas and fine detail to act on. Run: python3 makesample.py (writes beside it).
"""
import math
import os
import struct
import zlib

SIZE = 256


def pixel(x, y):
    v = 60 + 90 * y / SIZE  # background: dark at the top, lighter at the bottom
    if (x - 70) ** 2 + (y - 70) ** 2 < 40 ** 2:  # bright disc
        v = 230
    r = math.hypot(x - 185, y - 70)
    if 28 < r < 42:  # ring
        v = 20
    u, w = (x - 70) * 0.8 + (y - 185) * 0.6, -(x - 70) * 0.6 + (y - 185) * 0.8
    if abs(u) < 32 and abs(w) < 32:  # square rotated by about 37 degrees
        v = 200 - 1.5 * (u + 32)
    if 140 <= x < 240 and 140 <= y < 180:  # vertical stripes, 8, 4 and 2 pixels wide
        period = 16 if x < 175 else (8 if x < 210 else 4)
        v = 235 if (x // (period // 2)) % 2 == 0 else 25
    if 140 <= x < 240 and 195 <= y < 245:  # checkerboard of 10-pixel squares
        v = 220 if ((x // 10) + (y // 10)) % 2 == 0 else 40
    return max(0, min(255, int(round(v))))


def png(width, height, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


if __name__ == "__main__":
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample.png")
    with open(out, "wb") as f:
        f.write(png(SIZE, SIZE, rows))
