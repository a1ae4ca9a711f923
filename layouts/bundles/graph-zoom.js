/* Zoom and pan for the network on /graph/, with d3-zoom (bundled at build time by layouts/files/graph-zoom.11ty.ts,
 * only d3-zoom and d3-selection; loaded by assets/graph.js when the pointer or the focus first reaches the graph).
 * The wheel or a pinch zooms, a drag pans; assets/graph.js gives the buttons and keys. */
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';

window.dossierZoom = (figure) => {
  const svg = select(figure.querySelector('svg'));
  const viewport = svg.select('g.viewport');
  const box = svg.node().viewBox.baseVal;
  const behaviour = zoom()
    .scaleExtent([1, 8])
    .translateExtent([
      [0, 0],
      [box.width, box.height],
    ])
    .on('zoom', (event) => {
      viewport.attr('transform', event.transform.toString());
      figure.classList.toggle('zoomed', event.transform.k > 1);
    });
  svg.call(behaviour);
  return {
    zoomBy: (k) => svg.call(behaviour.scaleBy, k),
    panBy: (x, y) => svg.call(behaviour.translateBy, x, y),
    reset: () => svg.call(behaviour.transform, zoomIdentity),
  };
};
