#!/usr/bin/env bash
# Smoke-test a built bundle with no Python around it: query, render and export, each in a
# clean environment (`env -i`: no uv, no virtual environment, no PYTHONPATH).
#
#     bash packaging/smoke.sh dist/caucasus-atlas/caucasus-atlas
#
# Used by .ci/run (Linux) and .github/workflows/bundle.yml (Linux, Windows, macOS).
set -euo pipefail
exe=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Windows cannot start a process without SYSTEMROOT; nothing else is passed on.
clean=(env -i HOME="$out" ${SYSTEMROOT:+SYSTEMROOT="$SYSTEMROOT"})

cd "$out"  # not the repository: the bundle must find its own resources
"${clean[@]}" "$exe" query --date 1993-05-01 --lat 40.10 --lon 46.04 > query.txt
grep -q "kalbajar" query.txt || { cat query.txt; echo "smoke: query"; exit 1; }

"${clean[@]}" "$exe" render --date 2020-11-10 --out map.png --size 800x500 > render.txt 2> render.err
[ "$(head -c 8 map.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || { echo "smoke: render"; exit 1; }
[ ! -s render.err ] || { cat render.err; echo "smoke: render printed to stderr"; exit 1; }

"${clean[@]}" "$exe" export --format kml --out control.kml > export.txt
grep -q "<kml" control.kml && grep -q "control periods" export.txt || { echo "smoke: export"; exit 1; }
"${clean[@]}" "$exe" export --format gpkg --out control.gpkg > /dev/null  # GDAL's data in the bundle
echo "smoke: query, render and export ran from $exe"
