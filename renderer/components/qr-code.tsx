import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code as an image (prints with the page); the text is produced by the station, never typed. */
export function QrCode({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(text, { margin: 1, width: size, errorCorrectionLevel: 'M' }).then((url) => {
      if (live) setSrc(url);
    });
    return () => {
      live = false;
    };
  }, [text, size]);
  return src ? (
    <img className="qr" src={src} width={size} height={size} alt={label} data-testid="slip-qr" />
  ) : (
    <div className="qr" style={{ width: size, height: size }} />
  );
}
