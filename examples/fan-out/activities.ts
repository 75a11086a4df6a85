/** The fan-out example's activity: a price lookup (here: derived from the SKU's number). */
export async function price(sku: string): Promise<number> {
  return Number(/\d+/.exec(sku)?.[0] ?? 0);
}
