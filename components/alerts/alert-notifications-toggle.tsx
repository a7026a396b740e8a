"use client";

import { useState, useSyncExternalStore } from "react";
import { useAlertNotifications } from "../../lib/client/use-alert-notifications";
import { Button } from "../ui/button";

type Permission = NotificationPermission | "unsupported";

const noSubscription = () => () => {};

function currentPermission(): Permission {
  return typeof window !== "undefined" && "Notification" in window ? Notification.permission : "unsupported";
}

/**
 * Browser notifications of alerts while the console is open: a button asks the member once; after
 * they allow it, alerts sent to a "browser" destination appear as notifications.
 */
export function AlertNotificationsToggle() {
  // "unsupported" in the server's HTML and while hydrating: only the browser knows its permission.
  const initial = useSyncExternalStore(noSubscription, currentPermission, () => "unsupported" as const);
  const [answered, setPermission] = useState<Permission | null>(null);
  const permission = answered ?? initial;
  useAlertNotifications(permission === "granted");

  if (permission !== "default") return null;
  return (
    <Button
      type="button"
      size="sm"
      variant="ghost"
      data-testid="enable-alert-notifications"
      onClick={() => void Notification.requestPermission().then(setPermission)}
    >
      Enable alert notifications
    </Button>
  );
}
