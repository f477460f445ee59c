/**
 * Where is the pane running? Inside Excel, Office.onReady resolves with host Excel. In a plain
 * browser it resolves with host null; when office.js could not load there is no Office at all, and
 * when it loads but never initialises onReady never resolves — so wait at most `timeoutMs`.
 */
export type StartPlace = 'excel' | 'standalone';

interface OfficeLike {
  onReady?: () => Promise<{ host: unknown }>;
  HostType?: { Excel?: unknown };
}

export async function detectStartPlace(office: OfficeLike | undefined, timeoutMs = 3000): Promise<StartPlace> {
  if (!office || typeof office.onReady !== 'function') return 'standalone';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady().catch(() => null), timeout]);
    const excel = office.HostType?.Excel ?? 'Excel';
    return info && info.host === excel ? 'excel' : 'standalone';
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** The global Office object if office.js loaded, without a ReferenceError when it did not. */
export function globalOffice(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
}
