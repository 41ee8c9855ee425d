/**
 * The architecture's import rules, checked by `npm test` (scripts/dependency-rules.mjs):
 * the domain is framework-free and knows no app; the apps never import each other; the API's
 * feature folders do not import one another in circles.
 */
/** A framework or driver, resolved (…/node_modules/vue/…) or not (a bare 'vue' the domain cannot even resolve). */
const FRAMEWORKS = '(^|node_modules/)(@nestjs|typeorm|pg|express|vue|vue-router|vue-i18n|pinia|@vue|vite|reflect-metadata|rxjs|pino)($|/)';

module.exports = {
  forbidden: [
    {
      name: 'domain-no-framework',
      comment: 'packages/domain holds the rules once, for the API and both apps: no framework, no database driver.',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'domain-no-apps',
      severity: 'error',
      from: { path: '^packages/domain/src' },
      to: { path: '^(apps|packages/web)/' },
    },
    {
      name: 'web-no-apps',
      comment: 'packages/web is what the two Vue apps share; it knows neither.',
      severity: 'error',
      from: { path: '^packages/web/src' },
      to: { path: '^apps/' },
    },
    { name: 'portal-not-cms-or-api', severity: 'error', from: { path: '^apps/portal/' }, to: { path: '^apps/(cms|api)/' } },
    { name: 'cms-not-portal-or-api', severity: 'error', from: { path: '^apps/cms/' }, to: { path: '^apps/(portal|api)/' } },
    { name: 'api-not-front-ends', severity: 'error', from: { path: '^apps/api/' }, to: { path: '^apps/(portal|cms)/' } },
    {
      name: 'api-features-no-cycles',
      comment: 'A feature folder may use another, not the other way round as well.',
      severity: 'error',
      from: { path: '^apps/api/src/([^/]+)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|coverage)/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.vue', '.js', '.mjs', '.json'],
    },
  },
};
