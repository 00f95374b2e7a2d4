// A strict TypeScript consumer of the package: this must compile with no error.
import {
  init,
  isSwitchboardError,
  PerfexClient,
  type ErrorKind,
  type SwitchboardError,
  type Ticket,
  type TicketDetail,
} from "switchboard";

export async function showTickets(email: string, password: string): Promise<string[]> {
  await init();
  const perfex = new PerfexClient({ baseUrl: "https://crm.example.com", timeoutMs: 10_000, retries: 1 });
  perfex.onSessionExpired((reason) => console.log(`session ${reason}`));
  const session = await perfex.login({ email, password });
  const expires: number | undefined = session.expiresAt;
  const tickets: Ticket[] = await perfex.listTickets({ signal: AbortSignal.timeout(5_000) });
  const first = tickets[0];
  if (first === undefined) return [];
  const detail: TicketDetail = await perfex.getTicket(first.id);
  const lines = detail.replies.map((r) => `${r.fromStaff ? "staff" : "you"}: ${r.message}`);
  return [String(expires), first.status.name ?? first.status.id, ...lines];
}

export function describe(e: unknown): string {
  if (isSwitchboardError(e)) {
    const err: SwitchboardError = e;
    const kind: ErrorKind = err.kind;
    const fields = Object.entries(err.details ?? {}).map(([f, p]) => `${f}: ${p}`);
    return `${kind} ${err.status ?? ""} ${err.retryable} ${fields.join(", ")}`;
  }
  return String(e);
}
