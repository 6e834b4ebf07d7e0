/**
 * The headers every page of the app is served with, by the hub to browsers and by the app:// scheme to
 * Electron windows: one policy, so the two shells cannot drift apart. 'self' is the page's own origin
 * (http(s)://hub:port, or app://station), so the same words hold on both.
 */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "media-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': contentSecurityPolicy,
} as const;
