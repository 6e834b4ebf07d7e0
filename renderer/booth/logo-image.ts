/** The station keeps logos under 48 KB; the tablet shrinks a photo of a sign to fit before sending. */
const BUDGET_BYTES = 45_000;

const bytesOf = (dataUrl: string) => Math.floor(((dataUrl.length - dataUrl.indexOf(',') - 1) * 3) / 4);

/** A PNG (or, for photos, a JPEG) at most `max` pixels on its longer side; null when it cannot fit. */
export async function logoDataUrl(file: Blob, max = 256): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const g = canvas.getContext('2d');
  if (!g) return null;
  g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const png = canvas.toDataURL('image/png');
  if (bytesOf(png) <= BUDGET_BYTES) return png;
  for (const quality of [0.85, 0.7, 0.5]) {
    const jpeg = canvas.toDataURL('image/jpeg', quality);
    if (bytesOf(jpeg) <= BUDGET_BYTES) return jpeg;
  }
  return null;
}
