import type { Term } from './types';

/** Sectors, hierarchical. Codes are stable identifiers; labels may be renamed by admins. */
export const SECTORS = [
  { code: 'energy', en: 'Energy and power', zh: '能源电力', keywords: ['energy', 'power', 'electricity', 'coal', 'energy sector', 'energy system', 'energy security', '能源', '电力', '煤炭'] },
  { code: 'energy.renewables', parent: 'energy', en: 'Renewable energy', zh: '可再生能源', keywords: ['renewable', 'renewable energy', 'new energy', 'clean energy', 'solar', 'wind power', 'photovoltaic', 'green power', 'green electricity', 'RE electricity', 'RE consumption', 'non-fossil energy', '可再生能源', '新能源', '清洁能源', '光伏', '风电', '绿电', '非化石能源'] },
  { code: 'energy.hydrogen', parent: 'energy', en: 'Hydrogen', zh: '氢能', keywords: ['hydrogen', 'hydrogen energy', 'fuel cell', '氢能', '氢', '燃料电池'] },
  { code: 'energy.power', parent: 'energy', en: 'Power sector', zh: '电力行业', keywords: ['power sector', 'power system', 'power grid', 'power demand', 'power generation', 'electricity market', 'electricity generation', 'installed capacity', '电力系统', '电力行业', '电网', '装机', '发电'] },
  { code: 'energy.fossil', parent: 'energy', en: 'Coal, oil and gas', zh: '煤油气', keywords: ['coal', 'oil', 'natural gas', '煤炭', '石油', '天然气'] },
  { code: 'industry', en: 'Industry', zh: '工业', keywords: ['industry', 'industrial', 'manufacturing', '工业', '制造业'] },
  { code: 'industry.steel', parent: 'industry', en: 'Iron and steel', zh: '钢铁', keywords: ['steel', 'iron and steel', 'steel industry', '钢铁'] },
  { code: 'industry.cement', parent: 'industry', en: 'Cement and building materials', zh: '水泥建材', keywords: ['cement', 'cement industry', 'clinker', 'building materials', '水泥', '熟料', '建材'] },
  { code: 'industry.coking', parent: 'industry', en: 'Coking', zh: '焦化', keywords: ['coking', 'coking industry', 'coke', '焦化', '焦炭'] },
  { code: 'industry.nonferrous', parent: 'industry', en: 'Non-ferrous metals', zh: '有色金属', keywords: ['non-ferrous', 'aluminium', 'aluminum', '有色金属', '电解铝'] },
  { code: 'industry.petrochemicals', parent: 'industry', en: 'Petrochemicals and chemicals', zh: '石化化工', keywords: ['petrochemical', 'chemical', '石化', '化工'] },
  { code: 'industry.equipment', parent: 'industry', en: 'Equipment manufacturing', zh: '装备制造', keywords: ['equipment manufacturing', 'automobile', '装备制造', '汽车'] },
  { code: 'buildings', en: 'Buildings and construction', zh: '建筑', keywords: ['buildings', 'building sector', 'building energy', 'green building', 'construction industry', 'construction sector', 'near-zero-energy', 'zero-carbon buildings', 'urban and rural construction', 'urban-rural construction', '建筑', '建筑业', '近零能耗', '城乡建设'] },
  { code: 'transport', en: 'Transport', zh: '交通运输', keywords: ['transport', 'transportation', 'vehicle', 'vehicles', '交通', '运输', '车辆'] },
  { code: 'transport.nev', parent: 'transport', en: 'New energy vehicles', zh: '新能源汽车', keywords: ['NEV', 'NEVs', 'new energy vehicle', 'electric vehicle', 'fuel cell vehicles', '新能源汽车', '电动汽车'] },
  { code: 'agriculture', en: 'Agriculture and food', zh: '农业与食品', keywords: ['agriculture', 'agri-food', 'food', 'fertilizer', 'fertiliser', '农业', '农业食品', '化肥', '粮食'] },
  { code: 'forestry', en: 'Forestry and land use', zh: '林业与土地利用', keywords: ['forest', 'forestry', 'wetland', 'land use', 'LULUCF', 'soil and water', 'coastline', '森林', '林业', '湿地', '水土保持', '岸线'] },
  { code: 'waste', en: 'Waste and circular economy', zh: '废弃物与循环经济', keywords: ['waste', 'recycling', 'circular', '废弃物', '垃圾', '循环'] },
  { code: 'finance', en: 'Finance', zh: '金融', keywords: ['finance', 'financial', 'investment', 'transition finance', 'green finance', '金融', '投资', '转型金融', '绿色金融'] },
  { code: 'carbon_markets', en: 'Carbon markets', zh: '碳市场', keywords: ['carbon market', 'emissions trading', 'CCER', 'offset', '碳市场', '碳排放权交易', '核证自愿减排'] },
  { code: 'adaptation', en: 'Climate adaptation', zh: '适应气候变化', keywords: ['adaptation', 'climate-adaptive', 'resilience', '适应气候变化', '韧性'] },
  { code: 'environment', en: 'Pollution and environment', zh: '污染防治与生态环境', keywords: ['pollution', 'pollutant', 'air quality', 'ecological environment', '污染', '生态环境', '大气'] },
  { code: 'cross_cutting', en: 'Cross-cutting', zh: '综合', keywords: ['carbon peaking', 'carbon peak', 'carbon neutrality', 'economy-wide', 'dual control of carbon emissions', 'greenhouse gas inventory', 'GHG inventory', '碳达峰', '碳中和', '温室气体清单'] },
] as const satisfies readonly Term[];

export type SectorCode = (typeof SECTORS)[number]['code'];
