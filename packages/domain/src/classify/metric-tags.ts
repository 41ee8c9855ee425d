import type { MetricCode } from '../taxonomies/metrics';

/**
 * What a target on a metric says about an entry's sectors and themes: a forest-coverage target is
 * forestry, a non-fossil share target is about renewable deployment. Used by the classifier when the
 * metric is named in the text.
 */
export const METRIC_TAGS: Readonly<Record<MetricCode, { sectors?: readonly string[]; themes?: readonly string[] }>> = {
  carbon_intensity: { sectors: ['cross_cutting'] },
  energy_intensity: { sectors: ['energy'] },
  non_fossil_share: { sectors: ['energy'], themes: ['renewable_consumption'] },
  clean_energy_capacity_share: { sectors: ['energy.power'], themes: ['renewable_consumption'] },
  clean_energy_generation_share: { sectors: ['energy.power'], themes: ['renewable_consumption'] },
  electricity_share_final_energy: { sectors: ['energy'] },
  forest_coverage: { sectors: ['forestry'] },
  wetland_protection_rate: { sectors: ['forestry'] },
  soil_water_conservation_rate: { sectors: ['forestry'] },
  natural_coastline_retention: { sectors: ['forestry'] },
  nev_ownership: { sectors: ['transport.nev'] },
  fuel_cell_vehicles: { sectors: ['transport.nev', 'energy.hydrogen'], themes: ['hydrogen'] },
  hydrogen_refueling_stations: { sectors: ['energy.hydrogen'], themes: ['hydrogen'] },
  renewable_hydrogen_output: { sectors: ['energy.hydrogen'], themes: ['hydrogen'] },
  hydrogen_innovation_carriers: { sectors: ['energy.hydrogen'], themes: ['hydrogen'] },
  co2_abatement_annual: {},
  ule_capacity_share_cement: { sectors: ['industry.cement', 'environment'], themes: ['ultra_low_emissions'] },
  ule_capacity_share_coking: { sectors: ['industry.coking', 'environment'], themes: ['ultra_low_emissions'] },
  synergy_projects: { sectors: ['environment'], themes: ['pollution_carbon_synergy'] },
  air_ghg_synergy_projects: { sectors: ['environment'], themes: ['pollution_carbon_synergy'] },
  low_carbon_building_area: { sectors: ['buildings'] },
  nox_reduction: { sectors: ['environment'] },
  voc_reduction: { sectors: ['environment'] },
  cod_reduction: { sectors: ['environment'] },
  ammonia_nitrogen_reduction: { sectors: ['environment'] },
  re_electricity_export: { sectors: ['energy.renewables'], themes: ['renewable_consumption'] },
  ghg_emissions_total: { sectors: ['cross_cutting'], themes: ['ghg_inventory'] },
  // The gas shares are named by the bare gas ("N₂O"), which any text about the gas mentions: no inventory tag.
  ghg_share_co2: {},
  ghg_share_ch4: { themes: ['methane_non_co2'] },
  ghg_share_n2o: { themes: ['methane_non_co2'] },
  ghg_share_fgases: { themes: ['methane_non_co2'] },
  // "Carbon emissions" are named by almost every text here: no tag of its own.
  co2_emissions: {},
  wind_solar_capacity: { sectors: ['energy.renewables'], themes: ['renewable_consumption'] },
  wind_capacity: { sectors: ['energy.renewables'], themes: ['renewable_consumption'] },
  solar_capacity: { sectors: ['energy.renewables'], themes: ['renewable_consumption'] },
  renewable_capacity: { sectors: ['energy.renewables'], themes: ['renewable_consumption'] },
  new_energy_storage_capacity: { sectors: ['energy.power'] },
  pumped_storage_capacity: { sectors: ['energy.power'] },
  energy_consumption_total: { sectors: ['energy'], themes: ['carbon_dual_control'] },
  coal_consumption_total: { sectors: ['energy.fossil'] },
  coal_share: { sectors: ['energy.fossil'] },
  green_building_share_new: { sectors: ['buildings'] },
  forest_stock_volume: { sectors: ['forestry'] },
  nev_share_new_vehicles: { sectors: ['transport.nev'] },
  renewable_generation_share: { sectors: ['energy.power'], themes: ['renewable_consumption'] },
  green_transport_share: { sectors: ['transport'] },
};
