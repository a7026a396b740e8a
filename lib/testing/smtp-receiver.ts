import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// A local SMTP server that keeps every message it is sent, for tests of the console's email alerts.

export interface ReceivedEmail {
  from: string;
  to: string[];
  subject: string;
  /** The body, quoted-printable soft line breaks joined. */
  text: string;
}

export interface SmtpReceiver {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  received: ReceivedEmail[];
  close(): Promise<void>;
}

function headerOf(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  // Folded header lines continue with whitespace.
  const match = new RegExp(`^${name}:(.*(?:\\r?\\n[ \\t].*)*)`, "im").exec(head);
  return match ? match[1].replace(/\r?\n[ \t]/g, " ").trim() : "";
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: headerOf(raw, "Subject"),
          text: raw
            .slice(raw.search(/\r?\n\r?\n/))
            .replace(/=\r?\n/g, "")
            .trim(),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
