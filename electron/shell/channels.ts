/** IPC channel names shared by the main-process adapter and the preload. */
export const CHANNEL_CALL = 'station:call';
export const CHANNEL_ROLE = 'station:role';
export const CHANNEL_EVENT = 'station:event';
export const CHANNEL_PRINT = 'station:print';
