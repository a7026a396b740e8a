import type { Metadata } from "next";
import { Suspense } from "react";
import { CreateGroupPage } from "@/components/create/create-group-page";
import { Spinner } from "@/components/ui/spinner";
import { getWebhookSettings } from "@/lib/config/webhook-env";

export const metadata: Metadata = { title: "Create a task group · Task Group Console" };

export const dynamic = "force-dynamic";

export default function NewGroupPage() {
  return (
    // `?group=` (add runs) and `?upload=` (an upload in progress) are read with nuqs, which needs a Suspense boundary.
    <Suspense fallback={<Spinner label="Loading the form" />}>
      <CreateGroupPage webhookUrl={getWebhookSettings().consoleWebhookUrl} />
    </Suspense>
  );
}
