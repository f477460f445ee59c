/**
 * The standalone page's files: offering the annotated copy as a download under a name that cannot
 * be mistaken for (or overwrite) the original.
 */

/** "ke-hoach.xlsx" → "ke-hoach-phuluc.xlsx": the copy never overwrites the original in Downloads. */
export function annotatedFileName(original: string): string {
  const base = original.replace(/\.(xlsx|xlsm)$/i, '').trim() || 'phu-luc';
  return `${base}-phuluc.xlsx`;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Start a browser download of `bytes` as `name`. */
export function offerDownload(bytes: Uint8Array, name: string): void {
  // Copy into a fresh ArrayBuffer: the bytes may be a view on a larger (or shared) buffer.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: XLSX_MIME }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
