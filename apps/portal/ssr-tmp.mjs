import * as echarts from 'echarts';
import { readFileSync } from 'node:fs';
const geo = JSON.parse(readFileSync('src/assets/map/china.json', 'utf8'));
echarts.registerMap('china', geo);
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 500 });
const counts = [['320000', 1], ['330000', 2], ['360000', 1], ['440000', 0]];
chart.setOption({
  animation: false,
  visualMap: { type: 'piecewise', pieces: [{ gte: 1, color: '#0f766e' }, { lte: 0, color: '#d7dfda' }] },
  series: [{ type: 'map', map: 'china', nameProperty: 'id', itemStyle: { areaColor: '#ffffff' }, data: counts.map(([name, value]) => ({ name, value })) }],
});
const model = chart.getModel().getSeriesByIndex(0);
const data = model.getData();
for (let i = 0; i < data.count(); i++) { const n = data.getName(i); if (['320000','330000','360000','440000'].includes(n)) console.log(n, data.get('value', i), data.getItemVisual(i, 'style')?.fill, data.getItemVisual(i,'color')); }
