"use client";

import type { ErrorInfo } from "next/error";
import { RouteError } from "@/components/ui/route-error";

export default function RunPageError(props: ErrorInfo) {
  return <RouteError {...props} action="show this run" />;
}
