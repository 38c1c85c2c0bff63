/* Caucasus Atlas — who holds what: the control areas and their styles, front lines and
 * overlays, the caption and the legend, the chronology's events and users' own layers.
 *
 * The areas are loaded once (a `layerData` message with a URL); after that a date change
 * only restyles the areas that changed (`areaStyles`) and shows or hides lines, overlays
 * and events.
 */
(function (Atlas) {
  'use strict';

  const { layers, features, handlers } = Atlas;
  const { log, escapeHtml, fetchJson } = Atlas.util;
  let map = null;
  let control = null;
  let highlighted = [];
  const userLayers = {}; // user layer id -> L.GeoJSON

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

  Object.assign(handlers, {
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
        const layer = Atlas.addGeoJson(m.layer, data, spec);
        if (spec.clickable) layer.on('click', Atlas.onRegionClick);
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
    caption(m) {
      Caption.set(m);
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
          Atlas.bridge.markerClick('event:' + e.id);
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
  });

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

  Atlas.onBoot(() => {
    map = Atlas.map;
    control = Atlas.control;
    addCaption();
    addLegend([]);
  });

  // ---- test and export hooks (read-only) ----------------------------------------------------

  Atlas.styleOf = function (id) {
    const item = features[id];
    return item && item.atlasStyle ? item.atlasStyle : null;
  };
  Atlas.highlighted = function () {
    return highlighted.map((item) => item.atlasId);
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
})(window.Atlas);
