// The editable canvas: one row per factor (name, optional importance, a level per offering), the
// offerings' names in the header, buttons to add and remove factors and offerings. Every cell is
// labelled with its factor and offering, so screen readers and error messages name the same cell.
import { Button, Checkbox, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { fill, type Language, t } from "../i18n/strings";
import { addFactor, addOffering, type CanvasGrid, editGrid, type GridEdit, removeFactor, removeOffering, setImportanceColumn } from "./canvas-grid";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  table: { width: "max-content" },
  name: { width: "11em" },
  level: { width: "4.5em" },
  head: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface CanvasGridEditorProps {
  language: Language;
  grid: CanvasGrid;
  onChange(grid: CanvasGrid): void;
}

export function CanvasGridEditor({ language, grid, onChange }: CanvasGridEditorProps) {
  const styles = useStyles();
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  const edit = (e: GridEdit) => onChange(editGrid(grid, e));
  const factorName = (i: number) => grid.factors[i].trim() || fill(language, "cvFactorLabel", { n: i + 1 });
  const offeringName = (j: number) => grid.offerings[j].trim() || fill(language, "cvOfferingDefault", { n: j + 1 });
  return (
    <>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-label={s("cvGridCaption")} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s("cvHdrFactor")}</TableHeaderCell>
              {grid.importance && <TableHeaderCell>{s("cvHdrImportance")}</TableHeaderCell>}
              {grid.offerings.map((o, j) => (
                <TableHeaderCell key={j}>
                  <div className={styles.head}>
                    <Input
                      size="small"
                      className={styles.name}
                      value={o}
                      aria-label={fill(language, "cvOfferingLabel", { n: j + 1 })}
                      onChange={(_, d) => edit({ kind: "offering", col: j, text: d.value })}
                    />
                    <Button size="small" appearance="subtle" onClick={() => onChange(removeOffering(grid, j))}>
                      {fill(language, "cvRemoveOffering", { name: offeringName(j) })}
                    </Button>
                  </div>
                </TableHeaderCell>
              ))}
              <TableHeaderCell>
                <span aria-hidden="true" />
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {grid.factors.map((f, i) => (
              <TableRow key={i}>
                <TableCell>
                  <Input size="small" className={styles.name} value={f} aria-label={fill(language, "cvFactorLabel", { n: i + 1 })} onChange={(_, d) => edit({ kind: "factor", row: i, text: d.value })} />
                </TableCell>
                {grid.importance && (
                  <TableCell>
                    <Input
                      size="small"
                      className={styles.level}
                      value={grid.importance[i]}
                      aria-label={fill(language, "cvImportanceLabel", { factor: factorName(i) })}
                      onChange={(_, d) => edit({ kind: "importance", row: i, text: d.value })}
                    />
                  </TableCell>
                )}
                {grid.levels[i].map((v, j) => (
                  <TableCell key={j}>
                    <Input
                      size="small"
                      className={styles.level}
                      inputMode="decimal"
                      value={v}
                      aria-label={fill(language, "cvLevelLabel", { factor: factorName(i), offering: offeringName(j) })}
                      onChange={(_, d) => edit({ kind: "level", row: i, col: j, text: d.value })}
                    />
                  </TableCell>
                ))}
                <TableCell>
                  <Button size="small" appearance="subtle" onClick={() => onChange(removeFactor(grid, i))}>
                    {fill(language, "cvRemoveFactor", { name: factorName(i) })}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={styles.buttons}>
        <Button onClick={() => onChange(addFactor(grid))}>{s("cvAddFactor")}</Button>
        <Button onClick={() => onChange(addOffering(grid, fill(language, "cvNewOffering", { n: grid.offerings.length })))}>{s("cvAddOffering")}</Button>
      </div>
      <Checkbox checked={!!grid.importance} onChange={(_, d) => onChange(setImportanceColumn(grid, d.checked === true))} label={s("cvUseImportance")} />
    </>
  );
}
