// Deliberate misuse: each line below must FAIL to compile. `@ts-expect-error` turns a line
// that unexpectedly compiles into an error ("Unused '@ts-expect-error' directive").
import { PerfexClient, isSwitchboardError, type ErrorKind } from "switchboard";

export async function misuse(perfex: PerfexClient, e: unknown): Promise<void> {
  // @ts-expect-error baseUrl is required
  new PerfexClient({ timeoutMs: 5 });
  // @ts-expect-error timeoutMs is a number
  new PerfexClient({ baseUrl: "https://x.example", timeoutMs: "5s" });
  // @ts-expect-error the password is required
  await perfex.login({ email: "a@example.com" });
  // @ts-expect-error ids are strings or numbers
  await perfex.getTicket({ id: 1 });
  // @ts-expect-error the options object has no such field
  await perfex.listTickets({ timeout: 5 });
  const tickets = await perfex.listTickets();
  // @ts-expect-error an element may be undefined under noUncheckedIndexedAccess
  tickets[0].subject.toUpperCase();
  // @ts-expect-error "fatal" is not an ErrorKind
  const kind: ErrorKind = "fatal";
  if (isSwitchboardError(e)) {
    // @ts-expect-error retryable is read-only
    e.retryable = false;
  }
  void kind;
}
