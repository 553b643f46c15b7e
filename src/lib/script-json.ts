/**
 * A value as JSON to print inside a `<script>` element (JSON-LD, or a widget's JSON island). `<` is written as
 * `\u003c`, which JSON reads back as the same character, so that no `</script>` or `<!--` in the data can end or
 * change the element.
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
