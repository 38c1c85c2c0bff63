"""Subcommands that need Qt when they run (render, handout): imported without Qt."""
