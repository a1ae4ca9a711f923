/**
 * The import rules of Dossier's code (docs/architecture.md), checked by `npm run check:imports` in CI.
 *
 * Layers, from the outside in: cli → build / pipeline → stages → lang → core.
 * The stages run load → extract → resolve → link → site → write; a stage imports only earlier stages.
 */
const STAGES = ['load', 'extract', 'resolve', 'link', 'site', 'write'];
const later = (stage) => STAGES.slice(STAGES.indexOf(stage) + 1);
const dirs = (names) => `^scripts/(${names.join('|')})/`;
/** Modules that read or write files, start processes or open sockets. */
const DISK = '^(node:)?(fs|fs/promises|child_process|worker_threads|net|http|https|dgram)$';
const PURE = ['extract', 'resolve', 'link', 'site', 'lang', 'core'];

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles.', from: {}, to: { circular: true } },
    {
      name: 'core-imports-nothing',
      severity: 'error',
      comment: 'core/ is the bottom layer: it imports nothing else of scripts/.',
      from: { path: '^scripts/core/' },
      to: { path: '^scripts/', pathNot: '^scripts/core/' },
    },
    {
      name: 'lang-imports-core-only',
      severity: 'error',
      comment: 'lang/ (language knowledge) sits on core/ only.',
      from: { path: '^scripts/lang/' },
      to: { path: '^scripts/', pathNot: '^scripts/(core|lang)/' },
    },
    ...STAGES.filter((s) => later(s).length).map((stage) => ({
      name: `${stage}-before-later-stages`,
      severity: 'error',
      comment: `A stage never imports a later stage: ${stage} may not import ${later(stage).join(', ')}.`,
      from: { path: `^scripts/${stage}/` },
      to: { path: dirs(later(stage)) },
    })),
    {
      name: 'stages-not-orchestration',
      severity: 'error',
      comment:
        'Stages, lang and core never import the orchestration (build, pipeline, context, parallel, report, serve, review, cli, add).',
      from: { path: dirs([...STAGES, 'lang', 'core']) },
      to: { path: '^scripts/(build|pipeline|context)\\.ts$|^scripts/(parallel|report|serve|review|cli|add)/' },
    },
    {
      name: 'config-is-a-leaf',
      severity: 'error',
      comment:
        'config.ts (the settings, read once from the environment) imports only core/; core and lang never import it.',
      from: { path: '^scripts/config\\.ts$' },
      to: { path: '^scripts/', pathNot: '^scripts/core/' },
    },
    {
      name: 'core-and-lang-without-config',
      severity: 'error',
      comment: "core/ and lang/ know nothing of a build's settings.",
      from: { path: '^scripts/(core|lang)/' },
      to: { path: '^scripts/config\\.ts$' },
    },
    {
      name: 'pure-stages',
      severity: 'error',
      comment:
        'Only load and write touch the disk: extract, resolve, link, site, lang and core are pure functions of their input.',
      from: { path: dirs(PURE) },
      to: { dependencyTypes: ['core'], path: DISK },
    },
    {
      name: 'layouts-read-site-data',
      severity: 'error',
      comment: 'Templates import only the site data types and core helpers (scripts/core/), never a stage.',
      from: { path: '^layouts/' },
      to: { path: '^scripts/', pathNot: '^scripts/core/' },
    },
    {
      name: 'dev-only-from-cli-and-tests',
      severity: 'error',
      comment: 'Tooling (scripts/dev/) is imported only by cli/ and the tests (and by itself).',
      from: { path: '^(scripts|layouts)/', pathNot: '^scripts/(cli|dev)/' },
      to: { path: '^scripts/dev/' },
    },
    {
      name: 'runtime-not-tests',
      severity: 'error',
      comment: 'Code never imports the tests.',
      from: { path: '^(scripts|layouts)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (type-only packages that ship no code, such as geojson, excepted).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(geojson|topojson-specification)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|_site|\\.dossier)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
