"""`python -m framing …`: the `framing` command, for an interpreter whose scripts folder is not on the PATH."""

from framing.cli import main

main()
