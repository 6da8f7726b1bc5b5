/** A node id: a lowercase slug. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A DOI as Crossref defines it: "10." + registrant + "/" + suffix. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
