/**
 * Links made from data: only https addresses become links. React does not block `javascript:`
 * URLs, so anything else is dropped here (the schemas refuse it too; this is the second wall).
 */
export function toSafeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
