"""``python -m policydiff``: the command line, exactly as the ``policydiff`` console script."""

from __future__ import annotations


def main() -> None:
    """Pin the numerical libraries to one thread before they load (:func:`policydiff.threads.pin_threads`),
    then run the command line."""
    from policydiff.threads import pin_threads

    pin_threads()
    from policydiff.cli import run

    run()


if __name__ == "__main__":
    main()
