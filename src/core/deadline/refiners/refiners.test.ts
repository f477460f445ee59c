/** Each refiner on the parts the default parsers find, then what it changes. */
import { defaultParsers } from '../grammar';
import { prepareText } from '../prepare';
import type { DatedPart, DeadlineRefiner, Part } from '../types';
import { isDated } from '../types';
import { documentReferenceRefiner } from './documentReference';
import { overlapRefiner, sortParts } from './overlap';
import { beforeRefiner, startAnchorRefiner } from './modifiers';
import { attachedPeriodRefiner } from './attachedPeriod';
import { yearResolutionRefiner } from './yearResolution';

const ctx = { planYear: 2021 };

function run(text: string, ...refiners: DeadlineRefiner[]): { folded: string; parts: DatedPart[] } {
  const { folded } = prepareText(text);
  let parts: Part[] = sortParts(defaultParsers.flatMap((p) => p.parse(folded, ctx)));
  for (const r of refiners) parts = r.refine(parts, folded, ctx);
  return { folded, parts: parts.filter(isDated) };
}
const spans = (text: string, ...refiners: DeadlineRefiner[]) => {
  const { folded, parts } = run(text, ...refiners);
  return parts.map((p) => folded.slice(p.index, p.end));
};

describe('documentReferenceRefiner', () => {
  it.each([
    'Sau khi có Quyết định 22/QĐ-UBND ngày 22/01/2025',
    'Theo Quyết định số 22/QĐ-SCT ngày 22/01/2025 của Sở Công Thương',
    'Nghị định số 09/2019/NĐ-CP ngày 14/3/2019',
    'Theo Kế hoạch số 15/KH-UBND của UBND tỉnh ngày 10/01/2025',
    'Theo Công văn ngày 5/3/2025',
  ])('drops the date of a document in %j', (text) => {
    expect(spans(text).length).toBeGreaterThan(0);
    expect(spans(text, documentReferenceRefiner)).toEqual([]);
  });

  it.each([
    'Báo cáo rà soát TTHC năm 2024 gửi Văn phòng UBND tỉnh trước ngày 25/7/2024',
    '- Kế hoạch số lượng người làm việc (trước 01/4/2025)',
    'Gửi công văn của Sở trước ngày 15/12/2025',
    'Ngày 15/12/2024',
  ])('keeps a deadline in %j', (text) => {
    expect(spans(text, documentReferenceRefiner)).toHaveLength(1);
  });
});

describe('overlapRefiner', () => {
  it('keeps the longest of overlapping parts', () => {
    expect(spans('ngày 5 tháng 12 năm 2025', overlapRefiner)).toEqual(['ngay 5 thang 12 nam 2025']);
    expect(spans('6 tháng cuối năm', overlapRefiner)).toEqual(['6 thang cuoi nam']);
  });

  it('keeps parts that do not overlap', () => {
    expect(spans('- Quý II/2025 - Tháng 12/2025', overlapRefiner)).toEqual(['quy ii/2025', 'thang 12/2025']);
  });
});

describe('beforeRefiner', () => {
  it('marks parts right after "trước (ngày)"', () => {
    const { parts } = run('Trước ngày 30/9/2025; ngày 5/10/2025; trước tháng 12/2025', beforeRefiner);
    expect(parts.map((p) => p.before)).toEqual([true, false, true]);
  });

  it('marks the days listed after "trước"', () => {
    expect(run('Trước 15/6 và 15/12 hằng năm', beforeRefiner).parts.map((p) => p.before)).toEqual([true, true]);
    expect(run('Trước 15/6, ngày 15/12', beforeRefiner).parts.map((p) => p.before)).toEqual([true, true]);
    expect(run('Trước 15/6; 15/12', beforeRefiner).parts.map((p) => p.before)).toEqual([true, false]);
  });

  it('does not mark a part when other words come between', () => {
    const { parts } = run('trước hoặc trong ngày 30/9/2025', beforeRefiner);
    expect(parts.map((p) => p.before)).toEqual([false]);
  });
});

describe('startAnchorRefiner', () => {
  it('drops a day that only starts a span', () => {
    expect(spans('Từ ngày 01/3/2025 đến ngày 30/6/2025', startAnchorRefiner)).toEqual(['30/6/2025']);
    expect(spans('Trong vòng 05 ngày kể từ ngày 15/3/2025', startAnchorRefiner)).toEqual([]);
  });

  it('keeps a month range that starts with "từ"', () => {
    expect(spans('Từ tháng 3 đến tháng 6/2025', startAnchorRefiner)).toEqual(['thang 3 den thang 6/2025']);
  });
});

describe('attachedPeriodRefiner', () => {
  it('drops a period that names the report of the day right after it', () => {
    const text = 'Báo cáo quý I, trước ngày 10/3; 6 tháng đầu năm, trước ngày 10/6';
    expect(spans(text, overlapRefiner)).toEqual(['quy i', '10/3', '6 thang dau nam', '10/6']);
    expect(spans(text, overlapRefiner, attachedPeriodRefiner)).toEqual(['10/3', '10/6']);
  });

  it('keeps a period in another clause', () => {
    expect(spans('- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)', attachedPeriodRefiner)).toEqual(['quy i', '30/11']);
    expect(spans('- Quý II/2025 - trước ngày 15/12/2025', attachedPeriodRefiner)).toHaveLength(2);
  });
});

describe('yearResolutionRefiner', () => {
  const years = (text: string) => run(text, overlapRefiner, yearResolutionRefiner).parts.map((p) => p.year);

  it('takes the year of the next joined part', () => {
    expect(years('Trước 15/3 và 15/9/2025')).toEqual([2025, 2025]);
    expect(years('Tháng 3, quý II/2024')).toEqual([2024, 2024]);
  });

  it('falls back to the plan year', () => {
    expect(years('Quý I')).toEqual([2021]);
    expect(years('- Kế hoạch (Quý I); - Báo cáo (Trước 30/11/2025)')).toEqual([2021, 2025]);
  });

  it('leaves an invalid part without a year', () => {
    expect(years('trước ngày 15/11/202')).toEqual([null]);
  });
});
