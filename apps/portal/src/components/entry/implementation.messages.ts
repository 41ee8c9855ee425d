/** The implementation section's own words (loaded with it, not with every page); the result cards' badge stays in the app's messages. */
export default {
  en: {
    implementation: {
      title: 'Implementation across China',
      summary: 'Implemented by {entries} in {covered} of {mainland} provinces.',
      entries: 'no entries | 1 entry | {n} entries',
      intro:
        'Entries that say they implement this document, by province; a city’s or a zone’s plan counts for its province. Municipalities and autonomous regions count as provinces.',
      mapTitle: 'Provinces with a plan implementing it',
      covered: 'Has a plan',
      notCovered: 'No plan yet',
      entriesColumn: 'Implementing entries',
      byProvince: 'Implementing entries by province',
      entry: 'Entry',
      place: 'Place and level',
      headline: 'Headline targets',
      via: 'through',
      missingTitle: 'No plan yet ({n} provinces) | No plan yet (1 province) | No plan yet ({n} provinces)',
      missingNone: 'Every mainland province has an entry implementing it.',
      national: 'Nationwide documents implementing it',
    },
  },
  zh: {
    implementation: {
      title: '各地落实情况',
      summary: '已有{covered}个省份（共{mainland}个）的{entries}落实本文件。',
      entries: '{n}项文件',
      intro: '声明落实本文件的各地文件，按省份列出；地市和园区的文件计入所在省份。直辖市和自治区按省份计。',
      mapTitle: '已出台落实文件的省份',
      covered: '已出台',
      notCovered: '尚未出台',
      entriesColumn: '落实文件',
      byProvince: '各省份落实文件',
      entry: '文件',
      place: '地区与层级',
      headline: '主要目标',
      via: '经由',
      missingTitle: '尚无落实文件（{n}个省份）',
      missingNone: '各省份均已出台落实文件。',
      national: '落实本文件的全国性文件',
    },
  },
};
