const DOI_PREFIX = /^\s*(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/** The DOI without a resolver prefix ("https://doi.org/", "doi:"), case kept: for export. */
export const bareDoi = (doi: string) => doi.replace(DOI_PREFIX, '').trim();

/** The DOI as duplicates are compared: bare and lower-case (DOIs are case-insensitive). */
export const normaliseDoi = (doi: string) => bareDoi(doi).toLowerCase();

/** A title as duplicates are compared: lower-case letters and digits, single spaces (punctuation and case ignored). */
export const normaliseTitle = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
