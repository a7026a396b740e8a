/** All that a link preview of a member-only page shows. */
export const PRODUCT_NAME = "Task Group Console";
