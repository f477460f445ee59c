import { CALENDAR_STRINGS, dateToIso, formatDmy, isoToDmy, parseDmy, parseDmyToIso, todayIso } from './dateText';

describe('parseDmyToIso', () => {
  it.each([
    ['20/12/2025', '2025-12-20'],
    ['1/2/2025', '2025-02-01'],
    [' 05-03-2024 ', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['2/3/25', '2025-03-02'],
    ['2/3/98', '1998-03-02'],
    ['2025-12-20', '2025-12-20'],
  ])('%s → %s', (text, iso) => {
    expect(parseDmyToIso(text)).toBe(iso);
  });

  it.each(['31/02/2025', '29/02/2025', '00/01/2025', '12/13/2025', '20/12', '', 'hôm nay', '20/12/20251', '2025-02-30'])(
    'rejects %p',
    (text) => {
      expect(parseDmyToIso(text)).toBeNull();
    },
  );

  it('reads day before month, never the US order', () => {
    expect(parseDmyToIso('03/04/2025')).toBe('2025-04-03');
  });
});

describe('formatDmy / parseDmy', () => {
  it('pads day and month', () => {
    expect(formatDmy(new Date(2025, 0, 5))).toBe('05/01/2025');
    expect(formatDmy(undefined)).toBe('');
    expect(formatDmy(new Date(Number.NaN))).toBe('');
  });

  it('round-trips every day of a leap year through the local Date the DatePicker uses', () => {
    for (let d = new Date(2024, 0, 1); d.getFullYear() === 2024; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
      const text = formatDmy(d);
      const back = parseDmy(text);
      expect(back && formatDmy(back)).toBe(text);
      expect(dateToIso(back)).toBe(`2024-${text.slice(3, 5)}-${text.slice(0, 2)}`);
    }
  });

  it('converts ISO days for display', () => {
    expect(isoToDmy('2025-12-20')).toBe('20/12/2025');
    expect(isoToDmy(null)).toBe('');
  });

  it('todayIso reads the given clock as a local calendar day', () => {
    expect(todayIso(new Date(2025, 11, 20, 23, 59))).toBe('2025-12-20');
  });
});

describe('calendar strings', () => {
  it('are Vietnamese with "Hôm nay", 12 months and 7 days starting on Sunday', () => {
    const vi = CALENDAR_STRINGS.vi;
    expect(vi.goToToday).toBe('Hôm nay');
    expect(vi.months).toHaveLength(12);
    expect(vi.months[11]).toBe('Tháng 12');
    expect(vi.shortMonths).toHaveLength(12);
    expect(vi.days[0]).toBe('Chủ nhật');
    expect(vi.shortDays).toEqual(['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
  });

  it('have the same keys in both languages', () => {
    expect(Object.keys(CALENDAR_STRINGS.en).sort()).toEqual(Object.keys(CALENDAR_STRINGS.vi).sort());
  });
});
