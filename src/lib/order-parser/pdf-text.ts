export function orderTextFromPages(): string {
  return '';
}
