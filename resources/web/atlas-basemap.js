/* Caucasus Atlas — the basemap: land, water, relief, place names, country and sea names.
 *
 * Everything here is drawn once at boot from the files the page config names, then only
 * restyled by zoom: labels thin out (by rank, then by collision) and the wide views drop
 * what only the Caucasus has (relief, admin-1 lines, the detailed coast).
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

  function addPlaces(data) {
    const layer = L.geoJSON(data, {
      pointToLayer: (feature, latlng) => {
        const p = feature.properties;
        const alt = p.alt ? '<span class="alt">' + escapeHtml(p.alt) + '</span>' : '';
        const icon = L.divIcon({
          className: 'atlas-place rank-' + p.rank + ' kind-' + p.kind,
          html: '<i></i><b>' + escapeHtml(p.name) + '</b>' + alt,
          iconSize: null,
        });
        const marker = L.marker(latlng, { icon, pane: 'labels', keyboard: false, title: p.label || p.name });
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

  // Hide a label that would overlap one already placed; places come sorted by rank, so
  // capitals and towns win over villages. Runs after every zoom or pan.
  function declutter() {
    if (!layers.places) return;
    const placed = [];
    const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    layers.places.eachLayer((marker) => {
      const el = marker.getElement();
      if (!el) return;
      el.classList.remove('atlas-collide');
      if (getComputedStyle(el).display === 'none') return;
      const rects = Array.from(el.querySelectorAll('b, .alt, i'))
        .map((node) => node.getBoundingClientRect())
        .filter((r) => r.width > 0);
      if (rects.some((r) => placed.some((p) => overlaps(r, p)))) {
        el.classList.add('atlas-collide');
      } else {
        placed.push(...rects);
      }
    });
  }

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

  Atlas.onBoot((cfg) => {
    map = Atlas.map;
    control = Atlas.control;
    updateZoomClass();
    map.on('zoomend', updateZoomClass);
    map.on('zoomend moveend', declutter);
    return loadBasemap(cfg.layers || {});
  });
})(window.Atlas);
