/* Caucasus Atlas — the legend: what the colours and hatches on the map mean at this date.
 *
 * A Leaflet control in the bottom-left corner, added at boot and hidden until a `legend`
 * message gives it entries (Python builds them; the page only draws them, escaped).
 */
(function (Atlas) {
  'use strict';

  const { escapeHtml } = Atlas.util;
  let el = null;

  const Legend = L.Control.extend({
    options: { position: 'bottomleft' },
    onAdd() {
      const box = L.DomUtil.create('div', 'atlas-legend');
      box.style.display = 'none';
      L.DomEvent.disableClickPropagation(box);
      return box;
    },
  });

  function row(e) {
    return '<div class="atlas-legend-row"><span class="swatch '
      + escapeHtml(e.status || 'stable') + '" style="--swatch:' + escapeHtml(e.color) + '"></span>'
      + escapeHtml(e.label) + '</div>';
  }

  Atlas.handle({
    legend(m) {
      if (!el) return;
      el.innerHTML = '<div class="atlas-legend-title">' + escapeHtml(m.title) + '</div>'
        + m.entries.map(row).join('')
        + (m.note ? '<div class="atlas-legend-note">' + escapeHtml(m.note) + '</div>' : '');
      el.style.display = m.entries.length ? '' : 'none';
    },
  });

  Atlas.onBoot(() => {
    el = new Legend().addTo(Atlas.map).getContainer();
  });
})(window.Atlas);
