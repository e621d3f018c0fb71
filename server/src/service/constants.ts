/** The `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'privacy-policy';
