// Excel's entry (the bundle's `functions` chunk): registers every LAND function of the table
// with Excel, under the ids functions.json gives them (generated from the same table).
// No HyperFormula in this bundle (GPL-3.0): Excel calls the adapters directly.
import { getActiveProfileId } from "../addin/activeProfile";
import { localToday } from "../policies/engine/dates";
import { registerExcelFunctions } from "./excel";

/** The workbook's active profile (chosen in the task pane) and the machine's calendar day. */
registerExcelFunctions({ activeProfile: getActiveProfileId, today: () => localToday() });
