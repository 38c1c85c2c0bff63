/* Caucasus Atlas — the story on the map: call-outs that pop up as the date reaches a
 * section, the box that lists sections placed outside the view, and the tour's card.
 */
(function (Atlas) {
  'use strict';

  const { escapeHtml } = Atlas.util;
  let map = null;

  // Story call-outs: the complete set for the date (every `set` replaces the last one, so
  // fast scrubbing leaves nothing stale). Sections anchored at (nearly) the same point share
  // one card: the first in full, the others as heading and link. Cards that would overlap are
  // moved apart after every set and zoom, so several at once stay readable.
  const Callouts = {
    items: {}, // section id -> the call-out shown
    cards: [], // one L.tooltip per anchor group
    GROUP_PX: 28, // anchors closer than this share a card
    GAP_PX: 6,
    set(list) {
      if (!this.zoomHook) {
        this.zoomHook = () => this.render();
        map.on('zoomend moveend', this.zoomHook);
      }
      this.items = {};
      list.forEach((c) => { this.items[c.id] = c; });
      this.render();
    },
    render() {
      this.cards.forEach((card) => {
        const el = card.getElement();
        card.remove();
        if (el) L.DomUtil.remove(el); // at once: Leaflet would fade it out for 200 ms
      });
      this.cards = [];
      const groups = [];
      const away = [];
      Object.keys(this.items).forEach((id) => {
        const c = this.items[id];
        const point = map.latLngToContainerPoint([c.lat, c.lon]);
        const direction = this.direction(point);
        if (direction) {
          away.push({ c, direction });
          return;
        }
        const near = groups.find((g) => g.point.distanceTo(point) < this.GROUP_PX);
        if (near) near.items.push(c);
        else groups.push({ point, latlng: [c.lat, c.lon], items: [c] });
      });
      Elsewhere.set(away);
      groups.forEach((g) => {
        const card = L.tooltip({
          permanent: true, interactive: true, direction: 'top', className: 'atlas-callout',
          pane: 'callouts', offset: [0, -8],
        }).setLatLng(g.latlng).setContent(this.html(g.items));
        card.addTo(map);
        card.atlasIds = g.items.map((c) => c.id);
        card.atlasY = g.point.y;
        this.cards.push(card);
      });
      this.spread();
    },
    // Which way a point lies outside the view ('' when it is inside): an arrow.
    direction(point) {
      const size = map.getSize();
      const ns = point.y < 0 ? 'n' : point.y > size.y ? 's' : '';
      const ew = point.x < 0 ? 'w' : point.x > size.x ? 'e' : '';
      return { n: '↑', s: '↓', w: '←', e: '→', nw: '↖', ne: '↗', sw: '↙', se: '↘' }[ns + ew] || '';
    },
    // The first section in full; the others share the card as a date and a linked heading.
    html(items) {
      return items.map((c, i) => {
        const id = escapeHtml(c.id);
        const date = '<div class="atlas-callout-date">' + escapeHtml(c.date) + '</div>';
        if (i > 0) {
          return '<div class="atlas-callout-item atlas-callout-more">' + date
            + '<a href="#" class="atlas-callout-title" data-section="' + id + '">'
            + escapeHtml(c.title) + '</a></div>';
        }
        return '<div class="atlas-callout-item">' + date
          + '<div class="atlas-callout-title">' + escapeHtml(c.title) + '</div>'
          + '<div class="atlas-callout-text">' + escapeHtml(c.text) + '</div>'
          + '<a href="#" class="atlas-callout-link" data-section="' + id
          + '">' + escapeHtml(Atlas.t('Read in the story ›')) + '</a></div>';
      }).join('');
    },
    // Greedy layout, lowest anchors first: a card that overlaps one already placed moves up
    // or down by the smallest shift that clears every placed card (inside the map if it can).
    spread() {
      const placed = [];
      const gap = this.GAP_PX;
      const frame = map.getContainer().getBoundingClientRect();
      this.cards.slice().sort((a, b) => b.atlasY - a.atlasY).forEach((card) => {
        const el = card.getElement();
        if (!el) return;
        el.style.marginTop = '0px';
        el.classList.remove('atlas-callout-moved');
        const r = el.getBoundingClientRect();
        const fits = (dy) => !placed.some((p) => r.left < p.right + gap && p.left < r.right + gap
          && r.top + dy < p.bottom + gap && p.top < r.bottom + dy + gap);
        let dy = 0;
        if (!fits(0)) {
          const options = [];
          placed.forEach((p) => options.push(p.top - gap - r.bottom, p.bottom + gap - r.top));
          // Smallest shift first, but one that keeps the card inside the map wins.
          const outside = (dy) => (r.top + dy < frame.top || r.bottom + dy > frame.bottom ? 1 : 0);
          options.sort((a, b) => outside(a) - outside(b) || Math.abs(a) - Math.abs(b));
          dy = options.find(fits);
          if (dy === undefined) dy = Math.max(...placed.map((p) => p.bottom)) + gap - r.top;
          el.style.marginTop = dy + 'px';
          el.classList.add('atlas-callout-moved');
        }
        placed.push({ left: r.left, right: r.right, top: r.top + dy, bottom: r.bottom + dy });
      });
    },
  };

  // Sections whose places lie outside the view (Yerevan or Moscow seen from Karabakh) are
  // listed in a small box with the way to them, instead of being lost off the map.
  const Elsewhere = {
    el: null,
    set(list) {
      if (!this.el) {
        const Box = L.Control.extend({
          options: { position: 'topright' },
          onAdd() {
            const el = L.DomUtil.create('div', 'atlas-elsewhere');
            L.DomEvent.disableClickPropagation(el);
            return el;
          },
        });
        const box = new Box();
        box.addTo(map);
        this.el = box.getContainer();
      }
      const rows = list.map((a) => '<div class="atlas-elsewhere-row"><span class="arrow">'
        + a.direction + '</span><a href="#" data-section="' + escapeHtml(a.c.id) + '">'
        + escapeHtml(a.c.title) + '</a> <span class="date">' + escapeHtml(a.c.date) + '</span></div>');
      this.el.innerHTML = rows.length
        ? '<div class="atlas-elsewhere-title">' + escapeHtml(Atlas.t('Also now, off this view'))
          + '</div>' + rows.join('') : '';
      this.el.style.display = rows.length ? '' : 'none';
    },
  };

  Atlas.handle({
    callouts(m) {
      Callouts.set(m.callouts);
    },
    // The guided tour's section text, over the map's right side. `html` is the story's
    // closed safe subset (geodata.story.section_html); the other fields are plain text.
    tourCard(m) {
      let el = map.getContainer().querySelector('.atlas-tour');
      if (!el) {
        el = L.DomUtil.create('div', 'atlas-tour', map.getContainer());
        el.setAttribute('role', 'region');
        el.setAttribute('aria-live', 'polite');
        L.DomEvent.disableClickPropagation(el);
        L.DomEvent.disableScrollPropagation(el);
      }
      el.style.display = m.visible ? '' : 'none';
      el.setAttribute('aria-label', m.title || Atlas.t('Tour'));
      el.innerHTML = '<div class="atlas-tour-step">' + escapeHtml(m.step) + '</div>'
        + '<div class="atlas-tour-date">' + escapeHtml(m.date) + '</div>'
        + '<div class="atlas-tour-title">' + escapeHtml(m.title) + '</div>'
        + '<div class="atlas-tour-text">' + m.html + '</div>';
    },
  });

  Atlas.onBoot(() => {
    map = Atlas.map;
  });

  // ---- test hooks (read-only) ---------------------------------------------------------------

  Atlas.openCallouts = function () {
    return Object.keys(Callouts.items);
  };
  Atlas.calloutAnchor = function (id) {
    const c = Callouts.items[id];
    return c ? { lat: c.lat, lon: c.lon } : null;
  };
  Atlas.calloutBoxes = function () {
    return Callouts.cards.filter((card) => card.getElement()).map((card) => {
      const r = card.getElement().getBoundingClientRect();
      return { ids: card.atlasIds, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
  };
  Atlas.elsewhere = function () {
    return Elsewhere.el ? Array.from(Elsewhere.el.querySelectorAll('[data-section]'))
      .map((a) => a.dataset.section) : [];
  };
})(window.Atlas);
