import type { ComputedRef, InjectionKey } from 'vue';

/** Whether a chart's data table is on show (so its links belong in the Tab order); provided by ChartFigure. */
export const TABLE_IN_TAB_ORDER: InjectionKey<ComputedRef<boolean>> = Symbol('tableInTabOrder');
