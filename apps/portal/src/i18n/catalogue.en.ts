import en from './en';
import briefings from '@/briefings/messages.en';

/** Every English string of the portal: one chunk, loaded when English is first shown (see loadLocaleMessages). */
export default { ...en, ...briefings };
