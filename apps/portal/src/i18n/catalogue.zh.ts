import zh from './zh';
import briefings from '@/briefings/messages.zh';

/** 门户的全部中文文字：一个代码块，首次显示中文时加载（见 loadLocaleMessages）。 */
export default { ...zh, ...briefings };
