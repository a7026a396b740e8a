"use client";

import type { ErrorInfo } from "next/error";
import { RouteError } from "@/components/ui/route-error";

/** A failure while rendering the form; what the user entered is kept in this browser and comes back on retry. */
export default function CreateGroupError(props: ErrorInfo) {
  return <RouteError {...props} action="show the form (what you entered is kept)" />;
}
