/* Caucasus Atlas — the control areas' styles at the current date.
 *
 * A date change restyles only the areas whose state changed (`areaStyles`): a plain fill
 * when the control is stable, a hatch when it is contested or claimed, and the area's
 * tooltip text. The style as sent is kept on the feature for the test and export hooks.
 */
(function (Atlas) {
  'use strict';

  const { log, escapeHtml } = Atlas.util;

  Atlas.handle({
    areaStyles(m) {
      Object.keys(m.styles).forEach((id) => {
        const item = Atlas.layers.areas && Atlas.features[id];
        if (!item || !item.setStyle) {
          log('warning', 'style for unknown area ' + id);
          return;
        }
        const s = m.styles[id];
        const fill = s.status === 'stable' ? s.fill : Atlas.hatch(s.fill, s.status);
        item.setStyle({ fillColor: fill, fillOpacity: s.status === 'stable' ? 0.62 : 1 });
        item.atlasStyle = s;
        // Reuse the area's tooltip: binding a new one per step only feeds the garbage collector.
        if (item.getTooltip()) item.setTooltipContent(escapeHtml(s.label));
        else if (s.label) item.bindTooltip(escapeHtml(s.label), { sticky: true, className: 'atlas-tip' });
      });
    },
  });

  // Test and export hook (read-only): the style last sent for area `id`, or null.
  Atlas.styleOf = function (id) {
    const item = Atlas.features[id];
    return item && item.atlasStyle ? item.atlasStyle : null;
  };
})(window.Atlas);
