/** The sample's stand-in for the outside world: stock levels and a log of what the activities did. */
export const stock = new Map<string, number>([['book', 100], ['lamp', 20]]);
export const log: string[] = [];
