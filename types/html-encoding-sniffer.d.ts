declare module 'html-encoding-sniffer' {
  /** The encoding (a WHATWG name) of an HTML byte stream: its BOM, the transport label, its <meta> prescan, else the default. */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: {
      xml?: boolean;
      transportLayerEncodingLabel?: string;
      defaultEncoding?: string;
      maxPrescanBytes?: number;
    },
  ): string;
}
