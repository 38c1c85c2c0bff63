/* Caucasus Atlas — hatched fills for contested and claimed areas.
 *
 * SVG patterns in the control pane's <defs>, one per status and colour, made the first
 * time a style asks for one: contested is striped one way, half and half; claimed the
 * other way, with thinner stripes. Leaflet's canvas renderer cannot fill with patterns,
 * which is why the control pane stays SVG.
 */
(function (Atlas) {
  'use strict';

  const SVG = 'http://www.w3.org/2000/svg';

  function rect(width, color, opacity) {
    const r = document.createElementNS(SVG, 'rect');
    r.setAttribute('width', width);
    r.setAttribute('height', '8');
    r.setAttribute('fill', color);
    if (opacity) r.setAttribute('fill-opacity', opacity);
    return r;
  }

  // The fill for `color` hatched by `status`: a `url(#…)` reference, or the plain colour
  // while the pane has no SVG yet (nothing drawn).
  Atlas.hatch = function (color, status) {
    const id = 'hatch-' + status + '-' + color.replace(/[^0-9a-zA-Z]/g, '');
    if (!document.getElementById(id)) {
      const svg = Atlas.map.getPane('control').querySelector('svg');
      if (!svg) return color;
      let defs = svg.querySelector('defs');
      if (!defs) {
        defs = document.createElementNS(SVG, 'defs');
        svg.insertBefore(defs, svg.firstChild);
      }
      const claimed = status === 'claimed';
      const pattern = document.createElementNS(SVG, 'pattern');
      pattern.setAttribute('id', id);
      pattern.setAttribute('patternUnits', 'userSpaceOnUse');
      pattern.setAttribute('width', '8');
      pattern.setAttribute('height', '8');
      pattern.setAttribute('patternTransform', claimed ? 'rotate(-45)' : 'rotate(45)');
      pattern.appendChild(rect('8', color, '0.35'));
      pattern.appendChild(rect(claimed ? '2' : '4', color));
      defs.appendChild(pattern);
    }
    return 'url(#' + id + ')';
  };
})(window.Atlas);
