/* Caucasus Atlas — users' own GeoJSON, KML and GPX layers (converted to GeoJSON in Python).
 *
 * `addUserLayer` draws one in its colour, above the control areas, with its features'
 * names as tooltips (escaped: the file is the user's, not ours); adding an id again
 * replaces it. `removeUserLayer` takes it off the map and out of the layer control.
 */
(function (Atlas) {
  'use strict';

  const { escapeHtml, fetchJson } = Atlas.util;
  const userLayers = {}; // user layer id -> L.GeoJSON

  function remove(id) {
    const layer = userLayers[id];
    if (!layer) return;
    Atlas.control.removeLayer(layer);
    layer.remove();
    delete userLayers[id];
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
        Atlas.control.addOverlay(layer, escapeHtml(m.name));
      });
    },
    removeUserLayer(m) {
      remove(m.id);
    },
  });

  // Test hook (read-only): the ids of the user layers on the map.
  Atlas.userLayers = function () {
    return Object.keys(userLayers);
  };
})(window.Atlas);
