/**
 * The few FHIR R4 data types the export writes, typed so a misspelt element
 * is a compile error; whole resources are checked against the official R4
 * JSON schema in the tests (tests/unit/export/fhir.test.ts).
 */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

/** Text always; codings only where the code is certain (see fhir-codes.ts). */
export interface CodeableConcept {
  coding?: Coding[];
  text: string;
}

/** Always to another entry of the same bundle, by its fullUrl. */
export interface Reference {
  reference: string;
}

export interface Narrative {
  status: 'additional';
  /** XHTML: one <div> in the XHTML namespace. */
  div: string;
}

export interface Quantity {
  value: number;
  unit: string;
  system?: string;
  code?: string;
}

export interface Resource {
  resourceType: string;
  id: string;
  [element: string]: unknown;
}

export interface BundleEntry {
  fullUrl: string;
  resource: Resource;
}

export interface DocumentBundle {
  resourceType: 'Bundle';
  id: string;
  identifier: { system: string; value: string };
  type: 'document';
  timestamp: string;
  entry: BundleEntry[];
}
