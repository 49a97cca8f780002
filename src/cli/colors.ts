import { createColors } from "picocolors";

export type Colors = ReturnType<typeof createColors>;

/** FORCE_COLOR wins, then NO_COLOR; otherwise colour only on a terminal. */
export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Colors {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") return createColors(true);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return createColors(false);
  if (force === "0" || force === "false") return createColors(false);
  return createColors(Boolean(stream.isTTY));
}
