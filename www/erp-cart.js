// Cal4care ERP orders: a new license (edition → simultaneous calls with prices → maintenance →
// cart), an upgrade or a renewal by license key, and the cart with its lines and totals.
// Prices are shown as the server sends them, in the customer's currency.
import { busy, byId, field, h, showDone } from "./ui.js";

/** @typedef {import("/pkg/index.js").ErpClient} ErpClient */
/** @typedef {import("/pkg/index.js").ErpCart} ErpCart */
/** @typedef {import("/pkg/index.js").ErpCartItem} ErpCartItem */
/** @typedef {import("/pkg/index.js").ErpUpgradeTier} ErpUpgradeTier */

/** A price as the server sends it: the portal's own text, else the amount with its currency.
 * @param {string} amount @param {string} [currency] @param {string} [text] */
const money = (amount, currency, text) => text ?? (currency ? `${currency} ${amount}` : amount);

/**
 * Wires the licenses-and-cart section of the page to a client.
 * @param {() => ErpClient} client the live client
 */
export function erpCartView(client) {
  const section = byId("erp-shop", HTMLElement);
  const newForm = byId("erp-new-form", HTMLFormElement);
  const edition = byId("erp-edition", HTMLSelectElement);
  const calls = byId("erp-calls", HTMLSelectElement);
  const quote = byId("erp-new-quote", HTMLElement);
  const newAdd = byId("erp-new-add", HTMLButtonElement);
  const newStatus = byId("erp-new-status", HTMLElement);
  const licenseForm = byId("erp-license-form", HTMLFormElement);
  const upgradeLook = byId("erp-upgrade-look", HTMLButtonElement);
  const renewLook = byId("erp-renew-look", HTMLButtonElement);
  const licenseStatus = byId("erp-license-status", HTMLElement);
  const upgradeForm = byId("erp-upgrade-form", HTMLFormElement);
  const tierSelect = byId("erp-upgrade-tier", HTMLSelectElement);
  const renewForm = byId("erp-renew-form", HTMLFormElement);
  const addStatus = byId("erp-add-status", HTMLElement);
  const cartRefresh = byId("erp-cart-refresh", HTMLButtonElement);
  const cartStatus = byId("erp-cart-status", HTMLElement);
  const cartTable = byId("erp-cart", HTMLTableElement);
  /** The catalogue's currency (every later price is in it). @type {string | undefined} */
  let currency;
  /** The license the upgrade or renewal form is about, and the upgrades on offer. */
  let licenseKey = "";
  /** @type {ErpUpgradeTier[]} */
  let tiers = [];

  // ---- A new license -----------------------------------------------------------------------

  async function loadEditions() {
    await busy({ button: newAdd, status: newStatus, doing: "Loading the editions…", failed: "Could not load the editions" }, async () => {
      const catalog = await client().listEditions();
      currency = catalog.currency;
      setOptions(edition, "Choose an edition", catalog.editions.map((e) => [e.key, e.name]));
      setOptions(calls, "Choose an edition first", []);
    });
  }

  edition.addEventListener("change", async () => {
    quote.hidden = true;
    setOptions(calls, "Choose an edition first", []);
    if (!edition.value) return;
    await busy({ button: newAdd, status: newStatus, doing: "Loading sizes and prices…", failed: "Could not load the sizes" }, async () => {
      const { tiers: sizes } = await client().getSimultaneousCallOptions(edition.value);
      setOptions(calls, "Choose a size", sizes.map((t) =>
        [String(t.simultaneousCalls), `${t.simultaneousCalls} calls — ${money(t.price, t.currency ?? currency, t.priceText)}`]));
    });
  });

  calls.addEventListener("change", async () => {
    quote.hidden = true;
    if (!calls.value) return;
    await busy({ button: newAdd, status: newStatus, doing: "Pricing the license and its maintenance…", failed: "Could not price the license" }, async () => {
      const q = await client().quoteNewLicense({ editionKey: edition.value, simultaneousCalls: Number(calls.value) });
      const cur = q.currency ?? currency;
      quote.textContent = `${q.edition.name}, ${q.simultaneousCalls} calls: ${money(q.price, cur, q.priceText)} with the first year of maintenance`
        + (q.note ? `. ${q.note}` : q.maintenancePerYear ? `; each extra year ${money(q.maintenancePerYear, cur)}.` : ".");
      quote.hidden = false;
    });
  });

  newForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    await busy({ button: newAdd, status: newStatus, doing: "Adding the license to the cart…", failed: "Could not add the license" }, async () => {
      await client().addToCart({
        saleType: "new", editionKey: edition.value, simultaneousCalls: Number(calls.value),
        extraMaintenanceYears: Number(field(newForm, "years")),
      });
      showDone(newStatus, "Added to the cart.");
      await loadCart();
    });
  });

  // ---- An upgrade or a renewal of a license -------------------------------------------------

  async function loadLicenseKeys() {
    await busy({ button: upgradeLook, status: licenseStatus, doing: "Loading your licenses…", failed: "Could not load your licenses" }, async () => {
      const { items } = await client().listLicenses({ limit: 100 });
      byId("erp-license-keys", HTMLDataListElement).replaceChildren(...items.map((l) =>
        h("option", { value: l.key, label: `${l.edition.name}${l.simultaneousCalls ? `, ${l.simultaneousCalls} calls` : ""}` })));
    });
  }

  licenseForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const renew = event.submitter === renewLook;
    const key = field(licenseForm, "license").trim();
    upgradeForm.hidden = renewForm.hidden = true;
    addStatus.replaceChildren();
    const how = renew
      ? { button: renewLook, doing: "Quoting a year of maintenance…", failed: "Could not quote the renewal" }
      : { button: upgradeLook, doing: "Looking up the upgrades…", failed: "Could not look up the upgrades" };
    await busy({ ...how, status: licenseStatus }, async () => {
      licenseKey = key;
      if (renew) {
        const q = await client().getMaintenanceRenewalQuote(key);
        byId("erp-renew-quote", HTMLElement).textContent = `${q.edition.name}, ${q.simultaneousCalls} calls.`
          + (q.maintenanceUntil ? ` Maintenance runs until ${q.maintenanceUntil}` : "")
          + (q.newMaintenanceUntil ? `; after a renewal until ${q.newMaintenanceUntil}.` : ".")
          + ` One year: ${money(q.price, q.currency ?? currency, q.priceText)}.`;
        renewForm.hidden = false;
      } else {
        const offer = await client().getUpgradeOptions(key);
        tiers = offer.tiers;
        byId("erp-upgrade-now", HTMLElement).textContent =
          `${offer.licenseKey} is now ${offer.currentEdition.name}, ${offer.currentSimultaneousCalls} calls.`;
        setOptions(tierSelect, "Choose an upgrade", tiers.map((t, i) =>
          [String(i), `${t.edition.name}, ${t.simultaneousCalls} calls — ${money(t.price, t.currency ?? currency, t.priceText)}`]));
        upgradeForm.hidden = false;
      }
    });
  });

  upgradeForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const tier = tiers[Number(tierSelect.value)];
    if (!tier) return;
    const button = byId("erp-upgrade-add", HTMLButtonElement);
    await busy({ button, status: addStatus, doing: "Adding the upgrade to the cart…", failed: "Could not add the upgrade" }, async () => {
      await client().addToCart({ saleType: "upgrade", licenseKey, editionKey: tier.edition.key, simultaneousCalls: tier.simultaneousCalls });
      showDone(addStatus, "Upgrade added to the cart.");
      await loadCart();
    });
  });

  renewForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = byId("erp-renew-add", HTMLButtonElement);
    await busy({ button, status: addStatus, doing: "Adding the renewal to the cart…", failed: "Could not add the renewal" }, async () => {
      await client().addToCart({ saleType: "maintenance", licenseKey, years: Number(field(renewForm, "years")) });
      showDone(addStatus, "Renewal added to the cart.");
      await loadCart();
    });
  });

  // ---- The cart --------------------------------------------------------------------------------

  async function loadCart() {
    await busy({ button: cartRefresh, status: cartStatus, doing: "Loading the cart…", failed: "Could not load the cart" }, async () => {
      renderCart(await client().viewCart());
    });
  }

  /** @param {ErpCart} cart */
  function renderCart(cart) {
    byId("erp-cart-lines", HTMLElement).replaceChildren(...cart.items.map((item) => {
      const remove = h("button", { type: "button", className: "small", ariaLabel: `Remove ${describe(item)}` }, "Remove");
      remove.addEventListener("click", () => removeLine(item, remove));
      return h("tr", {},
        h("td", {}, h("span", { className: "subject" }, describe(item)),
          h("span", { className: "meta" }, item.productName
            + (item.licenseKey && !item.productName.includes(item.licenseKey) ? ` · ${item.licenseKey}` : "")
            + (item.maintenanceYears ? ` · ${item.maintenanceYears} year(s) of maintenance` : "")),
          remove),
        h("td", { className: "num" }, String(item.quantity)),
        h("td", { className: "num" }, money(item.total, item.currency ?? cart.currency)));
    }));
    byId("erp-subtotal", HTMLElement).textContent = money(cart.subtotal, cart.currency);
    byId("erp-tax", HTMLElement).textContent = money(cart.tax, cart.currency);
    byId("erp-grand-total", HTMLElement).textContent = money(cart.grandTotal, cart.currency);
    cartTable.hidden = cart.items.length === 0;
    byId("erp-cart-empty", HTMLElement).hidden = cart.items.length > 0;
  }

  /** @param {ErpCartItem} item @param {HTMLButtonElement} button */
  async function removeLine(item, button) {
    await busy({ button, status: cartStatus, doing: `Removing ${describe(item)}…`, failed: "Could not remove the line" }, async () => {
      await client().removeFromCart(item.id);
      renderCart(await client().viewCart());
      showDone(cartStatus, `Removed ${describe(item)}.`);
    });
  }

  cartRefresh.addEventListener("click", loadCart);

  return {
    /** Shows the section and loads the editions, the license keys and the cart. */
    async open() {
      section.hidden = false;
      await Promise.all([loadEditions(), loadLicenseKeys(), loadCart()]);
    },
    /** Hides the section and forgets what it showed. */
    close() {
      section.hidden = true;
      for (const form of [newForm, licenseForm, upgradeForm, renewForm]) form.reset();
      upgradeForm.hidden = renewForm.hidden = quote.hidden = true;
      cartTable.hidden = true;
      byId("erp-cart-lines", HTMLElement).replaceChildren();
      for (const status of [newStatus, licenseStatus, addStatus, cartStatus]) status.replaceChildren();
    },
  };
}

/** What a cart line is, in words. @param {ErpCartItem} item */
function describe(item) {
  const what = item.saleType ? { new: "New license", upgrade: "Upgrade", maintenance: "Maintenance renewal" }[item.saleType] : "License";
  return `${what}: ${item.edition.name}, ${item.simultaneousCalls} calls`;
}

/** Replaces a select's options: an empty first choice, then [value, label] pairs.
 * @param {HTMLSelectElement} select @param {string} prompt @param {[string, string][]} pairs */
function setOptions(select, prompt, pairs) {
  select.replaceChildren(h("option", { value: "" }, prompt), ...pairs.map(([value, label]) => h("option", { value }, label)));
}
