import { connection, NextResponse } from "next/server";
import { checkUpstream } from "@/lib/upstream/check-upstream";

export async function GET() {
  await connection();
  const status = await checkUpstream();
  return NextResponse.json(status, { headers: { "cache-control": "no-store" } });
}
