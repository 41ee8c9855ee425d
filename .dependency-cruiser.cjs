/**
 * The architecture's import rules, checked by `npm test` (scripts/dependency-rules.mjs):
 * the domain is framework-free and knows no app; the apps never import each other; the API's
 * feature folders do not import one another in circles.
 */
/** A framework or driver, resolved (…/node_modules/vue/…) or not (a bare 'vue' the domain cannot even resolve). */
const FRAMEWORKS = '(^|node_modules/)(@nestjs|typeorm|pg|express|vue|vue-router|vue-i18n|pinia|@vue|vite|reflect-metadata|rxjs|pino)($|/)';

/** An error when a module whose path matches `from` imports one whose path matches `to`. */
const forbid = (name, from, to, comment) => ({ name, ...(comment && { comment }), severity: 'error', from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    forbid(
      'domain-no-framework',
      '^packages/domain/src',
      FRAMEWORKS,
      'packages/domain holds the rules once, for the API and both apps: no framework, no database driver.',
    ),
    forbid('domain-no-apps', '^packages/domain/src', '^(apps|packages/web)/'),
    forbid('web-no-apps', '^packages/web/src', '^apps/', 'packages/web is what the two Vue apps share; it knows neither.'),
    forbid('portal-not-cms-or-api', '^apps/portal/', '^apps/(cms|api)/'),
    forbid('cms-not-portal-or-api', '^apps/cms/', '^apps/(portal|api)/'),
    forbid('api-not-front-ends', '^apps/api/', '^apps/(portal|cms)/'),
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
