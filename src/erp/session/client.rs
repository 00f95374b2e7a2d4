//! `ErpClient`'s sign-in and session methods.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::types::{otp_required, restored, session, signed_in, ErpCredentials, ErpOtpCode, ErpRestoredSession, ErpStoredSession};
use crate::core::js::js_of;
use crate::core::json::Value;
use super::wire::{outcome, LoginOutcome};
use crate::erp::out::Row;
use std::rc::Rc;

use crate::erp::client::{call_options, Customer, ErpClient, Inner, PendingLogin, Work, BACKEND};
use crate::core::fields::{read_input, Fields, Input};
use crate::erp::types::required;
use crate::erp::wire::{base64, decode_customer_id, Action};
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::jwt::numeric_claim;
use crate::core::secret::Secret;
use crate::core::session::expired;

#[wasm_bindgen]
impl ErpClient {
    /// Checks the username and password (`login_validation`). Most accounts then need the
    /// one-time code the portal sends: the answer's `step` is `"otp_required"` and the
    /// credentials stay in memory until `verifyOtp` ends that step. An account without OTP is
    /// signed in at once (`step: "signed_in"`). A wrong password is an `auth` error with code
    /// `INVALID_CREDENTIALS`. A previous session of this client is forgotten first.
    #[wasm_bindgen(unchecked_return_type = "Promise<ErpLoginResult>")]
    pub fn login(
        &self,
        credentials: Ts<ErpCredentials>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let ask = read_input::<Login>("credentials", &credentials.into()).map(|login| login.0);
        self.sign_in("login", ask, options)
    }

    /// Sends the one-time code with the credentials `login` kept (`otp_validation_for_app`)
    /// and opens the session. A wrong code is an `auth` error with code `INVALID_OTP`, and
    /// `verifyOtp` may be called again with the right one; every other outcome ends the OTP step
    /// and drops the credentials.
    #[wasm_bindgen(js_name = verifyOtp, unchecked_return_type = "Promise<ErpSession>")]
    pub fn verify_otp(
        &self,
        otp: Ts<ErpOtpCode>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let ask = read_input::<Otp>("otp", &otp.into()).map(|otp| otp.0);
        self.sign_in("verifyOtp", ask, options)
    }

    /// Signs out: forgets the token, the customer, pending credentials and order data. The
    /// portal has no sign-out action, so nothing is sent.
    pub fn logout(&self) {
        self.inner.session.close();
        self.inner.forget();
    }

    /// Whether a session is active (signed in, and not known to be expired).
    #[wasm_bindgen(getter, js_name = isSignedIn)]
    pub fn is_signed_in(&self) -> bool {
        self.inner.session.is_active()
    }

    /// The session token, for a caller that chooses to persist it (e.g. in `sessionStorage`)
    /// together with `customerId`, and later hand both to `restoreSession`. Undefined when
    /// signed out.
    #[wasm_bindgen(js_name = sessionToken)]
    pub fn session_token(&self) -> Option<String> {
        self.inner.session.token().map(|t| t.expose().to_string())
    }

    /// The signed-in customer's numeric id (e.g. `"4481"`); undefined when signed out.
    #[wasm_bindgen(getter, js_name = customerId)]
    pub fn customer_id(&self) -> Option<String> {
        self.inner.session.token()?;
        self.inner.read_state().customer.as_ref().map(|c| c.id.clone())
    }

