/**
 * Sorts in place, stable, by `after(a, b)`: whether a belongs after b. For the few statements a fact
 * has (most one or none), where the array sort copies the array into a work area on every call.
 */
export function insertionSort<T>(items: T[], after: (a: T, b: T) => boolean): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    for (; j >= 0 && after(items[j]!, item); j--) items[j + 1] = items[j]!;
    items[j + 1] = item;
  }
  return items;
}
