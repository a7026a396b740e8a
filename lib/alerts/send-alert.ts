import "server-only";
import { createTransport } from "nodemailer";
import type { AlertsSettings } from "../config/parse-alerts-env";
import { signWebhook } from "../webhooks/webhook-signature";
import type { AlertDestination } from "./alert-destinations";
import { emailSubject, emailText, slackBody, webhookBody, type AlertPayload } from "./alert-payload";

// A receiver that has not answered in this long is a failed attempt (retried later), not a stuck watcher.
const SEND_TIMEOUT_MS = 10_000;

/** Sends one alert to one destination; resolves with what the receiver said, throws on failure. */
export type SendAlert = (destination: AlertDestination, payload: AlertPayload) => Promise<string>;

async function post(url: string, body: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return `HTTP ${response.status}`;
}

/** The senders for the console's settings: webhooks signed with the destination's secret, email through SMTP_URL. */
export function alertSender(smtp: AlertsSettings["smtp"], nowMs: () => number = Date.now): SendAlert {
  const mailer = smtp ? createTransport(smtp.url) : null;
  return async (destination, payload) => {
    switch (destination.kind) {
      case "webhook": {
        const body = webhookBody(payload);
        const timestamp = String(Math.floor(nowMs() / 1000));
        const id = payload.deliveryId;
        const signature = destination.secret ? signWebhook({ secret: destination.secret, id, timestamp, body }) : "";
        return post(destination.target ?? "", body, { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": signature });
      }
      case "slack":
        return post(destination.target ?? "", slackBody(payload), {});
      case "email": {
        if (!mailer || !smtp) throw new Error("email is not configured: set SMTP_URL");
        const info = await mailer.sendMail({
          from: smtp.from,
          to: destination.target ?? "",
          subject: emailSubject(payload),
          text: emailText(payload),
        });
        return `accepted by SMTP: ${info.response}`;
      }
      case "browser":
        return "shown to members with the console open who allowed notifications";
    }
  };
}
