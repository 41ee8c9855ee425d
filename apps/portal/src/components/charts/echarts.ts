/**
 * Apache ECharts, tree-shaken: the core plus only the charts and components the portal draws, rendered
 * as SVG (crisp in print, zoom and screenshots). Imported only through dynamic import() so none of it is
 * in the first view's JavaScript.
 */
import { use } from 'echarts/core';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import VChart from 'vue-echarts';

use([BarChart, LineChart, MapChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export { VChart };
export { registerMap } from 'echarts/core';
