import "server-only";
import { randomUUID } from "node:crypto";
import type { AlertTestResult } from "../contracts/alerts";
import type { AlertDestination } from "./alert-destinations";
import type { SendAlert } from "./send-alert";

/** Sends a made-up alert to `destination` now, once (no retry: the person pressing the button is the retry). */
export async function sendTestAlert(send: SendAlert, destination: AlertDestination, nowMs: number): Promise<AlertTestResult> {
  try {
    const detail = await send(destination, {
      deliveryId: `test_${randomUUID()}`,
      firingId: "test",
      ruleId: "test",
      kind: "finished",
      title: "Test alert",
      message: `A test alert to ${destination.name}, sent from the console's alert settings.`,
      groupId: "tgrp_test",
      groupName: "Test group",
      firedAtMs: nowMs,
    });
    return { ok: true, detail };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
