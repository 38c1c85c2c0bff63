/* Caucasus Atlas — the control data's layers: areas, front lines, overlays, and the
 * former NKAO's boundary and name.
 *
 * Each is loaded once (a `layerData` message with a URL) into its pane with its base
 * style and an entry in the layer control; after that, a `layerData` without a URL only
 * shows or hides features by id (lines and overlays that exist on the date).
 */
(function (Atlas) {
  'use strict';

  const { log, fetchJson, escapeHtml } = Atlas.util;

  const LAYERS = {
    // Armenia and Azerbaijan outside the control areas, in pale tints: with the areas they
    // fill both countries in full. Not clickable (the admin faces under them are).
    countries: {
      pane: 'control',
      style: (f) => ({ stroke: false, fillColor: f.properties.fill, fillOpacity: 0.62, interactive: false }),
    },
    areas: {
      pane: 'control', clickable: true, title: 'De facto control',
      style: () => ({ color: '#ffffff', weight: 0.8, opacity: 0.9, fillColor: '#cccccc', fillOpacity: 0 }),
    },
    lines: {
      pane: 'lines', title: 'Front lines and corridors (approximate)',
      style: (f) => ({
        color: (f.properties && f.properties.color) || '#3b3b3b',
        weight: (f.properties && f.properties.weight) || 2,
        dashArray: (f.properties && f.properties.dash) || '6 4',
        interactive: false,
      }),
    },
    // The oblast's boundary and its name ("NKAO", then "former NKAO"): one feature of
    // each per period, shown by date like the lines.
    nkao: {
      pane: 'lines', title: 'NKAO boundary (former NKAO from 26 Nov 1991)',
      style: (f) => ({
        color: f.properties.color, weight: 2.6, dashArray: f.properties.dash, fill: false,
        interactive: false,
      }),
      pointToLayer: (f, latlng) => L.marker(latlng, {
        pane: 'labels', interactive: false, keyboard: false,
        icon: L.divIcon({
          className: 'atlas-label atlas-label-nkao', html: escapeHtml(f.properties.name), iconSize: null,
        }),
      }),
    },
    overlays: {
      pane: 'lines', title: 'Peacekeeping zone and blockade',
      style: (f) => ({
        color: (f.properties && f.properties.color) || '#00795a',
        weight: 3, dashArray: '2 6', lineCap: 'round', fill: false, interactive: false,
      }),
    },
  };

  function show(layer, visible) {
    layer.eachLayer((item) => {
      if (!(item.atlasId in visible)) return;
      const el = item.getElement && item.getElement();
      if (el) el.style.display = visible[item.atlasId] ? '' : 'none';
    });
  }

  Atlas.handle({
    layerData(m) {
      const existing = Atlas.layers[m.layer];
      if (existing && !m.url) {
        show(existing, m.visible);
        return undefined;
      }
      return fetchJson(m.url).then((data) => {
        if (existing) existing.remove();
        const spec = LAYERS[m.layer] || {};
        const layer = Atlas.addGeoJson(m.layer, data, spec);
        if (spec.clickable) layer.on('click', Atlas.onRegionClick);
        if (spec.title) Atlas.control.addOverlay(layer, spec.title);
        show(layer, m.visible);
      }).catch((e) => log('warning', 'layer ' + m.layer + ' not loaded: ' + e.message));
    },
  });
})(window.Atlas);
