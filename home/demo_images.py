"""Pictures for the demo content, drawn locally so that loading the demo downloads nothing."""

import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection


def gradient(draw, size, start, end, *, vertical):
    """Fill the picture with a gradient from `start` to `end` (RGB tuples)."""
    width, height = size
    steps = height if vertical else width
    for step in range(steps):
        share = step / (steps - 1)
        colour = tuple(round(a + (b - a) * share) for a, b in zip(start, end, strict=True))
        line = [(0, step), (width, step)] if vertical else [(step, 0), (step, height)]
        draw.line(line, fill=colour)


def demo_image(title, file_prefix, size, paint):
    """The image called `title`, or a new one of `size` drawn by `paint(draw)` (found again by its title)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    from PIL import Image as PILImage
    from PIL import ImageDraw

    picture = PILImage.new("RGB", size)
    paint(ImageDraw.Draw(picture))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    file_name = f"{file_prefix}-" + "".join(c if c.isalnum() else "-" for c in title.lower())[:40] + ".png"
    image = Image(title=title, collection=Collection.get_first_root_node())
    image.file.save(file_name, ImageFile(buffer, name=file_name), save=False)
    image.save()
    return image
