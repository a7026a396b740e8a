import { sampleEstimates } from "../../lib/compare/sample-estimate";
import { formatUsd } from "../../lib/upload/estimate";
import { Table, TBody, TD, TH, THead, TR } from "../ui/table";

/** The sample's cost next to the full set's at each processor; the chosen one is marked. */
export function SampleEstimateTable({ sampleRuns, fullRuns, processor }: { sampleRuns: number; fullRuns: number; processor: string }) {
  const chosen = processor.replace(/-fast$/, "");
  return (
    <Table className="w-full" data-testid="sample-estimate">
      <THead>
        <tr>
          <TH density="compact">Processor</TH>
          <TH density="compact" className="text-right">
            Sample ({sampleRuns.toLocaleString("en-US")} runs)
          </TH>
          <TH density="compact" className="text-right">
            Full set ({fullRuns.toLocaleString("en-US")} runs)
          </TH>
        </tr>
      </THead>
      <TBody>
        {sampleEstimates(sampleRuns, fullRuns).map((estimate) => (
          <TR
            key={estimate.processor}
            className={estimate.processor === chosen ? "bg-accent-surface font-medium" : ""}
            data-testid="sample-estimate-row"
            data-processor={estimate.processor}
          >
            <TD density="compact">{estimate.processor}</TD>
            <TD density="compact" className="text-right tabular-nums">
              {formatUsd(estimate.sampleUsd)}
            </TD>
            <TD density="compact" className="text-right tabular-nums">
              {formatUsd(estimate.fullUsd)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
