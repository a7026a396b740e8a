import type { ComparedGroup } from "../../lib/contracts/compare";
import type { FieldFigures } from "../../lib/compare/field-figures";
import { CardTable } from "../ui/card-table";
import { TD, TR } from "../ui/table";
import { formatShare, groupLabel } from "./compare-format";

/** Per output field: agreement rate over the matched rows, each group's confidence levels and empty share. */
export function CompareFieldFigures({ fields, groups }: { fields: readonly FieldFigures[]; groups: readonly ComparedGroup[] }) {
  return (
    <CardTable
      caption="Figures per output field"
      columns={[
        "Field",
        { label: "Agreement", align: "right" },
        ...groups.map((group, index) => `${groupLabel(index, group.processors)}: confidence high / medium / low · empty`),
      ]}
      data-testid="compare-field-figures"
    >
      {fields.map((field) => (
        <TR key={field.field} data-testid="compare-field-row" data-field={field.field}>
          <TD className="font-mono text-xs">{field.field}</TD>
          <TD className="text-right tabular-nums" data-testid="compare-agreement">
            {formatShare(field.agreementRate)}
            <span className="ml-1 text-xs text-fg-subtle">
              ({field.agreed.toLocaleString("en-US")} of {field.compared.toLocaleString("en-US")})
            </span>
          </TD>
          {field.groups.map((figures, index) => (
            <TD key={groups[index]?.id ?? index} className="tabular-nums">
              <ConfidenceBar histogram={figures.confidence} />
              <span className="text-xs text-fg-muted">
                {figures.confidence.high} / {figures.confidence.medium} / {figures.confidence.low} · {formatShare(figures.emptyShare)} empty
              </span>
            </TD>
          ))}
        </TR>
      ))}
    </CardTable>
  );
}

function ConfidenceBar({ histogram }: { histogram: FieldFigures["groups"][number]["confidence"] }) {
  const total = histogram.high + histogram.medium + histogram.low + histogram.none;
  if (total === 0) return null;
  const width = (count: number) => ({ width: `${(count / total) * 100}%` });
  return (
    <div className="mb-1 flex h-2 w-32 overflow-hidden rounded-full bg-surface-hover" aria-hidden="true">
      <div className="bg-success" style={width(histogram.high)} />
      <div className="bg-warning" style={width(histogram.medium)} />
      <div className="bg-danger" style={width(histogram.low)} />
    </div>
  );
}
