"""``python -m communique``: the same command line as ``communique``."""

from communique.cli import main

if __name__ == "__main__":
    main()
