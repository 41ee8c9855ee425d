import type { MetricTerm } from './types';

/**
 * Metrics that targets and observations are recorded against. Values are stored in the metric's
 * canonical unit (e.g. 1.3 million NEVs → 1300000 vehicles) so jurisdictions compare directly.
 */
export const METRICS = [
  { code: 'carbon_intensity', en: 'Carbon intensity (CO₂ per unit of GDP)', zh: '单位GDP二氧化碳排放', unit: '%', defaultComparison: 'reduction', keywords: ['CO₂ emissions per unit of GDP', 'CO2 emissions per unit of GDP', 'carbon dioxide emissions per unit of GDP', 'carbon emissions per unit of GDP', 'carbon intensity', 'carbon emission intensity', 'CO₂ intensity', '单位地区生产总值二氧化碳排放', '单位国内生产总值二氧化碳排放', '单位GDP二氧化碳排放', '碳排放强度', '二氧化碳排放强度'] },
  { code: 'energy_intensity', en: 'Energy intensity (energy per unit of GDP)', zh: '单位GDP能耗', unit: '%', defaultComparison: 'reduction', keywords: ['energy consumption per unit of GDP', 'energy use per unit of GDP', 'energy intensity', '单位地区生产总值能源消耗', '单位地区生产总值能耗', '单位国内生产总值能源消耗', '单位国内生产总值能耗', '单位GDP能耗', '能耗强度', '能源消耗强度'] },
  { code: 'non_fossil_share', en: 'Non-fossil share of energy consumption', zh: '非化石能源消费比重', unit: '%', defaultComparison: 'share', keywords: ['non-fossil energy consumption', 'non-fossil energy', 'non-fossil fuels', '非化石能源消费比重', '非化石能源占能源消费总量比重', '非化石能源'] },
  { code: 'clean_energy_capacity_share', en: 'Clean energy share of installed capacity', zh: '清洁能源装机占比', unit: '%', defaultComparison: 'share', keywords: ['clean energy installed capacity', 'new energy and clean energy installed capacity', 'installed capacity of clean energy', '清洁能源装机', '新能源和清洁能源装机'] },
  { code: 'clean_energy_generation_share', en: 'Clean energy share of electricity generation', zh: '清洁能源发电量占比', unit: '%', defaultComparison: 'share', keywords: ['electricity generation accounting', 'clean electricity generation', 'clean energy generation', 'clean power generation', '清洁能源发电量'] },
  { code: 'electricity_share_final_energy', en: 'Electricity share of final energy consumption', zh: '电能占终端能源消费比重', unit: '%', defaultComparison: 'share', keywords: ['electricity accounting for', 'terminal energy consumption', 'final energy consumption', '电能占终端能源消费比重', '电能占终端能源消费', '终端能源消费'] },
  { code: 'forest_coverage', en: 'Forest coverage rate', zh: '森林覆盖率', unit: '%', defaultComparison: 'level', keywords: ['forest coverage', 'forest cover', '森林覆盖率'] },
  { code: 'wetland_protection_rate', en: 'Wetland protection rate', zh: '湿地保护率', unit: '%', defaultComparison: 'level', keywords: ['wetland protection', '湿地保护率'] },
  { code: 'soil_water_conservation_rate', en: 'Soil and water conservation rate', zh: '水土保持率', unit: '%', defaultComparison: 'level', keywords: ['soil and water conservation rate', 'soil and water conservation', '水土保持率'] },
  { code: 'natural_coastline_retention', en: 'Natural coastline retention rate', zh: '自然岸线保有率', unit: '%', defaultComparison: 'level', keywords: ['natural coastline retention', 'natural shoreline retention', '自然岸线保有率'] },
  { code: 'nev_ownership', en: 'New energy vehicle ownership', zh: '新能源汽车保有量', unit: 'vehicles', defaultComparison: 'count', keywords: ['ownership of NEVs', 'NEV ownership', 'ownership of new energy vehicles', 'new energy vehicle ownership', 'NEV fleet', '新能源汽车保有量'] },
  { code: 'fuel_cell_vehicles', en: 'Fuel cell vehicles promoted', zh: '燃料电池汽车推广数量', unit: 'vehicles', defaultComparison: 'count', keywords: ['fuel cell vehicles', 'fuel cell electric vehicles', 'fuel-cell vehicles', '燃料电池汽车'] },
  { code: 'hydrogen_refueling_stations', en: 'Hydrogen refuelling stations', zh: '加氢站数量', unit: 'stations', defaultComparison: 'count', keywords: ['hydrogen refueling stations', 'hydrogen refuelling stations', 'hydrogen fueling stations', 'hydrogen stations', '加氢站'] },
  { code: 'renewable_hydrogen_output', en: 'Hydrogen from renewable energy (annual)', zh: '可再生能源制氢量', unit: 't/yr', defaultComparison: 'capacity', keywords: ['hydrogen supply from RE', 'hydrogen production from RE', 'hydrogen supply from renewable', 'hydrogen production from renewable', 'renewable hydrogen', 'green hydrogen production', '可再生能源制氢', '绿氢'] },
  { code: 'hydrogen_innovation_carriers', en: 'Hydrogen innovation platforms', zh: '氢能创新载体数量', unit: 'platforms', defaultComparison: 'count', keywords: ['key laboratories', 'innovation carriers', 'innovation platforms', '创新载体', '创新平台'] },
  { code: 'co2_abatement_annual', en: 'Annual CO₂ abatement', zh: '年二氧化碳减排量', unit: 't CO₂/yr', defaultComparison: 'capacity', keywords: ['tons of CO₂ per year', 'tonnes of CO₂ per year', 'tons of CO2 per year', 'tonnes of CO2 per year', 'CO₂ emission reductions', '减少二氧化碳排放', '二氧化碳减排量', '减排二氧化碳'] },
  { code: 'ule_capacity_share_cement', en: 'Cement clinker capacity with ultra-low emissions', zh: '水泥熟料超低排放改造产能占比', unit: '%', defaultComparison: 'share', keywords: ['cement clinker production capacity', 'cement clinker capacity', 'cement clinker', '水泥熟料产能', '水泥熟料'] },
  { code: 'ule_capacity_share_coking', en: 'Coking capacity with ultra-low emissions', zh: '焦化超低排放改造产能占比', unit: '%', defaultComparison: 'share', keywords: ['coking capacity', 'coking production capacity', '焦化产能'] },
  { code: 'synergy_projects', en: 'Pollution–carbon synergy projects', zh: '减污降碳协同项目数量', unit: 'projects', defaultComparison: 'count', keywords: ['projects for synergistic control', 'pollution and carbon reduction projects', 'synergy projects', '减污降碳协同项目', '协同控制项目'] },
  { code: 'air_ghg_synergy_projects', en: 'Air pollutant and GHG co-control projects', zh: '大气污染物与温室气体协同控制项目', unit: 'projects', defaultComparison: 'count', keywords: ['synergistic control of air pollutants and GHG', 'co-control of air pollutants and GHG', '大气污染物与温室气体协同控制'] },
  { code: 'low_carbon_building_area', en: 'Ultra-low, near-zero and zero-carbon building area', zh: '超低能耗、近零能耗及零碳建筑面积', unit: 'm²', defaultComparison: 'capacity', keywords: ['ultra-low-energy', 'near-zero-energy', 'zero-carbon buildings', 'near-zero energy buildings', 'ultra-low energy buildings', '超低能耗建筑', '近零能耗建筑', '零碳建筑'] },
  { code: 'nox_reduction', en: 'Nitrogen oxides emission reduction', zh: '氮氧化物减排量', unit: 't', defaultComparison: 'reduction', keywords: ['nitrogen oxides', 'NOx', '氮氧化物'] },
  { code: 'voc_reduction', en: 'Volatile organic compounds emission reduction', zh: '挥发性有机物减排量', unit: 't', defaultComparison: 'reduction', keywords: ['volatile organic compounds', 'VOCs', '挥发性有机物'] },
  { code: 'cod_reduction', en: 'Chemical oxygen demand reduction', zh: '化学需氧量减排量', unit: 't', defaultComparison: 'reduction', keywords: ['chemical oxygen demand', '化学需氧量'] },
  { code: 'ammonia_nitrogen_reduction', en: 'Ammonia nitrogen emission reduction', zh: '氨氮减排量', unit: 't', defaultComparison: 'reduction', keywords: ['ammonia nitrogen', '氨氮'] },
  { code: 're_electricity_export', en: 'Renewable electricity exported (annual increase)', zh: '新能源外送电量增量', unit: 'kWh', defaultComparison: 'capacity', keywords: ['RE electricity export', 'RE electricity exports', 'renewable electricity export', 'renewable electricity exports', 'green electricity export', '新能源外送电量', '可再生能源外送电量'] },
  { code: 'ghg_emissions_total', en: 'Total GHG emissions (incl. LULUCF)', zh: '温室气体排放总量（含土地利用变化和林业）', unit: 'Mt CO₂e', defaultComparison: 'level', keywords: ['total GHG emissions', 'total greenhouse gas emissions', '温室气体排放总量'] },
  { code: 'ghg_share_co2', en: 'CO₂ share of GHG emissions', zh: '二氧化碳占温室气体排放比重', unit: '%', defaultComparison: 'share', keywords: ['shares of CO₂', 'share of CO₂', '二氧化碳占'] },
  { code: 'ghg_share_ch4', en: 'CH₄ share of GHG emissions', zh: '甲烷占温室气体排放比重', unit: '%', defaultComparison: 'share', keywords: ['CH₄', 'methane share', '甲烷占'] },
  { code: 'ghg_share_n2o', en: 'N₂O share of GHG emissions', zh: '氧化亚氮占温室气体排放比重', unit: '%', defaultComparison: 'share', keywords: ['N₂O', '氧化亚氮占'] },
  { code: 'ghg_share_fgases', en: 'F-gases share of GHG emissions', zh: '含氟气体占温室气体排放比重', unit: '%', defaultComparison: 'share', keywords: ['F-gases', 'fluorinated gases', '含氟气体占'] },
] as const satisfies readonly MetricTerm[];

export type MetricCode = (typeof METRICS)[number]['code'];
