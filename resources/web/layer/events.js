/* Caucasus Atlas — the chronology's events at the current date, as markers.
 *
 * `events` replaces the markers; a click on one asks Python for the event's pop-up
 * (`markerClick('event:<id>')`). The layer and its layer-control entry are made on the
 * first message.
 */
(function (Atlas) {
  'use strict';

  const { escapeHtml } = Atlas.util;

  function marker(e) {
    // Drawn up and to the left of its place, so that the place's own dot and label
    // stay clickable beside it.
    const icon = L.divIcon({
      className: 'atlas-event', iconSize: [16, 16], iconAnchor: [22, 20],
      html: '<i style="background:' + escapeHtml(e.color) + '"></i>',
    });
    const mk = L.marker([e.lat, e.lon], { icon, pane: 'events', keyboard: false });
    mk.bindTooltip('<b>' + escapeHtml(e.date) + '</b> ' + escapeHtml(e.title),
      { className: 'atlas-tip', direction: 'right', offset: [8, 0] });
    mk.on('click', (ev) => {
      L.DomEvent.stopPropagation(ev);
      Atlas.bridge.markerClick('event:' + e.id);
    });
    mk.atlasId = 'event:' + e.id;
    return mk;
  }

  Atlas.handle({
    events(m) {
      if (!Atlas.layers.events) {
        Atlas.layers.events = L.layerGroup().addTo(Atlas.map);
        Atlas.control.addOverlay(Atlas.layers.events, 'Events of the chronology');
      }
      Atlas.layers.events.clearLayers();
      m.events.forEach((e) => Atlas.layers.events.addLayer(marker(e)));
    },
  });

  // ---- test hooks (read-only) ----------------------------------------------------------

  Atlas.events = function () {
    const out = [];
    if (Atlas.layers.events) Atlas.layers.events.eachLayer((mk) => out.push(mk.atlasId));
    return out;
  };
  Atlas.pointOfEvent = function (id) {
    let point = null;
    const frame = Atlas.map.getContainer().getBoundingClientRect();
    if (Atlas.layers.events) {
      Atlas.layers.events.eachLayer((mk) => {
        if (mk.atlasId !== 'event:' + id) return;
        const r = mk.getElement().getBoundingClientRect();
        point = { x: r.left + r.width / 2 - frame.left, y: r.top + r.height / 2 - frame.top };
      });
    }
    return point;
  };
})(window.Atlas);
