// The criteria builder: the fields `medvault_fhir::Criteria` supports (a condition, an
// observation with a value range, a medication, a procedure, an allergy, an immunization by code;
// an age range; the administrative sex; each one negated if wanted), combined with "all" or
// "any", as a form. It produces the criteria JSON the workflow takes; the SDK checks it and gives
// its canonical form (what is pinned and committed on-chain).
import { useMemo } from "react";

import { canonicalCriteria, codeSystems } from "./sdk";
import { errorText } from "../sdk";

export type Kind = "condition" | "observation" | "medication" | "procedure" | "allergy" | "immunization" | "age" | "sex";

export const KINDS: { id: Kind; label: string }[] = [
  { id: "condition", label: "Condition (diagnosis)" },
  { id: "observation", label: "Observation (lab or vital sign)" },
  { id: "medication", label: "Medication" },
  { id: "procedure", label: "Procedure" },
  { id: "allergy", label: "Allergy" },
  { id: "immunization", label: "Immunization" },
  { id: "age", label: "Age today" },
  { id: "sex", label: "Sex" },
];

const SYSTEM_NAMES: Record<string, string> = {
  "http://snomed.info/sct": "SNOMED CT",
  "http://hl7.org/fhir/sid/icd-10": "ICD-10",
  "http://hl7.org/fhir/sid/icd-10-cm": "ICD-10-CM",
  "http://loinc.org": "LOINC",
  "http://www.nlm.nih.gov/research/umls/rxnorm": "RxNorm",
  "http://hl7.org/fhir/sid/cvx": "CVX (vaccines)",
};

export interface Row {
  kind: Kind;
  exclude: boolean;
  system: string;
  code: string;
  prefix: boolean;
  min: string;
  max: string;
  unit: string;
  sex: "female" | "male" | "other" | "unknown";
}

export interface CriteriaForm {
  combine: "all" | "any";
  rows: Row[];
}

export function newRow(): Row {
  return { kind: "condition", exclude: false, system: "http://snomed.info/sct", code: "", prefix: false, min: "", max: "", unit: "", sex: "female" };
}

const num = (s: string) => (s.trim() === "" ? undefined : Number(s));

function node(r: Row): unknown {
  let n: unknown;
  switch (r.kind) {
    case "age":
      n = { age: { min: num(r.min), max: num(r.max) } };
      break;
    case "sex":
      n = { sex: r.sex };
      break;
    case "observation":
      n = { observation: { system: r.system, code: r.code.trim(), min: num(r.min), max: num(r.max), unit: r.unit.trim() || undefined } };
      break;
    default:
      n = { [r.kind]: { system: r.system, code: r.code.trim(), prefix: r.prefix || undefined } };
  }
  return r.exclude ? { not: n } : n;
}

/** The criteria document of the form (JSON.stringify drops the fields left empty). */
export function criteriaJson(form: CriteriaForm): string {
  return JSON.stringify({ [form.combine]: form.rows.map(node) });
}

/** The document's canonical JSON, or why it is not a criteria document. */
export function checked(form: CriteriaForm): { canonical?: string; error?: string } {
  for (const [i, r] of form.rows.entries()) {
    const coded = r.kind !== "age" && r.kind !== "sex";
    if (coded && r.code.trim() === "") return { error: `Criterion ${i + 1}: enter a code.` };
    for (const v of [r.min, r.max]) {
      if (v.trim() !== "" && !Number.isFinite(Number(v))) return { error: `Criterion ${i + 1}: ${v} is not a number.` };
    }
  }
  try {
    return { canonical: canonicalCriteria(criteriaJson(form)) };
  } catch (e) {
    return { error: errorText(e) };
  }
}

export function CriteriaBuilder({ form, onChange }: { form: CriteriaForm; onChange: (f: CriteriaForm) => void }) {
  const systems = useMemo(codeSystems, []);
  const set = (i: number, patch: Partial<Row>) =>
    onChange({ ...form, rows: form.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const result = checked(form);
  return (
    <div className="criteria">
      <label className="field">
        <span>Patients qualify when they meet</span>
        <select value={form.combine} onChange={(e) => onChange({ ...form, combine: e.target.value as "all" | "any" })}>
          <option value="all">all of the criteria below</option>
          <option value="any">any of the criteria below</option>
        </select>
      </label>
      {form.rows.map((r, i) => {
        const coded = r.kind !== "age" && r.kind !== "sex";
        return (
          <fieldset key={i} className="criterion">
            <legend>Criterion {i + 1}</legend>
            <div className="fields">
              <label className="field">
                <span>Kind</span>
                <select value={r.kind} onChange={(e) => set(i, { kind: e.target.value as Kind })}>
                  {KINDS.map((k) => (
                    <option key={k.id} value={k.id}>
                      {k.label}
                    </option>
                  ))}
                </select>
              </label>
              {coded && (
                <>
                  <label className="field">
                    <span>Code system</span>
                    <select value={r.system} onChange={(e) => set(i, { system: e.target.value })}>
                      {systems.map((s) => (
                        <option key={s} value={s}>
                          {SYSTEM_NAMES[s] ?? s}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="field">
                    <span>Code</span>
                    <input value={r.code} onChange={(e) => set(i, { code: e.target.value })} placeholder="e.g. E11" />
                  </label>
                  {r.kind !== "observation" && (
                    <label className="check">
                      <input type="checkbox" checked={r.prefix} onChange={(e) => set(i, { prefix: e.target.checked })} />
                      <span>Also codes that start with it</span>
                    </label>
                  )}
                </>
              )}
              {(r.kind === "age" || r.kind === "observation") && (
                <>
                  <label className="field">
                    <span>{r.kind === "age" ? "Youngest (years)" : "Lowest value"}</span>
                    <input inputMode="decimal" value={r.min} onChange={(e) => set(i, { min: e.target.value })} />
                  </label>
                  <label className="field">
                    <span>{r.kind === "age" ? "Oldest (years)" : "Highest value"}</span>
                    <input inputMode="decimal" value={r.max} onChange={(e) => set(i, { max: e.target.value })} />
                  </label>
                </>
              )}
              {r.kind === "observation" && (
                <label className="field">
                  <span>Unit (UCUM)</span>
                  <input value={r.unit} onChange={(e) => set(i, { unit: e.target.value })} placeholder="e.g. %" />
                </label>
              )}
              {r.kind === "sex" && (
                <label className="field">
                  <span>Sex</span>
                  <select value={r.sex} onChange={(e) => set(i, { sex: e.target.value as Row["sex"] })}>
                    <option value="female">female</option>
                    <option value="male">male</option>
                    <option value="other">other</option>
                    <option value="unknown">unknown</option>
                  </select>
                </label>
              )}
              <label className="check">
                <input type="checkbox" checked={r.exclude} onChange={(e) => set(i, { exclude: e.target.checked })} />
                <span>Exclude patients who meet it</span>
              </label>
            </div>
            {form.rows.length > 1 && (
              <button
                type="button"
                className="secondary"
                onClick={() => onChange({ ...form, rows: form.rows.filter((_, j) => j !== i) })}
              >
                Remove criterion {i + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="secondary" onClick={() => onChange({ ...form, rows: [...form.rows, newRow()] })}>
        Add a criterion
      </button>
      {result.error ? (
        <p className="problem" data-testid="criteria-problem">
          {result.error}
        </p>
      ) : (
        <p className="fact">
          Criteria document (pinned to IPFS, its hash committed on-chain):{" "}
          <code data-testid="criteria-json">{result.canonical}</code>
        </p>
      )}
    </div>
  );
}
