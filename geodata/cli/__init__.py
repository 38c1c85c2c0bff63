"""Subcommands that need no window: one module each (see ``main.py`` for the contract)."""
