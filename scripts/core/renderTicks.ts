/** Render progress: templates report each page through the shared slot (Eleventy loads them in its own module graph). */
type Slot = { dossierRenderProgress?: () => void };
export const renderTick = (): void => (globalThis as Slot).dossierRenderProgress?.();
export const onRenderTick = (fn: (() => void) | undefined): void => {
  (globalThis as Slot).dossierRenderProgress = fn;
};
