"""`python -m remedies` runs the command line."""

from remedies.cli import main

main(prog_name="remedies")
