"use client";

import type { ErrorInfo } from "next/error";
import { RouteError } from "@/components/ui/route-error";

/** A failure while rendering the group view (its data errors are shown in place by the view itself). */
export default function GroupError(props: ErrorInfo) {
  return <RouteError {...props} action="show this group" />;
}
