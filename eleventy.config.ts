/**
 * Eleventy renders the pages in layouts/ from the site data that scripts/build.ts hands it
 * (global data `site` and `build`). Run the build with `npm run build`, not Eleventy alone.
 *
 * Templates are typed .11ty.ts modules (loaded through tsx) that build their own prefixed or
 * relative URLs through scripts/core/urls.ts, so no post-render HTML rewriting is needed.
 */
import path from 'node:path';

/** The part of Eleventy's configuration API this file uses. */
interface EleventyConfig {
  addExtension: (extensions: string[], options: { key: string }) => void;
  setTemplateFormats: (formats: string[]) => void;
  addPassthroughCopy: (copy: Record<string, string>) => void;
  setQuietMode: (quiet: boolean) => void;
}

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.setTemplateFormats(['11ty.ts']);
  // Absolute, so that a build started from any folder copies the assets.
  eleventyConfig.addPassthroughCopy({ [path.join(import.meta.dirname, 'layouts/assets')]: 'assets' });
  eleventyConfig.setQuietMode(true);
}
