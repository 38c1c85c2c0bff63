/* Caucasus Atlas — the story on the map: call-outs that pop up as the date reaches a
 * section, the card that lists the sections without one (no room, or placed outside the
 * view), and the tour's card.
 */
(function (Atlas) {
  'use strict';

  const { escapeHtml } = Atlas.util;
  let map = null;

  // Story call-outs: the complete set for the date (every `set` replaces the last one, so
  // fast scrubbing leaves nothing stale). At most MAX at once, one section to a card, the
  // first in the story's order whose places are in view; the others, and those placed off
  // the view, are listed in one card (List). Where each card goes is atlas-boxes.js's rule.
  const Callouts = {
    MAX: 2,
    items: {}, // section id -> the call-out shown
    cards: [], // one L.tooltip per section shown as a call-out
    folded: [], // in view, listed instead of shown
    away: [], // off this view: {c, direction}
    set(list) {
      if (!this.zoomHook) {
        this.zoomHook = () => this.render();
        map.on('zoomend moveend resize', this.zoomHook);
      }
      this.items = {};
      list.forEach((c) => { this.items[c.id] = c; });
      this.render();
    },
    render() {
      this.cards.forEach((card) => this.drop(card));
      this.cards = [];
      const here = [];
      this.away = [];
      Object.values(this.items).forEach((c) => {
        const direction = this.direction(map.latLngToContainerPoint([c.lat, c.lon]));
        if (direction) this.away.push({ c, direction });
        else here.push(c);
      });
      this.folded = here.slice(this.MAX);
      here.slice(0, this.MAX).forEach((c) => {
        const card = L.tooltip({
          permanent: true, interactive: true, direction: 'top', className: 'atlas-callout',
          pane: 'callouts', offset: [0, -8], opacity: 1,
        }).setLatLng([c.lat, c.lon]).setContent(this.html(c));
        card.addTo(map);
        card.atlasItem = c;
        this.cards.push(card);
      });
      this.list();
      Atlas.boxes.layout();
    },
    drop(card) {
      const el = card.getElement();
      card.remove();
      if (el) L.DomUtil.remove(el); // at once: Leaflet would fade it out for 200 ms
    },
    // The layering rule found no room for `card`: list its section instead.
    fold(card) {
      this.drop(card);
      this.cards = this.cards.filter((c) => c !== card);
      const order = Object.keys(this.items);
      this.folded.push(card.atlasItem);
      this.folded.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
      this.list();
    },
    list() {
      List.set(this.folded.map((c) => ({ c, direction: '' })).concat(this.away));
    },
    // The cards for atlas-boxes.js, in order, each with its anchor in page pixels.
    movable() {
      const frame = map.getContainer().getBoundingClientRect();
      return Callouts.cards.filter((card) => card.getElement()).map((card) => {
        const p = map.latLngToContainerPoint(card.getLatLng());
        return {
          el: card.getElement(),
          anchor: { x: frame.left + p.x, y: frame.top + p.y },
          fold: () => Callouts.fold(card),
        };
      });
    },
    // Which way a point lies outside the view ('' when it is inside): an arrow.
    direction(point) {
      const size = map.getSize();
      const ns = point.y < 0 ? 'n' : point.y > size.y ? 's' : '';
      const ew = point.x < 0 ? 'w' : point.x > size.x ? 'e' : '';
      return { n: '↑', s: '↓', w: '←', e: '→', nw: '↖', ne: '↗', sw: '↙', se: '↘' }[ns + ew] || '';
    },
    html(c) {
      return '<div class="atlas-callout-item">'
        + '<div class="atlas-callout-date">' + escapeHtml(c.date) + '</div>'
        + '<div class="atlas-callout-title">' + escapeHtml(c.title) + '</div>'
        + '<div class="atlas-callout-text">' + escapeHtml(c.text) + '</div>'
        + '<a href="#" class="atlas-callout-link" data-section="' + escapeHtml(c.id)
        + '">' + escapeHtml(Atlas.t('Read in the story ›')) + '</a></div>';
    },
  };
  Atlas.boxes.movable(() => Callouts.movable());

  // The list card: the sections of the date that have no call-out, those in view (a dot)
  // first, then those whose places lie outside it (Yerevan or Moscow seen from Karabakh)
  // with the way to them, instead of being lost off the map.
  const List = {
    el: null,
    set(list) {
      if (!this.el) {
        const Box = L.Control.extend({
          options: { position: 'topright' },
          onAdd() {
            const el = L.DomUtil.create('div', 'atlas-elsewhere');
            L.DomEvent.disableClickPropagation(el);
            L.DomEvent.disableScrollPropagation(el);
            return el;
          },
        });
        const box = new Box();
        box.addTo(map);
        this.el = box.getContainer();
      }
      const rows = list.map((a) => '<div class="atlas-elsewhere-row"><span class="arrow">'
        + (a.direction || '•') + '</span><a href="#" data-section="' + escapeHtml(a.c.id)
        + '"' + (a.direction ? ' data-away="1"' : '') + '>'
        + escapeHtml(a.c.title) + '</a> <span class="date">' + escapeHtml(a.c.date) + '</span></div>');
      this.el.innerHTML = rows.length
        ? '<div class="atlas-elsewhere-title">'
          + escapeHtml(list.some((a) => !a.direction) ? Atlas.t('Also now') : Atlas.t('Also now, off this view'))
          + ' <span class="count">' + rows.length + '</span></div>' + rows.join('') : '';
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
      return { ids: [card.atlasItem.id], left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
  };
  // The sections listed because their places are off this view; those listed for want of room.
  Atlas.elsewhere = function () {
    return List.el ? Array.from(List.el.querySelectorAll('[data-away]')).map((a) => a.dataset.section) : [];
  };
  Atlas.foldedCallouts = function () {
    return Callouts.folded.map((c) => c.id);
  };
})(window.Atlas);
