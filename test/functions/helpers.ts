import { CellError, toCellError } from "../../functions/cells";
import { parseIsoDate } from "../../policies/engine/dates";
import { fixedHost } from "../../functions/host";

/** The contract error `f` fails with (as a host would see it); fails the test if `f` succeeds. */
export function fault(f: () => unknown): CellError {
  try {
    f();
  } catch (e) {
    return toCellError(e);
  }
  throw new Error("expected a contract error, got a value");
}

export const TODAY = parseIsoDate("2024-03-15");
export const noProfile = fixedHost(null, TODAY);
export const activeZengcheng = fixedHost("zengcheng", TODAY);
