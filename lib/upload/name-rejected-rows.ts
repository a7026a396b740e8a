/** The API names inputs by their index in the request; the user knows rows. */
export function nameRejectedRows(message: string, sentRows: readonly number[]): string {
  return message.replace(/inputs\[(\d+)\]/g, (text, i: string) =>
    sentRows[Number(i)] === undefined ? text : `row ${sentRows[Number(i)]}`,
  );
}
