import { randomBytes, randomUUID } from "node:crypto";

export const newGroupId = () => `tgrp_${randomBytes(16).toString("hex")}`;
export const newRunId = () => `trun_${randomBytes(16).toString("hex")}`;
export const newRefId = () => randomUUID();