    /// Resumes a session from `{ token, customerId }` the caller stored (`sessionToken()` and
    /// the `customerId` getter). The portal needs both: the token does not name the customer.
    /// Throws an `auth` error when the token is already expired; a token the server no longer
    /// accepts fails on the first call (and ends the session).
    #[wasm_bindgen(js_name = restoreSession)]
    pub fn restore_session(&self, stored: Ts<ErpStoredSession>) -> std::result::Result<Ts<ErpRestoredSession>, JsValue> {
        let restore = || -> Result<Ts<ErpRestoredSession>> {
            let stored: ErpStoredSession = read_input("session", &stored.into())?;
            let token = required("token", &stored.token)?;
            let id = stored.customer_id.or_empty().trim().to_string();
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Error::invalid_input("customerId", "must be the numeric customer id, e.g. \"4481\""));
            }
            // Checked before the current session is touched: a refused token leaves it as it was.
            let expires_at = expiry(&token);
            if expired(expires_at) {
                return Err(Error::new(ErrorKind::Auth, "the stored session has expired; sign in again").with_code("SESSION_EXPIRED"));
            }
            self.inner.session.close();
            self.inner.forget();
            self.inner.session.open(Secret::new(token), expires_at);
            let customer = Customer { encoded: base64(id.as_bytes()), id: id.clone(), name: None, email: None };
            self.inner.write_state().customer = Some(customer);
            Ok(Ts::new_unchecked(js_of(&restored(id, expires_at))))
        };
        let secrets = self.inner.secrets();
        restore().map_err(|e| e.for_caller(BACKEND, "restoreSession", &secrets).into())
    }

    /// Calls `listener` with the reason (`"expired"` or `"rejected"`) when the session is
    /// lost other than by `logout()`; `null` removes it.
    #[wasm_bindgen(js_name = onSessionExpired)]
    pub fn on_session_expired(
        &self,
        #[wasm_bindgen(unchecked_param_type = "((reason: SessionEndReason) => void) | null")] listener: Option<js_sys::Function>,
    ) {
        self.inner.session.set_listener(listener);
    }
}

/// What a sign-in method asks, read from its arguments before anything is sent.
enum SignIn {
    /// `login`: the username and the password.
    Login(String, Secret),
    /// `verifyOtp`: the one-time code (without spaces).
    Otp(String),
}

/// A `login` of the caller's `ErpCredentials`: its fields read, then checked (errors never
/// hold the password).
struct Login(SignIn);

impl Input for Login {
    const FIELDS: &'static [&'static str] = &["username", "password"];
    fn read(f: &Fields) -> Result<Login> {
        let (username, password) = (f.string("username")?, Secret::new(f.string("password")?));
        let checked = required("username", &username).and_then(|username| {
            required("password", password.expose())?;
            Ok(username)
        });
        let username = checked.map_err(|e| e.redact(&[password.expose()]))?;
        Ok(Login(SignIn::Login(username, password)))
    }
}

/// A `verifyOtp` of the caller's `ErpOtpCode`: the code without spaces, not empty.
struct Otp(SignIn);

impl Input for Otp {
    const FIELDS: &'static [&'static str] = &["code"];
    fn read(f: &Fields) -> Result<Otp> {
        let code: String = f.string("code")?.chars().filter(|c| !c.is_whitespace()).collect();
        if code.is_empty() {
            return Err(Error::invalid_input("code", "must not be empty"));
        }
        Ok(Otp(SignIn::Otp(code)))
    }
}

impl ErpClient {
    /// The promise of a sign-in method: `ask` (or its input error) carried out by `sign_in`,
    /// one future for both methods.
    fn sign_in(&self, operation: &'static str, ask: Result<SignIn>, options: Option<JsValue>) -> js_sys::Promise {
        let inner = self.inner.clone();
        self.perform(operation, ask.map(|ask| Work::Flow(Box::pin(sign_in(inner, ask, options)))))
    }
}

