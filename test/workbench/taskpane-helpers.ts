// Small helpers the task-pane journeys share on top of the workbench harness.
import type { Frame } from "playwright-core";
import type { Workbench } from "./harness";

/** The task pane's frame as a Playwright Frame (for evaluating in the pane's page: Office, localStorage). */
export async function paneFrame(wb: Workbench): Promise<Frame> {
  const handle = await wb.page.getByTestId("pane").elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("the task pane frame is not loaded");
  return frame;
}

/** Waits until a grid cell shows `text` (a recalculation after a pane action is asynchronous). */
export async function cellShows(wb: Workbench, address: string, text: string): Promise<void> {
  await wb.select(address);
  await wb.page.waitForFunction(([a, t]) => document.querySelector(`[data-cell="${a}"]`)?.textContent === t, [address, text] as const, { timeout: 30_000 });
}
