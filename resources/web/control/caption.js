/* Caucasus Atlas — the large date caption on the map itself (title, date, subtitle).
 *
 * A Leaflet control in the top-left corner, added at boot; `caption` sets its three lines
 * as text, never as HTML.
 */
(function (Atlas) {
  'use strict';

  let el = null;

  const Caption = L.Control.extend({
    options: { position: 'topleft' },
    onAdd() {
      const box = L.DomUtil.create('div', 'atlas-caption');
      box.innerHTML = '<div class="atlas-caption-title"></div><div class="atlas-caption-date"></div>'
        + '<div class="atlas-caption-sub"></div>';
      L.DomEvent.disableClickPropagation(box);
      return box;
    },
  });

  Atlas.handle({
    caption(m) {
      if (!el) return;
      el.querySelector('.atlas-caption-title').textContent = m.title || '';
      el.querySelector('.atlas-caption-date').textContent = m.date || '';
      el.querySelector('.atlas-caption-sub').textContent = m.subtitle || '';
    },
  });

  Atlas.onBoot(() => {
    el = new Caption().addTo(Atlas.map).getContainer();
  });
})(window.Atlas);
