import type { Metadata } from "next";
import { BudgetsView } from "@/components/settings/budgets/budgets-view";

export const metadata: Metadata = { title: "Budgets · Task Group Console" };

// Admins only (proxy.ts sends anyone else to /forbidden).
export default function BudgetsPage() {
  return <BudgetsView />;
}
