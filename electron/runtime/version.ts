/** The app's version, shown in station info and sent with sync requests. */
export const version = '0.1.0';
