/* Caucasus Atlas — highlighted features: the places and areas a story section is about.
 *
 * `highlight` replaces the set: the previous features lose the outline, the new ones get
 * it and are brought to the front; an outlined place's name is written whatever the
 * declutter would do (atlas-basemap.js).
 */
(function (Atlas) {
  'use strict';

  let highlighted = [];

  function mark(item, on) {
    const el = item.getElement && item.getElement();
    if (el) el.classList.toggle('atlas-highlight', on);
  }

  Atlas.handle({
    highlight(m) {
      highlighted.forEach((item) => mark(item, false));
      highlighted = m.ids.map((id) => Atlas.features[id]).filter(Boolean);
      highlighted.forEach((item) => {
        mark(item, true);
        if (item.bringToFront) item.bringToFront();
      });
      if (Atlas.declutter) Atlas.declutter(); // an outlined place is always named
    },
  });

  // The ids highlighted now (the declutter names outlined places; tests read it).
  Atlas.highlighted = function () {
    return highlighted.map((item) => item.atlasId);
  };
})(window.Atlas);
