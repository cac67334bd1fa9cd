# Draws the package icon (icon.png, 128x128): two overlapping circles, two people meeting halfway,
# on a rounded square. Standard library only; run `python3 draw-icon.py` to redraw it.
import struct
import zlib

SIZE, SAMPLES = 128, 4
BACKGROUND, LEFT, RIGHT = (47, 125, 109), (244, 201, 93), (232, 115, 90)


def inside_rounded_square(x, y, radius=24):
    cx = min(max(x, radius), SIZE - radius)
    cy = min(max(y, radius), SIZE - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x, y):
    if not inside_rounded_square(x, y):
        return None
    in_left = (x - 50) ** 2 + (y - 64) ** 2 <= 34 ** 2
    in_right = (x - 78) ** 2 + (y - 64) ** 2 <= 34 ** 2
    if in_left and in_right:  # where the two overlap, their colours mix
        return tuple((a + b) // 2 for a, b in zip(LEFT, RIGHT))
    return LEFT if in_left else RIGHT if in_right else BACKGROUND


def pixel(px, py):
    # Supersampling smooths the edges: average SAMPLES x SAMPLES points inside the pixel.
    total, red, green, blue = 0, 0, 0, 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            c = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
            if c is not None:
                total += 1
                red, green, blue = red + c[0], green + c[1], blue + c[2]
    if total == 0:
        return (0, 0, 0, 0)
    return (red // total, green // total, blue // total, 255 * total // SAMPLES ** 2)


rows = b"".join(b"\x00" + bytes(v for px in range(SIZE) for v in pixel(px, py)) for py in range(SIZE))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


with open("icon.png", "wb") as file:
    file.write(b"\x89PNG\r\n\x1a\n")
    file.write(chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)))
    file.write(chunk(b"IDAT", zlib.compress(rows, 9)))
    file.write(chunk(b"IEND", b""))
