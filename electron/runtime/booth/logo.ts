/**
 * An employer's logo arrives as a data URL from the booth tablet, which shrinks the picture first.
 * Only raster images whose bytes say what the URL claims, and small: the logo is shown on TVs and
 * travels in every booth display answer. SVG is refused (it can carry script).
 */
export const MAX_LOGO_BYTES = 48 * 1024;

const signatures: Record<string, (b: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

export type LogoCheck = { ok: true } | { ok: false; message: string };

export function checkLogo(dataUrl: string): LogoCheck {
  const m = /^data:image\/(png|jpeg|webp);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!m) return { ok: false, message: '标志只能是 PNG、JPEG 或 WebP 图片' };
  const bytes = Buffer.from(m[2]!, 'base64');
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, message: '标志图片太大，请换一张小一点的' };
  if (!signatures[m[1]!]!(bytes)) return { ok: false, message: '标志图片已损坏或格式不对' };
  return { ok: true };
}
