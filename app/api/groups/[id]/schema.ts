import { z } from "zod";
import { MAX_GROUP_NAME_CHARS } from "@/lib/registry/rename-group";
import { groupIdSchema } from "../import/schema";

export const groupParamsSchema = z.object({ id: groupIdSchema });

/** `{name}`: the local name; null or "" clears it. */
export const renameGroupBodySchema = z.strictObject({ name: z.string().max(MAX_GROUP_NAME_CHARS).nullable() });
