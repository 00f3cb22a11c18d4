export function totalSize(items: readonly { size: number }[]): number {
  return items.reduce((sum, item) => sum + item.size, 0);
}
