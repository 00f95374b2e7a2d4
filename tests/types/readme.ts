// The README's examples, compiled under the strict settings so the README cannot drift from the API.
import { ErpClient, NeuCrmClient, PbxClient } from "switchboard";

export async function readmeExamples(username: string, password: string, otpFromUser: string, apiKey: string): Promise<void> {
  const erp = new ErpClient({ baseUrl: "https://erp.example.com" });
  const first = await erp.login({ username, password });
  if (first.step === "otp_required") await erp.verifyOtp({ code: otpFromUser });
  const catalog = await erp.listEditions();
  const edition = catalog.editions[0]!;
  const tiers = await erp.getSimultaneousCallOptions(edition.key);
  await erp.addToCart({ saleType: "new", editionKey: edition.key, simultaneousCalls: tiers.tiers[0]!.simultaneousCalls });
  const cart = await erp.viewCart();
  const total: string = cart.grandTotal;
  for await (const ticket of erp.iterateOpenTickets()) console.log(ticket, total);

  const pbx = new PbxClient({ baseUrl: "https://pbx.example.com", username, password });
  const calls = await pbx.listCalls({ from: "2024-06-01", to: "2024-06-30", tenantCode: "T100" });
  console.log(calls.length);

  const neucrm = new NeuCrmClient({ baseUrl: "https://billing.example.com", userId: 5, apiKey });
  for await (const customer of neucrm.iterateCustomers({ name: "Ann%" })) console.log(customer.id);
  await neucrm.updateWallet({ resellerId: 3, action: "TopUp", amount: "25.00" });
}
