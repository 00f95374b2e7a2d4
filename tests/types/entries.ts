// Every per-back-end entry exports its own client, `init`, the error type and `isSwitchboardError`,
// and no other back end's client.
import * as full from "switchboard";
import * as erp from "switchboard/erp";
import * as neucrm from "switchboard/neucrm";
import * as pbx from "switchboard/pbx";
import * as perfex from "switchboard/perfex";

export async function entries(e: unknown): Promise<string[]> {
  await Promise.all([full.init(), erp.init(), neucrm.init(), pbx.init(), perfex.init()]);
  const kinds: full.ErrorKind[] = [];
  for (const guard of [full.isSwitchboardError, erp.isSwitchboardError, neucrm.isSwitchboardError, pbx.isSwitchboardError, perfex.isSwitchboardError]) {
    if (guard(e)) kinds.push(e.kind);
  }
  const errors: [erp.SwitchboardError?, neucrm.SwitchboardError?, pbx.SwitchboardError?, perfex.SwitchboardError?] = [];
  const clients = [
    new erp.ErpClient({ baseUrl: "https://erp.example.com" }),
    new neucrm.NeuCrmClient({ baseUrl: "https://billing.example.com", userId: 5, apiKey: "k" }),
    new pbx.PbxClient({ baseUrl: "https://pbx.example.com", username: "u", password: "p" }),
    new perfex.PerfexClient({ baseUrl: "https://crm.example.com" }),
  ];
  // @ts-expect-error the ERP entry carries no Perfex client
  void erp.PerfexClient;
  // @ts-expect-error the Perfex entry carries no PBX client
  void perfex.PbxClient;
  return [...kinds, String(errors.length), String(clients.length)];
}
