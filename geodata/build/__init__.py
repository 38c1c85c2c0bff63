"""The reproducible basemap build: ``uv run --group data python -m geodata.build``.

It reads files shipped inside PyPI packages of the ``data`` dependency group (Natural Earth
10m, GeoNames, NOAA GLOBE) and writes the small derived files in ``resources/basemap/``
that the app reads at run time. See docs/data.md.
"""
