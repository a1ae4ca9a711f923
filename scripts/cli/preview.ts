import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { serveSite } from '../serve/serveSite.ts';

/** `npm run preview`: serve the site `npm run build` made (OUTPUT_DIR, under PATH_PREFIX), without rebuilding. */
const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '8080' } } });
const config = readConfig();
if (!existsSync(path.join(config.outputDir, 'index.html'))) {
  process.stderr.write(`error: there is no site in ${config.outputDir} yet: run npm run build first\n`);
  process.exit(1);
}
await serveSite(config.outputDir, { prefix: config.pathPrefix, port: Number(values.port) });
process.stderr.write(
  `Serving ${path.relative(process.cwd(), config.outputDir) || '.'} on http://localhost:${values.port}${config.pathPrefix} (Ctrl+C to stop)\n`,
);
