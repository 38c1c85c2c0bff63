/* Caucasus Atlas — the page side of the bridge.
 *
 * The page is built once (by folium) and then only told what changed: every message from
 * Python is JSON with a `kind`, handled by exactly one function in `handlers`. Messages are
 * applied strictly in order (layer loads are asynchronous, so they are chained), and a
 * message with a non-zero `ack` is acknowledged once its result has been painted.
 */
(function () {
  'use strict';

  const Atlas = (window.Atlas = {});
  let map = null;
  let control = null;
  let bridge = null;
  let chain = Promise.resolve();
  const layers = {}; // name -> L.GeoJSON
  const features = {}; // id -> path layer (control areas, admin-1 faces, places)
  let highlighted = [];

  // ---- helpers -----------------------------------------------------------------------

  function log(level, text) {
    if (bridge) bridge.log(level, String(text));
    else console.log(text);
  }

  function afterPaint(fn) {
    requestAnimationFrame(() => requestAnimationFrame(fn));
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => ({
      '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
    })[c]);
  }

  function fetchJson(url) {
    return fetch(url).then((r) => {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }

  function pane(name, zIndex, interactive) {
    const p = map.createPane(name);
    p.style.zIndex = zIndex;
    if (!interactive) p.style.pointerEvents = 'none';
    return name;
  }

  // SVG patterns for hatched (contested / claimed) fills, made on demand per colour.
  function hatch(color, status) {
    const id = 'hatch-' + status + '-' + color.replace(/[^0-9a-zA-Z]/g, '');
    if (!document.getElementById(id)) {
      const svg = map.getPane('control').querySelector('svg');
      if (!svg) return color;
      let defs = svg.querySelector('defs');
      if (!defs) {
        defs = document.createElementNS('http://www.w3.org/2000/svg', 'defs');
        svg.insertBefore(defs, svg.firstChild);
      }
      const ns = 'http://www.w3.org/2000/svg';
      const pattern = document.createElementNS(ns, 'pattern');
      pattern.setAttribute('id', id);
      pattern.setAttribute('patternUnits', 'userSpaceOnUse');
      pattern.setAttribute('width', '8');
      pattern.setAttribute('height', '8');
      pattern.setAttribute('patternTransform', status === 'claimed' ? 'rotate(-45)' : 'rotate(45)');
      const bg = document.createElementNS(ns, 'rect');
      bg.setAttribute('width', '8');
      bg.setAttribute('height', '8');
      bg.setAttribute('fill', color);
      bg.setAttribute('fill-opacity', '0.35');
      const stripe = document.createElementNS(ns, 'rect');
      stripe.setAttribute('width', status === 'claimed' ? '2' : '4');
      stripe.setAttribute('height', '8');
      stripe.setAttribute('fill', color);
      pattern.appendChild(bg);
      pattern.appendChild(stripe);
      defs.appendChild(pattern);
    }
    return 'url(#' + id + ')';
  }

  // ---- basemap -------------------------------------------------------------------------

  const BASE_STYLES = {
    context: { pane: 'land', style: { color: '#b9b1a2', weight: 0.6, fillColor: '#ebe6dc', fillOpacity: 1 } },
    countries: { pane: 'land', style: { color: '#8f8677', weight: 1.3, fillColor: '#f5f1e8', fillOpacity: 1 } },
    water: { pane: 'water', style: { color: '#86aec6', weight: 1.1, fillColor: '#c6dbe7', fillOpacity: 1 } },
    admin1: { pane: 'admin', style: { color: '#a99f8e', weight: 0.7, dashArray: '3 3', fill: true, fillOpacity: 0 } },
  };

  function addGeoJson(name, data, options) {
    const layer = L.geoJSON(data, Object.assign({
      onEachFeature: (feature, item) => {
        const id = feature.properties && feature.properties.id;
        if (id) {
          item.atlasId = id;
          if (!features[id] || name === 'areas') features[id] = item;
        }
      },
    }, options));
    layer.addTo(map);
    layers[name] = layer;
    return layer;
  }

  function loadBasemap(base) {
    const jobs = [];
    ['context', 'countries', 'water', 'admin1'].forEach((name) => {
      if (!base[name]) return;
      const spec = BASE_STYLES[name];
      jobs.push(fetchJson(base[name]).then((data) => {
        const layer = addGeoJson(name, data, {
          pane: spec.pane,
          // Water polygons get no outline: where a sea is clipped to the frame, an
          // outline would draw a straight line across it.
          style: (f) => {
            if (f.geometry.type.indexOf('Line') >= 0) return { color: spec.style.color, weight: 1.2, fill: false };
            return name === 'water' ? Object.assign({}, spec.style, { stroke: false }) : spec.style;
          },
          interactive: name === 'admin1',
        });
        if (name === 'admin1') layer.on('click', onRegionClick);
        if (name === 'countries') updateZoomClass();
      }).catch((e) => log('warning', 'basemap layer ' + name + ' not loaded: ' + e.message)));
    });
    if (base.hillshade) {
      const relief = L.imageOverlay(base.hillshade.url, base.hillshade.bounds, {
        pane: 'relief', opacity: 0.55, className: 'atlas-relief', interactive: false,
      }).addTo(map);
      control.addOverlay(relief, 'Relief (hillshade)');
    }
    if (base.labels) addLabels(base.labels);
    if (base.places) {
      jobs.push(fetchJson(base.places).then(addPlaces)
        .catch((e) => log('warning', 'places not loaded: ' + e.message)));
    }
    return Promise.all(jobs);
  }

  function addPlaces(data) {
    const layer = L.geoJSON(data, {
      pointToLayer: (feature, latlng) => {
        const p = feature.properties;
        const alt = p.alt ? '<span class="alt">' + escapeHtml(p.alt) + '</span>' : '';
        const icon = L.divIcon({
          className: 'atlas-place rank-' + p.rank + ' kind-' + p.kind,
          html: '<i></i><b>' + escapeHtml(p.name) + '</b>' + alt,
          iconSize: null,
        });
        const marker = L.marker(latlng, { icon, pane: 'labels', keyboard: false, title: p.label || p.name });
        marker.atlasId = p.id;
        features[p.id] = features[p.id] || marker;
        marker.on('click', (e) => {
          L.DomEvent.stopPropagation(e);
          bridge.markerClick(p.id);
        });
        return marker;
      },
    }).addTo(map);
    layers.places = layer;
    control.addOverlay(layer, 'Place names');
    declutter();
  }

  // Country, sea and lake names: written only within their zoom range.
  function addLabels(list) {
    const group = L.layerGroup();
    list.forEach((l) => {
      const icon = L.divIcon({
        className: 'atlas-label atlas-label-' + l.kind, html: escapeHtml(l.text), iconSize: null,
      });
      const marker = L.marker([l.lat, l.lon], { icon, pane: 'labels', interactive: false, keyboard: false });
      marker.atlasZoom = [l.min_zoom, l.max_zoom];
      group.addLayer(marker);
    });
    const update = () => {
      const z = map.getZoom();
      group.eachLayer((m) => {
        const el = m.getElement();
        if (el) el.style.display = z >= m.atlasZoom[0] && z < m.atlasZoom[1] ? '' : 'none';
      });
    };
    group.addTo(map);
    map.on('zoomend', update);
    update();
    layers.labels = group;
  }

  // Hide a label that would overlap one already placed; places come sorted by rank, so
  // capitals and towns win over villages. Runs after every zoom or pan.
  function declutter() {
    if (!layers.places) return;
    const placed = [];
    const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    layers.places.eachLayer((marker) => {
      const el = marker.getElement();
      if (!el) return;
      el.classList.remove('atlas-collide');
      if (getComputedStyle(el).display === 'none') return;
      const rects = Array.from(el.querySelectorAll('b, .alt, i'))
        .map((node) => node.getBoundingClientRect())
        .filter((r) => r.width > 0);
      if (rects.some((r) => placed.some((p) => overlaps(r, p)))) {
        el.classList.add('atlas-collide');
      } else {
        placed.push(...rects);
      }
    });
  }

  function onRegionClick(e) {
    const id = e.layer && e.layer.atlasId;
    if (id && bridge) bridge.regionClick(id, e.latlng.lat, e.latlng.lng);
  }

  function updateZoomClass() {
    const z = map.getZoom();
    // The detailed Caucasus countries are clipped to a box whose edges would show when
    // zoomed far out; there the low-detail context layer alone is enough.
    const detail = layers.countries;
    if (detail) {
      if (z < 5.5 && map.hasLayer(detail)) detail.remove();
      else if (z >= 5.5 && !map.hasLayer(detail)) detail.addTo(map);
    }
    const c = map.getContainer();
    c.classList.toggle('atlas-z-region', z < 5.5);
    c.classList.toggle('atlas-z-far', z < 6.5);
    c.classList.toggle('atlas-z-mid', z >= 6.5 && z < 8.5);
    c.classList.toggle('atlas-z-near', z >= 8.5);
  }

  // ---- message handlers ------------------------------------------------------------------

  const handlers = {
    fitBounds(m) {
      map.fitBounds(m.bounds, { animate: false });
    },
    flyTo(m) {
      map.flyToBounds(m.bounds, { duration: 0.8 });
    },
    layerData(m) {
      const existing = layers[m.layer];
      const show = (layer) => {
        layer.eachLayer((item) => {
          if (!(item.atlasId in m.visible)) return;
          const el = item.getElement && item.getElement();
          if (el) el.style.display = m.visible[item.atlasId] ? '' : 'none';
        });
      };
      if (existing && !m.url) {
        show(existing);
        return undefined;
      }
      return fetchJson(m.url).then((data) => {
        if (existing) existing.remove();
        const spec = LAYERS[m.layer] || {};
        const layer = addGeoJson(m.layer, data, spec);
        if (spec.clickable) layer.on('click', onRegionClick);
        if (spec.title) control.addOverlay(layer, spec.title);
        show(layer);
      }).catch((e) => log('warning', 'layer ' + m.layer + ' not loaded: ' + e.message));
    },
    areaStyles(m) {
      Object.keys(m.styles).forEach((id) => {
        const item = layers.areas && features[id];
        if (!item || !item.setStyle) {
          log('warning', 'style for unknown area ' + id);
          return;
        }
        const s = m.styles[id];
        const fill = s.status === 'stable' ? s.fill : hatch(s.fill, s.status);
        item.setStyle({ fillColor: fill, fillOpacity: s.status === 'stable' ? 0.62 : 1 });
        item.atlasStyle = s;
        // Reuse the area's tooltip: binding a new one per step only feeds the garbage collector.
        if (item.getTooltip()) item.setTooltipContent(escapeHtml(s.label));
        else if (s.label) item.bindTooltip(escapeHtml(s.label), { sticky: true, className: 'atlas-tip' });
      });
    },
    highlight(m) {
      highlighted.forEach((item) => item.getElement && item.getElement()
        && item.getElement().classList.remove('atlas-highlight'));
      highlighted = m.ids.map((id) => features[id]).filter(Boolean);
      highlighted.forEach((item) => {
        const el = item.getElement && item.getElement();
        if (el) el.classList.add('atlas-highlight');
        if (item.bringToFront) item.bringToFront();
      });
    },
    callouts(m) {
      Callouts.set(m.callouts);
    },
    popup(m) {
      L.popup({ maxWidth: 360, className: 'atlas-popup' })
        .setLatLng([m.lat, m.lon]).setContent(m.html).openOn(map);
    },
    theme(m) {
      const c = document.documentElement;
      c.style.setProperty('--atlas-font-scale', String(m.font_scale));
      document.body.dataset.theme = m.name;
      document.body.classList.toggle('atlas-presenting', !!m.presenting);
      document.body.classList.toggle('atlas-exporting', !!m.exporting);
    },
    caption(m) {
      Caption.set(m);
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
      el.setAttribute('aria-label', m.title || 'Tour');
      el.innerHTML = '<div class="atlas-tour-step">' + escapeHtml(m.step) + '</div>'
        + '<div class="atlas-tour-date">' + escapeHtml(m.date) + '</div>'
        + '<div class="atlas-tour-title">' + escapeHtml(m.title) + '</div>'
        + '<div class="atlas-tour-text">' + m.html + '</div>';
    },
    events(m) {
      if (!layers.events) {
        layers.events = L.layerGroup().addTo(map);
        control.addOverlay(layers.events, 'Events of the chronology');
      }
      layers.events.clearLayers();
      m.events.forEach((e) => {
        // Drawn up and to the left of its place, so that the place's own dot and label
        // stay clickable beside it.
        const icon = L.divIcon({
          className: 'atlas-event', iconSize: [16, 16], iconAnchor: [22, 20],
          html: '<i style="background:' + escapeHtml(e.color) + '"></i>',
        });
        const marker = L.marker([e.lat, e.lon], { icon, pane: 'events', keyboard: false });
        marker.bindTooltip('<b>' + escapeHtml(e.date) + '</b> ' + escapeHtml(e.title),
          { className: 'atlas-tip', direction: 'right', offset: [8, 0] });
        marker.on('click', (ev) => {
          L.DomEvent.stopPropagation(ev);
          bridge.markerClick('event:' + e.id);
        });
        marker.atlasId = 'event:' + e.id;
        layers.events.addLayer(marker);
      });
    },
    addUserLayer(m) {
      return fetchJson(m.url).then((data) => {
        handlers.removeUserLayer(m);
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
        }).addTo(map);
        userLayers[m.id] = layer;
        control.addOverlay(layer, escapeHtml(m.name));
      });
    },
    removeUserLayer(m) {
      const layer = userLayers[m.id];
      if (!layer) return;
      control.removeLayer(layer);
      layer.remove();
      delete userLayers[m.id];
    },
  };
  const userLayers = {}; // user layer id -> L.GeoJSON

  const LAYERS = {
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
    overlays: {
      pane: 'lines', title: 'Peacekeeping zone and blockade',
      style: (f) => ({
        color: (f.properties && f.properties.color) || '#00795a',
        weight: 3, dashArray: '2 6', lineCap: 'round', fill: false, interactive: false,
      }),
    },
  };

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
          + '">Read in the story ›</a></div>';
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
        ? '<div class="atlas-elsewhere-title">Also now, off this view</div>' + rows.join('') : '';
      this.el.style.display = rows.length ? '' : 'none';
    },
  };

  // The large date caption (title, date) shown on the map itself.
  const Caption = {
    el: null,
    set(m) {
      if (!this.el) return;
      this.el.querySelector('.atlas-caption-title').textContent = m.title || '';
      this.el.querySelector('.atlas-caption-date').textContent = m.date || '';
      this.el.querySelector('.atlas-caption-sub').textContent = m.subtitle || '';
    },
  };

  function addCaption() {
    const Box = L.Control.extend({
      options: { position: 'topleft' },
      onAdd() {
        const el = L.DomUtil.create('div', 'atlas-caption');
        el.innerHTML = '<div class="atlas-caption-title"></div><div class="atlas-caption-date"></div>'
          + '<div class="atlas-caption-sub"></div>';
        L.DomEvent.disableClickPropagation(el);
        return el;
      },
    });
    const box = new Box();
    box.addTo(map);
    Caption.el = box.getContainer();
  }

  function addLegend(entries) {
    const Legend = L.Control.extend({
      options: { position: 'bottomleft' },
      onAdd() {
        const el = L.DomUtil.create('div', 'atlas-legend');
        L.DomEvent.disableClickPropagation(el);
        return el;
      },
    });
    const legend = new Legend();
    legend.addTo(map);
    Atlas.legend = legend.getContainer();
    handlers.legend = (m) => {
      const rows = m.entries.map((e) => '<div class="atlas-legend-row"><span class="swatch '
        + escapeHtml(e.status || 'stable') + '" style="--swatch:' + escapeHtml(e.color) + '"></span>'
        + escapeHtml(e.label) + '</div>');
      Atlas.legend.innerHTML = '<div class="atlas-legend-title">' + escapeHtml(m.title) + '</div>'
        + rows.join('') + (m.note ? '<div class="atlas-legend-note">' + escapeHtml(m.note) + '</div>' : '');
      Atlas.legend.style.display = m.entries.length ? '' : 'none';
    };
    handlers.legend({ title: '', entries: entries || [], note: '' });
  }

  // ---- boot --------------------------------------------------------------------------------

  // Time spent inside handlers, summed per acknowledged update: [ack, ms], the last 4096
  // (benchmarks/scrub.py reads it to tell the page's own work from the frames).
  const workMs = [];
  let workSince = 0;
  Atlas.workMs = () => workMs.slice();

  function deliver(text) {
    let m;
    try {
      m = JSON.parse(text);
    } catch (e) {
      log('warning', 'malformed message ignored');
      return;
    }
    const handler = handlers[m && m.kind];
    if (!handler) {
      log('warning', 'unknown message kind ignored: ' + (m && m.kind));
      return;
    }
    chain = chain.then(() => {
      const t0 = performance.now();
      const result = handler(m);
      workSince += performance.now() - t0;
      if (m.ack) {
        workMs.push([m.ack, workSince]);
        if (workMs.length > 4096) workMs.shift();
        workSince = 0;
      }
      return result;
    }).catch((e) => log('error', m.kind + ': ' + e.message))
      .then(() => { if (m.ack) afterPaint(() => bridge.paint(m.ack)); });
  }

  Atlas.boot = function (leafletMap, layerControl, cfg) {
    map = leafletMap;
    control = layerControl;
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (cfg.attribution) map.attributionControl.addAttribution(cfg.attribution);
    pane('land', 200, false);
    pane('water', 250, false);
    pane('relief', 300, false);
    pane('admin', 350, true);
    pane('control', 400, true);
    pane('lines', 450, false);
    pane('user', 500, true);
    pane('events', 650, true);
    pane('labels', 600, true);
    pane('callouts', 690, true); // under Leaflet's popup pane (700): a clicked popup wins
    map.fitBounds(cfg.bounds, { animate: false });
    updateZoomClass();
    map.on('zoomend', updateZoomClass);
    map.on('zoomend moveend', declutter);
    addCaption();
    addLegend([]);
    map.getContainer().addEventListener('click', (e) => {
      const link = e.target.closest && e.target.closest('[data-section]');
      if (link) {
        e.preventDefault();
        bridge.linkClick(link.dataset.section);
      }
    });
    const basemap = loadBasemap(cfg.layers || {});
    new QWebChannel(qt.webChannelTransport, (channel) => {
      bridge = channel.objects.bridge;
      bridge.message.connect(deliver);
      map.on('moveend', () => {
        const b = map.getBounds();
        bridge.viewChange(JSON.stringify({
          bounds: [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]], zoom: map.getZoom(),
        }));
      });
      basemap.then(() => bridge.ready());
    });
  };

  // ---- test and export hooks (read-only) ----------------------------------------------------

  Atlas.pointOf = function (id) {
    const item = features[id];
    if (!item) return null;
    const latlng = item.getLatLng ? item.getLatLng() : item.getCenter();
    const p = map.latLngToContainerPoint(latlng);
    return { x: p.x, y: p.y };
  };
  Atlas.containerPoint = function (lat, lon) {
    const p = map.latLngToContainerPoint([lat, lon]);
    return { x: p.x, y: p.y };
  };
  Atlas.styleOf = function (id) {
    const item = features[id];
    return item && item.atlasStyle ? item.atlasStyle : null;
  };
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
  Atlas.userLayers = function () {
    return Object.keys(userLayers);
  };
  Atlas.events = function () {
    const out = [];
    if (layers.events) layers.events.eachLayer((mk) => out.push(mk.atlasId));
    return out;
  };
  Atlas.pointOfEvent = function (id) {
    let point = null;
    const frame = map.getContainer().getBoundingClientRect();
    if (layers.events) {
      layers.events.eachLayer((mk) => {
        if (mk.atlasId !== 'event:' + id) return;
        const r = mk.getElement().getBoundingClientRect();
        point = { x: r.left + r.width / 2 - frame.left, y: r.top + r.height / 2 - frame.top };
      });
    }
    return point;
  };
  Atlas.elsewhere = function () {
    return Elsewhere.el ? Array.from(Elsewhere.el.querySelectorAll('[data-section]'))
      .map((a) => a.dataset.section) : [];
  };
  Atlas.highlighted = function () {
    return highlighted.map((item) => item.atlasId);
  };
})();
