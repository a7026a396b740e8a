import type { Metadata } from "next";
import { CreateGroupPage } from "@/components/create/create-group-page";
import { UrlStateBoundary } from "@/components/ui/url-state-boundary";
import { getWebhookSettings } from "@/lib/config/webhook-env";

export const metadata: Metadata = { title: "Create a task group · Task Group Console" };

export const dynamic = "force-dynamic";

export default function NewGroupPage() {
  return (
    // `?group=` (add runs) and `?upload=` (an upload in progress) live in the URL.
    <UrlStateBoundary loading="Loading the form">
      <CreateGroupPage webhookUrl={getWebhookSettings().consoleWebhookUrl} />
    </UrlStateBoundary>
  );
}
