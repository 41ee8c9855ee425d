/**
 * The domain's built-in taxonomy lists (with the classifier's keywords, ~10 KB gzipped): imported
 * dynamically by the taxonomy store only when `GET /api/taxonomies` cannot answer, never on a first view.
 */
export { STATIC_TERMS as BUILT_IN_TERMS } from '@dualcarbon/domain';
