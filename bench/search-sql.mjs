// The SQL behind a search request, run straight through pg, for the API/SQL ratio.
// The search service (apps/api/src/search) filters, counts facets and sorts in memory; per request
// it sends PostgreSQL the ranked text match (`directHitSql`, cached per query string) and the page's
// rows (`ROWS_BY_KEYS_SQL`). Both statements come from the service's own exported builders.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { root } from './lib.mjs';

/** Words a reader might search for, none repeated, so that no cached text match helps the API. */
export const FRESH_QUERIES = [
  '减污降碳',
  '氢能',
  '钢铁',
  '水泥',
  '城乡建设',
  '新能源汽车',
  '绿色低碳交通',
  '适应气候变化',
  '金融支持',
  '可再生能源',
  '新能源消纳',
  '甲烷',
  '碳排放权交易',
  '能耗双控',
  '农业农村',
  '循环经济',
  '林业碳汇',
  '电力行业',
  '美丽中国',
  '碳中和',
  'hydrogen',
  'steel',
  'cement',
  'buildings',
  'vehicles',
  'transport',
  'adaptation',
  'finance',
  'renewable',
  'methane',
  'trading',
  'agriculture',
  'circular economy',
  'forest',
  'power sector',
  'beautiful china',
  'pollution',
  'emissions',
  'energy',
  'neutrality',
];

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

export async function openSearchSql(databaseUrl) {
  const require = createRequire(join(root, 'apps/api/package.json'));
  let mods;
  try {
    mods = { q: require('./dist/search/text-query.js'), hits: require('./dist/search/text-hits.js'), rows: require('./dist/search/entry-rows.js') };
  } catch (err) {
    process.stderr.write(`search SQL builders not available (${err.message}); API/SQL not measured\n`);
    return null;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();

  /** The ranked text match the API sends for a query string. */
  const q = (word) => mods.hits.directHitSql(mods.q.parseTextQuery(word));

  /** The statements for one request, given the ids of the page the API returned. */
  async function statements(path, ids) {
    const q = new URL(path, 'http://x').searchParams.get('q');
    const direct = q ? mods.hits.directHitSql(mods.q.parseTextQuery(q)) : null;
    const { rows } = await client.query('SELECT search_key FROM entries WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)', [ids]);
    const keys = rows.map((r) => r.search_key);
    return {
      names: [...(direct ? ['text match (directHitSql)'] : []), `page rows (ROWS_BY_KEYS_SQL, ${keys.length} keys)`],
      run: async () => {
        if (direct) await client.query(direct.sql, direct.params);
        // As the API sends it: a prepared statement (planned once per connection).
        await client.query({ name: 'bench_rows_by_keys', text: mods.rows.ROWS_BY_KEYS_SQL, values: [keys] });
      },
    };
  }

  return {
    /** The statements behind `path`, for timing the same request repeated (the API then serves its cached text match). */
    async forPath(apiBase, path) {
      const page = await (await fetch(apiBase + path)).json();
      return statements(
        path,
        page.items.map((i) => i.id),
      );
    },
    /**
     * Each query once through the API (its text match not cached there), against its statements run
     * straight through pg, twice, the faster run counting. The text match also runs once before the
     * API call, so PostgreSQL's buffer cache is as warm for the API as for the direct SQL: the ratio is
     * the API's own overhead (routing, validation, matching, facets, JSON), not a difference in disk reads.
     */
    async uncached(apiBase, filters, queries = FRESH_QUERIES) {
      let api = 0;
      let sql = 0;
      for (const word of queries) {
        const path = `/api/entries?q=${encodeURIComponent(word)}&${filters}`;
        const direct = q(word);
        await client.query(direct.sql, direct.params);
        let t0 = process.hrtime.bigint();
        const page = await (await fetch(apiBase + path)).json();
        api += ms(t0);
        const s = await statements(
          path,
          page.items.map((i) => i.id),
        );
        const runs = [];
        for (let i = 0; i < 2; i++) {
          t0 = process.hrtime.bigint();
          await s.run();
          runs.push(ms(t0));
        }
        sql += Math.min(...runs);
      }
      const n = queries.length;
      return { queries: n, apiMeanMs: Number((api / n).toFixed(2)), sqlMeanMs: Number((sql / n).toFixed(2)), ratio: Number((api / sql).toFixed(2)) };
    },
    close: () => client.end(),
  };
}
