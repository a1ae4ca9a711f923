declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (eleventyConfig: { addGlobalData: (name: string, value: unknown) => void }) => void | Promise<void>;
  }
  /** The plugin that adds the path prefix to URLs after rendering (used by the template benchmark only). */
  export const HtmlBasePlugin: unknown;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
