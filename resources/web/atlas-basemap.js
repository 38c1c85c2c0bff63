/* Caucasus Atlas — the basemap: land, water, relief, place names, country and sea names.
 *
 * Everything here is drawn once at boot from the files the page config names, then only
 * restyled by zoom (and the place names re-written in a new language): labels thin out (by rank, then by collision, around the places that are
 * always named) and the wide views drop what only the Caucasus has (relief, admin-1 lines,
 * the detailed coast).
 */
(function (Atlas) {
  'use strict';

  const { layers, features } = Atlas;
  const { log, escapeHtml, fetchJson } = Atlas.util;
  let map = null;
  let control = null;

  const BASE_STYLES = {
    context: { pane: 'land', style: { color: '#b9b1a2', weight: 0.6, fillColor: '#ebe6dc', fillOpacity: 1 } },
    countries: { pane: 'land', style: { color: '#8f8677', weight: 1.3, fillColor: '#f5f1e8', fillOpacity: 1 } },
    water: { pane: 'water', style: { color: '#86aec6', weight: 1.1, fillColor: '#c6dbe7', fillOpacity: 1 } },
    admin1: { pane: 'admin', style: { color: '#a99f8e', weight: 0.7, dashArray: '3 3', fill: true, fillOpacity: 0 } },
  };

  function loadBasemap(base) {
    const jobs = [];
    ['context', 'countries', 'water', 'admin1'].forEach((name) => {
      if (!base[name]) return;
      const spec = BASE_STYLES[name];
      jobs.push(fetchJson(base[name]).then((data) => {
        const layer = Atlas.addGeoJson(name, data, {
          pane: spec.pane,
          // Water polygons get no outline: where a sea is clipped to the frame, an
          // outline would draw a straight line across it.
          style: (f) => {
            if (f.geometry.type.indexOf('Line') >= 0) return { color: spec.style.color, weight: 1.2, fill: false };
            return name === 'water' ? Object.assign({}, spec.style, { stroke: false }) : spec.style;
          },
          interactive: name === 'admin1',
        });
        if (name === 'admin1') layer.on('click', Atlas.onRegionClick);
        if (name === 'countries') updateZoomClass();
      }).catch((e) => log('warning', 'basemap layer ' + name + ' not loaded: ' + e.message)));
    });
    if (base.hillshade) {
      const relief = L.imageOverlay(base.hillshade.url, base.hillshade.bounds, {
        pane: 'relief', opacity: 0.55, className: 'atlas-relief', interactive: false,
      }).addTo(map);
      control.addOverlay(relief, 'Relief (hillshade)');
    }
    if (base.labels) addLabels(base.labels);
    if (base.places) {
      jobs.push(fetchJson(base.places).then(addPlaces)
        .catch((e) => log('warning', 'places not loaded: ' + e.message)));
    }
    return Promise.all(jobs);
  }

  function placeName(p) {
    const alt = p.alt ? '<span class="alt">' + escapeHtml(p.alt) + '</span>' : '';
    return '<b>' + escapeHtml(p.name) + '</b>' + alt;
  }

  function placeIcon(p) {
    return L.divIcon({
      className: 'atlas-place rank-' + p.rank + ' kind-' + p.kind,
      html: '<i></i><span class="atlas-place-name">' + placeName(p) + '</span>',
      iconSize: null,
    });
  }

  function addPlaces(data) {
    const layer = L.geoJSON(data, {
      pointToLayer: (feature, latlng) => {
        const p = feature.properties;
        const marker = L.marker(latlng, {
          icon: placeIcon(p), pane: 'labels', keyboard: false, title: p.label || p.name,
        });
        marker.atlasId = p.id;
        features[p.id] = features[p.id] || marker;
        marker.on('click', (e) => {
          L.DomEvent.stopPropagation(e);
          Atlas.bridge.markerClick(p.id);
        });
        return marker;
      },
    }).addTo(map);
    layers.places = layer;
    control.addOverlay(layer, 'Place names');
    declutter();
  }

  // Country, sea and lake names: written only within their zoom range.
  function addLabels(list) {
    const group = L.layerGroup();
    const icon = (l) => L.divIcon({
      className: 'atlas-label atlas-label-' + l.kind, html: escapeHtml(Atlas.t(l.text)), iconSize: null,
    });
    list.forEach((l) => {
      const marker = L.marker([l.lat, l.lon], { icon: icon(l), pane: 'labels', interactive: false, keyboard: false });
      marker.atlasZoom = [l.min_zoom, l.max_zoom];
      marker.atlasLabel = l;
      group.addLayer(marker);
    });
    const update = () => {
      const z = map.getZoom();
      group.eachLayer((m) => {
        const el = m.getElement();
        if (el) el.style.display = z >= m.atlasZoom[0] && z < m.atlasZoom[1] ? '' : 'none';
      });
    };
    group.addTo(map);
    map.on('zoomend', update);
    update();
    layers.labels = group;
    Atlas.retranslators.push(() => {
      group.eachLayer((m) => m.setIcon(icon(m.atlasLabel)));
      update();
    });
  }

  // Names the map always writes, at every zoom: capitals and Stepanakert/Khankendi (the
  // places' `always`), the places of the current story section (`namedPlaces`) and the
  // outlined ones (`highlight`). The others make room for them.
  let named = new Set();
  const SIDES = ['right', 'left', 'above', 'below'];

  // An outlined id names the place even where an area of the same id (Lachin's district)
  // took the outline.
  function isNamed(marker, outlined) {
    const p = marker.feature.properties;
    return p.always || named.has(p.id) || outlined.has(p.id);
  }

  // A name's box on each side of its dot, from its box on the right (where CSS puts it first):
  // reading every box once, before anything moves, costs one layout, not one per place.
  function sideBoxes(el) {
    const anchor = el.getBoundingClientRect();
    const text = el.querySelector('.atlas-place-name').getBoundingClientRect();
    const dot = el.querySelector('i').getBoundingClientRect();
    const w = text.width;
    const h = text.height;
    const gap = text.left - anchor.left;
    const box = (left, top) => ({ left, top, right: left + w, bottom: top + h });
    return {
      dot,
      right: text,
      left: box(anchor.left - gap - w, text.top),
      above: box(anchor.left - w / 2, anchor.top - gap - h),
      below: box(anchor.left - w / 2, anchor.top + gap),
    };
  }

  // Each name goes to the first side of its dot where it overlaps nothing written before it
  // (a town's or village's only side is the right). A name with no free side is hidden,
  // unless the map must write it: then it takes a side free of other names, or the right.
  // Named places go first, then the rest by rank (places come sorted by rank), so capitals,
  // the section's places and towns win over villages. Runs after every zoom or pan, and
  // whenever the named set, the outlines or the type size change.
  function declutter() {
    if (!layers.places) return;
    const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const markers = [];
    layers.places.eachLayer((marker) => { if (marker.getElement()) markers.push(marker); });
    const outlined = new Set(Atlas.highlighted ? Atlas.highlighted() : []);
    const must = new Set(markers.filter((m) => isNamed(m, outlined)));
    markers.forEach((marker) => {
      const el = marker.getElement();
      el.classList.remove('atlas-collide', ...SIDES.map((side) => 'atlas-' + side));
      el.classList.toggle('atlas-named', must.has(marker));
    });
    const shown = markers.filter((m) => getComputedStyle(m.getElement()).display !== 'none');
    const boxes = new Map(shown.map((m) => [m, sideBoxes(m.getElement())]));
    const placed = [];
    const ordered = shown.filter((m) => must.has(m)).concat(shown.filter((m) => !must.has(m)));
    ordered.forEach((marker) => {
      const b = boxes.get(marker);
      const free = (r) => !placed.some((p) => overlaps(r, p));
      // Towns and villages keep to the right of their dot: moving them too would fill every gap.
      const sides = must.has(marker) || marker.feature.properties.rank < 3 ? SIDES : ['right'];
      let side = sides.find((s) => free(b[s]) && free(b.dot));
      if (!side && must.has(marker)) side = SIDES.find((s) => free(b[s])) || 'right';
      if (side) {
        marker.getElement().classList.add('atlas-' + side);
        placed.push(b[side], b.dot);
      } else {
        marker.getElement().classList.add('atlas-collide');
      }
    });
  }

  Atlas.declutter = declutter;

  // The same places in another language: each marker keeps its element (and so its outline
  // and the layer control's say) and only its words change; then the names are placed again.
  function renamePlaces(data) {
    if (!layers.places) return addPlaces(data);
    const byId = new Map(data.features.map((f) => [f.properties.id, f.properties]));
    layers.places.eachLayer((marker) => {
      const p = byId.get(marker.atlasId);
      if (!p) return;
      marker.feature.properties = p;
      marker.options.title = p.label || p.name;
      marker.options.icon = placeIcon(p); // used when the layer is shown again
      const el = marker.getElement();
      if (!el) return;
      el.title = marker.options.title;
      el.querySelector('.atlas-place-name').innerHTML = placeName(p);
    });
    declutter();
  }

  Atlas.handle({
    namedPlaces(m) {
      named = new Set(m.ids);
      declutter();
    },
    places(m) {
      return fetchJson(m.url).then(renamePlaces);
    },
  });

  function updateZoomClass() {
    const z = map.getZoom();
    // The detailed Caucasus countries are clipped to a box whose edges would show when
    // zoomed far out; there the low-detail context layer alone is enough.
    const detail = layers.countries;
    if (detail) {
      if (z < 5.5 && map.hasLayer(detail)) detail.remove();
      else if (z >= 5.5 && !map.hasLayer(detail)) detail.addTo(map);
    }
    const c = map.getContainer();
    c.classList.toggle('atlas-z-region', z < 5.5);
    c.classList.toggle('atlas-z-far', z < 6.5);
    c.classList.toggle('atlas-z-mid', z >= 6.5 && z < 8.5);
    c.classList.toggle('atlas-z-near', z >= 8.5);
  }

  // Test hook (read-only): each place label written now, with its box and side.
  Atlas.placeLabels = function () {
    const out = [];
    if (!layers.places) return out;
    layers.places.eachLayer((marker) => {
      const el = marker.getElement();
      if (!el || getComputedStyle(el).display === 'none' || el.classList.contains('atlas-collide')) return;
      const r = el.querySelector('.atlas-place-name').getBoundingClientRect();
      const side = SIDES.find((s) => el.classList.contains('atlas-' + s)) || '';
      out.push({
        id: marker.atlasId, text: el.querySelector('.atlas-place-name').innerText, side,
        named: el.classList.contains('atlas-named'),
        left: r.left, top: r.top, right: r.right, bottom: r.bottom,
      });
    });
    return out;
  };

  Atlas.onBoot((cfg) => {
    map = Atlas.map;
    control = Atlas.control;
    updateZoomClass();
    map.on('zoomend', updateZoomClass);
    map.on('zoomend moveend', declutter);
    return loadBasemap(cfg.layers || {});
  });
})(window.Atlas);