/// Carries out a sign-in method's `ask`: one exchange, then what its outcome means for a
/// login or an OTP step. Its errors never hold the password. The async part is the exchange
/// alone; what comes before and after is plain code (`sign_in_step`, `Inner::signed`).
async fn sign_in(inner: Rc<Inner>, ask: SignIn, options: Option<JsValue>) -> Result<JsValue> {
    let (username, password, action) = inner.sign_in_step(ask)?;
    let outcome = match call_options(options) {
        Ok(options) => match inner.send(action, &options).await {
            Ok(answer) => outcome(&answer.decode()),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    inner.signed(username, password, outcome)
}

impl Inner {
    /// What a sign-in method sends: the username (for `login`), the password and the action.
    /// `login` forgets the previous session first.
    #[inline(never)]
    fn sign_in_step(&self, ask: SignIn) -> Result<(Option<String>, Secret, Action)> {
        Ok(match ask {
            SignIn::Login(username, password) => {
                self.session.close();
                self.forget();
                let action = sign_in_action("login_validation", &username, &password);
                (Some(username), password, action)
            }
            SignIn::Otp(code) => {
                let pending = self.read_state().pending.clone().ok_or_else(|| {
                    Error::new(ErrorKind::Auth, "no sign-in is waiting for a one-time code: call login() first")
                })?;
                let action = sign_in_action("otp_validation_for_app", &pending.username, &pending.password).field("auth_code", code);
                (None, pending.password, action)
            }
        })
    }

    /// The caller's value of a sign-in exchange's `outcome`: a `login` (with its `username`)
    /// waits for the OTP or is signed in, an OTP step opens the session.
    #[inline(never)]
    fn signed(&self, username: Option<String>, password: Secret, outcome: Result<LoginOutcome>) -> Result<JsValue> {
        let outcome = outcome.map_err(|e| e.redact(&[password.expose()]));
        let result = match username {
            Some(username) => outcome.and_then(|outcome| match outcome {
                LoginOutcome::OtpRequired(message) => {
                    self.write_state().pending = Some(PendingLogin { username, password: password.clone() });
                    Ok(otp_required(message.unwrap_or_else(|| "a one-time code was sent".into())))
                }
                LoginOutcome::Success { token, customer_id_encode, details } => {
                    Ok(signed_in(self.open(token, customer_id_encode, &details)?))
                }
            }),
            None => {
                let keeps_waiting = match &outcome {
                    Err(e) => e.code.as_deref() == Some("INVALID_OTP") || e.retryable || e.kind == ErrorKind::Aborted,
                    Ok(_) => false,
                };
                if !keeps_waiting {
                    self.write_state().pending = None;
                }
                match outcome? {
                    LoginOutcome::Success { token, customer_id_encode, details } => self.open(token, customer_id_encode, &details),
                    LoginOutcome::OtpRequired(_) => Err(Error::new(ErrorKind::Auth, "the server asked for a one-time code again; call login() again")),
                }
            }
        };
        result.map(|value| js_of(&value)).map_err(|e| e.redact(&[password.expose()]))
    }
}

/// A login step's action: the credentials as the portal's web client sends them.
fn sign_in_action(name: &'static str, username: &str, password: &Secret) -> Action {
    Action::sign_in(name)
        .field("uname", username)
        .field("pwd", password.expose())
        .field("otp_from", "otp1")
        .field("auth_from", "undefined")
}

/// When a token expires (ms since the epoch), if it is a JWT with `exp`.
fn expiry(token: &str) -> Option<f64> {
    numeric_claim(token, "exp").map(|exp| exp * 1000.0)
}

impl Inner {
    /// Opens the session of a successful login.
    fn open(&self, token: String, encoded: Option<String>, details: &Value) -> Result<Value> {
        let details = Row::of(details)?;
        let id = details
            .non_empty("customerId")
            .filter(|id| id.bytes().all(|b| b.is_ascii_digit()))
            .or_else(|| encoded.as_deref().and_then(decode_customer_id))
            .ok_or_else(|| Error::decode("the sign-in answer names no customer"))?;
        let encoded = encoded.unwrap_or_else(|| base64(id.as_bytes()));
        let expires_at = expiry(&token);
        self.session.open(Secret::new(token), expires_at);
        let customer = Customer { id: id.clone(), encoded, name: Some(details.text("customerName")), email: details.non_empty("email") };
        let session = session(id, expires_at, &details);
        let mut state = self.write_state();
        state.pending = None;
        state.customer = Some(customer);
        Ok(session)
    }
}
