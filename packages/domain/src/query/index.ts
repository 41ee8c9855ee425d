export * from './entry-query-shape';
export * from './entry-query';
export { toParamRecord, splitValues, isDateParam, dateBound, type QueryInput } from './params';
