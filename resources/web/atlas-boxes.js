/* Caucasus Atlas — the one layering rule for every box drawn over the map.
 *
 * 1. What the user opened (a region, place or event pop-up) is on top of everything: it
 *    opens inside the map (sized to it, panned into it, clear of the credits strip and the
 *    tour card) and no other box may cover it.
 * 2. The cards keep their corners, the most important first (the tour card, the caption,
 *    the legends, the list card, then Leaflet's own controls): a card that would overlap
 *    the pop-up or a card placed before it, or would leave the map, folds to its heading;
 *    if even that does not fit it is hidden until there is room again.
 * 3. The movable boxes (the story's call-outs, at most two: atlas-story.js) go next to
 *    their anchor where they cover nothing and stay inside the map; one that finds no such
 *    place is folded into the list card.
 *
 * Leaflet draws controls above its panes, so "on top" cannot be a z-index; it is a layout
 * in which nothing overlaps. It runs after each message that can change a box, and after
 * every pan, zoom, resize and pop-up, at most once a frame.
 */
(function (Atlas) {
  'use strict';

  const PAD = 6; // px between a box and the map's edge or another box
  const FOLDED = 'atlas-folded';
  const HIDDEN = 'atlas-box-hidden';
  // The fixed cards, most important first; Leaflet's other controls (zoom, layers,
  // scale) after them. The credits strip is never folded: pop-ups and call-outs avoid it.
  const CARDS = ['.atlas-tour', '.atlas-caption', '.atlas-legend', '.atlas-elsewhere',
    '.leaflet-control:not(.atlas-caption):not(.atlas-legend):not(.atlas-elsewhere)'
    + ':not(.leaflet-control-attribution)'];

  let map = null;
  let queued = false;
  const movableSources = []; // functions returning [{el, anchor: {x, y}, fold()}]
  const fitters = []; // cards' own fitting (the legend's), run before the rule measures

  function shown(el) {
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  }

  // The rectangle of `el` and whatever sticks out of it (a pop-up's tip and close button).
  function rectOf(el) {
    const rects = [el, ...el.children].filter(shown).map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    return {
      left: Math.min(...rects.map((r) => r.left)), top: Math.min(...rects.map((r) => r.top)),
      right: Math.max(...rects.map((r) => r.right)), bottom: Math.max(...rects.map((r) => r.bottom)),
    };
  }

  const overlap = (a, b, gap) => a.left < b.right + gap && b.left < a.right + gap
    && a.top < b.bottom + gap && b.top < a.bottom + gap;
  const inside = (r, f) => r.left >= f.left && r.top >= f.top && r.right <= f.right && r.bottom <= f.bottom;
  const shift = (r, dx, dy) => ({ left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy });

  // ---- 1. what the user opened ----------------------------------------------------------

  // Room the pop-up must leave: the credits strip at the bottom, the tour card on the right.
  function popupFit() {
    const size = map.getSize();
    const container = map.getContainer();
    const credits = container.querySelector('.leaflet-control-attribution');
    const tour = container.querySelector('.atlas-tour');
    const right = tour && shown(tour) ? tour.getBoundingClientRect().width + 2 * PAD : 0;
    const bottom = credits && shown(credits) ? credits.getBoundingClientRect().height : 0;
    return {
      autoPanPaddingTopLeft: [PAD, PAD],
      autoPanPaddingBottomRight: [PAD + right, PAD + bottom],
      // Content box: the frame minus the wrapper's margins, the tip and the padding above.
      maxWidth: Math.max(120, Math.min(360, size.x - right - 2 * PAD - 50)),
      // At most 60 % of the map's height (it scrolls), so opening it moves the map little.
      maxHeight: Math.max(60, Math.min(size.y - bottom - 2 * PAD - 60, Math.max(220, 0.6 * size.y))),
    };
  }

  let popup = null;

  function fitPopup() {
    if (!popup || !popup.isOpen()) return;
    const fit = popupFit();
    if (fit.maxHeight !== popup.options.maxHeight || fit.maxWidth !== popup.options.maxWidth) {
      L.setOptions(popup, fit);
      popup.update(); // re-measured and panned into the map again
    }
  }

  Atlas.handle({
    popup(m) {
      popup = L.popup(Object.assign({ className: 'atlas-popup' }, popupFit()))
        .setLatLng([m.lat, m.lon]).setContent(m.html).openOn(map);
    },
  });

  // ---- 2. the cards ---------------------------------------------------------------------

  function cards() {
    const container = map.getContainer();
    const seen = new Set();
    const out = [];
    CARDS.forEach((selector) => container.querySelectorAll(selector).forEach((el) => {
      if (!seen.has(el)) out.push(el);
      seen.add(el);
    }));
    return out;
  }

  // Each card in order: as it is, else folded, else hidden; adds the rectangles placed.
  function layoutCards(placed, frame) {
    const all = cards();
    all.forEach((el) => el.classList.remove(FOLDED, HIDDEN));
    fitters.forEach((fit) => fit()); // a card that makes room itself does so first
    // The credits are never folded: what they cover is measured once the cards have fitted.
    const credits = map.getContainer().querySelector('.leaflet-control-attribution');
    if (credits && shown(credits)) placed.push(credits.getBoundingClientRect());
    all.forEach((el) => {
      if (!shown(el)) return;
      const fits = (r) => inside(r, frame) && !placed.some((p) => overlap(r, p, -0.5));
      let r = el.getBoundingClientRect();
      if (!fits(r)) {
        el.classList.add(FOLDED);
        r = el.getBoundingClientRect();
      }
      if (!fits(r)) {
        el.classList.add(HIDDEN);
        return;
      }
      placed.push(r);
    });
  }

  // ---- 3. the movable boxes -------------------------------------------------------------

  // Where a box of rectangle `r` (drawn above its anchor) may go instead: beside the
  // anchor on each side, and against the edges of what is placed and of the map. The
  // nearest offset that covers nothing and stays inside wins; null when there is none.
  function place(r, anchor, placed, inner) {
    const w = r.right - r.left;
    const h = r.bottom - r.top;
    const cx = (r.left + r.right) / 2;
    const xs = new Set([0, inner.left - r.left, inner.right - r.right,
      anchor.x + 14 - r.left, anchor.x - 14 - r.right]);
    const ys = new Set([0, inner.top - r.top, inner.bottom - r.bottom,
      anchor.y + 14 - r.top, anchor.y - h / 2 - r.top]);
    placed.forEach((p) => {
      xs.add(p.left - PAD - r.right);
      xs.add(p.right + PAD - r.left);
      ys.add(p.top - PAD - r.bottom);
      ys.add(p.bottom + PAD - r.top);
    });
    let best = null;
    xs.forEach((dx) => ys.forEach((dy) => {
      const s = shift(r, dx, dy);
      if (!inside(s, inner) || placed.some((p) => overlap(s, p, PAD))) return;
      // Distance from where it points; covering its own anchor costs as much as a width.
      const covers = anchor.x > s.left && anchor.x < s.right && anchor.y > s.top && anchor.y < s.bottom;
      const cost = Math.hypot(cx + dx - anchor.x, s.bottom - anchor.y) + (covers ? w + h : 0);
      if (!best || cost < best.cost) best = { dx, dy, cost };
    }));
    return best;
  }

  // Place every movable box; true when one had to be folded away (the list card changed).
  function layoutMovable(placed, inner) {
    const boxes = movableSources.flatMap((source) => source());
    boxes.forEach((b) => {
      b.el.style.marginLeft = '0px';
      b.el.style.marginTop = '0px';
    });
    for (const b of boxes) {
      const r = b.el.getBoundingClientRect();
      const spot = place(r, b.anchor, placed, inner);
      if (!spot) {
        b.fold();
        return true;
      }
      b.el.style.marginLeft = spot.dx + 'px';
      b.el.style.marginTop = spot.dy + 'px';
      b.el.classList.toggle('atlas-callout-moved', spot.dx !== 0 || spot.dy !== 0);
      placed.push(shift(r, spot.dx, spot.dy));
    }
    return false;
  }

  // ---- the rule, whole -------------------------------------------------------------------

  function layout() {
    queued = false;
    if (!map) return;
    fitPopup();
    const container = map.getContainer();
    const frame = container.getBoundingClientRect();
    const inner = { left: frame.left + PAD, top: frame.top + PAD, right: frame.right - PAD, bottom: frame.bottom - PAD };
    const opened = Array.from(container.querySelectorAll('.leaflet-popup')).filter(shown).map(rectOf);
    // Each pass can only fold a box away, so this ends; three passes cover two call-outs.
    for (let pass = 0; pass < 3; pass += 1) {
      const placed = opened.slice();
      layoutCards(placed, frame);
      if (!layoutMovable(placed, inner)) break;
    }
  }

  function schedule() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(layout);
  }

  Atlas.boxes = {
    layout,
    schedule,
    // A script with boxes that may move (call-outs) gives a function listing them, in
    // order of importance: [{el, anchor: container point {x, y} in page pixels, fold()}].
    movable(source) {
      movableSources.push(source);
    },
    // A card that fits itself to the map (the legend: control/legend.js) gives its fitting,
    // run unfolded before each layout, so that the rule judges the card as it fits itself.
    fitFirst(fit) {
      fitters.push(fit);
    },
  };
  Atlas.afterMessage(schedule);

  Atlas.onBoot(() => {
    map = Atlas.map;
    map.on('popupopen popupclose moveend zoomend resize', schedule);
  });
})(window.Atlas);
