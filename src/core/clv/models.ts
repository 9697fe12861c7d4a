import { bgnbd } from "./bgnbd";
import { mbgnbd } from "./mbgnbd";
import { pareto } from "./pareto";
import type { PurchaseModel, PurchaseModelName } from "./types";

/** The purchase models by name, so surfaces can offer a choice and compare fits. */
export const purchaseModels: Record<PurchaseModelName, PurchaseModel> = { bgnbd, mbgnbd, pareto };
