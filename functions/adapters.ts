// Temporary: the positional adapter shape the catalogue's adapters still have (they move into functions/land/).
import type { RawArg } from "./cells";
import type { FunctionHost } from "./host";
import type { Outcome } from "./outcome";

export { amount } from "./outcome";
export type { Outcome } from "./outcome";
export type Adapter = (args: RawArg[], host: FunctionHost) => Outcome;
