"""The classroom: presentation mode, the tour, the presenter view, themes and type size."""
