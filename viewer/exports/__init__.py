"""Exports: PNG images, the PDF handout and the export dialog (one render engine)."""
