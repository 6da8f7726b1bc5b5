import { apiError } from '../errors/codes.js';

/** METADATA_UNAVAILABLE: the service did not answer in time, could not be reached or answered something unreadable. */
export const metadataUnavailable = (service: string, why: string) =>
  apiError('METADATA_UNAVAILABLE', `${service} ${why}; fill the form by hand or try again later`, { service });

/** NOT_FOUND: the service answered and holds no record for the identifier. */
export const metadataNotFound = (service: string, what: string) => apiError('NOT_FOUND', `${service} has no record of ${what}`, { service });
