/* Caucasus Atlas — the legend: what the colours and hatches on the map mean at this date.
 *
 * A Leaflet control in the bottom-left corner, added at boot and hidden until a `legend`
 * message gives it entries (Python builds them; the page only draws them, escaped).
 *
 * It makes room: on a map narrower than FOLD_BELOW_PX (side by side, a small window) it
 * folds to its title, a button that opens it (never in an export); and it is never taller than the room between
 * the caption and the map's foot (larger text scrolls inside it, never over the caption).
 */
(function (Atlas) {
  'use strict';

  const { escapeHtml } = Atlas.util;
  const FOLD_BELOW_PX = 500; // a map narrower than this shows the legend as its title only
  const GAP_PX = 10; // kept free between the caption and the legend
  let el = null;
  let narrow = null; // the map's width class the fold was last chosen for
  let open = true;

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

  function place(corner) {
    const target = Atlas.map._controlCorners[corner];
    if (el.parentNode !== target) target.appendChild(el);
  }

  /* The room above the legend: up to the caption where the two share a column, else up to
   * the map's top. */
  function room() {
    const box = el.getBoundingClientRect();
    const caption = document.querySelector('.atlas-caption');
    const c = caption && caption.offsetParent ? caption.getBoundingClientRect() : null;
    const sharesColumn = c && c.left < box.right && box.left < c.right;
    const top = sharesColumn ? c.bottom : Atlas.map.getContainer().getBoundingClientRect().top;
    return box.bottom - top - GAP_PX;
  }

  function fold(folded) {
    el.classList.toggle('atlas-legend-folded', folded);
    const toggle = el.querySelector('.atlas-legend-title');
    if (toggle) toggle.setAttribute('aria-expanded', String(!folded));
  }

  /* Fold on a narrow map (open again when it widens), then fit under the caption: scroll
   * inside a shorter box, or fold, or as a last resort go to the bottom-right corner. */
  function fit() {
    if (!el || el.style.display === 'none') return;
    const isNarrow = Atlas.map.getSize().x < FOLD_BELOW_PX;
    if (isNarrow !== narrow) {
      narrow = isNarrow;
      open = !isNarrow;
    }
    // An exported figure has no button to press: its legend is always open.
    const exporting = document.body.classList.contains('atlas-exporting');
    place('bottomleft');
    el.style.maxHeight = '';
    fold(!open && !exporting);
    const lines = parseFloat(getComputedStyle(el).fontSize) * 6; // a legend worth scrolling
    if (el.getBoundingClientRect().height <= room()) return;
    if (room() >= lines) {
      el.style.maxHeight = room() + 'px';
      return;
    }
    fold(!exporting);
    if (el.getBoundingClientRect().height <= room()) return;
    place('bottomright');
    if (el.getBoundingClientRect().height > room()) el.style.maxHeight = Math.max(0, room()) + 'px';
  }

  Atlas.handle({
    legend(m) {
      if (!el) return;
      el.innerHTML = '<button type="button" class="atlas-legend-title">' + escapeHtml(m.title)
        + '</button><div class="atlas-legend-body">' + m.entries.map(row).join('')
        + (m.note ? '<div class="atlas-legend-note">' + escapeHtml(m.note) + '</div>' : '')
        + '</div>';
      el.style.display = m.entries.length ? '' : 'none';
      fit();
    },
  });

  Atlas.legendBox = () => el; // for the page tests: the box that folds

  Atlas.onBoot(() => {
    el = new Legend().addTo(Atlas.map).getContainer();
    L.DomEvent.on(el, 'click', (e) => {
      if (!e.target.closest('.atlas-legend-title')) return;
      open = !open;
      fit();
    });
    Atlas.map.on('resize', fit);
    // Larger text grows the caption and the legend: measure again whenever either changes.
    const watch = new ResizeObserver(() => fit());
    watch.observe(Atlas.map.getContainer());
    const caption = document.querySelector('.atlas-caption');
    if (caption) watch.observe(caption);
    new MutationObserver(fit).observe(document.body, { attributes: true, attributeFilter: ['class'] });
    Atlas.boxes.fitFirst(fit); // atlas-boxes.js: fitted before the layering rule measures it
  });
})(window.Atlas);
