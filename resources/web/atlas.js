/* Caucasus Atlas — the page side of the bridge: the core.
 *
 * The page is built once (by folium) and then only told what changed: every message from
 * Python is JSON with a `kind`, handled by exactly one function in `Atlas.handlers`.
 * Messages are applied strictly in order (layer loads are asynchronous, so they are
 * chained), and a message with a non-zero `ack` is acknowledged once its result has been
 * painted.
 *
 * The page's other scripts extend this one namespace, never the global one, one idea to a
 * file as in Leaflet's src/: atlas-basemap.js (land, water, relief, names); layer/ (what is
 * drawn over it: hatch.js, control-layers.js, area-styles.js, highlight.js, events.js,
 * user-layers.js); control/ (the Leaflet controls: caption.js, legend.js); atlas-boxes.js
 * (the layering rule: pop-ups, cards, call-outs); atlas-story.js (call-outs, the tour card). Each registers its handlers with `Atlas.handle` when it
 * loads and what it sets up at boot with `Atlas.onBoot`.
 */
(function () {
  'use strict';

  const Atlas = (window.Atlas = {
    map: null,
    control: null, // folium's layer control
    bridge: null, // the QWebChannel object, once connected
    layers: {}, // name -> Leaflet layer
    features: {}, // id -> the layer drawing it (control areas, admin-1 faces, places)
    handlers: {}, // message kind -> function(message)
    boots: [], // functions(config) run at boot, in script order
  });
  let chain = Promise.resolve();

  // ---- helpers, shared through Atlas.util --------------------------------------------

  function log(level, text) {
    if (Atlas.bridge) Atlas.bridge.log(level, String(text));
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

  Atlas.util = { log, afterPaint, escapeHtml, fetchJson };
  Atlas.onBoot = (fn) => Atlas.boots.push(fn);
  // Functions run after every message is applied (atlas-boxes.js lays the boxes out again).
  const afters = [];
  Atlas.afterMessage = (fn) => afters.push(fn);

  // Every script registers its handlers the same way, when it loads: one function per
  // message kind, so a second script claiming a kind is a mistake, said at once.
  Atlas.handle = function (kinds) {
    Object.keys(kinds).forEach((kind) => {
      if (Atlas.handlers[kind]) throw new Error('two handlers for message kind ' + kind);
      Atlas.handlers[kind] = kinds[kind];
    });
  };

  // A GeoJSON layer whose features are known by their `id` (for styles, clicks, hooks).
  Atlas.addGeoJson = function (name, data, options) {
    const layer = L.geoJSON(data, Object.assign({
      onEachFeature: (feature, item) => {
        const id = feature.properties && feature.properties.id;
        if (id) {
          item.atlasId = id;
          if (!Atlas.features[id] || name === 'areas') Atlas.features[id] = item;
        }
      },
    }, options));
    layer.addTo(Atlas.map);
    Atlas.layers[name] = layer;
    return layer;
  };

  Atlas.onRegionClick = function (e) {
    const id = e.layer && e.layer.atlasId;
    if (id && Atlas.bridge) Atlas.bridge.regionClick(id, e.latlng.lat, e.latlng.lng);
  };

  // ---- the page's words ------------------------------------------------------------------
  // The scripts write English keys; Python sends their text in the interface language
  // (SetCatalogue) and what was drawn before it came is re-written by the retranslators.

  Atlas.catalogue = {};
  Atlas.retranslators = [];
  Atlas.t = (key) => Atlas.catalogue[key] || key;

  function retranslateControl() {
    const control = Atlas.control;
    if (!control) return;
    control._layers.forEach((e) => { if (e.layer.atlasKey) e.name = Atlas.t(e.layer.atlasKey); });
    control._update();
  }

  // ---- framing ---------------------------------------------------------------------------

  let flying = false;
  let flights = 0;
  let lastTarget = null;

  // The part of the map the caption (top left) and the tour card (a side) leave visible,
  // as Leaflet's fitBounds padding: a frame `clear` of them puts its places there.
  function uncovered() {
    const map = Atlas.map;
    const frame = map.getContainer().getBoundingClientRect();
    const tl = L.point(0, 0);
    const br = L.point(0, 0);
    const gap = 12;
    const visible = (el) => el && el.offsetParent !== null && el.getBoundingClientRect().width > 0;
    const card = map.getContainer().querySelector('.atlas-tour');
    if (visible(card)) {
      const r = card.getBoundingClientRect();
      if (r.left - frame.left > frame.width / 2) br.x = frame.right - r.left + gap;
      else tl.x = r.right - frame.left + gap;
    }
    const caption = map.getContainer().querySelector('.atlas-caption');
    if (visible(caption)) tl.y = caption.getBoundingClientRect().bottom - frame.top + gap;
    return { tl, br };
  }

  // Where a frame message puts the map: its bounds fitted (inside the uncovered part when
  // `clear`), but never zoomed out past `min_zoom`; when the bounds do not fit at that zoom,
  // the map centres on them as far as `keep` (the South Caucasus) stays in view.
  function frameTarget(m) {
    const map = Atlas.map;
    const pad = m.clear ? uncovered() : { tl: L.point(0, 0), br: L.point(0, 0) };
    const bounds = L.latLngBounds(m.bounds);
    let zoom = map.getBoundsZoom(bounds, false, pad.tl.add(pad.br));
    const middle = (b, z) => map.project(b.getSouthWest(), z).add(map.project(b.getNorthEast(), z)).divideBy(2);
    let c = middle(bounds, zoom < (m.min_zoom || 0) ? m.min_zoom : zoom);
    if (zoom < (m.min_zoom || 0)) {
      zoom = m.min_zoom;
      if (m.keep) {
        const keep = L.latLngBounds(m.keep);
        const nw = map.project(keep.getNorthWest(), zoom);
        const se = map.project(keep.getSouthEast(), zoom);
        // 40 px of room inside the visible part, so that the names along the keep box's
        // edges are not cut by the card, the caption or the map's edge.
        const half = map.getSize().subtract(pad.tl).subtract(pad.br).divideBy(2).subtract(L.point(40, 40));
        const clamp = (v, lo, hi) => (lo > hi ? (lo + hi) / 2 : Math.min(Math.max(v, lo), hi));
        c = L.point(clamp(c.x, se.x - half.x, nw.x + half.x), clamp(c.y, se.y - half.y, nw.y + half.y));
      }
    }
    const center = map.unproject(c.add(pad.br.subtract(pad.tl).divideBy(2)), zoom);
    return { center, zoom };
  }

  // A frame asked for while the map has no size yet (the page loads before its window is
  // shown) is fitted when the size comes: Leaflet fits an empty box with the whole world.
  let unsizedFit = null;
  function fitWhenSized(bounds) {
    const size = Atlas.map.getSize();
    unsizedFit = size.x > 0 && size.y > 0 ? null : bounds;
    if (!unsizedFit) Atlas.map.fitBounds(bounds, { animate: false });
  }

  // ---- the handlers that concern the whole map ------------------------------------------

  Atlas.handle({
    fitBounds(m) {
      fitWhenSized(m.bounds);
    },
    // A section's frame. One fly at a time: a frame that arrives while the map is still
    // flying (the clicker pressed again) stops that flight and jumps, so the map always
    // ends where the last step asked, at once.
    flyTo(m) {
      const map = Atlas.map;
      const { center, zoom } = frameTarget(m);
      lastTarget = { lat: center.lat, lng: center.lng, zoom };
      if (flying) {
        flying = false;
        map.setView(center, zoom, { animate: false }); // cancels the flight's next frame
      } else {
        // A flight ends with a zoomend (also when the zoom stays); a resize on the way fires
        // moveend, so that cannot tell.
        const flight = ++flights;
        flying = true;
        map.once('zoomend', () => { if (flight === flights) flying = false; });
        map.flyTo(center, zoom, { duration: 0.8 });
      }
    },
    catalogue(m) {
      Atlas.catalogue = Object.fromEntries(m.strings);
      retranslateControl();
      Atlas.retranslators.forEach((f) => f());
    },
    theme(m) {
      const c = document.documentElement;
      c.style.setProperty('--atlas-font-scale', String(m.font_scale));
      document.body.dataset.theme = m.name;
      document.body.classList.toggle('atlas-presenting', !!m.presenting);
      document.body.classList.toggle('atlas-exporting', !!m.exporting);
      if (Atlas.declutter) Atlas.declutter(); // the names' sizes changed
    },
  });

  // ---- delivery ---------------------------------------------------------------------------

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
    const handler = Atlas.handlers[m && m.kind];
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
    }).then(() => afters.forEach((fn) => fn()))
      .catch((e) => log('error', m.kind + ': ' + e.message))
      .then(() => { if (m.ack) afterPaint(() => Atlas.bridge.paint(m.ack)); });
  }

  // ---- boot -------------------------------------------------------------------------------

  function pane(name, zIndex, interactive) {
    const p = Atlas.map.createPane(name);
    p.style.zIndex = zIndex;
    if (!interactive) p.style.pointerEvents = 'none';
  }

  Atlas.boot = function (leafletMap, layerControl, cfg) {
    const map = (Atlas.map = leafletMap);
    Atlas.control = layerControl;
    // Every overlay's name is a catalogue key, written in the interface language.
    const addOverlay = layerControl.addOverlay.bind(layerControl);
    layerControl.addOverlay = (layer, key) => {
      layer.atlasKey = key;
      return addOverlay(layer, Atlas.t(key));
    };
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (cfg.attribution) map.attributionControl.addAttribution(cfg.attribution);
    // The caveat is the atlas's own words (the sources' names stay as published): a
    // catalogue key, re-written in the interface language when the catalogue comes.
    let caveat = Atlas.t('control lines approximate');
    map.attributionControl.addAttribution(caveat);
    Atlas.retranslators.push(() => {
      map.attributionControl.removeAttribution(caveat);
      caveat = Atlas.t('control lines approximate');
      map.attributionControl.addAttribution(caveat);
    });
    pane('land', 200, false);
    pane('water', 250, false);
    pane('relief', 300, false);
    pane('admin', 350, true);
    pane('control', 400, true);
    pane('lines', 450, false);
    pane('user', 500, true);
    pane('labels', 600, true);
    pane('events', 650, true);
    pane('callouts', 690, true); // under Leaflet's popup pane (700); atlas-boxes.js keeps them apart
    fitWhenSized(cfg.bounds);
    map.on('resize', () => { if (unsizedFit) fitWhenSized(unsizedFit); });
    map.getContainer().addEventListener('click', (e) => {
      const link = e.target.closest && e.target.closest('[data-section]');
      if (link) {
        e.preventDefault();
        Atlas.bridge.linkClick(link.dataset.section);
      }
    });
    const loading = Promise.all(Atlas.boots.map((fn) => fn(cfg)));
    new QWebChannel(qt.webChannelTransport, (channel) => {
      const bridge = (Atlas.bridge = channel.objects.bridge);
      bridge.message.connect(deliver);
      map.on('moveend', () => {
        const b = map.getBounds();
        bridge.viewChange(JSON.stringify({
          bounds: [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]], zoom: map.getZoom(),
        }));
      });
      loading.then(() => bridge.ready());
    });
  };

  // ---- test and export hooks (read-only) ----------------------------------------------------

  Atlas.pointOf = function (id) {
    const item = Atlas.features[id];
    if (!item) return null;
    const latlng = item.getLatLng ? item.getLatLng() : item.getCenter();
    const p = Atlas.map.latLngToContainerPoint(latlng);
    return { x: p.x, y: p.y };
  };
  // Where the last frame asked the map to go, and where it is now.
  Atlas.framing = function () {
    const map = Atlas.map;
    const off = lastTarget
      ? map.latLngToContainerPoint([lastTarget.lat, lastTarget.lng]).distanceTo(map.getSize().divideBy(2))
      : null;
    return { target: lastTarget, flying, zoom: map.getZoom(), offCentrePx: off };
  };
  Atlas.containerPoint = function (lat, lon) {
    const p = Atlas.map.latLngToContainerPoint([lat, lon]);
    return { x: p.x, y: p.y };
  };
})();
