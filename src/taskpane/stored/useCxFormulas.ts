// Where the workbook holds =CX.* formulas (which colleagues without the add-in see as #NAME?),
// scanned when the component shows and again on request.
import { useEffect, useState } from "react";
import type { FormulaCells, WorkbookGateway } from "../../excel/gateway";

export const CX_PREFIX = "=CX.";

/** Formulas in all: each cell counts once (a spilled result is one formula). */
export function formulaCount(found: readonly FormulaCells[]): number {
  return found.reduce((n, f) => n + f.cells.length, 0);
}

export function useCxFormulas(gateway: WorkbookGateway) {
  /** undefined while scanning (and when the scan failed: see `error`). */
  const [found, setFound] = useState<FormulaCells[]>();
  const [error, setError] = useState<unknown>();

  const scan = async () => {
    setFound(undefined);
    setError(undefined);
    try {
      setFound(await gateway.findFormulas(CX_PREFIX));
    } catch (e) {
      setError(e);
    }
  };

  useEffect(() => {
    void scan();
  }, [gateway]);

  return { found, error, scan };
}
