"""Argument checks shared by the package's entry points: each refuses a bad value by name with the allowed range,
as the CLI names its options, before any work. The bounds come from the compiled module, which has them from the
same constants as the file readers and the CLI."""

import numbers

from . import _trichosim


def whole(name, value, low, high):
    """Refuses anything but a whole number (not a bool) from low to high."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or not low <= value <= high:
        raise ValueError("%s = %r: allowed range is %d to %d (whole number)" % (name, value, low, high))


def threads(value):
    """Worker threads: 1 to the module's bound (1024)."""
    whole("threads", value, 1, _trichosim.MAX_THREADS)


def seed(value):
    """A seed override: None (the file's own seed) or a whole number 0 to 2^53 - 1, as in scenario and trial files."""
    if value is not None:
        whole("seed", value, 0, _trichosim.MAX_SEED)
