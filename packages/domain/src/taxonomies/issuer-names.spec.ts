import { describe, expect, it } from 'vitest';
import { isLocalIssuer, issuerName } from './issuer-names';
import { regionIndex } from '../regions/lookup';

const both = (issuer: string, jurisdiction: string) => [
  issuerName(issuer, jurisdiction, 'zh', regionIndex),
  issuerName(issuer, jurisdiction, 'en', regionIndex),
];

describe('issuerName', () => {
  it('names a province’s, a municipality’s and an autonomous region’s people’s government', () => {
    expect(both('provincial_government', '370000')).toEqual(['山东省人民政府', "Shandong Provincial People's Government"]);
    expect(both('provincial_government', '110000')).toEqual(['北京市人民政府', "Beijing Municipal People's Government"]);
    expect(both('provincial_government', '150000')).toEqual(['内蒙古自治区人民政府', "Inner Mongolia Autonomous Region People's Government"]);
    expect(both('provincial_government', '810000')).toEqual(['香港特别行政区政府', 'Government of the Hong Kong Special Administrative Region']);
  });

  it('names party committees', () => {
    expect(both('provincial_party_committee', '370000')).toEqual(['中共山东省委', 'CPC Shandong Provincial Committee']);
    expect(both('provincial_party_committee', '110000')).toEqual(['中共北京市委', 'CPC Beijing Municipal Committee']);
    expect(both('provincial_party_committee', '450000')).toEqual(['中共广西壮族自治区委员会', 'CPC Guangxi Zhuang Autonomous Regional Committee']);
    expect(both('municipal_party_committee', '510700')).toEqual(['中共绵阳市委', 'CPC Mianyang Municipal Committee']);
  });

  it('names city bodies, prefectures’ administrative offices and departments', () => {
    expect(both('municipal_government', '510700')).toEqual(['绵阳市人民政府', "Mianyang Municipal People's Government"]);
    expect(both('municipal_government', '120000')).toEqual(['天津市人民政府', "Tianjin Municipal People's Government"]);
    expect(both('municipal_government', '653100')).toEqual(['喀什地区行政公署', 'Kashgar Prefecture Administrative Office']);
    expect(both('municipal_government', '152200')).toEqual(['兴安盟行政公署', 'Hinggan League Administrative Office']);
    expect(both('municipal_dept', '441900')).toEqual(['东莞市人民政府部门', "Department of the Dongguan Municipal People's Government"]);
    expect(both('provincial_dept', '520000')).toEqual(['贵州省人民政府部门', "Department of the Guizhou Provincial People's Government"]);
  });

  it('finds the province of a city or zone entry, and the city of a zone', () => {
    expect(issuerName('provincial_government', '510700', 'zh', regionIndex)).toBe('四川省人民政府');
    expect(issuerName('municipal_government', '440300-qianhai', 'zh', regionIndex)).toBe('深圳市人民政府');
    expect(issuerName('provincial_government', '440300-qianhai', 'en', regionIndex)).toBe("Guangdong Provincial People's Government");
  });

  it('returns undefined where the jurisdiction does not say which body, or the code is not a local body', () => {
    expect(issuerName('provincial_government', 'CN', 'zh', regionIndex)).toBeUndefined();
    expect(issuerName('municipal_government', '370000', 'zh', regionIndex)).toBeUndefined(); // which city?
    expect(issuerName('provincial_government', '999999', 'en', regionIndex)).toBeUndefined();
    expect(issuerName('state_council', '370000', 'en', regionIndex)).toBeUndefined();
    expect(isLocalIssuer('municipal_dept')).toBe(true);
    expect(isLocalIssuer('mee')).toBe(false);
  });
});
