//! FHIR R4 handling on the patient's side: parsing, categories, de-identification and the release gate.
