import { CAPABILITY_SETS, capabilityReason, officeCapabilities } from './capabilities';

/** An Excel that supports ExcelApi up to `max` (versions compared numerically, 1.13 > 1.9). */
function upTo(max: string) {
  const [maxMajor, maxMinor] = max.split('.').map(Number);
  return (name: string, version: string) => {
    const [major, minor] = version.split('.').map(Number);
    return name === 'ExcelApi' && (major < maxMajor || (major === maxMajor && minor <= maxMinor));
  };
}

describe('officeCapabilities', () => {
  it('maps requirement sets to features', () => {
    expect(officeCapabilities(upTo('1.7'))).toEqual({
      settings: true,
      conditionalFormats: true,
      freezePanes: true,
      dataValidation: false,
      copyFormats: false,
      mergedAreas: false,
    });
    expect(Object.values(officeCapabilities(upTo('1.14'))).every(Boolean)).toBe(true);
    expect(officeCapabilities(upTo('1.12')).mergedAreas).toBe(false);
  });

  it('reports nothing outside Office (no Office global)', () => {
    expect(Object.values(officeCapabilities()).some(Boolean)).toBe(false);
  });

  it('treats a throwing host check as unsupported', () => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error('not ready');
          },
        },
      },
    };
    try {
      expect(officeCapabilities().conditionalFormats).toBe(false);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it('explains a missing feature in Vietnamese and English, naming the set', () => {
    const vi = capabilityReason('dataValidation', 'vi');
    const en = capabilityReason('dataValidation', 'en');
    expect(vi).toContain(`ExcelApi ${CAPABILITY_SETS.dataValidation}`);
    expect(vi).toMatch(/chưa hỗ trợ/);
    expect(en).toContain('ExcelApi 1.8');
    expect(en).not.toEqual(vi);
  });
});
