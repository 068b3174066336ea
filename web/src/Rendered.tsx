// A FHIR record as a clinician reads it, from the JSON `medvault_fhir::render::render` gives (the
// command line's rendering): a heading per section (conditions, observations, medications,
// allergies…), a line per resource with its detail and date, and a count of what else is there.
// Every screen that shows a record shows it through this.
import type { Rendered } from "./sdk";

export function RenderedSections({
  rendered,
  level = 3,
}: {
  rendered: Pick<Rendered, "sections"> & { also?: Rendered["also"] };
  level?: 3 | 4;
}) {
  const Heading = level === 3 ? "h3" : "h4";
  const others = Object.entries(rendered.also ?? {});
  return (
    <>
      {rendered.sections.map((s) => (
        <div key={s.title}>
          <Heading>{s.title}</Heading>
          <ul>
            {s.lines.map((l, i) => (
              <li key={i}>
                <span className="text">{l.text}</span>
                {l.detail && <span className="detail"> — {l.detail}</span>}
                {l.date && <span className="date"> ({l.date})</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {others.length > 0 && <p className="fact">Also: {others.map(([t, n]) => `${n} ${t}`).join(", ")}</p>}
    </>
  );
}
