import type { MetricCode } from '../taxonomies/metrics';

type Tags = { readonly sectors?: readonly string[]; readonly themes?: readonly string[] };

/** Each set of tags once, with the metrics whose targets imply it; every metric is in one set (tested). */
const TAG_SETS: readonly (Tags & { metrics: readonly MetricCode[] })[] = [
  { sectors: ['cross_cutting'], metrics: ['carbon_intensity'] },
  { sectors: ['energy'], metrics: ['energy_intensity', 'electricity_share_final_energy'] },
  { sectors: ['energy'], themes: ['renewable_consumption'], metrics: ['non_fossil_share'] },
  {
    sectors: ['energy.power'],
    themes: ['renewable_consumption'],
    metrics: ['clean_energy_capacity_share', 'clean_energy_generation_share', 'renewable_generation_share'],
  },
  {
    sectors: ['forestry'],
    metrics: ['forest_coverage', 'wetland_protection_rate', 'soil_water_conservation_rate', 'natural_coastline_retention', 'forest_stock_volume'],
  },
  { sectors: ['transport.nev'], metrics: ['nev_ownership', 'nev_share_new_vehicles'] },
  { sectors: ['transport.nev', 'energy.hydrogen'], themes: ['hydrogen'], metrics: ['fuel_cell_vehicles'] },
  { sectors: ['energy.hydrogen'], themes: ['hydrogen'], metrics: ['hydrogen_refueling_stations', 'renewable_hydrogen_output', 'hydrogen_innovation_carriers'] },
  { sectors: ['industry.cement', 'environment'], themes: ['ultra_low_emissions'], metrics: ['ule_capacity_share_cement'] },
  { sectors: ['industry.coking', 'environment'], themes: ['ultra_low_emissions'], metrics: ['ule_capacity_share_coking'] },
  { sectors: ['environment'], themes: ['pollution_carbon_synergy'], metrics: ['synergy_projects', 'air_ghg_synergy_projects'] },
  { sectors: ['buildings'], metrics: ['low_carbon_building_area', 'green_building_share_new'] },
  { sectors: ['environment'], metrics: ['nox_reduction', 'voc_reduction', 'cod_reduction', 'ammonia_nitrogen_reduction'] },
  {
    sectors: ['energy.renewables'],
    themes: ['renewable_consumption'],
    metrics: [
      're_electricity_export',
      'wind_solar_capacity',
      'wind_capacity',
      'solar_capacity',
      'renewable_capacity',
      'renewable_consumption_share',
      'new_energy_capacity',
    ],
  },
  { sectors: ['cross_cutting'], themes: ['ghg_inventory'], metrics: ['ghg_emissions_total'] },
  // The gas shares are named by the bare gas ("N₂O"), which any text about the gas mentions: no inventory tag.
  { themes: ['methane_non_co2'], metrics: ['ghg_share_ch4', 'ghg_share_n2o', 'ghg_share_fgases'] },
  { sectors: ['energy.power'], metrics: ['new_energy_storage_capacity', 'pumped_storage_capacity'] },
  { sectors: ['energy'], themes: ['carbon_dual_control'], metrics: ['energy_consumption_total'] },
  { sectors: ['energy.fossil'], metrics: ['coal_consumption_total', 'coal_share'] },
  { sectors: ['transport'], metrics: ['green_transport_share'] },
  { sectors: ['industry'], metrics: ['industrial_energy_intensity'] },
  { sectors: ['industry'], themes: ['industrial_decarbonisation'], metrics: ['industry_co2_emissions'] },
  { sectors: ['industry.cement'], themes: ['industrial_decarbonisation'], metrics: ['building_materials_co2_emissions'] },
  { sectors: ['industry.nonferrous'], themes: ['industrial_decarbonisation'], metrics: ['aluminium_renewable_share'] },
  { sectors: ['energy.fossil'], themes: ['methane_non_co2'], metrics: ['coal_mine_methane_utilization'] },
  { sectors: ['waste'], metrics: ['msw_resource_utilization_rate'] },
  // No tag of their own: "carbon emissions" and CO₂ (CO₂'s gas share) are named by almost every text here.
  { metrics: ['co2_abatement_annual', 'ghg_share_co2', 'co2_emissions', 'data_center_pue'] },
];

/**
 * What a target on a metric says about an entry's sectors and themes: a forest-coverage target is
 * forestry, a non-fossil share target is about renewable deployment. Used by the classifier when the
 * metric is named in the text.
 */
export const METRIC_TAGS: Readonly<Partial<Record<MetricCode, Tags>>> = Object.fromEntries(
  TAG_SETS.flatMap(({ metrics, ...tags }) => metrics.map((metric) => [metric, tags])),
);
