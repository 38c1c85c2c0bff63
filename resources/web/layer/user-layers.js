/* Caucasus Atlas — users' own GeoJSON, KML and GPX layers (converted to GeoJSON in Python).
 *
 * `addUserLayer` draws one in its colour, above the control areas, with its features'
 * names as tooltips (escaped: the file is the user's, not ours); adding an id again
 * replaces it. `removeUserLayer` takes it off the map and out of the layer control.
 * "Your layers", a small legend under the map's own, names each layer beside its colour.
 */
(function (Atlas) {
  'use strict';

  const { escapeHtml, fetchJson } = Atlas.util;
  const userLayers = {}; // user layer id -> L.GeoJSON
  const entries = {}; // user layer id -> {name, color}, in the order added
  let legend = null;

  const Legend = L.Control.extend({
    options: { position: 'bottomleft' },
    onAdd() {
      const box = L.DomUtil.create('div', 'atlas-legend atlas-user-legend');
      box.style.display = 'none';
      L.DomEvent.disableClickPropagation(box);
      return box;
    },
  });

  function drawLegend() {
    if (!legend) legend = new Legend().addTo(Atlas.map).getContainer();
    const rows = Object.values(entries).map((e) => '<div class="atlas-legend-row">'
      + '<span class="swatch stable" style="--swatch:' + escapeHtml(e.color) + '"></span>'
      + escapeHtml(e.name) + '</div>');
    legend.innerHTML = '<div class="atlas-legend-title">' + escapeHtml(Atlas.t('Your layers'))
      + '</div>' + rows.join('');
    legend.style.display = rows.length ? '' : 'none';
  }

  function remove(id) {
    const layer = userLayers[id];
    if (!layer) return;
    Atlas.control.removeLayer(layer);
    layer.remove();
    delete userLayers[id];
    delete entries[id];
    drawLegend();
  }

  Atlas.handle({
    addUserLayer(m) {
      return fetchJson(m.url).then((data) => {
        remove(m.id);
        const layer = L.geoJSON(data, {
          pane: 'user',
          style: () => ({ color: m.color, weight: 2.5, fillColor: m.color, fillOpacity: 0.2 }),
          pointToLayer: (f, latlng) => L.circleMarker(latlng, {
            pane: 'user', radius: 6, color: '#fff', weight: 1.5, fillColor: m.color, fillOpacity: 0.95,
          }),
          onEachFeature: (f, item) => {
            const name = f.properties && (f.properties.name || f.properties.title);
            if (name) item.bindTooltip(escapeHtml(name), { className: 'atlas-tip' });
          },
        }).addTo(Atlas.map);
        userLayers[m.id] = layer;
        entries[m.id] = { name: m.name, color: m.color };
        drawLegend();
        Atlas.control.addOverlay(layer, escapeHtml(m.name));
      });
    },
    removeUserLayer(m) {
      remove(m.id);
    },
  });

  // Test hooks (read-only): the ids of the user layers on the map; the legend's entries.
  Atlas.userLayers = function () {
    return Object.keys(userLayers);
  };
  Atlas.userLegend = function () {
    return Object.values(entries);
  };
})(window.Atlas);
