declare module '@11ty/eleventy' {
  /** The part of Eleventy's configuration API that Dossier uses. */
  export interface UserConfig {
    addGlobalData: (name: string, value: unknown) => void;
    addExtension: (extensions: string[], options: { key: string }) => void;
    setTemplateFormats: (formats: string[]) => void;
    addPlugin: (plugin: unknown) => void;
  }
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }
  /** The plugin that adds the path prefix to URLs after rendering (used by the template benchmark only). */
  export const HtmlBasePlugin: unknown;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
