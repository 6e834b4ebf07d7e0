/**
 * A full resident ID number written in text: 17 digits and a check character, standing alone. The
 * boundaries matter: a 64-hex-digit HMAC of the number holds runs of 18 digits often enough (about
 * one hash in twelve) that an unbounded \d{17}[\dX] fails a privacy test by chance.
 */
export const CLEAR_ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;
