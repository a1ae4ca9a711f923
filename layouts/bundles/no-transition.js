/* d3-zoom imports d3-transition only to stop a running transition (`interrupt`, and `selection.interrupt()`, which
 * d3-transition adds to every selection); the site never animates a zoom, so there is none to stop, and this stands
 * in for it (14 KB less in the bundle). */
import { selection } from 'd3-selection';

export function interrupt() {}

selection.prototype.interrupt = function () {
  return this;
};
