import { detectStartPlace } from './boot';

describe('detectStartPlace', () => {
  it('is standalone when office.js did not load', async () => {
    await expect(detectStartPlace(undefined, 50)).resolves.toBe('standalone');
    await expect(detectStartPlace({}, 50)).resolves.toBe('standalone');
  });

  it('is Excel when Office.onReady says Excel', async () => {
    const office = { onReady: () => Promise.resolve({ host: 'Excel' }), HostType: { Excel: 'Excel' } };
    await expect(detectStartPlace(office, 50)).resolves.toBe('excel');
  });

  it('is standalone when onReady answers with host null (a plain browser) or another host', async () => {
    await expect(detectStartPlace({ onReady: () => Promise.resolve({ host: null }), HostType: { Excel: 'Excel' } }, 50)).resolves.toBe('standalone');
    await expect(detectStartPlace({ onReady: () => Promise.resolve({ host: 'Word' }), HostType: { Excel: 'Excel' } }, 50)).resolves.toBe('standalone');
  });

  it('does not hang when onReady never answers, nor when it fails', async () => {
    const started = Date.now();
    await expect(detectStartPlace({ onReady: () => new Promise(() => undefined) }, 100)).resolves.toBe('standalone');
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    await expect(detectStartPlace({ onReady: () => Promise.reject(new Error('x')) }, 100)).resolves.toBe('standalone');
  });
});
