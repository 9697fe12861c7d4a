// The line colours of the pane's multi-line charts (strategy canvas, retention curves), in order.
import { tokens } from "@fluentui/react-components";

export const LINE_PALETTE = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
];
