/* d3-zoom imports d3-transition only to stop a running transition; the site never animates a zoom, so there is
 * none to stop, and this stands in for it (14 KB less in the bundle). */
export function interrupt() {}
